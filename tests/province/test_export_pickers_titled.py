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
