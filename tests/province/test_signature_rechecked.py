"""Red-team 7, findings 5 and 9, with the sqlite3 module alone.

5: a stored figure changed, its fingerprint hashed again, then `chitieu audit acknowledge --yes`:
the history is intact again, but the unit's Ed25519 signature no longer covers the stored copy;
the version is never counted and its unit is "Bị từ chối" saying so, in the consolidation, the
workbook, DHIS2, ADX and the charts (the PDF is written from the same consolidation). A version
re-signed with another key under the unit's register entry is refused the same way.

9: the province's exports are refused while the history finds changes not acknowledged, as the
commune's are; the consolidation is still shown; `chitieu consolidate --xlsx --pdf` reads and
writes nothing."""
from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.cli import run
from desktop_app.core.consolidation import ReportStatus
from desktop_app.core.errors import ChangedOutside
from desktop_app.core.signing import new_private_key, public_key, sign
from desktop_app.core.submission import signed_payload, submission_from_json
from exports.consolidated_xlsx import SHEET_COMPLETENESS
from exports.submission_xlsx import write_submission
from tests.acknowledge_code import listed_code
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import ON_TIME, delivered, make_submissions

FORGED = "999999"


@pytest.fixture(scope="module")
def units(tmp_path_factory):
    root = tmp_path_factory.mktemp("signature-rechecked")
    ws, subs = make_submissions(root / "files", pick_units(3, 0), PERIOD, data_dir=root / "db")
    ws.close()
    return subs


@pytest.fixture
def received(office, units, tmp_path):
    """The three units' signed reports received; the office and its data folder."""
    folder = tmp_path / "in"
    folder.mkdir()
    for sub in units.values():
        delivered(write_submission(sub, folder / f"{sub.file_stem}.xlsx"), ON_TIME)
    office.intake(folder, PERIOD)
    for code, sub in units.items():  # compared with the signed papers: their figures go to DHIS2 too
        office.confirm_key(code, sub.key_code)
    return office, str(Path(office.store.path).parent)


def _stored(office, unit: str):
    conn = sqlite3.connect(office.store.path)
    rid, canonical, document = conn.execute(
        "SELECT id, canonical, document FROM received WHERE unit_code = ? AND current = 1", (unit,)).fetchone()
    conn.close()
    return rid, canonical, document


def _update(office, rid: int, **columns) -> None:
    conn = sqlite3.connect(office.store.path)
    conn.execute(f"UPDATE received SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
                 (*columns.values(), rid))
    conn.commit()
    conn.close()


def _forge_budget(office, unit: str) -> None:
    """r4_ack_counts_forgery.py: the budget revenue made 999.999, the fingerprint hashed again."""
    rid, canonical, _ = _stored(office, unit)
    doc = json.loads(canonical)
    item = next(i for i in doc["items"] if i["code"] == "thu_ngan_sach")
    item.update(input_value=FORGED, value=FORGED, value_text="999.999")
    text = json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    _update(office, rid, canonical=text, fingerprint=hashlib.sha256(text.encode()).hexdigest())


def _acknowledged(data: str) -> None:
    assert run(["--data-dir", data, "audit", "acknowledge", "--yes", listed_code("--data-dir", data)]) == 0
    assert run(["--data-dir", data, "audit", "verify"]) == 0


def _unit(con, code):
    return next(u for u in con.completeness.units if u.code == code)


def test_a_figure_rehashed_and_acknowledged_is_never_counted(received, units, tmp_path):
    office, data = received
    code, other = list(units)[:2]
    counted = office.consolidation(PERIOD).completeness.counts["received"]
    _forge_budget(office, code)
    _acknowledged(data)

    con = office.consolidation(PERIOD)
    unit = _unit(con, code)
    assert unit.status == ReportStatus.BI_TU_CHOI and not unit.received
    assert f"(tệp {units[code].file_stem}.xlsx) không còn khớp với chữ ký của đơn vị" in unit.reason
    assert "đề nghị đơn vị gửi lại báo cáo" in unit.reason and "bản sao lưu" in unit.reason
    assert con.differences[code] == (unit.reason,)
    assert con.item(code, "thu_ngan_sach") is None and con.completeness.counts["received"] == counted - 1
    assert _unit(con, other).status == ReportStatus.DA_NHAN and con.item(other, "thu_ngan_sach") is not None
    assert office.checked_completeness(PERIOD).units == con.completeness.units  # `consolidate` without files
    assert _unit(office.chart_consolidations(PERIOD)[-1], code).status == ReportStatus.BI_TU_CHOI

    book = load_workbook(office.export_xlsx(PERIOD, tmp_path / "tong-hop.xlsx"), read_only=True)
    row = next(r for r in book[SHEET_COMPLETENESS].iter_rows(values_only=True) if code in r)
    assert "Bị từ chối" in row and any("không còn khớp với chữ ký" in str(v) for v in row)
    printed = " ".join(str(v) for sheet in book for r in sheet.iter_rows(values_only=True) for v in r if v)
    assert "999.999" not in printed and FORGED not in printed
    for export, name in ((office.export_dhis2, "dhis2.json"), (office.export_adx, "adx.xml")):
        assert FORGED not in export(PERIOD, tmp_path / name).read_text(encoding="utf-8")


def test_every_completeness_the_office_gives_leaves_the_forged_version_out(received, units):
    """r4 acknowledged: whichever of the office's ways of saying where the units stand is asked,
    the forged unit is "Bị từ chối" (ProvinceOffice.completeness, left unchecked beside
    checked_completeness, counted it "Đã nhận")."""
    office, data = received
    code = list(units)[0]
    _forge_budget(office, code)
    _acknowledged(data)
    ways = [name for name in dir(office) if name.endswith("completeness") and not name.startswith("_")]
    said = {name: next(u.status for u in getattr(office, name)(PERIOD).units if u.code == code) for name in ways}
    assert said == {name: ReportStatus.BI_TU_CHOI for name in ways}


def test_a_document_re_signed_with_another_key_is_not_counted(received, units):
    """The approval's date changed and the document signed again with a key of the forger's own,
    the register's key left in the version's column: the register's key did not sign it."""
    office, data = received
    code = list(units)[2]
    rid, canonical, document = _stored(office, code)
    forger = new_private_key()
    doc = json.loads(document)
    doc.update(approved_at="2026-06-01T08:00:00+07:00", public_key=public_key(forger), signature="")
    sub = submission_from_json(canonical, json.dumps(doc))
    doc["signature"] = sign(forger, signed_payload(sub))
    _update(office, rid, document=json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")))
    _acknowledged(data)
    unit = _unit(office.consolidation(PERIOD), code)
    assert unit.status == ReportStatus.BI_TU_CHOI and "không còn khớp với chữ ký" in unit.reason


def test_exports_wait_for_the_administrator_while_changes_are_not_acknowledged(received, units, tmp_path):
    office, data = received
    code = list(units)[1]
    _forge_budget(office, code)
    found = [t.message for t in office.store.verify_integrity()]
    assert len(found) == 1
    con = office.consolidation(PERIOD)  # viewing stays allowed; the changed version not counted
    assert _unit(con, code).status == ReportStatus.BI_TU_CHOI
    exports = {"tong-hop.xlsx": office.export_xlsx, "bao-cao.pdf": office.export_pdf,
               "dhis2.json": office.export_dhis2, "adx.xml": office.export_adx}
    for name, export in exports.items():
        with pytest.raises(ChangedOutside) as refused:
            export(PERIOD, tmp_path / name, consolidation=con)
        said = refused.value.message
        assert said.startswith("Chưa xuất được ") and found[0].rstrip(".") in said
        assert "«Xác nhận đã kiểm tra…»" in said and "chitieu audit acknowledge, rồi thêm --yes với mã" in said
        assert "“Acknowledge the check…”" in refused.value.en and found[0].rstrip(".") in refused.value.en
        assert not (tmp_path / name).exists()

    _acknowledged(data)
    for name, export in exports.items():
        assert export(PERIOD, tmp_path / name).is_file()


def test_consolidate_writes_nothing_while_changes_are_not_acknowledged(received, units, tmp_path, capsys):
    office, data = received
    _forge_budget(office, list(units)[0])
    runs = len(office.store.intake_runs())
    out = tmp_path / "out"
    capsys.readouterr()
    code = run(["--data-dir", data, "consolidate", str(tmp_path / "in"), "--period", PERIOD,
                "--xlsx", str(out / "tong-hop.xlsx"), "--pdf", str(out / "bao-cao.pdf")])
    said = capsys.readouterr()
    assert code == 2 and not out.exists() and "Hợp lệ" not in said.out
    assert said.err.startswith("Lỗi: Chưa xuất được bảng tổng hợp Excel và báo cáo PDF: lịch sử số liệu cho thấy")
    assert "chitieu audit acknowledge, rồi thêm --yes với mã" in said.err
    assert len(office.store.intake_runs()) == runs  # no file read
