"""Who signs the consolidated report, typed in the province window (walk 6, finding 2): the PDF
ended "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" with no name under it, and only
`chitieu province-setup --signer` could set one. Tệp › Cài đặt… (and the first run) ask who
prepares and who signs and the signer's title, saved by the office's own set-up with the other
values kept; the PDF prints the name; with no name, exporting the PDF says so before anything is
written and opens the settings from its message."""
from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.province import ProvinceOffice
from tests.ui.conftest import Script, press, type_text
from ui.app import start
from ui.login_dialog import FirstAdminDialog
from ui.mode_dialog import ModeDialog
from ui.province_first_run import ProvinceFirstRunDialog
from ui.province_settings import ProvinceSettingsDialog

TODAY = dt.date(2026, 7, 6)
PASSWORD = "hoa-sen-2026"
SIGNER = "Nguyễn Thị Phương Thảo"


@pytest.fixture
def unsigned_office(tmp_path):
    """A province set up as `chitieu province-setup` without --signer, its document code and
    recipient its own (Tệp › Cài đặt… must keep them)."""
    office = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    office.setup(doc_prefix="VPUBND", recipient="Thường trực Tỉnh ủy")
    yield office
    office.close()


@pytest.fixture
def window(qtbot, unsigned_office):
    from ui.province_window import ProvinceWindow

    w = ProvinceWindow(unsigned_office.ws, today=TODAY)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=10000)
    return w


def last_page(pdf) -> str:
    text = PdfReader(str(pdf)).pages[-1].extract_text()
    return " ".join(unicodedata.normalize("NFC", text).split())


def settings_menu(qtbot, window) -> None:
    """Alt+T (Tệp), then I (Cà&i đặt…)."""
    window.table.setFocus()
    press(Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.file_menu, timeout=10000)
    QTest.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_I)


def type_signer(seen: dict):
    """In Cài đặt: the preparer (the cursor starts there), Tab, the signer, Tab, the title
    chosen with the arrow key (Chủ tịch › Phó Chủ tịch is the default: Up), Enter saves."""
    def step(dialog):
        seen["first"] = QApplication.focusWidget() is dialog.signers.preparer
        type_text("Lê Văn Tổng")
        press(Qt.Key.Key_Tab)
        type_text(SIGNER)
        press(Qt.Key.Key_Tab)
        press(Qt.Key.Key_Up)
        press(Qt.Key.Key_Return)
    return step


def test_the_signer_typed_in_settings_is_saved_and_printed(qtbot, window, unsigned_office, tmp_path):
    """Tệp › Cài đặt…: the names and the title typed, Enter: saved by the office, its document code
    and recipient as they were; the PDF written then ends with the signer's name under the title."""
    seen = {}
    script = Script((ProvinceSettingsDialog, type_signer(seen)))
    settings_menu(qtbot, window)
    qtbot.waitUntil(lambda: not script.steps, timeout=10000)
    script.check()
    s = unsigned_office.settings
    assert seen["first"]
    assert (s.preparer, s.signer, s.signer_title) == ("Lê Văn Tổng", SIGNER, "Chủ tịch")
    assert s.doc_symbol.endswith("VPUBND") and s.recipient == "Thường trực Tỉnh ủy"
    pdf = tmp_path / "bao-cao.pdf"
    with qtbot.waitSignal(window.export_done, timeout=60000):
        window.start_export("pdf", pdf)
    text = last_page(pdf)
    assert "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH" in text and text.endswith(SIGNER)


def test_a_pdf_without_a_signer_is_not_written_and_the_settings_open_from_the_message(qtbot, window, tmp_path):
    """No signer: the export says so before writing, naming Tệp › Cài đặt…; Enter ("Cài đặt…", its
    default) opens the settings, the name typed and saved, and the report is written with it."""
    seen, said = {}, {}

    def read(box):
        said["text"], said["default"] = box.text().replace("\u00a0", " "), box.defaultButton().text()  # ui.unbroken_paths
        press(Qt.Key.Key_Return)

    pdf = tmp_path / "bao-cao.pdf"
    script = Script((QMessageBox, read), (ProvinceSettingsDialog, type_signer(seen)))
    with qtbot.waitSignal(window.export_done, timeout=60000):
        window.start_export("pdf", pdf)
    script.check()
    assert said["text"].startswith("Báo cáo chưa có tên người ký")
    assert "Tệp › Cài đặt…" in said["text"] and said["default"] == "Cà&i đặt…"
    assert last_page(pdf).endswith(SIGNER)


def test_escape_writes_nothing(qtbot, window, tmp_path):
    """Escape on that message: no file, no settings."""
    pdf = tmp_path / "bao-cao.pdf"
    script = Script((QMessageBox, lambda box: press(Qt.Key.Key_Escape)))
    assert window.start_export("pdf", pdf) is None
    script.check()
    assert not pdf.exists()


def test_an_officer_sees_the_names_read_only_and_is_told_to_ask(qtbot, unsigned_office, tmp_path):
    """An officer may not change the settings: the names read-only in Cài đặt, and the export's
    message says to ask the administrator, with no settings to open."""
    from ui.province_window import ProvinceWindow

    ws = unsigned_office.ws
    ws.add_first_accounts("tinh", "Đỗ Thị Thanh Hương", PASSWORD, "tinh.nhaplieu")
    ws.login("tinh.nhaplieu", PASSWORD)
    dialog = ProvinceSettingsDialog(ws, office=unsigned_office)
    qtbot.addWidget(dialog)
    assert dialog.signers.signer.isReadOnly() and not dialog.signers.signer_title.isEnabled()
    assert dialog.signers.signer.placeholderText() == "chưa có" and not dialog.save_button.isEnabled()
    window = ProvinceWindow(ws, today=TODAY)
    qtbot.addWidget(window)
    said = {}

    def read(box):
        said["text"], said["buttons"] = box.text().replace("\u00a0", " "), [b.text() for b in box.buttons()]  # ui.unbroken_paths
        press(Qt.Key.Key_Return)

    script = Script((QMessageBox, read))
    assert window.start_export("pdf", tmp_path / "bao-cao.pdf") is None
    script.check()
    assert "Đề nghị quản trị viên gõ họ tên người ký ở Tệp › Cài đặt…" in said["text"]
    assert said["buttons"] == ["Đóng"]


def test_an_emptied_name_is_removed_and_the_pdf_waits_for_a_signer(qtbot, window, unsigned_office, tmp_path):
    """The signer's name erased and Lưu: saved without a name (a signer who left is no longer
    printed; the dialog refused it and the office kept the old name), the preparer as it was; the
    PDF export then stops and says so, as before any name was typed."""
    unsigned_office.setup(preparer="Lê Văn Tổng", signer=SIGNER, doc_prefix="VPUBND")
    seen = {}

    def erase(dialog):
        press(Qt.Key.Key_Tab)
        press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        press(Qt.Key.Key_Delete)
        dialog.save_button.click()
        seen["closed"] = not dialog.isVisible()

    script = Script((ProvinceSettingsDialog, erase))
    settings_menu(qtbot, window)
    qtbot.waitUntil(lambda: not script.steps, timeout=10000)
    script.check()
    s = unsigned_office.settings
    assert seen["closed"] and (s.preparer, s.signer) == ("Lê Văn Tổng", "")
    said = {}

    def read(box):
        said["text"] = box.text()
        press(Qt.Key.Key_Escape)

    pdf = tmp_path / "bao-cao.pdf"
    script = Script((QMessageBox, read))
    assert window.start_export("pdf", pdf) is None
    script.check()
    assert said["text"].startswith("Báo cáo chưa có tên người ký") and not pdf.exists()


def test_the_first_run_asks_who_signs(qtbot, blank_workspace):
    """After "Cấp tỉnh", the first-run box asks the names, as the commune's first run does: typed,
    Enter from the signer goes to the title, Enter there continues, and the office has them."""
    def administrator(dialog):
        for text in ("tinh", "Đỗ Thị Thanh Hương", PASSWORD, PASSWORD):
            type_text(text)
            press(Qt.Key.Key_Tab)
        press(Qt.Key.Key_Return)

    def province(dialog):
        press(Qt.Key.Key_Down)
        press(Qt.Key.Key_Return)

    def names(dialog):
        type_text("Lê Văn Tổng")
        press(Qt.Key.Key_Return)  # on to the next empty name
        type_text(SIGNER)
        press(Qt.Key.Key_Return)  # on to the title, left as it is
        press(Qt.Key.Key_Return)  # the last: continues

    script = Script((FirstAdminDialog, administrator), (ModeDialog, province), (ProvinceFirstRunDialog, names))
    window = start(blank_workspace)
    script.check()
    qtbot.addWidget(window)
    s = window.office.settings
    assert (s.preparer, s.signer, s.signer_title) == ("Lê Văn Tổng", SIGNER, "Phó Chủ tịch")
    window.close()
