"""Walk U14, F9c: on a laptop two people share, the leader backed up to the USB stick; a minute later
the officer's Tệp › Sao lưu ra… opened at the home folder, since the folder was remembered per person.
The stick is the office's: the folder backed up to (or restored from) by hand is remembered for the
data folder on this computer, whoever used it. Other folders stay each person's own."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from tests.core.test_workflow import as_, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script
from tests.ui.test_pickers_start_where_files_are import asked_in, installed  # noqa: F401 (the fixture)
from ui.backup_actions import backup_to_folder
from ui.preferences import EXPORT_FOLDER, UserPreferences


def test_the_officer_is_asked_where_the_leader_backed_up(office, installed, monkeypatch, tmp_path):  # noqa: F811
    _install, home = installed
    usb = tmp_path / "usb"
    usb.mkdir()
    as_(office, "lanhdao")
    opened = asked_in(monkeypatch, "getExistingDirectory", str(usb))
    script = Script((QMessageBox, lambda box: box.done(QMessageBox.StandardButton.Ok)))  # "Backed up…"
    backup_to_folder(office)
    script.check()
    assert opened == [str(home)]  # nobody backed up by hand yet
    as_(office, "canbo")
    opened = asked_in(monkeypatch, "getExistingDirectory")
    backup_to_folder(office)  # cancelled
    assert opened == [str(usb)]  # the stick's folder the leader's copy went to


def test_a_persons_other_folders_stay_their_own(office, tmp_path):  # noqa: F811
    mine = tmp_path / "mine"
    mine.mkdir()
    as_(office, "lanhdao")
    UserPreferences.of(office).set_folder(EXPORT_FOLDER, mine)
    as_(office, "canbo")
    assert UserPreferences.of(office).folder(EXPORT_FOLDER) is None
