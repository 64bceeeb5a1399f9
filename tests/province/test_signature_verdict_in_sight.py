"""What a provincial reviewer sees of the units' report PDFs at 1366×768 (red-team R4 F4): the "Chữ ký
số (PDF)" column of "Tình hình gửi báo cáo" was past the table's right edge (behind "Lập lúc" and
"Loại"): he read "Đã nhận" and nothing of the PDFs unless he scrolled; the pane under the table and
"Kết quả nhận tệp" said nothing of them; and beside a refused workbook a genuinely signed PDF left the
cell empty, as if no PDF had been sent.

Now the column stands beside "Tình trạng", in sight as the window opens; the pane under each table
says the PDF's check in sentences (its verdict, who signed, what was compared); a PDF beside a refused
file reads "Có PDF kèm, chưa kiểm tra"."""
from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.certificates import KeySource
from desktop_app.core.consolidation import ReportStatus
from desktop_app.report_signing import sign_report
from desktop_app.trust_roots import import_trust_roots
from tests.exports.sample_data import REPORT_DATE
from tests.province.conftest import tamper
from tests.province.helpers import shown_window
from tests.signature.conftest import P12_PASSWORD, approved, pki  # noqa: F401 (the fixtures)
from ui.province_intake_rows import SIGNATURE, SIGNATURE_WIDTH

UNIT = "05503"  # Xã Tân Cương, the `approved` report's unit
PDF = "2026_05503_xa-tan-cuong_ky-so.pdf"


@pytest.fixture
def signed(pki, approved):  # noqa: F811 (the fixtures imported above)
    """Xã Tân Cương's 2026 report signed by its leader (a certificate of the CA the province trusts):
    the workbook and the signed PDF beside it."""
    ws, out, _ = approved
    return sign_report(ws, "2026", out, KeySource("p12", str(pki.leader_p12), secret=P12_PASSWORD))


def read_window(qtbot, office, pki, folder):  # noqa: F811
    """The province window at 1366×768 after `folder` was read for 2026, its columns settled."""
    import_trust_roots(office, [pki.root_pem])
    office.intake(folder, "2026")
    window = shown_window(qtbot, office, "2026", REPORT_DATE)
    window.tabs.setCurrentIndex(0)
    qtbot.waitUntil(window.table.isVisible)
    for _ in range(3):  # the note gives way once the event loop is back
        QApplication.processEvents()
    return window


def unit_row(table, code: str) -> int:
    model = table.model()
    return next(r for r in range(model.rowCount()) if model.index(r, 1).data() == code)


def in_sight(table, index) -> bool:
    """The cell wholly inside the table's viewport, as the table opens (not scrolled sideways)."""
    return table.viewport().rect().contains(table.visualRect(index))


def test_a_signed_pdfs_verdict_is_in_sight_and_said_under_both_tables(qtbot, office, pki, signed, tmp_path):  # noqa: F811
    inbox = tmp_path / "hop-thu"
    inbox.mkdir()
    for path in (signed.xlsx, signed.pdf):
        shutil.copy2(path, inbox / path.name)
    window = read_window(qtbot, office, pki, inbox)
    table = window.table
    row = unit_row(table, UNIT)
    cell = table.model().index(row, SIGNATURE)
    assert cell.data() == "Chữ ký số hợp lệ: Trần Thị Bình"
    assert in_sight(table, cell) and in_sight(table, table.model().index(row, 4))  # beside "Đã nhận…"
    assert table.horizontalScrollBar().value() == 0
    assert table.columnWidth(SIGNATURE) <= SIGNATURE_WIDTH
    longest = max(table.fontMetrics().horizontalAdvance(c.name) for c in office.catalog.communes)
    assert table.columnWidth(2) > longest  # the longest unit names whole beside it

    table.setCurrentIndex(table.model().index(row, 0))
    said = window.unit_note.text().split("\n")
    assert said[0].startswith("Xã Tân Cương: ")
    assert said[1].startswith(f"Báo cáo PDF gửi kèm {PDF}: Chữ ký số hợp lệ: Trần Thị Bình. Đã so mã SHA-256 của "
                              "tệp với mã tệp Excel gửi kèm ghi cho bản PDF đã ký: khớp. Nội dung: tệp PDF ghi là báo "
                              "cáo của đơn vị 05503, năm 2026")

    window.tabs.setCurrentIndex(1)
    files = window.intake_table
    qtbot.waitUntil(files.isVisible)
    files.setCurrentIndex(files.model().index(0, 0))
    assert window.file_pdf.isVisible()
    assert window.file_pdf.text() == said[1]


def test_a_pdf_beside_a_refused_workbook_is_said_there_not_checked(qtbot, office, pki, signed, tmp_path):  # noqa: F811
    """The workbook edited after signing (refused, "Đã bị sửa"), the genuinely signed PDF beside it:
    its unit's cell is not empty (read as "no PDF sent"), nor said signed (never checked)."""
    inbox = tmp_path / "hop-thu"
    inbox.mkdir()
    tamper(signed.xlsx, inbox / signed.xlsx.name)
    shutil.copy2(signed.pdf, inbox / signed.pdf.name)
    window = read_window(qtbot, office, pki, inbox)
    table = window.table
    row = unit_row(table, UNIT)
    assert window.model.rows[table.model().mapToSource(table.model().index(row, 0)).row()].status \
        == ReportStatus.BI_TU_CHOI
    cell = table.model().index(row, SIGNATURE)
    assert cell.data() == "Có PDF kèm, chưa kiểm tra" and in_sight(table, cell)
    words = (f"Có PDF kèm, chưa kiểm tra: tệp {PDF} nằm cạnh tệp Excel bị từ chối: chỉ PDF gửi kèm tệp Excel được "
             f"nhận mới được kiểm tra chữ ký số. Xem ai đã ký: chitieu verify \"{PDF}\"")
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == words
    table.setCurrentIndex(table.model().index(row, 0))
    assert window.unit_note.text().split("\n")[-1] == words

    window.tabs.setCurrentIndex(1)
    qtbot.waitUntil(window.intake_table.isVisible)
    assert window.intake_table.currentIndex().row() == 0  # the refused file chosen once the folder is read
    assert window.file_pdf.text() == words


def test_a_pdf_read_alone_is_not_said_to_lie_beside_a_workbook(tmp_path):
    """Red-team R6 F3: a PDF alone in the folder, its row "Không phải tệp báo cáo", found itself as the PDF
    "beside" it, and the pane said it lay beside an Excel file."""
    from desktop_app.pdfs_not_checked import pdf_name_beside

    (tmp_path / "bao-cao.pdf").write_bytes(b"%PDF-1.7\n")
    assert pdf_name_beside(str(tmp_path), "bao-cao.pdf") == ""
    (tmp_path / "bao-cao.xlsx").write_bytes(b"PK")
    assert pdf_name_beside(str(tmp_path), "bao-cao.xlsx") == "bao-cao.pdf"
