""""Kết quả nhận tệp" lists the last folder read for the period shown, wherever it was read (after
5d13f82's walk W2 #7 fix): a window opened after the 6-month folder was read on the command line,
by another person or in a window closed since, showed 6 tháng and an empty tab, the reviewer seeing
the period of a reading whose results were not there. The lines are the recorded ones (the files
are not read again), refused files with their reason, the heading saying when, by whom and that
it was read elsewhere, and what the records of a reading do not keep; the window's own reading is
shown as it was read."""
from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtWidgets import QApplication

from desktop_app.cli import run
from desktop_app.core.intake import when_text
from desktop_app.core.intake_results import COUNTED_DRAFT
from desktop_app.core.periods import parse_period
from desktop_app.province import ProvinceOffice
from tests.province.conftest import PERIOD
from tests.province.test_opens_on_last_period import open_window
from tests.ui.conftest import press
from ui.i18n import translate
from ui.labels import with_period

SHOTS = os.environ.get("CHITIEU_SHOTS")  # a folder: the tab as a person sees it, saved there
OLD = Path(__file__).parents[1] / "db" / "data" / "schema14_province.db"
NOT_KEPT = ("Not kept from a reading: the files skipped (temporary, lock or hidden), whether a date of receipt "
            "was typed (each file's recorded date is shown, lateness judged by it), and a refused file's key unless "
            "its reason names it.")


@pytest.fixture
def fresh(qapp):
    """Nobody's preferences yet, none left behind."""
    QSettings().remove("users")
    yield
    QSettings().remove("users")


def files_tab(window) -> None:
    """Alt+Q ("Kết &quả nhận tệp"), then Tab to its list: as a person goes to the files read."""
    window.table.setFocus()
    press(Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentIndex() == 1
    for _ in range(6):
        if QApplication.focusWidget() is window.intake_table:
            return
        press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.intake_table


def rows(window) -> dict[str, dict[str, str]]:
    """Each file's row as the list shows it, by column header."""
    model = window.intake_model
    return {f.file_name: {model.headerData(c, Qt.Orientation.Horizontal): model.index(r, c).data()
                          for c in range(model.columnCount())} for r, f in enumerate(model.rows)}


def words(inbox) -> dict[str, str]:
    """Each file's result as the tab says it: its class, but the unit's draft "Hợp lệ (dự thảo)" (walk U12 F3), from
    the records as when it was read (R22 F3: every valid file's line had read as a draft)."""
    return {name: COUNTED_DRAFT if name.startswith(f"{PERIOD}_{inbox['draft']}_") else word
            for name, word in inbox["expected"].items()}


def details(window) -> str:
    return "\n".join(label.text() for label in (window.file_title, window.file_facts, window.file_reason))


def test_opened_after_the_command_line_read_the_folder_the_tab_lists_its_files(qtbot, office, inbox, fresh,
                                                                                monkeypatch):
    monkeypatch.setenv("LOGNAME", "thu-ky")  # who the command line records as the reader
    data = str(Path(office.ws.store.path).parent)
    assert run(["--data-dir", data, "consolidate", str(inbox["folder"]), "--period", PERIOD]) == 0
    [line] = [log for log in office.store.intake_log() if log.file_name == "bao-cao-da-sua.xlsx"]
    started = office.store.intake_runs()[-1][1]

    window = open_window(qtbot, office)
    assert window.period.code == PERIOD
    files_tab(window)
    shown = rows(window)
    assert {name: row["Kết quả"] for name, row in shown.items()} == words(inbox)
    tampered = shown["bao-cao-da-sua.xlsx"]
    assert tampered["Ngày nhận"] == "18/06/2026"  # the day it arrived, as recorded for a refused file
    assert shown["ban-sua-lai.xlsx"]["Ngày nhận"] == "18/06/2026"
    heading = window.intake_summary.text()
    assert f"{inbox['folder']}" in heading and "thu-ky" in heading and when_text(started) in heading
    assert f"Đã đọc {len(inbox['expected'])} tệp: Hợp lệ 14, Hợp lệ (dự thảo) 1, Trùng 1, Đã bị sửa 1" in heading
    assert translate("ProvinceWindow", NOT_KEPT) in heading
    if SHOTS:
        window.resize(1366, 728)
        window.grab().save(os.path.join(SHOTS, "intake_tab_read_elsewhere.png"))

    # Only the refused ones (Alt+C), the keyboard back on the list: the reason recorded, under it in full
    press(Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(window.refused_only.isChecked, timeout=10000)  # a button's letter clicks it animated
    window.intake_table.setFocus(Qt.FocusReason.TabFocusReason)
    press(Qt.Key.Key_Home)
    names = []
    for _ in range(window.intake_proxy.rowCount()):
        names.append(window.file_title.text().split(" — ")[0])
        if names[-1] == "bao-cao-da-sua.xlsx":
            assert line.reason in details(window)
            assert "Đã bị sửa" in window.file_title.text()
        press(Qt.Key.Key_Down)
    assert sorted(names) == sorted(n for n, word in inbox["expected"].items() if word not in ("Hợp lệ", "Trùng"))


def test_back_in_the_window_after_another_person_read_a_folder_its_reading_is_listed(qtbot, office, inbox,
                                                                                     fresh, tmp_path):
    window = read_in_window(qtbot, office, inbox)
    own = "Trễ hạn tính theo ngày nhận đã chọn: 19/06/2026."
    assert own in window.intake_summary.text()

    other = tmp_path / "hop-thu-2"  # another person saves two files of the mail and reads them
    other.mkdir()
    for name in ("bao-cao-da-sua.xlsx", "rac.xlsx"):
        shutil.copy2(inbox["folder"] / name, other / name)
    elsewhere = ProvinceOffice.open(Path(office.ws.store.path).parent, user="nguoi-khac")
    elsewhere.intake(other, PERIOD)
    elsewhere.close()
    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))  # the window active again
    files_tab(window)
    heading = window.intake_summary.text()
    assert "nguoi-khac" in heading and str(other) in heading and own not in heading
    assert {name: row["Kết quả"] for name, row in rows(window).items()} == {
        "bao-cao-da-sua.xlsx": "Đã bị sửa", "rac.xlsx": "Tệp hỏng"}
    assert details(window).startswith("bao-cao-da-sua.xlsx — Đã bị sửa")  # the first refused file chosen


def read_in_window(qtbot, office, inbox):
    """The window on 6 tháng (Alt+K, Up) once it has read the folder itself, the date typed."""
    window = open_window(qtbot, office)
    window.table.setFocus()
    press(Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    press(Qt.Key.Key_Up)
    assert window.period.code == PERIOD
    with qtbot.waitSignal(window.intake_done, timeout=30000):
        window.start_intake(inbox["folder"], dt.date(2026, 6, 19))
    window.activateWindow()  # the progress dialog had the keyboard
    qtbot.waitUntil(window.isActiveWindow, timeout=10000)
    return window


def test_the_windows_own_reading_stays_as_it_was_read(qtbot, office, inbox, fresh):
    """Its own reading says what the records do not keep (the date typed); another period shown and
    back, the same."""
    window = read_in_window(qtbot, office, inbox)
    own = window.intake_summary.text()
    assert "Trễ hạn tính theo ngày nhận đã chọn: 19/06/2026." in own
    press(Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    press(Qt.Key.Key_Down)  # 9 tháng: no folder read for it
    assert window.period.code == "2026-9M"
    assert window.intake_model.rows == []
    assert window.intake_summary.text() == with_period(
        translate("ProvinceWindow", "No folder has been read for {period}."), parse_period("2026-9M"))
    press(Qt.Key.Key_Up)
    assert window.intake_summary.text() == own
    assert {r.file_name for r in window.intake_model.rows} == set(inbox["expected"])


def test_lines_an_older_version_wrote_say_their_date_was_not_kept(qtbot, tmp_path, fresh):
    """tests/db/data/schema14_province.db: its two refused lines recorded no date of receipt."""
    folder = tmp_path / "tinh"
    folder.mkdir()
    shutil.copy(OLD, folder / "chitieu.db")
    office = ProvinceOffice.open(folder, user="van-thu")
    try:
        window = open_window(qtbot, office)
        assert window.period.code == PERIOD
        files_tab(window)
        shown = rows(window)
        assert {name: row["Kết quả"] for name, row in shown.items()} == {
            "may-cai-lai.xlsx": "Chữ ký không khớp", "rac.xlsx": "Tệp hỏng"}
        assert shown["may-cai-lai.xlsx"]["Ngày nhận"] == ""
        # the reinstalled laptop's key, which its reason names, as intake showed it
        assert shown["may-cai-lai.xlsx"]["Khóa ký"] == "QP2S-SPFW-NCQ2-NVAS · Chờ xác nhận"
        assert translate("ProvinceWindow", "%n refused file(s) read by an earlier version of the program: their "
                         "date of receipt was not kept.", None, 2) in window.intake_summary.text()
        if SHOTS:
            window.resize(1366, 728)
            window.grab().save(os.path.join(SHOTS, "intake_tab_read_by_an_earlier_version.png"))
        window.close()
    finally:
        office.close()
