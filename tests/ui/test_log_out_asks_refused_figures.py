"""Tệp › Đăng xuất with a figure refused as typed (a red cell): the figure went with the log-out
without a word (H8's note, walk 21 L9's sibling). It is asked about first, as switching period and
closing do; going back (the default) stays logged in, on the red cell."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import Script, press, type_text
from tests.ui.test_refused_not_lost import go_to, red
from ui.login_dialog import LoginDialog


def refused_figure(window, workspace):
    workspace.add_first_accounts("quantri", "Hoàng Thị Thảo", "hoa-sen-bon-mua-26", "quantri.nhaplieu")
    workspace.login("quantri.nhaplieu", "hoa-sen-bon-mua-26")
    window.reload(window.period)
    go_to(window, "thu_ngan_sach", "value")
    type_text("1,234")  # refused as ambiguous
    press(Qt.Key.Key_Return)
    assert red(window, "thu_ngan_sach", "value")


def test_log_out_asks_about_a_refused_figure_and_going_back_stays(window, workspace, qtbot):
    refused_figure(window, workspace)
    user = workspace.account
    asked = []
    script = Script((QMessageBox, lambda box: (asked.append(box.text() + "\n" + box.informativeText()),
                                               press(Qt.Key.Key_Return, widget=box))))  # the default: back
    assert window.log_out() is False  # before: logged out, the figure dropped, no question
    script.check()
    assert "“1,234”" in asked[0] and "Bỏ các số đó và đăng xuất?" in asked[0]
    assert workspace.account == user and red(window, "thu_ngan_sach", "value")


def test_dropping_the_figure_logs_out(window, workspace, qtbot):
    refused_figure(window, workspace)
    script = Script((QMessageBox, lambda box: next(b for b in box.buttons() if b is not box.defaultButton()).click()),
                    (LoginDialog, lambda dialog: dialog.reject()))
    assert window.log_out() is False
    script.check()
    assert workspace.account is None and window.refused_cells(None) == []  # dropped, as the box said
