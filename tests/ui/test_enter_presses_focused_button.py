"""Enter on a button that has the keyboard presses THAT button, as Space does, in every dialog (walk
U26 F1/F2): Tab to "Hủy" then Enter read the province's folder (all 7 reports recorded late, for
good: reading again says "Trùng") and confirmed a unit's key; Enter on "Chọn…" read the folder
instead of opening the folder picker. The focused button is framed as the default while it has the
keyboard (its focus ring alone is faint), and once the keyboard is back in a field the dialog's
default is framed and pressed by Enter again (or none, in a dialog without one). Real keys, sent to
the widget that has the focus (`tests.ui.conftest.press`)."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QPushButton

from desktop_app.core.doc_number import Issued
from desktop_app.core.periods import Period, parse_period
from tests.core.test_workflow import office  # noqa: F401 (the fixture)
from tests.ui.conftest import press, shot, type_text
from tests.ui.test_keyboard import shown
from ui.approve_dialog import ApproveQuestion
from ui.audit_dialog import AuditDialog
from ui.baseline_dialog import BaselineDialog
from ui.files_written import FilesWrittenDialog
from ui.history_dialog import HistoryDialog
from ui.issued_dialog import IssuedDialog
from ui.login_dialog import LoginDialog
from ui.mode_dialog import ModeDialog
from ui.province_first_run import ProvinceFirstRunDialog
from ui.province_intake_dialog import IntakeDialog
from ui.province_key_dialog import KeyConfirmDialog
from ui.reference_dialog import ReferenceDialog
from ui.setup_dialog import SetupDialog

CODE = "ABCD EFGH JKLM NPQR"
TODAY = dt.date(2026, 7, 20)


def tab_to(widget, most: int = 60) -> None:
    """Tab until `widget` has the keyboard."""
    for _ in range(most):
        if QApplication.focusWidget() is widget:
            return
        press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is widget, f"Tab never reached {widget!r}"


def framed(dialog) -> list[QPushButton]:
    """The buttons drawn as the default (the thick frame), the one Enter presses."""
    return [b for b in dialog.findChildren(QPushButton) if b.isDefault() and b.window() is dialog]


def _intake(qtbot, folder) -> IntakeDialog:
    dialog = shown(qtbot, IntakeDialog(parse_period("2026-6M"), dt.date(2026, 7, 15), TODAY))
    assert QApplication.focusWidget() is dialog.folder_edit
    type_text(str(folder))
    return dialog


def test_intake_tab_to_cancel_then_enter_reads_nothing_and_closes(qtbot, tmp_path):
    """The folder typed, Tab to "Hủy", Enter: the dialog closes as cancelled (it read the folder)."""
    dialog = _intake(qtbot, tmp_path)
    tab_to(dialog.cancel_button)
    assert framed(dialog) == [dialog.cancel_button]  # what Enter presses, framed
    shot(dialog, "s138_intake_on_cancel")
    press(Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_intake_enter_on_choose_opens_the_folder_picker(qtbot, tmp_path, monkeypatch):
    """The folder typed, Tab to "Chọn…", Enter: the folder picker opens, nothing is read; the folder
    picked is in the field, the dialog still open."""
    picked = tmp_path / "hop-thu"
    picked.mkdir()
    asked = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *args, **kwargs: asked.append(args) or str(picked)))
    dialog = _intake(qtbot, tmp_path)
    tab_to(dialog.choose_button)
    assert framed(dialog) == [dialog.choose_button]
    press(Qt.Key.Key_Return)
    assert len(asked) == 1
    assert dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected  # not accepted: nothing read
    assert dialog.folder() == str(picked)


def test_intake_enter_in_the_date_field_still_reads_the_folder(qtbot, tmp_path):
    """Tab to "Hủy" (framed there) and on round to the date, the frame back on "Đọc thư mục": Enter in the
    date reads the folder with that date, as before."""
    dialog = _intake(qtbot, tmp_path)
    dialog.batch_date.setChecked(True)
    tab_to(dialog.cancel_button)
    assert framed(dialog) == [dialog.cancel_button]
    tab_to(dialog.date_edit)
    assert framed(dialog) == [dialog.read_button]
    dialog.date_edit.selectAll()
    type_text("18/07/2026")
    press(Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.folder() == str(tmp_path) and dialog.received() == dt.date(2026, 7, 18)


def _key_dialog(qtbot):
    confirmed = []
    fake = SimpleNamespace(confirm_key=lambda unit, code, **flags: confirmed.append((unit, code)) or "key")
    dialog = shown(qtbot, KeyConfirmDialog(fake, "05488", "Xã Đại Phúc"))
    assert QApplication.focusWidget() is dialog.code
    type_text(CODE)
    return dialog, confirmed


def test_key_dialog_tab_to_cancel_then_enter_confirms_nothing(qtbot):
    """The code typed from the paper, Tab, Tab to "Hủy", Enter: no key confirmed, the dialog cancelled."""
    dialog, confirmed = _key_dialog(qtbot)
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.cancel_button
    assert framed(dialog) == [dialog.cancel_button]
    shot(dialog, "s138_key_dialog_on_cancel")
    press(Qt.Key.Key_Return)
    assert confirmed == []
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected and dialog.confirmed is None


def test_key_dialog_enter_in_the_code_confirms_after_a_tab_round(qtbot):
    """Tab to Hủy (framed there) and on round to the code: the frame back on Xác nhận, Enter confirms the
    code typed, as before."""
    dialog, confirmed = _key_dialog(qtbot)
    tab_to(dialog.cancel_button)
    assert framed(dialog) == [dialog.cancel_button]
    tab_to(dialog.code)
    assert framed(dialog) == [dialog.confirm_button]
    press(Qt.Key.Key_Return)
    assert confirmed == [("05488", CODE)]
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.confirmed == "key"


def _province_first_run(request):
    ws = request.getfixturevalue("blank_workspace")
    ws.add_first_accounts("tinh", "Đỗ Thị Thanh Hương", "hoa-sen-2026", None)
    ws.login("tinh", "hoa-sen-2026")
    return ProvinceFirstRunDialog(ws)


def _files_written(request):
    folder = request.getfixturevalue("tmp_path")
    written = [folder / "bao-cao.pdf", folder / "bao-cao.xlsx"]
    return FilesWrittenDialog(folder, written, written[0])


# The dialogs calling ui.keyboard.one_default with a button besides the default, built from the tests' fixtures.
DIALOGS = {
    "mode": lambda r: ModeDialog(),
    "intake": lambda r: IntakeDialog(parse_period("2026-6M"), dt.date(2026, 7, 15), TODAY),
    "key": lambda r: KeyConfirmDialog(None, "05488", "Xã Đại Phúc"),
    "approve": lambda r: ApproveQuestion(None, "Duyệt báo cáo", "Duyệt báo cáo năm 2026?", "Xã Tân Cương"),
    "issued": lambda r: IssuedDialog(SimpleNamespace(doc_symbol="BC-UBND", period="2026-6M"),
                                     Issued("5", dt.date(2026, 12, 5))),
    "reference": lambda r: ReferenceDialog(),
    "files_written": _files_written,
    "login": lambda r: LoginDialog(r.getfixturevalue("office")),
    "setup": lambda r: SetupDialog(r.getfixturevalue("workspace"), first_run=False),
    "baseline": lambda r: BaselineDialog(r.getfixturevalue("workspace")),
    "history": lambda r: HistoryDialog(r.getfixturevalue("workspace"), "bhyt", Period(2026, "Y")),
    "audit": lambda r: AuditDialog(r.getfixturevalue("workspace")),
    "province_first_run": _province_first_run,
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_enter_on_a_focused_button_presses_that_button(qtbot, request, name):
    """Each button but the default, reached by Tab: framed, and Enter emits its own `clicked`, not the
    default's. Back where the dialog opened (a field, a list), the frame is the default's again (none
    in a dialog without one). The dialog does not open on a button other than its default: Enter
    typed at once does what it did before."""
    dialog = shown(qtbot, DIALOGS[name](request))
    start = QApplication.focusWidget()
    buttons = [b for b in dialog.findChildren(QPushButton)
               if b.window() is dialog and b.isVisible() and b.isEnabled()
               and b.focusPolicy() & Qt.FocusPolicy.TabFocus]
    default = next((b for b in dialog.findChildren(QPushButton) if b.autoDefault()), None)  # one_default's only one
    assert not isinstance(start, QPushButton) or start is default, f"{name} opens on {start.text()!r}"
    pressed = []
    for button in buttons:  # what each button does is not the point here: only which one Enter presses
        button.clicked.disconnect()
        button.clicked.connect(lambda _checked=False, b=button: pressed.append(b))
    others = [b for b in buttons if b is not default]
    assert others, name
    for button in others:
        tab_to(button)
        assert framed(dialog) == [button], (name, button.text())
        press(Qt.Key.Key_Return)
        assert [b.text() for b in pressed] == [button.text()], (name, button.text())
        pressed.clear()
    if start is not None and not isinstance(start, QPushButton):
        tab_to(start)
        assert framed(dialog) == ([default] if default is not None else []), name
