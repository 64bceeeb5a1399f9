"""A checked report PDF replaced in the folder, or deleted from it, after the reading (red-team R8 item 3):
the window kept saying "Báo cáo PDF gửi kèm X_ky-so.pdf: Chữ ký số hợp lệ: Trần Thị Bình" of the file now
there, never checked. The check shown is said to be of the PDF as it was read, and the change is said."""
from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.trust_roots import import_trust_roots
from tests.exports.sample_data import REPORT_DATE
from tests.province.helpers import shown_window
from tests.province.test_pdf_the_reading_saw import PDF, STUB, UNIT, file_pane, folder, signed  # noqa: F401
from tests.signature.conftest import approved, pki  # noqa: F401 (the fixtures)
from ui.province_intake_rows import SIGNATURE

CHECKED = f"Báo cáo PDF gửi kèm {PDF}: Chữ ký số hợp lệ: Trần Thị Bình. Đã so mã SHA-256"
CHANGED = "Tệp PDF trong thư mục đã đổi sau lần đọc (kết quả trên là của tệp lúc đọc): hãy đọc lại thư mục."
GONE = "Tệp PDF đã bị xóa khỏi thư mục sau lần đọc (kết quả trên là của tệp lúc đọc): hãy đọc lại thư mục."


def unit_said(qtbot, office) -> tuple[str, str, str]:
    """The unit's "Chữ ký số (PDF)" cell in "Tình hình gửi báo cáo", its tooltip, and what the pane under
    the table says of its PDF once the unit is chosen."""
    window = shown_window(qtbot, office, "2026", REPORT_DATE)
    window.tabs.setCurrentIndex(0)
    qtbot.waitUntil(window.table.isVisible)
    model = window.table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == UNIT)
    window.table.setCurrentIndex(model.index(row, 0))
    cell = model.index(row, SIGNATURE)
    said = (cell.data(), cell.data(Qt.ItemDataRole.ToolTipRole), window.unit_note.text().split("\n", 1)[1])
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    return said


def test_a_checked_pdf_replaced_after_the_reading_is_said_to_be_another(qtbot, office, pki, signed, tmp_path):  # noqa: F811
    import_trust_roots(office, [pki.root_pem])
    inbox = folder(tmp_path, "hop-thu", {signed.xlsx.name: signed.xlsx, PDF: signed.pdf})
    office.intake(inbox, "2026")
    assert CHANGED not in file_pane(qtbot, office)  # the PDF read, still there as it was

    (inbox / PDF).write_bytes(STUB)  # another file under the name of the PDF checked
    pane = file_pane(qtbot, office)
    assert pane.startswith(CHECKED) and pane.endswith(f"\n{CHANGED}")
    cell, tip, unit_pane = unit_said(qtbot, office)
    assert cell == "Chữ ký số hợp lệ: Trần Thị Bình"  # the version received was checked with its PDF
    assert tip.startswith(f"Tệp {PDF}: Chữ ký số hợp lệ.") and tip.endswith(f"\n{CHANGED}")
    assert unit_pane.startswith(CHECKED) and unit_pane.endswith(f"\n{CHANGED}")

    shutil.copy2(signed.pdf, inbox / PDF)  # the very PDF put back: nothing to say
    assert CHANGED not in file_pane(qtbot, office) and CHANGED not in unit_said(qtbot, office)[1]


def test_a_checked_pdf_deleted_after_the_reading_is_said_gone(qtbot, office, pki, signed, tmp_path):  # noqa: F811
    import_trust_roots(office, [pki.root_pem])
    inbox = folder(tmp_path, "hop-thu", {signed.xlsx.name: signed.xlsx, PDF: signed.pdf})
    office.intake(inbox, "2026")

    (inbox / PDF).unlink()
    pane = file_pane(qtbot, office)
    assert pane.startswith(CHECKED) and pane.endswith(f"\n{GONE}")
    assert unit_said(qtbot, office)[1].endswith(f"\n{GONE}")

    # the folder moved away (filed, say): nothing is known of it, its check said as read
    inbox.rename(tmp_path / "luu-tru")
    pane = file_pane(qtbot, office)
    assert pane.startswith(CHECKED) and "thư mục" not in pane.split("\n")[-1]
