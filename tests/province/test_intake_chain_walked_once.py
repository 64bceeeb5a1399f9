"""The province window's opening walked the audit chain of the intake records five times: for the
period of the folder read last (`Store.last_intake`), for the lines of the period shown
(`period_reading`) and for each of the consolidation's three readings of the log (`intake_log`),
30 ms a walk at 3.000 lines, more with years of readings. It is walked once for a state of the
database now, and again as soon as anything was written, by sqlite3 or by the program: an edit made
after the walk is never believed from it (tests/province/test_last_run_checked.py holds the rest)."""
from __future__ import annotations

import pytest

from db import integrity
from tests.province.test_last_run_checked import (  # noqa: F401
    Q1,
    database,
    hide_run_states,
    opened,
    read_on_the_command_line,
)
from tests.province.test_opens_on_last_period import open_window


@pytest.fixture
def intake_walks(monkeypatch) -> list[tuple[str, ...]]:
    """The walks of the chain that read the states of the intake records, as they are made."""
    walks, walk = [], integrity.recorded_states

    def counted(conn, *tables):
        if "intake_runs" in tables:
            walks.append(tables)
        return walk(conn, *tables)

    monkeypatch.setattr(integrity, "recorded_states", counted)
    return walks


def test_the_window_opens_on_the_folder_read_last_with_one_walk(
        qtbot, office, inbox, database, intake_walks):  # noqa: F811 - `database`: nobody's preferences
    read_on_the_command_line(office, inbox["folder"], "2026-6M")
    read_on_the_command_line(office, inbox["root"] / "q1", Q1)
    intake_walks.clear()

    window = open_window(qtbot, office)
    assert window.period.code == Q1
    assert "Đang xem quý I năm 2026" in window.statusBar().currentMessage()
    assert window.intake_model.rowCount() == 1  # the quarter's one file, from the records
    assert len(intake_walks) == 1
    window.refresh()  # nothing written since: nothing to walk again
    assert len(intake_walks) == 1
    window.close()


def test_an_edit_through_the_programs_own_connection_is_not_hidden_by_the_walk_kept(office, inbox, intake_walks):
    read_on_the_command_line(office, inbox["folder"], "2026-6M")
    read_on_the_command_line(office, inbox["root"] / "q1", Q1)
    intake_walks.clear()  # the command's own
    assert office.last_run()[1] == Q1
    assert office.last_run()[1] == Q1 and len(intake_walks) == 1

    hide_run_states(office.ws.store.conn, 2)  # sqlite3's own statements, on the connection that walked

    assert office.last_run() is None and len(intake_walks) == 2


def test_a_line_edited_by_sqlite3_after_the_window_opened_is_not_shown(
        qtbot, office, inbox, database, intake_walks):  # noqa: F811
    read_on_the_command_line(office, inbox["folder"], "2026-6M")
    read_on_the_command_line(office, inbox["root"] / "q1", Q1)
    assert opened(qtbot, office)[0] == Q1  # walked, and seen
    assert len(office.recorded_run(Q1).lines) == 1
    database.execute("UPDATE intake_log SET reason = 'Hợp lệ' WHERE run_id = 2")
    database.commit()

    recorded = office.recorded_run(Q1)
    assert recorded.as_written and recorded.lines == [] and recorded.changed == 1
