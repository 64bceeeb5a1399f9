"""Walk U12, F8: the PDF, Excel and DHIS2 save dialogs shared one title ("Lưu số liệu tổng hợp …")
and the first opened in the home folder, not near the folder the reports were just read from.
Each now says which file it saves, the period named; with no export folder remembered the
picker starts beside the folder of reports read last (not in it: the summary saved there would be
listed "Không phải tệp báo cáo" at each later reading), else Documents."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from tests.province.conftest import PERIOD
from tests.province.helpers import shown_window
from ui.preferences import EXPORT_FOLDER, INTAKE_FOLDER, UserPreferences


@pytest.fixture
def opened(qtbot, received, tmp_path, monkeypatch):
    """Each save dialog the window opens: (title, proposed path), cancelled."""
    office, _ = received
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    window = shown_window(qtbot, office, PERIOD, dt.date(2026, 7, 6))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10000)
    seen = []

    def save_dialog(_parent, title, path="", *_rest, **_kw):
        seen.append((title, path))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    return window, seen, home


def test_each_save_dialog_says_which_file(qtbot, opened, monkeypatch):
    window, seen, _ = opened
    monkeypatch.setattr(window, "_may_export", lambda kind: True)  # the DHIS2 file's refusals aside
    for kind in ("xlsx", "pdf", "dhis2"):
        window.start_export(kind)
    titles = [title for title, _ in seen]
    assert len(set(titles)) == 3, titles
    assert all("2026" in title for title in titles), titles  # the period named in each
    assert "PDF" in titles[1] and "Excel" in titles[0] and "DHIS2" in titles[2], titles


def test_the_picker_starts_beside_the_reports_read(qtbot, opened, tmp_path):
    window, seen, _ = opened
    prefs = UserPreferences.of(window.workspace)
    reports = tmp_path / "bao-cao-xa" / "2026-6M"
    reports.mkdir(parents=True)
    prefs.set_folder(INTAKE_FOLDER, reports)
    window.start_export("pdf")
    assert Path(seen[-1][1]) == reports.parent / f"bao-cao-tong-hop_{PERIOD}.pdf"
    saved = tmp_path / "tong-hop"
    saved.mkdir()
    prefs.set_folder(EXPORT_FOLDER, saved)  # the folder saved to last comes first
    window.start_export("xlsx")
    assert Path(seen[-1][1]) == saved / f"tong-hop_{PERIOD}.xlsx"


def test_after_a_reading_and_one_export_the_next_session_starts_where_it_saved(qtbot, office, inbox, tmp_path,
                                                                               monkeypatch):
    """Through the window, as a reviewer does it: a folder read, the first picker beside it; one file
    saved elsewhere, and the program started again: the picker starts where that file went."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    saved_to = tmp_path / "tong-hop"
    saved_to.mkdir()
    proposed = []

    def save_dialog(_parent, _title, path="", *_rest, **_kw):
        proposed.append(Path(path))
        return str(saved_to / Path(path).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    window = shown_window(qtbot, office, PERIOD, dt.date(2026, 7, 6))
    with qtbot.waitSignal(window.intake_done, timeout=60000):
        window.start_intake(inbox["folder"], dt.date(2026, 6, 18))
    with qtbot.waitSignal(window.export_done, timeout=60000):
        window.start_export("xlsx")
    window.export_dialog.done(0)
    assert proposed == [inbox["folder"].parent / f"tong-hop_{PERIOD}.xlsx"]
    assert (saved_to / f"tong-hop_{PERIOD}.xlsx").is_file()
    window.close()
    again = shown_window(qtbot, office, PERIOD, dt.date(2026, 7, 6))  # the program started again
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda _p, _t, path="", *_r, **_k: (
        proposed.append(Path(path)), ("", ""))[1]))
    again.start_export("pdf")
    assert proposed[-1] == saved_to / f"bao-cao-tong-hop_{PERIOD}.pdf"
