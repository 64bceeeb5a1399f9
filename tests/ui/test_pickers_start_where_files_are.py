"""Walk U1 F8, F9, F10: every file picker opens in a folder that is there and means something (the one
last used for that action, the action's own folder, Documents, home), never the program's working
folder (on Windows, started from the Start menu: where it is installed); the change log reads the
catalogue's longest indicator names whole at 1366 px, whole in the cell's tooltip too; the status
bar shows no empty grey box on a period with nothing entered."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app import backups
from desktop_app.core.errors import ChiTieuError
from tests.ui.conftest import Script
from tests.ui.test_keyboard import shown
from ui import labels
from ui.audit_dialog import INDICATOR_COLUMN, AuditDialog
from ui.backup_actions import backup_to_folder, restore_from_file
from ui.export_dialog import remembered_folder


@pytest.fixture
def installed(tmp_path, monkeypatch):
    """The program started from its install folder, for a person with a home and no Documents."""
    install, home = tmp_path / "Program Files" / "chitieu", tmp_path / "home"
    install.mkdir(parents=True)
    home.mkdir()
    monkeypatch.chdir(install)
    monkeypatch.setenv("HOME", str(home))
    return install, home


def asked_in(monkeypatch, kind: str, answer: str = "") -> list[str]:
    """The folders the `kind` file dialog was opened in; it answers `answer` (""; cancelled)."""
    opened = []

    def dialog(_parent, _title, folder="", *_rest, **_kw):
        opened.append(folder)
        return answer if kind == "getExistingDirectory" else (answer, "")

    monkeypatch.setattr(QFileDialog, kind, staticmethod(dialog))
    return opened


def test_the_backup_folder_is_asked_in_home_then_where_the_last_copy_went(workspace, installed, monkeypatch,
                                                                         tmp_path):
    _install, home = installed
    opened = asked_in(monkeypatch, "getExistingDirectory")
    backup_to_folder(workspace)  # cancelled
    assert opened == [str(home)]  # no Documents: home, not the install folder
    (home / "Documents").mkdir()
    usb = tmp_path / "usb"
    usb.mkdir()
    opened = asked_in(monkeypatch, "getExistingDirectory", str(usb))
    script = Script((QMessageBox, lambda box: box.done(QMessageBox.StandardButton.Ok)))  # "Đã sao lưu…"
    backup_to_folder(workspace)
    script.check()
    assert opened == [str(home / "Documents")]
    opened = asked_in(monkeypatch, "getExistingDirectory")
    backup_to_folder(workspace)
    assert opened == [str(usb)]  # the stick's folder the copy went to
    usb.rename(tmp_path / "elsewhere")  # the stick taken out
    backup_to_folder(workspace)
    assert opened[-1] == str(home / "Documents")


def test_restore_with_no_backup_yet_opens_in_an_existing_folder(workspace, installed, monkeypatch):
    install, _home = installed
    assert not backups.list_backups(Path(workspace.store.path))
    assert not backups.backup_dir(Path(workspace.store.path)).is_dir()
    opened = asked_in(monkeypatch, "getOpenFileName")
    assert restore_from_file(workspace) is False  # cancelled
    assert len(opened) == 1 and Path(opened[0]).is_dir() and Path(opened[0]) != install, opened


def test_the_export_folder_proposed_exists(installed, tmp_path):
    _install, home = installed
    settings = QSettings(str(tmp_path / "nothing-remembered.ini"), QSettings.Format.IniFormat)
    assert remembered_folder(settings) == str(home)  # "Documents" not there: "Chọn" was greyed
    (home / "Documents").mkdir()
    assert remembered_folder(settings) == str(home / "Documents")


def test_the_change_log_reads_the_longest_names_at_1366(qtbot, workspace, monkeypatch):
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 1366, 728))
    workspace.add_user("quantri", "Hoàng Văn Quản", "Quản trị", "cay-tre-2026")
    workspace.login("quantri", "cay-tre-2026")
    workspace.add_user("can-bo", "Nguyễn Thị Phương Thảo Nguyên", "Cán bộ nhập liệu", "nhaplieu-2026")
    workspace.login("can-bo", "nhaplieu-2026")
    longest = sorted(workspace.catalog.indicators_for(workspace.commune),
                     key=lambda i: len(labels.indicator_name(i)))[-3:]
    for ind in longest:
        try:
            workspace.set_entry("2026", ind.code, numerator="90", denominator="100")
        except ChiTieuError:  # a figure of one value
            workspace.set_entry("2026", ind.code, value="12")
    dialog = shown(qtbot, AuditDialog(workspace))
    metrics, room = dialog.table.fontMetrics(), dialog.table.columnWidth(INDICATOR_COLUMN) - 8
    cells = {dialog.model.index(r, INDICATOR_COLUMN) for r in range(dialog.model.rowCount())}
    for name in (labels.indicator_name(i) for i in longest):
        cell = next(c for c in cells if c.data() == name)
        assert cell.data(Qt.ItemDataRole.ToolTipRole) == name
        lines = metrics.boundingRect(QRect(0, 0, room, 1000), int(Qt.TextFlag.TextWordWrap), name).height()
        assert lines <= 2 * metrics.lineSpacing(), (name, room)  # two lines: whole in a row


def test_the_status_bar_shows_no_empty_bar(make_window, workspace):
    window = make_window(workspace)
    assert window.completeness_label.text().startswith("Đã nhập 0/")
    assert not window.completeness.isVisible()  # an empty grey box read as a field left blank
    window.statusBar().showMessage("…", 60_000)  # a notice over the line when the first figure goes in
    workspace.set_entry(window.period.code, "bhyt", numerator="9500", denominator="10000")
    window.reload(window.period)
    assert window.completeness_label.text().startswith("Đã nhập 1/")
    assert not window.completeness.isVisible()  # not drawn over the notice
    window.statusBar().clearMessage()
    assert window.completeness.isVisible() and window.completeness.value() == 1
