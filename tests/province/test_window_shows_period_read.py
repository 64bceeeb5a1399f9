"""Walk W2 #7: in December the province window opened, or stayed, on 9 tháng (the period last due,
or the one chosen last) after the 6-month folder was read (by the command line, by another person,
or while the period was changed during the reading), and a reviewer took 9 tháng's table ("Đã nhận
0/92") for 6 tháng's. The window now shows the period of the folder just read, once: the person's
own choice afterwards stands."""
from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtWidgets import QApplication

from desktop_app.cli import run
from desktop_app.province import ProvinceOffice
from tests.province.conftest import PERIOD
from tests.province.test_opens_on_last_period import TODAY, open_window
from tests.ui.conftest import press

RECEIVING = "2026-9M"  # the period being received on TODAY


@pytest.fixture
def fresh(qapp):
    """Nobody's preferences yet, none left behind."""
    QSettings().remove("users")
    yield
    QSettings().remove("users")


def shows_six_months(window, inbox) -> None:
    assert window.period.code == PERIOD
    assert window.period_box.currentText() == "6 tháng đầu năm 2026 (2026-6M)"
    assert window.deadline.text() == "Hạn gửi báo cáo: 20/06/2026"
    assert window.counts.text().startswith(f"Đã nhận {len(inbox['kept'])}/92")


def choose_with_keys(window, key) -> None:
    """Alt+K to the period's list, then an arrow: as a person changes the period shown."""
    window.table.setFocus()
    press(Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is window.period_box
    press(key)


def test_opened_after_the_command_line_read_a_folder_it_shows_that_period_once(qtbot, office, inbox, fresh):
    window = open_window(qtbot, office)
    assert window.period.code == RECEIVING
    choose_with_keys(window, Qt.Key.Key_Down)  # Năm 2026, then back: 9 tháng is this person's choice
    choose_with_keys(window, Qt.Key.Key_Up)
    assert window.period.code == RECEIVING
    window.close()
    data = str(Path(office.ws.store.path).parent)
    assert run(["--data-dir", data, "consolidate", str(inbox["folder"]), "--period", PERIOD]) == 0

    again = open_window(qtbot, office)  # the program started again
    shows_six_months(again, inbox)
    assert "6 tháng đầu năm 2026" in again.statusBar().currentMessage()
    choose_with_keys(again, Qt.Key.Key_Down)  # back to 9 tháng: the person's choice from now on
    assert again.period.code == RECEIVING
    again.close()
    assert open_window(qtbot, office).period.code == RECEIVING


def test_back_in_the_window_after_a_folder_read_elsewhere_it_shows_that_period(qtbot, office, inbox, fresh):
    window = open_window(qtbot, office)
    assert window.period.code == RECEIVING
    elsewhere = office.for_thread()  # another window's, or the command line's, connection
    elsewhere.intake(inbox["folder"], PERIOD)
    elsewhere.close()
    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))  # the window active again
    shows_six_months(window, inbox)
    # its files' lines as recorded (tests/province/test_intake_tab_read_elsewhere.py): the tab had none
    assert {r.file_name for r in window.intake_model.rows} == set(inbox["expected"])


def test_the_period_changed_while_the_folder_is_read_comes_back_to_it(qtbot, office, inbox, fresh, monkeypatch):
    window = open_window(qtbot, office)
    choose_with_keys(window, Qt.Key.Key_Up)  # 6 tháng, to read its folder
    assert window.period.code == PERIOD
    reading, intake = threading.Event(), ProvinceOffice.intake

    def slow(self, *args, **kwargs):  # the files are read only once the keys below are pressed
        reading.wait(30)
        return intake(self, *args, **kwargs)

    monkeypatch.setattr(ProvinceOffice, "intake", slow)
    with qtbot.waitSignal(window.intake_done, timeout=30000):
        task = window.start_intake(inbox["folder"], dt.date(2026, 6, 19))
        # The keys come before the progress dialog shows (300 ms after the start, window-modal: once
        # shown it has the keyboard). A slow machine took longer to press them: Alt+K went to the dialog.
        task.dialog.setMinimumDuration(60_000)
        choose_with_keys(window, Qt.Key.Key_Down)  # a key too many, while the files are read
        assert window.period.code == RECEIVING
        reading.set()
    shows_six_months(window, inbox)
    assert {r.file_name for r in window.intake_model.rows} == set(inbox["expected"])
