"""What a role may not do is refused at once by the core's check, naming the role and the task,
before any question or dialog (walk 3, M2, M3, M5): Tài khoản…, Khôi phục…; Mở lại, Duyệt and
Hoàn thành are greyed saying it in those words (stop 41, tests/ui/test_menu_sign_off_greyed.py);
typing on a period that cannot be changed says why; an exported period (stored Đã gửi) says when its file was
exported and that sending it is the officer's step."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from desktop_app.core.workflow import State
from desktop_app.services import export_period
from tests.core.test_workflow import PW, as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, press, type_text

DEC = dt.date(2026, 12, 1)


def _approved(office, period="2026"):
    as_(office, "canbo")
    fill_year(office, period)
    office.complete(period)
    as_(office, "lanhdao")
    office.approve(period)


def _first_box(trigger) -> tuple[type, str]:
    """The first modal widget `trigger` opens (its kind and all its words), closed with Esc."""
    seen = []

    def look(widget):
        words = widget.text() + " " + widget.informativeText() if isinstance(widget, QMessageBox) else (
            widget.labelText() if isinstance(widget, QInputDialog) else widget.windowTitle())
        seen.append((type(widget), words.replace("\u00a0", " ")))  # ui.unbroken_paths
        press(Qt.Key.Key_Escape)

    script = Script((object, look))  # whatever kind of dialog comes first
    trigger()
    script.check()
    return seen[0]


def test_the_officer_is_refused_reopening_at_once_naming_the_role(make_window, office, qtbot):
    """Kỳ báo cáo › Mở lại kỳ báo cáo… as the officer, on an approved period: greyed, saying the
    account's role and who may; the period stays approved."""
    _approved(office)
    as_(office, "canbo")
    window = make_window(office, today=DEC)
    words = window.reopen_action.statusTip()
    assert not window.reopen_action.isEnabled()
    assert "Cán bộ nhập liệu" in words and "không được mở lại kỳ báo cáo đã duyệt" in words and "Lãnh đạo" in words
    assert office.period_state("2026") == State.APPROVED


def test_reopening_a_period_not_approved_says_so_before_asking_a_reason(make_window, office, qtbot):
    """The leader on a period still being entered: greyed, saying it needs no reopening."""
    as_(office, "lanhdao")
    window = make_window(office, today=DEC)
    words = window.reopen_action.statusTip()
    assert not window.reopen_action.isEnabled()
    assert "Đang nhập" in words and "không cần mở lại" in words
    assert office.period_history("2026") == [] or office.period_state("2026") == State.ENTERING


def test_the_officer_is_refused_approving_before_any_question(make_window, office, qtbot):
    """Duyệt by the officer on a Complete period: greyed, naming the role (no 'Duyệt kết quả…?'
    question to answer); Hoàn thành by the leader likewise."""
    as_(office, "canbo")
    fill_year(office)
    office.complete("2026")
    window = make_window(office, today=DEC)
    words = window.approve_action.statusTip()
    assert not window.approve_action.isEnabled()
    assert "Cán bộ nhập liệu" in words and "không được duyệt kỳ báo cáo" in words
    assert office.period_state("2026") == State.COMPLETE
    as_(office, "lanhdao")
    window.reload(window.period)
    office.reopen("2026", "Trả lại cán bộ")
    window.reload(window.period)
    words = window.complete_action.statusTip()
    assert not window.complete_action.isEnabled()
    assert "Lãnh đạo" in words and "không được đánh dấu hoàn thành" in words


def test_the_officer_is_refused_the_accounts_at_once_and_told_where_the_own_password_is(
        make_window, office, qtbot):
    """Quản trị › Tài khoản… as the officer: refused at once naming the role; no account list
    with Thêm / Đặt lại mật khẩu / Khóa to press."""
    as_(office, "canbo")
    window = make_window(office, today=DEC)
    kind, words = _first_box(window.accounts_action.trigger)
    assert kind is QMessageBox
    assert "Cán bộ nhập liệu" in words and "không được quản lý tài khoản" in words and "Quản trị" in words
    assert "Quản trị › Đổi mật khẩu…" in words


def test_the_accounts_buttons_are_greyed_saying_who_may_for_an_account_that_may_not(office, qtbot):
    """The accounts dialog itself (the province window opens it too) offers no button a role may not use."""
    from ui.accounts_dialog import AccountsDialog

    as_(office, "lanhdao")
    dialog = AccountsDialog(office)
    qtbot.addWidget(dialog)
    assert all(not b.isEnabled() and "Chỉ Quản trị" in b.toolTip() for b in dialog.action_buttons)
    as_(office, "admin")
    dialog = AccountsDialog(office)
    qtbot.addWidget(dialog)
    assert all(b.isEnabled() for b in dialog.action_buttons if b is not dialog.unlock_button)
    assert not dialog.unlock_button.isEnabled()  # the account chosen is not locked


@pytest.mark.parametrize("who", ["canbo", "lanhdao"])
def test_a_restore_is_refused_at_once_before_a_file_is_chosen(make_window, office, qtbot, who, tmp_path):
    """Tệp › Khôi phục từ bản sao lưu… as the officer or the leader: the refusal naming the role and
    who may comes first, no file dialog and no "Thay toàn bộ số liệu…?" answered for nothing
    (walk 7, M2); nothing is replaced."""
    from PySide6.QtWidgets import QFileDialog

    from desktop_app import backups

    as_(office, "admin")
    old = backups.take_backup(office, "thu-cong", target_dir=tmp_path)
    as_(office, who)
    window = make_window(office, today=DEC)
    chosen = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (chosen.append(1), (str(old), ""))[1])
        kind, words = _first_box(window.restore_action.trigger)
    assert kind is QMessageBox and chosen == []
    role = "Cán bộ nhập liệu" if who == "canbo" else "Lãnh đạo"
    assert role in words and "không được khôi phục từ bản sao lưu" in words and "Quản trị" in words
    assert "Thay toàn bộ" not in words
    assert window.isVisible() and office.store.user(who) is not None


@pytest.mark.parametrize("who", ["canbo", "lanhdao", "admin"])
def test_typing_on_an_approved_period_says_why_for_every_role(make_window, office, qtbot, who):
    """A digit typed on an approved period's cell opens nothing and changes nothing, whoever
    types it: the line under the table says the period is approved and a leader reopens it."""
    _approved(office)
    as_(office, who)
    window = make_window(office, today=DEC)
    window.table.setCurrentIndex(window.model.index_of("bhyt", "numerator"))
    window.table.setFocus()
    type_text("9")
    assert QApplication.activeModalWidget() is None
    assert "đã duyệt: chỉ xem" in window.feedback.text() and "mở lại" in window.feedback.text()
    assert office.period_state("2026") == State.APPROVED


def test_a_sent_period_says_the_same_state_everywhere_and_what_sent_means(make_window, office, qtbot, tmp_path):
    """An approved period exported to a folder is stored Đã gửi (State.SENT): the list, the header and
    the banner say Đã xuất, what the program knows, never Đã gửi (walks U8, U9: read as the province
    having the report, nothing mailed); the banner says when its file for the province was exported
    and that the officer e-mails it (Tệp › Gửi cho tỉnh…) if not sent yet."""
    _approved(office)
    export_period(office, "2026", tmp_path / "out", pdf=False)
    assert office.period_state("2026") == State.SENT
    as_(office, "canbo")
    window = make_window(office, today=DEC)
    item = window.navigator._items[window.period]
    assert item.text(3) == "Đã xuất"
    assert window.deadline_label.text().endswith("Trạng thái: Đã xuất")
    banner = window.frozen_label.text().replace("\u00a0", " ")
    assert banner.startswith("Kỳ này đã xuất: tệp gửi tỉnh đã được xuất lúc ")
    assert "gửi tệp cho tỉnh qua thư điện tử (Tệp › Gửi cho tỉnh…) nếu chưa gửi" in banner
    assert "Đã duyệt" not in banner
    assert not any("đã gửi" in text.lower() for text in (item.text(3), window.deadline_label.text(), banner))
    window.grab().save(str(tmp_path / "sent.png"))
