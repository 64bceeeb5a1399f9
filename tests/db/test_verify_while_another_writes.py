"""The history's check reads the chain and then the records it recorded; another window or command
saving between those reads is no change made outside the program (red-team 26, F1: `audit verify`,
`show`, the window's check and a leader's reopening named figures, history steps and approvals
"bị sửa/được thêm ngoài chương trình" while another process saved, and a reopening was refused).
The other program's write is made here, through the program's own API on a second connection to the
same file, between two of the check's reads: the check reads one snapshot, and finds nothing."""
from __future__ import annotations

import pytest

from db import acting_roles, backup, integrity
from desktop_app.core.workflow import State
from desktop_app.services import Workspace
from tests.core.test_workflow import fill_year


@pytest.fixture
def filled(data_dir):
    ws = Workspace.open(data_dir)
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình")
    fill_year(ws)
    ws.close()
    return data_dir


def _between_reads(monkeypatch, module, name: str, other_write) -> list:
    """`module.name`, one of the reads `integrity.verify` makes after walking the chain, first lets the
    other window write (once); what it wrote, as a list filled then."""
    done, real = [], getattr(module, name)

    def read_after_another_write(*args, **kwargs):
        if not done:  # the other window's own check (inside its write) reads as it is
            done.append(None)
            done[0] = other_write()
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, read_after_another_write)
    return done


def _another_window(data_dir, act):
    def write():
        other = Workspace.open(data_dir)
        try:
            return act(other)
        finally:
            other.close()
    return write


@pytest.mark.parametrize("module, name", [(integrity, "all_states"), (acting_roles, "acted_beyond_role")])
def test_a_figure_saved_by_another_window_during_the_check_is_no_change_outside(filled, monkeypatch, module, name):
    ws = Workspace.open(filled)
    wrote = _between_reads(monkeypatch, module, name, _another_window(
        filled, lambda other: other.set_entry("2026", "bhyt", numerator="9.900", denominator="10.000")))
    assert ws.verify_history() == []
    assert wrote and wrote[0] is not None, "the other window did not write during the check"
    monkeypatch.undo()
    assert ws.verify_history() == []  # and what it saved is there, in the chain
    assert ws.store.entry(ws.commune.code, "2026", "bhyt").numerator == "9900"
    ws.close()


def test_a_step_of_the_period_by_another_window_during_the_check_is_no_change_outside(filled, monkeypatch):
    """race3: complete, approve and reopen in a loop in another process; its history's rows, its
    approval and the period's state were named as added or changed outside the program."""
    ws = Workspace.open(filled)
    ws.complete("2026")
    steps = iter([lambda o: o.approve("2026"), lambda o: o.reopen("2026", "Sửa số liệu"),
                  lambda o: o.complete("2026")])
    for expected in (State.APPROVED, State.ENTERING, State.COMPLETE):
        step = next(steps)
        _between_reads(monkeypatch, integrity, "all_states", _another_window(filled, step))
        assert ws.verify_history() == [], expected
        monkeypatch.undo()
        assert ws.period_state("2026") == expected
    ws.close()


def test_reopening_is_not_refused_for_another_window_saving_during_its_check(filled, monkeypatch):
    """The leader's check before asking the reason (`check_reopen`, outside the write) was refused with
    ChangedOutside, "báo Quản trị viên", when another window approved the year meanwhile."""
    ws = Workspace.open(filled)
    ws.complete("2026")
    _between_reads(monkeypatch, integrity, "all_states", _another_window(filled, lambda other: other.approve("2026")))
    ws.check_reopen("2026")
    monkeypatch.undo()
    assert ws.period_state("2026") == State.APPROVED
    assert ws.reopen("2026", "Sửa số liệu") == State.ENTERING
    ws.close()


def test_the_check_of_a_database_file_reads_one_snapshot_too(filled, monkeypatch):
    """db/backup.tampering, the check of a file at start and of a backup, on its own connection."""
    _between_reads(monkeypatch, integrity, "all_states", _another_window(
        filled, lambda other: other.set_entry("2026", "bhyt", numerator="9.900", denominator="10.000")))
    assert backup.tampering(filled / "chitieu.db") == []
