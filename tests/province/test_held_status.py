"""A unit whose kept file is signed by a key that signs for another unit too, still pending:
"Chờ tỉnh đối chiếu khóa", never "Bị từ chối", in `chitieu consolidate`'s lines, the workbook
and the report PDF; not counted as reported nor as refused (its figures are among "Chưa báo
cáo"); counted once the key is confirmed as shared, refused once it is revoked for the unit."""
from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop_app.cli import run
from tests.province.conftest import PERIOD
from tests.province.test_shared_keys import _inbox, reports  # noqa: F401 - the module fixture

HELD = "Chờ tỉnh đối chiếu khóa"
VERDICT_ROWS = ("Số đơn vị vượt", "Số đơn vị đạt", "Số đơn vị không đạt", "Số đơn vị đang thực hiện",
                "Số đơn vị khác")


@pytest.fixture
def data(office, reports, tmp_path):  # noqa: F811
    """The province database after reading Đại Phúc's report signed by Tân Cương's key and
    Tân Cương's own report: the key signs for both units, pending."""
    office.intake(_inbox(tmp_path / "in1", {"1.xlsx": reports["forged"], "2.xlsx": reports["t"]}), PERIOD)
    office.close()
    (tmp_path / "empty").mkdir()
    return tmp_path


def _consolidate(data, capsys, name: str) -> tuple[str, dict, list[str]]:
    """`chitieu consolidate` of an empty folder: what it prints, the workbook's unit rows
    (code -> (status on "Tổng hợp", status and note on "Tình hình gửi báo cáo")) and its
    verdict counts, and the PDF's pages as text."""
    xlsx, pdf = data / f"{name}.xlsx", data / f"{name}.pdf"
    assert run(["--data-dir", str(data / "tinh"), "consolidate", str(data / "empty"), "--period", PERIOD,
                "--xlsx", str(xlsx), "--pdf", str(pdf), "--date", "2026-07-02"]) == 0
    out = capsys.readouterr().out
    book = load_workbook(xlsx)
    main = book["Tổng hợp"]
    status_line = main.cell(3, 1).value or ""
    rows = {}
    for r in main.iter_rows(min_row=6, values_only=True):
        if isinstance(r[2], str) and r[2].isdigit():
            rows[r[2]] = [r[4]]
    counted = 0
    for r in main.iter_rows(min_row=6, values_only=True):
        if r[1] in VERDICT_ROWS:
            counted += sum(v for v in r[5:] if isinstance(v, int))
    sheet = book["Tình hình gửi báo cáo"]
    for r in sheet.iter_rows(min_row=6, values_only=True):
        if r[1] in rows:
            rows[r[1]] += [r[4], r[11] or ""]
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages]
    return out, {"rows": rows, "counted": counted, "status_line": status_line}, pages


def test_a_unit_held_by_a_shared_pending_key_awaits_the_province_in_every_output(data, reports, capsys):  # noqa: F811
    """Both units show "Chờ tỉnh đối chiếu khóa" (their note tells what to compare), counted
    neither as received nor as refused nor as not sent; the indicators count them as not reported."""
    t, d = reports["t"], reports["d"]
    out, book, pages = _consolidate(data, capsys, "giu")
    assert "Đã nhận 0/92, trễ hạn 0, chưa gửi 90, chờ tỉnh đối chiếu khóa 2." in out and "bị từ chối" not in out.lower()
    assert "Đã nhận 0/92" in out
    reminder = out.split("Các xã, phường chưa gửi báo cáo", 1)[1].split("Chờ tỉnh đối chiếu khóa (")[0]
    assert "Xã Đại Phúc" not in reminder and "Xã Tân Cương" not in reminder  # no reminder to send
    assert "Chờ tỉnh đối chiếu khóa (số liệu chưa tính vào tổng hợp): 2 đơn vị." in out
    assert f"- Xã Đại Phúc (mã {d.unit_code}): Khóa này cũng ký tệp của Xã Tân Cương" in out

    for code in (t.unit_code, d.unit_code):
        main_status, status, note = book["rows"][code]
        assert main_status == status == HELD
        assert f"Đối chiếu mã khóa {t.key_code} với mã in trên báo cáo giấy" in note
    assert not any("Bị từ chối" in str(v) for row in book["rows"].values() for v in row)
    assert "chờ tỉnh đối chiếu khóa 2" in book["status_line"] and "từ chối" not in book["status_line"]
    assert book["counted"] == 0  # every indicator counts both units under "chưa báo cáo"

    first = pages[0]
    assert "Chờ tỉnh đối chiếu khóa 2 (khóa ký tệp của đơn vị cũng ký tệp của đơn vị khác" in first
    held_line = first.split("Chờ tỉnh đối chiếu khóa 2", 1)[1].split("- Chưa gửi 90", 1)
    assert "xã Tân Cương" in held_line[0] and "xã Đại Phúc" in held_line[0]  # in running text, as report-format.md
    assert "xã Đại Phúc" not in held_line[1].split("II. KẾT QUẢ")[0]
    assert "tính là chưa báo cáo" in held_line[0] and "từ chối" not in first


def test_confirmed_as_shared_the_unit_is_counted(data, reports, capsys):  # noqa: F811
    """`keys confirm ĐẠI_PHÚC CODE --shared`: Đại Phúc's report is received and counted; Tân
    Cương, whose entry of the key is still pending, still awaits the check."""
    t, d = reports["t"], reports["d"]
    assert run(["--data-dir", str(data / "tinh"), "keys", "confirm", d.unit_code, t.key_code, "--shared"]) == 0
    capsys.readouterr()
    out, book, pages = _consolidate(data, capsys, "chung")
    assert "Đã nhận 1/92" in out and "chờ tỉnh đối chiếu khóa 1." in out
    assert book["rows"][d.unit_code][:2] == ["Đã nhận", "Đã nhận"]
    assert book["rows"][t.unit_code][:2] == [HELD, HELD]
    assert book["counted"] > 0
    assert "đã nhận 1/92, được tính vào tổng hợp" in pages[0].lower()


def test_revoked_for_the_unit_its_file_is_refused(data, reports, capsys):  # noqa: F811
    """`keys revoke ĐẠI_PHÚC --code CODE`: what the key signed for Đại Phúc is refused, "Bị từ
    chối" (among those not sent); Tân Cương's key, no longer shared, counts for it."""
    t, d = reports["t"], reports["d"]
    assert run(["--data-dir", str(data / "tinh"), "keys", "revoke", d.unit_code, "--code", t.key_code, "--yes"]) == 0
    capsys.readouterr()
    out, book, pages = _consolidate(data, capsys, "thu-hoi")
    assert "Đã nhận 1/92" in out
    assert "chưa gửi 91 (trong đó 1 đơn vị có tệp bị từ chối vì khóa ký tệp đã bị tỉnh thu hồi)" in out
    assert HELD.lower() not in out.lower()
    status, note = book["rows"][d.unit_code][1:]
    assert status == "Bị từ chối" and f"khóa đã bị tỉnh thu hồi (mã {t.key_code})" in note
    assert book["rows"][t.unit_code][0] == "Đã nhận, khóa chờ xác nhận"
    assert "xã Đại Phúc (bị từ chối, khóa ký đã bị tỉnh thu hồi)" in " ".join(pages[0].split())
    assert HELD.lower() not in pages[0].lower()
