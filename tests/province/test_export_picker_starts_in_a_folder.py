"""The province's export picker opens in a folder that is there (S26, walk U1 F8): with no folder
remembered (or the one remembered gone) it proposed Documents even where there is none, and Qt's dialog
then opened in the program's working folder (on Windows, started from the Start menu, where it is
installed). Now it asks `ui.start_folder` as every other picker: the folder last saved to, else
Documents if there is one, else home."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from tests.province.conftest import PERIOD
from tests.province.helpers import shown_window
from ui.preferences import EXPORT_FOLDER, UserPreferences


def test_the_export_folder_proposed_is_there_without_documents(qtbot, received, tmp_path, monkeypatch):
    office, _ = received
    install, home = tmp_path / "Program Files" / "chitieu", tmp_path / "home"
    install.mkdir(parents=True)
    home.mkdir()
    monkeypatch.chdir(install)
    monkeypatch.setenv("HOME", str(home))
    window = shown_window(qtbot, office, PERIOD, dt.date(2026, 7, 6))
    gone = tmp_path / "usb"
    gone.mkdir()
    UserPreferences.of(window.workspace).set_folder(EXPORT_FOLDER, gone)
    gone.rmdir()  # the stick the last export went to, taken out: nothing remembered that is there
    proposed = []

    def save_dialog(_parent, _title, path="", *_rest, **_kw):
        proposed.append(path)
        return "", ""  # cancelled

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    assert window.start_export("xlsx") is None
    assert proposed == [str(home / f"tong-hop_{PERIOD}.xlsx")]  # home: no Documents there, not the install folder
    (home / "Documents").mkdir()
    window.start_export("pdf")
    assert proposed[-1] == str(home / "Documents" / f"bao-cao-tong-hop_{PERIOD}.pdf")
    saved = tmp_path / "bao-cao"
    saved.mkdir()
    UserPreferences.of(window.workspace).set_folder(EXPORT_FOLDER, saved)
    window.start_export("xlsx")
    assert Path(proposed[-1]) == saved / f"tong-hop_{PERIOD}.xlsx"
