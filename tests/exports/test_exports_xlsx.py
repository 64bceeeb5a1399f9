"""The Excel submission: read back with openpyxl and python-calamine, verified, and kept
readable across format versions."""
from __future__ import annotations

import shutil
import zipfile
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from desktop_app.core.errors import BadSubmission
from desktop_app.core.wording import printed_result
from exports.report_annex import compared_cell as annex_compared_cell
from exports.report_annex import result_text
from exports.report_rows import compared_cell, result_cell
from exports.submission_format import (
    DATA_COLUMNS,
    SHEET_DATA,
    SHEET_INFO,
    SHEET_REPORT,
    target_cell,
    verdict_cell,
)
from exports.submission_reader import read_submission, verify_file
from exports.submission_xlsx import write_submission
from tests.exports.conftest import submission_of

DATA = Path(__file__).parent / "data"
SAMPLE_V1 = DATA / "2026_xa-tan-cuong_format1.xlsx"
# The fingerprint of the committed sample, as printed on its paper report: it must never change.
SAMPLE_V1_FINGERPRINT = "53de0c2c0b7081aea53983ed7f582425b09bb60b30e104b54bccd3310c8ca353"
# Format 2: written once by the app (`write_format2_sample`), approved and signed by a key made
# for the tests and kept here (never a real installation's key).
SAMPLE_V2 = DATA / "2026_05503_xa-tan-cuong_format2.xlsx"
SAMPLE_V2_KEY = "3UqiQOgIe/JuHtiqJBaOaJ46XxHUOd1pKlNTuf4xP7E="
SAMPLE_V2_PUBLIC = "/qxStVll9xCkikhMiuuA69sUiuXPnvHggiA3BflOxFk="
SAMPLE_V2_KEY_CODE = "BUO6-GURD-5UJH-GIXZ"
SAMPLE_V2_FINGERPRINT = "072c54111cfeb8ac3abc95b25dd25cda4d30430b59d0d105dabeeffa6cbbfb65"


@pytest.fixture(scope="module")
def commune_xlsx(commune_sub, tmp_path_factory):
    return write_submission(commune_sub, tmp_path_factory.mktemp("xlsx") / f"{commune_sub.file_stem}.xlsx")


def _data_rows(path) -> list[dict]:
    wb = openpyxl.load_workbook(path)
    rows = list(wb[SHEET_DATA].iter_rows(values_only=True))
    return [dict(zip(rows[0], r)) for r in rows[1:]]


def _calamine_rows(path) -> list[dict]:
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name(SHEET_DATA).to_python()
    return [{k: (v if v != "" else None) for k, v in zip(rows[0], r)} for r in rows[1:]]


def _tamper(src: Path, dst: Path, sheet: str, find, new) -> Path:
    """Copy `src` to `dst` and change the first cell of `sheet` for which find(row, cell) holds."""
    shutil.copy(src, dst)
    wb = openpyxl.load_workbook(dst)
    ws = wb[sheet]
    for row in ws.iter_rows():
        for cell in row:
            if find(row, cell):
                cell.value = new
                wb.save(dst)
                return dst
    raise AssertionError("nothing to change")


def test_three_sheets_protected(commune_xlsx):
    """Báo cáo, Dữ liệu, Thông tin, each protected; the sheet structure is locked."""
    wb = openpyxl.load_workbook(commune_xlsx)
    assert wb.sheetnames == [SHEET_REPORT, SHEET_DATA, SHEET_INFO]
    for ws in wb.worksheets:
        assert ws.protection.sheet is True
    assert wb.security.lockStructure is True


def test_report_sheet_print_setup(commune_xlsx):
    """A4 landscape, at the scale fitting its width; the commune's table takes two pages, broken
    by hand (Excel ignores breaks on a sheet fitted to pages), its header rows repeated (a sheet
    that fits one page: `test_submission_pages.py`)."""
    ws = openpyxl.load_workbook(commune_xlsx)[SHEET_REPORT]
    assert str(ws.page_setup.paperSize) == "9"  # A4
    assert ws.page_setup.orientation == "landscape"
    assert ws.sheet_properties.pageSetUpPr.fitToPage is False and 80 <= ws.page_setup.scale <= 84
    assert len(ws.row_breaks.brk) == 1
    assert ws.print_title_rows.replace("$", "") == "7:8"
    assert ws["B7"].value == "Chỉ tiêu" and ws["B7"].alignment.wrap_text
    assert ws.page_margins.left == pytest.approx(30 / 25.4)


def test_report_sheet_shows_the_paper_table(commune_xlsx, commune_sub):
    """The printed table has the same names and Vietnamese-formatted numbers as the PDF: since 0.2.0
    under a result what it is computed from and a Không đạt's gap, the PDF's cells (`report_annex`)."""
    ws = openpyxl.load_workbook(commune_xlsx)[SHEET_REPORT]
    cells = [[c for c in row] for row in ws.iter_rows(min_row=9, values_only=True)]
    by_name = {r[1]: r for r in cells if r[1]}
    for item in commune_sub.items:
        row = by_name[item.name]
        assert tuple(row[3:7]) == (target_cell(item, commune_sub) or None, result_cell(item) or None,
                                   compared_cell(item) or None, verdict_cell(item, commune_sub))
        assert printed_result(row[4] or "") == result_text(item)
        assert (row[5] or "").replace(" ", "\u00a0") == annex_compared_cell(item).replace(" ", "\u00a0")
    assert by_name["Tổng thu ngân sách địa phương không bao gồm thu tiền sử dụng đất, thu từ xổ số kiến thiết"][4] == "45.230"
    assert ws["A3"].value == "DỰ THẢO"
    assert any("Vượt 2, Đạt 0, Không đạt 0, Đang thực hiện 6" in (r[0] or "") for r in cells)


def test_a_wards_own_targets_are_the_wards_and_its_older_files_still_verify(ward_sub, tmp_path):
    """A ward's table says "Phường tự đặt" and "Theo chỉ tiêu phường"; a ward's file written
    before 2026.12, when they said "xã" (and no target said how long it runs), still verifies as intact.
    Such a file states app 0.1.0 (every version before 0.2.0 did): one stating 0.2.0 holds the
    ward's words only."""
    path = write_submission(ward_sub, tmp_path / "phuong.xlsx")
    texts = [c.value for row in openpyxl.load_workbook(path)[SHEET_REPORT].iter_rows() for c in row
             if isinstance(c.value, str)]
    assert any("Phường tự đặt năm 2026: " in t for t in texts) and any("Theo chỉ tiêu phường: " in t for t in texts)
    assert not any("Xã tự đặt" in t or "chỉ tiêu xã" in t for t in texts)
    for version, intact in ((ward_sub.app_version, False), ("0.1.0", True)):
        wb = openpyxl.load_workbook(write_submission(replace(ward_sub, app_version=version), tmp_path / "p.xlsx"))
        for row in wb[SHEET_REPORT].iter_rows():
            for c in row:
                if isinstance(c.value, str):
                    c.value = c.value.replace("Phường tự đặt", "Xã tự đặt").replace("chỉ tiêu phường:", "chỉ tiêu xã:")
                    for span in ("\ntổng 5 năm\n2026-2030", "\nđến năm 2030", "\nnăm 2026"):
                        c.value = c.value.replace(span, "")
        wb.save(tmp_path / "phuong-cu.xlsx")
        assert verify_file(tmp_path / "phuong-cu.xlsx").ok is intact, version
    wb[SHEET_REPORT]["D12"].value = "≥ 1"  # any other change of the table is still caught
    wb.save(tmp_path / "phuong-sua.xlsx")
    assert not verify_file(tmp_path / "phuong-sua.xlsx").ok


def test_data_sheet_has_the_database_values(commune_ws, commune_xlsx):
    """Every entered field reads back, with openpyxl and with calamine, as the database stores it."""
    stored = {r.indicator: r for r in commune_ws.store.entries(commune_ws.commune.code)}
    for rows in (_data_rows(commune_xlsx), _calamine_rows(commune_xlsx)):
        assert list(rows[0]) == list(DATA_COLUMNS)
        indicators = {r["indicator"]: r for r in rows if r["record"] == "indicator"}
        for code, e in stored.items():
            row = indicators[code]
            assert row["unit_code"] == "05503" and row["period"] == "2026"
            assert row["numerator"] == e.numerator
            assert row["denominator"] == e.denominator
            assert row["input_value"] == e.value
            assert row["previous"] == e.previous
            assert row["flag"] == (None if e.flag is None else str(e.flag))
            assert (row["comment"] or "") == e.comment
        assert indicators["bhyt"]["value"] == "95.36" and indicators["bhyt"]["target_op"] == "="
        assert (indicators["bhyt"]["own_target_op"], indicators["bhyt"]["own_verdict"]) == ("≥", "Vượt")
        assert indicators["ket_nap_dang_vien"]["baseline"] == "412"
        narratives = {r["section"]: r["text"] for r in rows if r["record"] == "narrative"}
        assert narratives["ket_qua"].startswith("Năm 2026, Ủy ban nhân dân xã")


def test_info_sheet(commune_xlsx, commune_sub):
    """Format name and version, versions, people and the full fingerprint."""
    ws = openpyxl.load_workbook(commune_xlsx)[SHEET_INFO]
    info = {r[0]: r[2] for r in ws.iter_rows(min_row=2, values_only=True)}
    assert info["format"] == "chitieu-submission" and info["format_version"] == "2"
    assert info["catalog_version"] == commune_sub.catalog_version
    assert info["app_version"] and info["generated_at"].startswith("2026-12-18T09:30:00")
    assert info["preparer"] == "Nguyễn Văn An" and info["signer"] == "Trần Thị Bình"
    assert info["fingerprint"] == commune_sub.fingerprint
    assert info["approved"] == "0"


def test_read_back_is_the_same_submission(commune_xlsx, commune_sub):
    """read_submission gives back the very model the file was written from."""
    back = read_submission(commune_xlsx)
    assert back == commune_sub
    assert back.fingerprint == commune_sub.fingerprint == back.stated_fingerprint


def test_verify_passes_on_the_file_as_written(commune_xlsx, commune_sub):
    """An untouched file is intact, and the message says so in Vietnamese."""
    result = verify_file(commune_xlsx)
    assert result.ok, result.message
    assert "nguyên vẹn" in result.message and commune_sub.short_fingerprint in result.message


def test_verify_fails_after_one_value_is_changed(commune_xlsx, tmp_path):
    """Changing one number in "Dữ liệu" is detected."""
    bad = _tamper(commune_xlsx, tmp_path / "bad.xlsx", SHEET_DATA,
                  lambda row, cell: cell.value == "9412", "9512")
    result = verify_file(bad)
    assert not result.ok
    assert "KHÔNG nguyên vẹn" in result.message and "Dữ liệu" in result.message


def test_verify_fails_when_a_number_is_retyped_as_a_number(commune_xlsx, tmp_path):
    """Typing a different value as a real number (not text) is detected too."""
    bad = _tamper(commune_xlsx, tmp_path / "bad.xlsx", SHEET_DATA,
                  lambda row, cell: cell.value == "45230", 45231)
    assert not verify_file(bad).ok


def test_verify_fails_when_the_printed_table_is_changed(commune_xlsx, tmp_path):
    """Changing the human-readable "Báo cáo" sheet is detected against the data."""
    bad = _tamper(commune_xlsx, tmp_path / "bad.xlsx", SHEET_REPORT,
                  lambda row, cell: cell.value == "95,36", "99,36")
    result = verify_file(bad)
    assert not result.ok and "Báo cáo" in result.message


def test_text_is_never_a_formula(workspace, tmp_path):
    """Comments starting with =, +, -, @ are stored and read back as text, never as formulas."""
    dangerous = {"bhyt": "=1+2", "truong_chuan": "+84 912 345 678", "lao_dong_dao_tao": "-5 hộ",
                 "to_chuc_dang_htt": "@SUM(A1:A9)"}
    for code, text in dangerous.items():
        workspace.set_entry("2026", code, comment=text)
    path = write_submission(submission_of(workspace), tmp_path / "f.xlsx")
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert "<f>" not in z.read(name).decode("utf-8")
    wb = openpyxl.load_workbook(path)
    found = 0
    for ws in (wb[SHEET_DATA], wb[SHEET_REPORT]):
        for row in ws.iter_rows():
            for cell in row:
                if cell.value in dangerous.values():
                    assert cell.data_type == "s"
                    found += 1
    assert found == 2 * len(dangerous)
    rows = _calamine_rows(path)
    comments = {r["indicator"]: r["comment"] for r in rows if r["record"] == "indicator"}
    for code, text in dangerous.items():
        assert comments[code] == text
    assert verify_file(path).ok


def test_long_narrative_is_split_and_joined(workspace, tmp_path):
    """A narrative longer than an Excel cell holds (older versions let one be typed; the
    format allows it) is split over rows and read back whole."""
    from desktop_app.core.submission import Narrative

    text = ("Đoạn văn dài về kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội. " * 900).strip()
    assert len(text) > 32767
    workspace.set_entry("2026", "bhyt", numerator="1", denominator="2")
    sub = replace(submission_of(workspace), narratives=(Narrative("ket_qua", "Kết quả đạt được", text),))
    path = write_submission(sub, tmp_path / "long.xlsx")
    back = read_submission(path)
    assert back.narratives[0].text == text
    assert verify_file(path).ok


def test_file_written_atomically(commune_sub, tmp_path):
    """Writing over an existing file works and leaves no temporary file behind."""
    path = tmp_path / f"{commune_sub.file_stem}.xlsx"
    path.write_bytes(b"old")
    write_submission(commune_sub, path)
    write_submission(commune_sub, path)
    assert [p.name for p in tmp_path.iterdir()] == ["2026_05503_xa-tan-cuong.xlsx"]
    assert read_submission(path) == commune_sub


def test_committed_format_1_sample_still_reads_and_verifies():
    """Old-to-new: a file written by format version 1 reads and verifies with today's code."""
    sub = read_submission(SAMPLE_V1)
    assert sub.format_version == 1
    assert sub.unit_code == "05503" and sub.unit_name == "Xã Tân Cương" and sub.period == "2026"
    assert sub.fingerprint == SAMPLE_V1_FINGERPRINT
    bhyt = next(i for i in sub.items if i.code == "bhyt")
    assert (bhyt.numerator, bhyt.denominator, bhyt.value, bhyt.verdict) == ("9412", "9870", "95.36", "Vượt")
    assert verify_file(SAMPLE_V1).ok


def test_newer_format_version_is_refused(commune_xlsx, tmp_path):
    """A file from a newer format version is refused with a message to update the app."""
    bad = _tamper(commune_xlsx, tmp_path / "v3.xlsx", SHEET_INFO,
                  lambda row, cell: cell.column == 3 and row[0].value == "format_version", "3")
    with pytest.raises(BadSubmission, match="mới hơn"):
        read_submission(bad)


def test_unreadable_files_are_refused_in_vietnamese(commune_xlsx, tmp_path):
    """A PDF, a broken file, or a workbook without "Dữ liệu" is refused clearly."""
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    with pytest.raises(BadSubmission, match="không phải tệp Excel"):
        read_submission(pdf)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(BadSubmission, match="hỏng"):
        read_submission(broken)
    other = tmp_path / "other.xlsx"
    wb = openpyxl.Workbook()
    wb.save(other)
    with pytest.raises(BadSubmission, match="Thông tin"):
        read_submission(other)
    with pytest.raises(BadSubmission, match="Không có tệp"):
        read_submission(tmp_path / "missing.xlsx")


def test_mixed_units_are_refused(commune_xlsx, tmp_path):
    """A file whose rows name two different units is not one submission."""
    bad = _tamper(commune_xlsx, tmp_path / "mixed.xlsx", SHEET_DATA,
                  lambda row, cell: cell.row == 3 and cell.column == 2, "05506")
    with pytest.raises(BadSubmission, match="một đơn vị"):
        read_submission(bad)


def test_approved_submission_is_stated_in_the_file(commune_sub, tmp_path):
    """The approval state is written (and read back) without changing the fingerprint."""
    path = write_submission(replace(commune_sub, approved=True), tmp_path / "a.xlsx")
    back = read_submission(path)
    assert back.approved is True and back.fingerprint == commune_sub.fingerprint
    assert openpyxl.load_workbook(path)[SHEET_REPORT]["A3"].value is None


def write_format2_sample(data_dir, out_dir):
    """How SAMPLE_V2 was made (once; never again): Xã Tân Cương's year 2026 entered, completed
    and approved, the test key installed as the installation's, then exported by the app."""
    from desktop_app.approval import SIGNING_KEY
    from desktop_app.services import Workspace, export_period
    from tests.exports.sample_data import REPORT_DATE, fill_commune_2026

    ws = Workspace.open(data_dir, user="can-bo")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    with ws.store.transaction():
        ws.store.put_setting(SIGNING_KEY, SAMPLE_V2_KEY)
    fill_commune_2026(ws)
    ws.complete("2026")
    ws.approve("2026")
    result = export_period(ws, "2026", out_dir, pdf=False, doc_number="12", report_date=REPORT_DATE)
    ws.close()
    return result


def test_committed_format_2_sample_still_reads_and_verifies():
    """Old-to-new: the committed format-2 file (approved, signed) reads, its fingerprint and
    signature verify with today's code, and verify names its key and compares the paper's code."""
    from desktop_app.core.signing import key_code, public_key

    assert public_key(SAMPLE_V2_KEY) == SAMPLE_V2_PUBLIC and key_code(SAMPLE_V2_PUBLIC) == SAMPLE_V2_KEY_CODE
    sub = read_submission(SAMPLE_V2)
    assert sub.format_version == 2 and sub.approved and sub.approved_by
    assert sub.unit_code == "05503" and sub.unit_name == "Xã Tân Cương" and sub.period == "2026"
    assert sub.fingerprint == sub.stated_fingerprint == SAMPLE_V2_FINGERPRINT
    assert sub.public_key == SAMPLE_V2_PUBLIC and sub.key_code == SAMPLE_V2_KEY_CODE and sub.signature_valid()
    assert sub.chain_head and sub.doc_number == "12"
    bhyt = next(i for i in sub.items if i.code == "bhyt")
    assert (bhyt.numerator, bhyt.denominator, bhyt.value) == ("9412", "9870", "95.36")
    assert (bhyt.own_target_op, bhyt.own_target_value) == ("≥", "94")
    v = verify_file(SAMPLE_V2)
    assert v.ok and v.key_code == SAMPLE_V2_KEY_CODE and "bản ĐÃ DUYỆT" in v.message and v.code_matches is None
    assert verify_file(SAMPLE_V2, SAMPLE_V2_KEY_CODE.lower()).code_matches
    assert verify_file(SAMPLE_V2, "AAAA-BBBB-CCCC-DDDD").ok is False


def test_format_md_describes_every_column_key_and_scheme():
    """exports/FORMAT.md names every column of "Dữ liệu", every key of "Thông tin", the
    schemes and the file name the code writes: the document and the code agree."""
    from desktop_app.core.submission import (
        FINGERPRINT_SCHEMES,
        FORMAT_VERSION,
        SIGNATURE_SCHEME,
    )
    from exports.submission_format import DATA_COLUMNS, INFO_KEYS

    text = (Path(__file__).parents[2] / "exports" / "FORMAT.md").read_text(encoding="utf-8")
    assert f"format version {FORMAT_VERSION}" in text
    for code in DATA_COLUMNS:
        assert f"| `{code}` |" in text, code
    for key, _ in INFO_KEYS:
        assert f"`{key}`" in text, key
    for scheme in (*FINGERPRINT_SCHEMES.values(), SIGNATURE_SCHEME):
        assert scheme.rsplit("/", 1)[0] in text, scheme
    assert SIGNATURE_SCHEME in text and "`<period>_<unit code>_<unit slug>.xlsx`" in text
