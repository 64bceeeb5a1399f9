"""The window follows every change at once, from one signal (ui.actions.Changes): an export,
an approval, another person's login, a command run while the window is open. And each
person's own preferences: the interface language and the period they left off at."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop_app.core.periods import Period
from desktop_app.core.workflow import State
from desktop_app.services import Workspace
from tests.core.test_workflow import PW, as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.approve_keys import yes_by_alt
from tests.ui.conftest import Script, press, type_text
from ui import i18n
from ui.actions import Changes, data_changed, run_action
from ui.app import plug_exports
from ui.login_dialog import LoginDialog
from ui.preferences import UserPreferences
from ui.setup_dialog import SetupDialog

Q1 = Period(2026, "Q1")  # overdue on TODAY, 1 May 2026


def overdue_q1_approved(office):  # noqa: F811
    """Quý I entered, completed and approved, past its deadline; the leader logged in."""
    as_(office, "canbo")
    fill_year(office, "2026-Q1")
    office.complete("2026-Q1")
    as_(office, "lanhdao")


def status_of(window, period: Period) -> str:
    return window.navigator._items[period].text(3)


def test_run_action_tells_the_window_once_the_service_call_succeeded(qtbot):
    """The signal goes to the window of the widget asked from; a failure or a read sends none."""
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    window.changes = Changes(window)
    child = QWidget(window)
    heard = []
    window.changes.changed.connect(lambda: heard.append("changed"))
    run_action(child, lambda: 1)
    run_action(child, lambda: 1, reads=True)
    data_changed(None)  # no window: nobody to tell
    assert heard == ["changed"]


def test_after_an_export_the_window_says_sent_not_approved_and_overdue(qtbot, make_window, office,  # noqa: F811
                                                                       tmp_path, monkeypatch):
    """The issue's case: an approved period past its deadline reads "Đã duyệt, quá hạn gửi" until its
    report is exported (walk 4 L3: "Quá hạn" alone read as not approved); after the export it says
    Đã gửi at once, without switching accounts."""
    overdue_q1_approved(office)
    office.approve("2026-Q1")
    window = make_window(office)
    plug_exports(window)
    window.show_period(Q1)
    assert status_of(window, Q1) == "Đã duyệt, quá hạn gửi" and window.overdue_label.isVisible()
    assert "Quý I năm 2026 (đã duyệt, chưa gửi)" in window.overdue_label.text()  # the red line too
    assert "Trạng thái: Đã duyệt" in window.deadline_label.text()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a: str(tmp_path)))
    export = next(a for a in window.file_menu.actions() if a.text().replace("&", "") == "Xuất báo cáo…")
    with qtbot.waitSignal(export.controller.exported, timeout=30_000):
        export.trigger()
    export.controller.done_dialog.close()
    assert office.period_state("2026-Q1") == State.SENT
    assert status_of(window, Q1) == "Đã xuất" and not window.overdue_label.isVisible()
    assert "Trạng thái: Đã xuất" in window.deadline_label.text()


def test_approving_from_the_menu_freezes_the_form_at_once(qtbot, make_window, office):  # noqa: F811
    overdue_q1_approved(office)
    window = make_window(office)
    window.show_period(Q1)
    assert not window.frozen_label.isVisible() or "đã duyệt" not in window.frozen_label.text()

    script = Script((QMessageBox, yes_by_alt), (QMessageBox, lambda box: press(Qt.Key.Key_Return)))  # Có, then OK
    window.approve_action.trigger()
    script.check()
    assert office.period_state("2026-Q1") == State.APPROVED
    assert window.frozen_label.isVisible() and "đã duyệt" in window.frozen_label.text()
    assert "Trạng thái: Đã duyệt" in window.deadline_label.text()
    assert window.deadline_label.toolTip().startswith("Mã xác thực")


def test_another_person_s_login_is_followed_with_their_rights(qtbot, make_window, office):  # noqa: F811
    """Log in as another account: the leader's read-only notice goes, the officer's form opens
    for typing, the status bar names the officer."""
    as_(office, "lanhdao")
    window = make_window(office)
    assert "chỉ xem" in window.frozen_label.text()

    def officer(dialog):
        type_text("canbo")
        press(Qt.Key.Key_Tab)
        type_text(PW["canbo"])
        press(Qt.Key.Key_Return)

    script = Script((LoginDialog, officer))
    window.switch_account_action.trigger()
    script.check()
    assert not window.frozen_label.isVisible()
    assert window.account_label.text() == "Nguyễn Văn An — Cán bộ nhập liệu"


def test_a_command_run_while_the_window_is_open_shows_when_the_window_is_back(qtbot, make_window,  # noqa: F811
                                                                              office):
    """`chitieu approve` in a command prompt (another connection to the file): when the officer
    comes back to the window, it says the period is approved."""
    overdue_q1_approved(office)
    window = make_window(office)
    window.show_period(Q1)
    command = Workspace.open(Path(office.store.path).parent)
    command.login("lanhdao", PW["lanhdao"])
    command.approve("2026-Q1")
    command.close()
    assert "Đã duyệt" not in window.deadline_label.text()
    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))  # the window active again
    assert "Trạng thái: Đã duyệt" in window.deadline_label.text()


def test_each_person_keeps_their_language(qtbot, make_window, office):  # noqa: F811
    """The officer (not an administrator) switches to English in Tệp › Cài đặt…; the leader,
    who chose Vietnamese, logs in: Vietnamese; the officer again: English."""
    as_(office, "lanhdao")
    UserPreferences.of(office).set_language(i18n.VIETNAMESE)
    as_(office, "canbo")
    window = make_window(office)

    def english(dialog):
        assert QApplication.focusWidget() is dialog.language
        press(Qt.Key.Key_Down)  # English
        press(Qt.Key.Key_Return)

    script = Script((SetupDialog, english))
    window.settings_action.trigger()
    script.check()
    assert i18n.current_language() == i18n.ENGLISH and window.tabs.tabText(0) == "Indicator figures"
    assert office.commune.name == "Xã Tân Cương"  # the unit's settings untouched

    def log_in(who):
        def step(dialog):
            type_text(who)
            press(Qt.Key.Key_Tab)
            type_text(PW[who])
            press(Qt.Key.Key_Return)
        script = Script((LoginDialog, step))
        window.switch_account_action.trigger()
        script.check()

    log_in("lanhdao")
    assert i18n.current_language() == i18n.VIETNAMESE
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Số liệu các chỉ tiêu")  # Qt posts the language change
    log_in("canbo")
    assert i18n.current_language() == i18n.ENGLISH
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Indicator figures")
    assert i18n.saved_language() == i18n.ENGLISH  # the next login dialog: the last person's language


def test_the_window_reopens_at_the_period_each_person_left_off(qtbot, make_window, office):  # noqa: F811
    """Not the current period ("6 tháng" on 1 May) nor Cả năm: the one this person viewed last."""
    as_(office, "canbo")
    first = make_window(office)
    assert first.period == Period(2026, "6M")  # nothing viewed yet: the current period
    first.navigator.select(Period(2026, "9M"))
    assert first.period == Period(2026, "9M")
    first.close()
    again = make_window(office)
    assert again.period == Period(2026, "9M")
    as_(office, "lanhdao")
    leader = make_window(office)
    assert leader.period == Period(2026, "6M")
    folder = Path(office.store.path).parent
    assert UserPreferences(folder, "canbo").last_period == Period(2026, "9M")
    assert UserPreferences(folder, "lanhdao").last_period is None


def _refuse_typed(window, code="bhyt", name="numerator", text="1,234"):
    """The officer types an ambiguous number in a cell: refused, kept red in its cell."""
    index = window.model.index_of(code, name)
    window.table.setCurrentIndex(index)
    window.table.setFocus()
    type_text(text)
    press(Qt.Key.Key_Return)
    assert index.data() == text and window.model.error_at(index)
    return index


def test_the_next_person_sees_the_saved_figure_not_the_refused_typing(qtbot, make_window, office):  # noqa: F811
    """The officer's refused "1,234" stays red for the officer only: after Quản trị › Đăng nhập
    tài khoản khác… the leader sees the saved 9.500, nothing red; so does the officer again."""
    as_(office, "canbo")
    fill_year(office, "2026-6M")
    window = make_window(office)
    assert window.period == Period(2026, "6M")
    index = _refuse_typed(window)

    def log_in(who):
        def step(dialog):
            type_text(who)
            press(Qt.Key.Key_Tab)
            type_text(PW[who])
            press(Qt.Key.Key_Return)
        script = Script((LoginDialog, step))
        window.switch_account_action.trigger()
        script.check()

    log_in("lanhdao")
    assert window.account_label.text() == "Trần Thị Bình — Lãnh đạo"
    index = window.model.index_of("bhyt", "numerator")
    assert index.data() == "9.500" and window.model.error_at(index) is None
    assert "Chưa lưu" not in window.feedback.text()
    log_in("canbo")
    index = window.model.index_of("bhyt", "numerator")
    assert index.data() == "9.500" and window.model.error_at(index) is None


def test_a_period_approved_meanwhile_shows_its_saved_figures_not_the_refused_typing(qtbot, make_window,  # noqa: F811
                                                                                    office):
    """The officer's refused "1,234" is still red when the leader approves the period from a command:
    back in the window, the approved period shows its saved 9.500, nothing red."""
    as_(office, "canbo")
    fill_year(office, "2026-6M")
    window = make_window(office)
    _refuse_typed(window)
    office.complete("2026-6M")
    command = Workspace.open(Path(office.store.path).parent)
    command.login("lanhdao", PW["lanhdao"])
    command.approve("2026-6M")
    command.close()
    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))  # the window active again
    assert "Trạng thái: Đã duyệt" in window.deadline_label.text()
    index = window.model.index_of("bhyt", "numerator")
    assert index.data() == "9.500" and window.model.error_at(index) is None
