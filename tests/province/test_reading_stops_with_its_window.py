"""A folder being read when the province window closes or its person logs out (walk U3, U1): the
reading went on unseen after the window closed, and the leader's window, opened meanwhile, read
"Đã nhận 1/92" over 4 keys pending. Now closing asks, then stops the reading and waits for it;
logging out stops it first; and the service itself receives nothing more once the person who
started it has logged out of the window. Every file is whole or absent either way."""
from __future__ import annotations

import datetime as dt
import time

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app import intake as intake_module
from tests.province.conftest import PERIOD
from tests.ui.conftest import Script, click_button, press

TODAY = dt.date(2026, 6, 19)
PASSWORD = "Hoasen#2027"


@pytest.fixture
def staffed(office):
    """The office with its accounts, the officer who receives logged in."""
    office.ws.add_user("quan-tri", "Nguyễn Văn Quản", "Quản trị", PASSWORD)
    office.ws.login("quan-tri", PASSWORD)
    office.ws.add_user("can-bo", "Lê Văn Nhận", "Cán bộ nhập liệu", PASSWORD)
    office.ws.login("can-bo", PASSWORD)
    return office


def whole(office) -> None:
    """Each file read is stored whole: every key in the register signs a version received (the
    inbox has no file signed by a second key of a unit), every version received has its line."""
    store = office.store
    keys = {k.public_key for k in store.unit_keys()}
    received = store.received(PERIOD, current_only=False)
    assert keys <= {r.public_key for r in received}
    logged = {line.received_id for line in store.intake_log(period=PERIOD)}
    assert {r.id for r in received} <= logged
    assert store.verify_integrity() == []


def test_a_reading_stops_once_its_person_logged_out_of_the_window(inbox, staffed, monkeypatch):
    """The worker's office (`for_thread`) stops between files once the window's person logged out:
    one file read, then nothing more received in their name, the run marked stopped."""
    office = staffed
    real = intake_module.examine

    def logged_out_while_read(path):  # the person logs out while the first file is in hand
        office.ws.logout()
        return real(path)

    monkeypatch.setattr(intake_module, "examine", logged_out_while_read)
    worker = office.for_thread()
    try:
        run = worker.intake(inbox["folder"], PERIOD)
    finally:
        worker.close()
    assert run.cancelled and len(run.results) == 1
    assert office.store.intake_runs()[-1][-1] == 1
    whole(office)
    monkeypatch.undo()
    office.ws.login("can-bo", PASSWORD)
    again = office.intake(inbox["folder"], PERIOD)  # the rest read later, as if read at once
    assert not again.cancelled and len(again.results) == len(inbox["expected"])
    assert office.checked_completeness(PERIOD).counts["received"] == len(inbox["kept"])
    whole(office)


@pytest.fixture
def slow_window(qtbot, staffed, monkeypatch):
    """The province window whose reading holds each file until it is asked to stop, or `go` is
    called: the window can close or log out while a file is in hand."""
    from ui.province_window import ProvinceWindow

    w = ProvinceWindow(staffed.ws, today=TODAY)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    let_go = []
    real = intake_module.examine

    def held(path):
        deadline = time.monotonic() + 20  # never hangs the run
        while not let_go and not (w.task is not None and w.task.cancel_requested) and time.monotonic() < deadline:
            time.sleep(0.005)
        return real(path)

    monkeypatch.setattr(intake_module, "examine", held)
    w.go = lambda: let_go.append(1)
    return w


def test_closing_the_window_while_reading_asks_then_stops_and_waits(slow_window, staffed, inbox):
    """The question names what stays; "Tiếp tục đọc" (Escape) keeps the window; "Dừng đọc và đóng" stops
    the reading after the file in hand and closes once it has ended, its run recorded as stopped."""
    w, office = slow_window, staffed
    task = w.start_intake(inbox["folder"], None)
    seen = []

    def keep(box):
        seen.append(box.text() + " " + box.informativeText())
        press_escape(box)

    script = Script((QMessageBox, keep))
    w.close()
    script.check()
    assert w.isVisible() and task.running  # kept reading, the window stays
    assert "still being read" in seen[0] or "đang đọc" in seen[0]

    script = Script((QMessageBox, lambda box: click_button(box, box.buttons()[0].text())))
    w.close()
    script.check()
    assert not task.running and not w.isVisible()  # waited for: nothing runs behind the closed window
    run = office.store.intake_runs()[-1]
    assert run[2] is not None and run[-1] == 1  # finished, as stopped
    assert 0 < len(inbox["expected"]) and run[6] < len(inbox["expected"])
    whole(office)


def press_escape(box) -> None:
    from PySide6.QtCore import Qt

    press(Qt.Key.Key_Escape)


def test_logging_out_while_reading_stops_it_before_the_next_person(slow_window, staffed, inbox, monkeypatch):
    """Tệp › Đăng xuất (or "Đăng xuất" on the lock) during a reading: the reading is stopped and has
    ended before the login asks who comes next; nothing is received after, in anyone's name."""
    w, office = slow_window, staffed
    task = w.start_intake(inbox["folder"], None)
    at_login = {}

    def next_person():
        at_login.update(running=task.running, account=office.ws.account)
        return False

    monkeypatch.setattr(w.idle_lock, "ask_next_person", next_person)
    w.log_out()
    assert at_login == {"running": False, "account": None}
    run = office.store.intake_runs()[-1]
    assert run[2] is not None and run[-1] == 1 and run[6] < len(inbox["expected"])
    whole(office)
