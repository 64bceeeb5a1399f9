"""The province window says of each file read the report PDF that reading found beside it (red-team R6
F3): the log line records its name and SHA-256 (schema 17). A duplicate ("Trùng") e-mailed with a PDF of
its own showed the check of the PDF received with the first copy; a PDF copied into the folder after
the reading was said "Có PDF kèm" of a file read without one. Lines written before (a schema-16
database) are said as before."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from db.schema import SCHEMA_VERSION
from desktop_app.certificates import KeySource
from desktop_app.core.intake import FileClass
from desktop_app.province import ProvinceOffice
from desktop_app.report_signing import sign_report
from desktop_app.trust_roots import import_trust_roots
from tests.edited_outside import edit_with_sqlite3
from tests.exports.sample_data import REPORT_DATE
from tests.province.conftest import tamper
from tests.province.helpers import shown_window
from tests.signature.conftest import P12_PASSWORD, approved, pki  # noqa: F401 (the fixtures)
from ui.province_intake_rows import SIGNATURE

UNIT = "05503"  # Xã Tân Cương, the `approved` report's unit
PDF = "2026_05503_xa-tan-cuong_ky-so.pdf"
STUB = b"%PDF-1.7\n% not the unit's signed report\n%%EOF\n"
OLD = Path(__file__).parents[1] / "db" / "data"


@pytest.fixture
def signed(pki, approved):  # noqa: F811 (the fixtures imported above)
    ws, out, _ = approved
    return sign_report(ws, "2026", out, KeySource("p12", str(pki.leader_p12), secret=P12_PASSWORD))


def folder(tmp_path, name: str, files: dict) -> Path:
    """A folder holding `files` (name -> a path to copy, or bytes)."""
    made = tmp_path / name
    made.mkdir()
    for file_name, what in files.items():
        if isinstance(what, bytes):
            (made / file_name).write_bytes(what)
        else:
            shutil.copy2(what, made / file_name)
    return made


def file_pane(qtbot, office, row: int = 0) -> str:
    """What "Kết quả nhận tệp" says under the table of the PDF of the last reading's file `row` ("" hidden)."""
    window = shown_window(qtbot, office, "2026", REPORT_DATE)
    window.tabs.setCurrentIndex(1)
    qtbot.waitUntil(window.intake_table.isVisible)
    table = window.intake_table
    table.setCurrentIndex(table.model().index(row, 0))
    said = window.file_pdf.text() if window.file_pdf.isVisible() else ""
    window.close()  # gone before the database is closed
    window.deleteLater()
    QApplication.processEvents()
    return said


def unit_cell(qtbot, office):
    """The unit's "Chữ ký số (PDF)" cell in "Tình hình gửi báo cáo", and the pane under it once chosen."""
    window = shown_window(qtbot, office, "2026", REPORT_DATE)
    window.tabs.setCurrentIndex(0)
    qtbot.waitUntil(window.table.isVisible)
    QApplication.processEvents()
    model = window.table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == UNIT)
    window.table.setCurrentIndex(model.index(row, 0))
    return model.index(row, SIGNATURE), window.unit_note.text().split("\n")[-1]


def test_a_duplicate_names_its_own_pdf(qtbot, office, pki, signed, tmp_path):  # noqa: F811
    import_trust_roots(office, [pki.root_pem])
    office.intake(folder(tmp_path, "hop-thu", {signed.xlsx.name: signed.xlsx, PDF: signed.pdf}), "2026")

    [copy] = office.intake(folder(tmp_path, "thu-lai", {"ban-sao.xlsx": signed.xlsx, "ban-sao.pdf": STUB}),
                           "2026").results
    assert copy.class_ == FileClass.TRUNG
    assert file_pane(qtbot, office) == (
        "Báo cáo PDF gửi kèm ban-sao.pdf: PDF không đọc được. Kết quả kiểm tra lưu với bản báo cáo này là "
        f"của tệp PDF khác ({PDF}).")

    # the very PDF under the copy's own name: its check, the copy's name for it
    office.intake(folder(tmp_path, "thu-ba", {"ban-sao-3.xlsx": signed.xlsx, "ban-sao-3_ky-so.pdf": signed.pdf}),
                  "2026")
    assert file_pane(qtbot, office).startswith("Báo cáo PDF gửi kèm ban-sao-3_ky-so.pdf: Chữ ký số hợp lệ: Trần "
                                               "Thị Bình. Đã so mã SHA-256")

    # a copy e-mailed without one: nothing said of a PDF (it showed the first copy's)
    office.intake(folder(tmp_path, "thu-tu", {"ban-sao-4.xlsx": signed.xlsx}), "2026")
    assert file_pane(qtbot, office) == ""


def test_a_pdf_copied_in_after_the_reading_is_not_said_to_be_the_one_read(qtbot, office, pki, signed, tmp_path):  # noqa: F811
    import_trust_roots(office, [pki.root_pem])
    inbox = folder(tmp_path, "hop-thu", {signed.xlsx.name: signed.xlsx})
    [alone] = office.intake(inbox, "2026").results
    assert alone.class_ == FileClass.HOP_LE
    shutil.copy2(signed.pdf, inbox / PDF)
    after = f"PDF {PDF} đặt vào thư mục sau lần đọc; chưa kiểm tra: hãy đọc lại thư mục."
    assert file_pane(qtbot, office) == after

    office.intake(inbox, "2026")  # read again, as the pane asks: the PDF is checked, and said so
    assert file_pane(qtbot, office).startswith(f"Báo cáo PDF gửi kèm {PDF}: Chữ ký số hợp lệ: Trần Thị Bình.")


def test_a_pdf_put_beside_a_refused_file_after_the_reading_is_said_so(qtbot, office, pki, signed, tmp_path):  # noqa: F811
    import_trust_roots(office, [pki.root_pem])
    inbox = tmp_path / "hop-thu"
    inbox.mkdir()
    tamper(signed.xlsx, inbox / signed.xlsx.name)
    [refused] = office.intake(inbox, "2026").results
    assert refused.class_ == FileClass.DA_BI_SUA
    shutil.copy2(signed.pdf, inbox / PDF)
    cell, pane = unit_cell(qtbot, office)
    after = f"PDF {PDF} đặt vào thư mục sau lần đọc; chưa kiểm tra: hãy đọc lại thư mục."
    assert (cell.data(), cell.data(Qt.ItemDataRole.ToolTipRole), pane) == ("PDF đặt vào sau lần đọc", after, after)
    assert file_pane(qtbot, office) == after


def test_a_pdf_changed_beside_a_refused_file_after_the_reading_is_said_so(qtbot, office, pki, signed, tmp_path):  # noqa: F811
    import_trust_roots(office, [pki.root_pem])
    inbox = tmp_path / "hop-thu"
    inbox.mkdir()
    tamper(signed.xlsx, inbox / signed.xlsx.name)
    shutil.copy2(signed.pdf, inbox / PDF)
    office.intake(inbox, "2026")
    cell, _ = unit_cell(qtbot, office)
    assert cell.data() == "Có PDF kèm, chưa kiểm tra"  # the PDF the reading saw, still there

    (inbox / PDF).write_bytes(STUB)  # another PDF under its name
    cell, pane = unit_cell(qtbot, office)
    assert (cell.data(), pane) == ("PDF đặt vào sau lần đọc",
                                   f"PDF {PDF} đặt vào thư mục sau lần đọc; chưa kiểm tra: hãy đọc lại thư mục.")


def test_a_schema_16_databases_lines_are_said_as_before(qtbot, tmp_path):
    """tests/db/data/schema16_province.db: Tân Cương's 2026 report read with its signed PDF (checked), then
    a copy `ban-sao.xlsx` with a PDF of its own, `ban-sao.pdf`, "Trùng" (its folder gone since)."""
    data = tmp_path / "tinh"
    data.mkdir()
    shutil.copy(OLD / "schema16_province.db", data / "chitieu.db")
    office = ProvinceOffice.open(data, user="van-thu")
    try:
        assert office.store.schema_version == SCHEMA_VERSION >= 17
        assert office.store.verify_integrity() == []
        assert [(line.file_name, line.pdf_name) for line in office.store.intake_log()] == [
            ("2026_05503_xa-tan-cuong.xlsx", None), ("ban-sao.xlsx", None)]
        # the old copy's line knows nothing of its PDF: its version's check, as this window said before
        assert file_pane(qtbot, office).startswith(f"Báo cáo PDF gửi kèm {PDF}: Chữ ký số hợp lệ: Trần Thị Bình.")

        office.intake(folder(tmp_path, "thu-lai", {"ban-sao-2.xlsx": OLD / "schema16_tan_cuong.xlsx",
                                                   "ban-sao-2.pdf": STUB}), "2026")
        assert file_pane(qtbot, office).startswith("Báo cáo PDF gửi kèm ban-sao-2.pdf: PDF không đọc được. Kết quả kiểm tra lưu")
        assert office.store.verify_integrity() == []
    finally:
        office.close()
    # a PDF put on an old line, or taken off a new one, with sqlite3 is a change outside the program
    edit_with_sqlite3(data, "UPDATE intake_log SET pdf_name = 'gia.pdf' WHERE file_name = 'ban-sao.xlsx'",
                      "UPDATE intake_log SET pdf_name = NULL, pdf_sha256 = NULL, pdf_verdict = NULL"
                      " WHERE file_name = 'ban-sao-2.xlsx'")
    office = ProvinceOffice.open(data, user="van-thu")
    try:
        assert {f.key for f in office.store.verify_integrity() if f.table == "intake_log"} == {(2,), (3,)}
    finally:
        office.close()
