"""Walk h8, the commune's side: a refusal for a role names the accounts that may do it and how to log
in with one (Tệp › Đăng nhập tài khoản khác…), in the service's words, the same in the window
and at the command line: the officer's Duyệt, greyed, says the leader's account; the leader typing
a figure is told the officer's."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.core.test_workflow import PW, as_, office  # noqa: F401 (the fixture)
from tests.ui.conftest import press, type_text

DEC = dt.date(2026, 12, 1)
SWITCH = "(Tệp › Đăng nhập tài khoản khác…)"
APPROVE_REFUSED = ("Tài khoản canbo (Cán bộ nhập liệu) không được duyệt kỳ báo cáo. Việc này do Lãnh đạo làm: "
                   f"Trần Thị Bình (lanhdao) — đăng nhập bằng tài khoản đó {SWITCH}.")


def test_the_officers_approve_names_the_leaders_account(make_window, office, qtbot):  # noqa: F811
    as_(office, "canbo")
    window = make_window(office, today=DEC)
    press(Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.period_menu, timeout=10000)
    assert not window.approve_action.isEnabled()
    assert window.approve_action.toolTip() == window.approve_action.statusTip() == APPROVE_REFUSED
    press(Qt.Key.Key_Escape, widget=window.period_menu)


def test_the_command_line_refuses_the_officer_in_the_same_words(office, data_dir, monkeypatch, capsys):  # noqa: F811
    from desktop_app.__main__ import main

    monkeypatch.setenv("CHITIEU_PASSWORD", PW["canbo"])
    assert main(["--data-dir", str(data_dir), "--user", "canbo", "approve", "--period", "2026"]) == 2
    assert APPROVE_REFUSED in capsys.readouterr().err


def test_the_leader_typing_a_figure_is_told_the_officers_account(make_window, office, qtbot):  # noqa: F811
    as_(office, "lanhdao")
    window = make_window(office, today=DEC)
    window.table.setCurrentIndex(window.model.index_of("bhyt", "numerator"))
    window.table.setFocus()
    type_text("9")
    said = ("Tài khoản Trần Thị Bình (Lãnh đạo) chỉ xem số liệu. Việc nhập số liệu do Cán bộ nhập liệu làm: "
            f"Nguyễn Văn An (canbo) — đăng nhập bằng tài khoản đó {SWITCH}.")
    assert QApplication.activeModalWidget() is None
    assert said in window.feedback.toolTip() and window.frozen_label.text() == said
    assert all(row.entry.is_empty for row in office.period_view("2026").rows)  # nothing typed in
