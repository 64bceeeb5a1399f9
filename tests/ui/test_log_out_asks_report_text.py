"""Tệp › Đăng xuất, and the idle lock's "Đăng xuất", with a report section refused (over the
20.000 characters: kept as typed with a red line) asked nothing; closing the login after it closed
the program, the typed text lost without a word (walk 21, L9). Now the log-out asks first, as
closing the window does; going back (the default) keeps the person logged in (from the lock: the
lock again, its password asked)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import Script, press
from tests.ui.test_narrative_saving import LONG, SHORT, _paste_too_long, _to_text_tab, _type_and_wait, window  # noqa: F401
from ui.login_dialog import LoginDialog

PASSWORD = "hoa-sen-bon-mua-26"


def refused_text(window, workspace, qtbot):
    """The officer logged in (the one person's two accounts of the first run), a section refused."""
    workspace.add_first_accounts("quantri", "Hoàng Thị Thảo", PASSWORD, "quantri.nhaplieu")
    workspace.login("quantri.nhaplieu", PASSWORD)
    window.reload(window.period)
    editor = _to_text_tab(window, qtbot)
    _type_and_wait(window, workspace, qtbot, SHORT)
    _paste_too_long(window, qtbot)
    return editor


def test_log_out_asks_and_going_back_stays_logged_in(window, workspace, qtbot):
    editor = refused_text(window, workspace, qtbot)
    user = workspace.account
    asked = []
    script = Script((QMessageBox, lambda box: (asked.append((box.informativeText(), [b.text() for b in box.buttons()])),
                                               press(Qt.Key.Key_Return, widget=box))))  # the default: back
    assert window.log_out() is False  # before: logged out, the login asked, no question
    script.check()
    [(question, buttons)] = asked
    assert question == "Đăng xuất và bỏ đoạn văn này?" and "Đăng xuất, bỏ đoạn văn" in buttons  # not "Đóng cửa sổ"
    assert workspace.account == user and editor.toPlainText() == SHORT + LONG
    assert not window.idle_lock.cover.isVisible()


def test_the_lock_s_log_out_asks_and_going_back_locks_again(window, workspace, qtbot):
    editor = refused_text(window, workspace, qtbot)
    user = workspace.account
    lock = window.idle_lock.lock()
    script = Script((QMessageBox, lambda box: press(Qt.Key.Key_Return, widget=box)))
    lock.logout_button.click()
    script.check()
    assert workspace.account == user and editor.toPlainText() == SHORT + LONG
    assert window.idle_lock.locked and window.idle_lock.cover.isVisible()  # the password asked again
    window.idle_lock.dialog.done(0)


def test_dropping_the_text_logs_out(window, workspace, qtbot):
    refused_text(window, workspace, qtbot)
    script = Script((QMessageBox, lambda box: next(b for b in box.buttons()
                                                   if b is not box.defaultButton()).click()),
                    (LoginDialog, lambda dialog: dialog.reject()))
    assert window.log_out() is False
    script.check()
    assert workspace.account is None
