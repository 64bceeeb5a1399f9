"""The province window remembers each person's folders, as the commune's export does (walk 8,
finding 2): the save dialog of the consolidated files opened in the program's working folder with
a bare file name (on Windows, where the program is installed); it opens in the folder the person
saved to last, else in their Documents. The intake dialog's folder field starts on the folder the
person read last (it was empty at every reading), and the Enter that finds that folder copied
in one go goes to the date of receipt instead of reading it as received today."""
from __future__ import annotations

import datetime as dt
import os

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from tests.province.test_copied_folder import copied_times, folder_of, saved_times
from tests.ui.conftest import Script, press, type_text
from ui.province_intake_dialog import IntakeDialog

TODAY = dt.date(2026, 7, 1)  # 6 tháng is being received, its deadline was 20/06/2026
SHOTS = os.environ.get("CHITIEU_SHOTS")  # a folder: what a person sees, saved there
PASSWORD = "hoasen123"
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def people(office, qapp, tmp_path, monkeypatch):
    """Two officers of the office, the first logged in; nobody's preferences yet; this
    computer's Documents folder in `tmp_path` (as the system's user-dirs file names it)."""
    QSettings().remove("users")
    documents = tmp_path / "Tài liệu"
    documents.mkdir()
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "user-dirs.dirs").write_text(f'XDG_DOCUMENTS_DIR="{documents}"\n', encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    ws = office.ws
    ws.add_user("quan-tri", "Nguyễn Văn Quản", "Quản trị", PASSWORD)
    ws.login("quan-tri", PASSWORD)
    ws.add_user("can-bo", "Lê Văn Nhận", "Cán bộ nhập liệu", PASSWORD)
    ws.add_user("can-bo-2", "Phạm Thị Thu", "Cán bộ nhập liệu", PASSWORD)
    ws.login("can-bo", PASSWORD)
    yield documents
    QSettings().remove("users")


def open_window(qtbot, office):
    """The window as at a start of the program (1366×768), the keyboard in its first table."""
    from ui.province_window import ProvinceWindow

    window = ProvinceWindow(office.ws, today=TODAY)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    back_to(qtbot, window)
    return window


def alt_then_steps(qtbot, letter, script) -> None:
    """Alt+`letter` on a button (Qt clicks it a moment later, as it shows it pressed), and the
    dialogs it opens gone through `script`'s steps."""
    press(letter, ALT)
    qtbot.waitUntil(lambda: not script.steps, timeout=30000)
    script.check()


def back_to(qtbot, window) -> None:
    """The keyboard back in the window (offscreen Qt has no window manager to give it back
    after a dialog), on its first table."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10000)
    window.table.setFocus()


# --- the save dialog of the consolidated files -----------------------------------------------------

def save_dialog(seen: dict, then=None, shot: str = ""):
    """A step in the save dialog: where it opened and the name it proposes, then `then(dialog)`
    (Escape when None)."""
    def step(dialog):
        seen["folder"] = dialog.directory().absolutePath()
        seen["name"] = dialog.findChild(QLineEdit, "fileNameEdit").text()
        if SHOTS and shot:
            dialog.grab().save(os.path.join(SHOTS, shot))
        if then is None:
            press(Qt.Key.Key_Escape)
        else:
            then(dialog)
    return step


def test_the_save_dialog_opens_in_documents_then_where_the_person_saved_last(qtbot, office, people, tmp_path):
    documents = people
    window = open_window(qtbot, office)
    out = tmp_path / "Báo cáo tỉnh"
    out.mkdir()

    def save_in_out(dialog):
        press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # the name proposed, replaced by a path
        type_text(str(out / "tong-hop_2026-6M.xlsx"))
        press(Qt.Key.Key_Return)

    first = {}
    script = Script((QFileDialog, save_dialog(first, save_in_out, "save_first_time.png")))
    with qtbot.waitSignal(window.export_done, timeout=60000) as written:
        press(Qt.Key.Key_E, ALT)  # Xuất bảng tổng hợp Excel…
    script.check()
    assert (first["folder"], first["name"]) == (str(documents), "tong-hop_2026-6M.xlsx")
    assert [str(p) for p in written.args[0]] == [str(out / "tong-hop_2026-6M.xlsx")]
    window.export_dialog.done(0)  # the "Đã xuất" box read
    back_to(qtbot, window)

    second = {}
    script = Script((QFileDialog, save_dialog(second, shot="save_where_last.png")))
    # Xuất báo cáo PDF…: the same folder, its own name (DHIS2 of no unit is refused before its save box)
    alt_then_steps(qtbot, Qt.Key.Key_F, script)
    assert (second["folder"], second["name"]) == (str(out), "bao-cao-tong-hop_2026-6M.pdf")
    window.close()

    again = open_window(qtbot, office)  # the program started again
    third = {}
    script = Script((QFileDialog, save_dialog(third)))
    alt_then_steps(qtbot, Qt.Key.Key_E, script)
    assert third["folder"] == str(out)
    again.close()

    office.ws.login("can-bo-2", PASSWORD)  # another person on the same computer: their Documents
    other = open_window(qtbot, office)
    fourth = {}
    script = Script((QFileDialog, save_dialog(fourth)))
    alt_then_steps(qtbot, Qt.Key.Key_E, script)
    assert fourth["folder"] == str(documents)
    other.close()


# --- the intake dialog's folder --------------------------------------------------------------------

def intake_step(seen: dict, keys):
    """A step in the intake dialog: what its folder field holds as it opens, then `keys()`."""
    def step(dialog):
        seen["folder"] = dialog.folder_edit.text()
        seen["selected"] = dialog.folder_edit.selectedText()
        seen["focus"] = QApplication.focusWidget() is dialog.folder_edit
        seen["dialog"] = dialog
        keys(dialog)
    return step


def read_folder(qtbot, window, step) -> None:
    """Alt+N, the dialog's steps, the folder read."""
    script = Script((IntakeDialog, step))
    with qtbot.waitSignal(window.intake_done, timeout=60000):
        press(Qt.Key.Key_N, ALT)
    script.check()
    back_to(qtbot, window)


def test_the_intake_dialog_starts_on_the_folder_read_last(qtbot, office, people, tmp_path):
    inbox = folder_of(tmp_path, saved_times(), "hop-thu")
    window = open_window(qtbot, office)
    first = {}

    def type_inbox(dialog):
        type_text(str(inbox))
        press(Qt.Key.Key_Return)

    read_folder(qtbot, window, intake_step(first, type_inbox))
    assert first["folder"] == "" and first["focus"]  # nothing read yet: empty, the cursor in it
    window.close()

    again = open_window(qtbot, office)  # the program started again
    second = {}

    def look(dialog):
        if SHOTS:
            again.grab().save(os.path.join(SHOTS, "intake_window.png"))
            dialog.grab().save(os.path.join(SHOTS, "intake_folder_read_last.png"))
        press(Qt.Key.Key_Return)  # the same folder read again, by each file's own date

    read_folder(qtbot, again, intake_step(second, look))
    assert (second["folder"], second["selected"], second["focus"]) == (str(inbox), str(inbox), True)
    assert second["dialog"].received() is None
    again.close()

    office.ws.login("can-bo-2", PASSWORD)  # another person: their own folder (none yet)
    other = open_window(qtbot, office)
    third = {}
    script = Script((IntakeDialog, intake_step(third, lambda d: press(Qt.Key.Key_Escape))))
    alt_then_steps(qtbot, Qt.Key.Key_N, script)
    assert third["folder"] == ""
    other.close()


def test_enter_on_a_copied_folder_read_last_goes_to_the_date_first(qtbot, office, people, tmp_path):
    """The folder of last time is in the field; it looks copied in one go now: Enter says so,
    chooses one date for the folder and puts the cursor in the date, whole, without reading the
    folder as received today; the day typed and Enter read it as received that day."""
    copied = folder_of(tmp_path, copied_times(), "chep-tu-usb")
    window = open_window(qtbot, office)
    office_prefs_folder(window, copied)
    seen = {}

    def enter_then_date(dialog):
        press(Qt.Key.Key_Return)
        seen["visible"] = dialog.isVisible()
        seen["date focus"] = QApplication.focusWidget() is dialog.date_edit
        seen["date selected"] = dialog.date_edit.selectedText()
        seen["batch"] = dialog.batch_date.isChecked()
        seen["copied"] = dialog.copied.isVisible()
        if SHOTS:
            dialog.grab().save(os.path.join(SHOTS, "intake_copied_enter.png"))
        type_text("19/06/2026")
        press(Qt.Key.Key_Return)

    read_folder(qtbot, window, intake_step(seen, enter_then_date))
    assert seen["folder"] == str(copied)
    assert seen["visible"] and seen["date focus"] and seen["batch"] and seen["copied"]
    assert seen["date selected"] == "01/07/2026"  # today's, typed over
    assert seen["dialog"].received() == dt.date(2026, 6, 19)


def office_prefs_folder(window, folder) -> None:
    """`folder` as the one this person read last (read on an earlier day, when it was not copied)."""
    from ui.preferences import INTAKE_FOLDER, UserPreferences

    UserPreferences.of(window.workspace).set_folder(INTAKE_FOLDER, folder)
