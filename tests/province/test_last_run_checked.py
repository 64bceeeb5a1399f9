"""The period the province window opens on after a folder was read elsewhere ("Đang xem …: kỳ của thư
mục vừa đọc gần nhất", `ProvinceOffice.last_run`) came from the last row of `intake_runs` as stored: a
row edited with sqlite3 (another period, a later start time) or inserted (id 999) opened the window on
the period it named as the one read last, and a row deleted moved it to the reading before it as one not
yet seen. The rows are now checked against the audit chain, walked as the intake tab walks it: when the last row
was changed, added or deleted outside the program, or its chain rows were (red-team h31 B1: one UPDATE of
the chain made the last reading look added and passed over, the reading before presented as the one read
last), which reading was last is not known, and the window stays on the person's own choice."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from desktop_app.cli import run
from tests.province.conftest import PERIOD
from tests.province.test_opens_on_last_period import open_window
from tests.province.test_window_shows_period_read import RECEIVING, choose_with_keys

Q1 = "2026-Q1"
SHOWING = "Đang xem"  # "Đang xem {period}: kỳ của thư mục vừa đọc gần nhất."


@pytest.fixture
def database(office, qapp):
    """An sqlite3 connection to the office's database, as someone editing it outside the program has;
    nobody's preferences yet, none left behind."""
    QSettings().remove("users")
    conn = sqlite3.connect(office.ws.store.path)
    yield conn
    conn.close()
    QSettings().remove("users")


def read_on_the_command_line(office, folder, period) -> None:
    assert run(["--data-dir", str(Path(office.ws.store.path).parent), "consolidate", str(folder),
                "--period", period]) == 0


def opened(qtbot, office) -> tuple[str, str]:
    """The period a window opened now shows, and what its status line says; the window closed."""
    window = open_window(qtbot, office)
    try:
        return window.period.code, window.statusBar().currentMessage()
    finally:
        window.close()


def test_a_reading_edited_to_another_period_moves_no_window(qtbot, office, inbox, database):
    read_on_the_command_line(office, inbox["folder"], PERIOD)
    assert opened(qtbot, office)[0] == PERIOD  # seen
    read_on_the_command_line(office, inbox["root"] / "q1", Q1)
    database.execute("UPDATE intake_runs SET period = '2026' WHERE period = ?", (Q1,))
    database.commit()

    assert office.last_run() is None  # the last reading's period is not known
    period, status = opened(qtbot, office)
    assert period == RECEIVING and SHOWING not in status  # nobody's choice yet; not "Đang xem Năm 2026"


def test_a_start_time_changed_does_not_make_a_reading_new_again(qtbot, office, inbox, database):
    read_on_the_command_line(office, inbox["folder"], PERIOD)
    window = open_window(qtbot, office)
    assert window.period.code == PERIOD
    choose_with_keys(window, Qt.Key.Key_Down)  # seen; the person goes on to 9 tháng
    assert window.period.code == RECEIVING
    window.close()
    database.execute("UPDATE intake_runs SET started_at = '2026-12-01T08:00:00+07:00'")
    database.commit()

    assert office.last_run() is None
    period, status = opened(qtbot, office)
    assert period == RECEIVING and SHOWING not in status


def test_a_reading_added_outside_is_not_taken_for_the_last_nor_passed_over(qtbot, office, inbox, database):
    read_on_the_command_line(office, inbox["folder"], PERIOD)
    database.execute("INSERT INTO intake_runs (id, started_at, finished_at, folder, period, user, files, accepted,"
                     " refused, cancelled) SELECT 999, '2026-12-01T08:00:00+07:00', finished_at, folder, '2026',"
                     " user, files, accepted, refused, cancelled FROM intake_runs")
    database.commit()
    started = database.execute("SELECT started_at FROM intake_runs WHERE id = 1").fetchone()[0]

    assert office.last_run() is None and started  # a row added with sqlite3 may hide one deleted from the chain
    period, status = opened(qtbot, office)  # nobody has looked yet: the person's period, nothing said
    assert period == RECEIVING and SHOWING not in status


def test_the_last_reading_deleted_does_not_bring_back_the_one_before(qtbot, office, inbox, database):
    read_on_the_command_line(office, inbox["folder"], PERIOD)
    read_on_the_command_line(office, inbox["root"] / "q1", Q1)
    period, status = opened(qtbot, office)
    assert period == Q1 and "Đang xem quý I năm 2026" in status
    database.execute("DELETE FROM intake_runs WHERE period = ?", (Q1,))
    database.commit()

    assert office.last_run() is None
    period, status = opened(qtbot, office)
    assert period == RECEIVING and SHOWING not in status  # not "Đang xem 6 tháng đầu năm 2026"


def test_a_row_edited_while_its_folder_was_read_is_believed_once_acknowledged(office, inbox, database):
    """The row edited during the reading, then finished by the program over the change: the chain
    records the edited row as the program's write, and that it was found otherwise than recorded."""
    edited = []

    def edit(_result):  # after the first file
        if not edited:
            database.execute("UPDATE intake_runs SET period = '2026'")
            database.commit()
            edited.append(True)

    office.intake(inbox["folder"], PERIOD, on_result=edit)
    assert office.last_run() is None
    office.ws.acknowledge_changes()  # the administrator has looked: the row as it is now is the records'
    mark, period = office.last_run()
    assert mark.startswith("1 ") and period == "2026"


def hide_run_states(database, run_id: int) -> None:
    """sqlite3 only, no hash computed: the chain's rows recording run `run_id` no longer name intake_runs."""
    database.execute("UPDATE audit SET new = replace(new, '\"intake_runs\"', '\"intake_runz\"')"
                     " WHERE action = 'record_state' AND new LIKE ?", (f'%["intake_runs", [{run_id}]%',))
    database.commit()


@pytest.mark.parametrize("row_deleted", [False, True], ids=["chain-rows-changed", "and-row-deleted"])
def test_the_last_reading_hidden_in_the_chain_does_not_bring_back_the_one_before(
        qtbot, office, inbox, database, row_deleted):
    read_on_the_command_line(office, inbox["folder"], PERIOD)
    read_on_the_command_line(office, inbox["root"] / "q1", Q1)
    assert opened(qtbot, office)[0] == Q1  # seen
    hide_run_states(database, 2)
    if row_deleted:
        database.execute("DELETE FROM intake_runs WHERE id = 2")
        database.commit()

    assert office.last_run() is None
    period, status = opened(qtbot, office)
    assert period == RECEIVING and SHOWING not in status  # not "Đang xem 6 tháng đầu năm 2026"


def test_a_hash_that_is_not_hex_breaks_the_chain_and_opens_the_window(qtbot, office, inbox, database):
    """Red-team h31 B2: an audit row's hash set to "é" made reading the chain raise UnicodeEncodeError, so the
    province window could not open (and `audit verify` crashed)."""
    read_on_the_command_line(office, inbox["folder"], PERIOD)
    database.execute("UPDATE audit SET hash = 'é' WHERE id = (SELECT max(id) FROM audit WHERE action = 'record_state'"
                     " AND new LIKE '%\"intake_runs\"%') - 1")
    database.commit()

    assert office.last_run() is None
    period, status = opened(qtbot, office)
    assert period == RECEIVING and SHOWING not in status
