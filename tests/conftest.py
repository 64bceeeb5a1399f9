"""Shared fixtures: a fresh database per test, set up for a commune or a ward."""
from __future__ import annotations

import datetime as dt
import os
import sys

# Tests run with no display (CI): Qt draws offscreen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from desktop_app.services import Workspace


@pytest.fixture(autouse=True)
def _set_up_day_unknown(request, monkeypatch):
    """A test's dates are the ones it gives, whatever day the suite runs: the installation's
    set-up day (`Store.set_up_on`, before which a deadline is not "Quá hạn") would be that day,
    so it is unknown (every past deadline counts) unless the test is marked `set_up_day` and
    sets the audit clock itself."""
    if request.node.get_closest_marker("set_up_day") is None:
        from db.audit_log import AuditLog

        monkeypatch.setattr(AuditLog, "set_up_on", lambda self: None)


def pytest_configure(config):
    config.addinivalue_line("markers", "temporary_passwords: accounts an administrator adds keep their temporary "
                                       "password (tests/conftest.py `_accounts_chosen_by_their_people`)")


@pytest.fixture(autouse=True)
def _accounts_chosen_by_their_people(request, monkeypatch):
    """An account an administrator adds has a temporary password, which allows nothing but choosing a new
    one (desktop_app/core/temporary_password.py). The tests of everything else add accounts and log in to
    them at once: in this process, an added account's password is recorded as the person's own, in the
    store (no path of the window's or the command line's), as if the person had changed it. Tests of the
    rule are marked `temporary_passwords`; the command line's run in other processes, which change it."""
    if request.node.get_closest_marker("temporary_passwords") is not None:
        return
    from desktop_app.accounts import AccountActions

    add_user = AccountActions.add_user

    def added_as_chosen_by_the_person(self, username, *args, **kwargs):
        account = add_user(self, username, *args, **kwargs)
        with self.store.transaction():
            self.store.update_user(account.username, password_set_by=None, password_set_at=None)
        return account

    monkeypatch.setattr(AccountActions, "add_user", added_as_chosen_by_the_person)


@pytest.fixture(autouse=True)
def _vietnamese_again():
    """Every test leaves the interface in Vietnamese (the default), and no person's or office's
    preferences, whatever it switched: a province or signature test in English left it so for the
    next test of its process, which then read English (seen once pytest-xdist ran the files in other
    orders). Only where a test loaded the interface: the core's tests import no Qt."""
    yield
    i18n = sys.modules.get("ui.i18n")
    if i18n is None:
        return
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is None:
        return
    if i18n.current_language() != i18n.VIETNAMESE:
        i18n.install_language(i18n.VIETNAMESE)
    if i18n.saved_language() != i18n.VIETNAMESE:
        i18n.save_language(i18n.VIETNAMESE)
    # nor any person's own choices (ui.preferences: a language, column widths, folders): a test whose
    # reviewer chose English left it for the next test's login of the same name, which read English
    # once a log-out applied the next person's language (S84)
    from PySide6.QtCore import QSettings

    from ui.preferences import GROUP, OFFICE

    settings = QSettings()
    for group in (GROUP, OFFICE):
        settings.remove(group)


@pytest.fixture(autouse=True)
def _no_layout_item_kept():
    """No test leaves a Python wrapper of a layout item Qt made (`QLayout.itemAt`): PySide keeps it
    with its layout, and once Qt deletes the item, an object made later at its address came back as
    that item: `setDefaultButton(QSpacerItem)`, `'QWidgetItem' object has no attribute 'parentWidget'`,
    or a worker's "Fatal Python error" in an unrelated later test (CI, 07/12/2026). `ui.keyboard.
    in_layout_order` says how the program asks a layout instead. The same holds of any object Qt made
    and deletes without telling PySide (not a QObject), so none is kept: the whole suite kept none but
    the classes' own QMetaObjects, which live as long as the program. Only once a test loaded Qt."""
    yield
    if "shiboken6" not in sys.modules:
        return
    assert not kept_layout_items(), kept_layout_items()


def kept_layout_items() -> list:
    """The wrappers Python still holds of objects Qt made, owns and may delete unannounced: neither a
    QObject (whose deletion PySide hears of) nor made or owned by Python, nor a class's QMetaObject."""
    import shiboken6
    from PySide6.QtCore import QMetaObject, QObject

    return [w for w in shiboken6.getAllValidWrappers()
            if not isinstance(w, (QObject, QMetaObject))
            and not shiboken6.createdByPython(w) and not shiboken6.ownedByPython(w)]


@pytest.fixture(autouse=True, scope="session")
def _no_real_data_folder(tmp_path_factory):
    """A command run without --data-dir (`chitieu verify FILE` looks for the province's trust roots
    there) reads an empty folder of the session, never the data folder of whoever runs the suite:
    an older database found there put "(Không đọc được chứng thư gốc …)" into the output tested."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CHITIEU_DATA_DIR", str(tmp_path_factory.mktemp("no-real-data")))
        yield


@pytest.fixture(autouse=True, scope="session")
def _every_period_begun():
    """Any period of the term takes figures and files whatever day the suite runs: a period not
    begun refuses them (core/workflow.py's `refuse_unless_begun`, core/intake.py's
    `received_before_begun`), and a test entering 2030's figures would fail until December 2029.
    So the commune's and the province's today is a day after the term, when every period has
    begun; a test of the refusal sets its own day (`Workspace.today_is`, `Intake.read_on`). For
    the whole session, so that a module's fixture filling 2027 (test_charts) is under it too."""
    from desktop_app.approval import ApprovalActions
    from desktop_app.core import clock
    from desktop_app.intake import Intake

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ApprovalActions, "today_is", dt.date(2031, 1, 20))
        patch.setattr(Intake, "read_on", dt.date(2031, 1, 20))
        # the tests set clocks to days of 2026 before this version's release: a clock earlier than the
        # term's first year is still one that cannot be right (core/clock.implausible, tests of it set their own)
        patch.setattr(clock, "RELEASED_ON", dt.date(2026, 1, 1))
        yield


@pytest.fixture
def approved_before_report_date(monkeypatch):
    """The periods' steps (completion, approval, reopening) stamped 04/12/2026 9:00
    (`sample_data.APPROVED_AT`), whatever day the suite runs: an approved report is not dated
    before the day it was approved (core/periods.check_report_date), and the tests that export
    one date it 18/12/2026 (`sample_data.REPORT_DATE`), which would be refused from 19/12/2026 on."""
    import db.period_records
    from tests.exports.sample_data import APPROVED_AT

    monkeypatch.setattr(db.period_records, "now", lambda: APPROVED_AT)


@pytest.fixture(scope="session")
def qapp(tmp_path_factory):
    """pytest-qt's application, set up as the real start does (ui.app.create_application):
    Vietnamese font, icon and the interface language saved on this computer, i.e. the
    default Vietnamese translation, so tests that read Vietnamese texts read real output.
    QSettings go to a temporary folder: tests never read or change the officer's settings."""
    from PySide6.QtCore import QSettings

    folder = str(tmp_path_factory.mktemp("qsettings"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, folder)
    from ui.app import create_application

    return create_application([])


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def blank_workspace(data_dir):
    """A new database with the catalogue and no unit chosen yet."""
    ws = Workspace.open(data_dir, user="can-bo")
    yield ws
    ws.close()


@pytest.fixture
def workspace(blank_workspace):
    """Xã Tân Cương (a commune: rural water applies, urban waste does not)."""
    blank_workspace.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    return blank_workspace


@pytest.fixture
def ward_workspace(data_dir):
    """Phường Phan Đình Phùng (a ward: urban waste applies, rural water does not)."""
    ws = Workspace.open(data_dir, user="can-bo")
    ws.setup("Phan Đình Phùng", "Lê Văn Cường", "Phạm Thị Dung", "Phó Chủ tịch", "UBND")
    yield ws
    ws.close()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item):
    """While pytest-qt closes a test's windows, a question they ask at close is answered as Escape answers
    it. A test that failed with work still running (an export, a folder being read) left its window to
    ask "wait for it?" at close, in teardown, where nobody answers and pytest-timeout does not reach: the
    CI run hung there for good (test_close_waits_for_export, at 6 December 2026). The failure is
    reported; the window is then deleted by pytest-qt as any other."""
    if "PySide6.QtWidgets" not in sys.modules:
        return (yield)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

    if QApplication.instance() is None:
        return (yield)

    def escape() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.escapeButton() is not None:
            box.escapeButton().click()
        elif isinstance(box, QDialog):
            box.reject()

    timer = QTimer()
    timer.timeout.connect(escape)
    timer.start(200)
    try:
        return (yield)
    finally:
        timer.stop()
