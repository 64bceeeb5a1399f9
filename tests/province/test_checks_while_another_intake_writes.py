"""The province's checks of stored versions read the chain's records and then the rows; another
window or command storing a version between those reads is no change made outside the program
(red-team 26, F1, at the province): a version another intake stored meanwhile was left out as
"changed outside the program" by the status, the consolidation and the key register. The other
intake is run here through the program, on a second connection to the same database, between the
check's two reads: the check reads one snapshot."""
from __future__ import annotations

import shutil

from db import integrity
from desktop_app.province import ProvinceOffice
from tests.province.conftest import PERIOD


def _folder(inbox, tmp_path, name, units):
    folder = tmp_path / name
    folder.mkdir()
    for unit in units:
        sub = inbox["kept"][unit]
        shutil.copy2(inbox["folder"] / f"{sub.file_stem}.xlsx", folder)
    return folder


def _intake_between_reads(monkeypatch, other_intake) -> list:
    """`integrity.records`, the check's read after the chain's recorded states, first lets the
    other intake store its version (once)."""
    done, real = [], integrity.records

    def read_after_another_intake(*args, **kwargs):
        if not done:  # the other intake's own reads (inside its writes) read as they are
            done.append(None)
            done[0] = other_intake()
        return real(*args, **kwargs)

    monkeypatch.setattr(integrity, "records", read_after_another_intake)
    return done


def test_a_version_stored_by_another_intake_during_the_check_is_no_change_outside(office, inbox, tmp_path,
                                                                                    monkeypatch):
    units = inbox["units"]
    office.intake(_folder(inbox, tmp_path, "first", units[2:4]), PERIOD)
    later = _folder(inbox, tmp_path, "later", units[4:5])

    def other_intake():
        other = ProvinceOffice.open(office.store.path.rsplit("/", 1)[0], user="van-thu-2")
        try:
            return other.intake(later, PERIOD)
        finally:
            other.close()

    done = _intake_between_reads(monkeypatch, other_intake)
    assert office.store.altered_received(PERIOD) == set()
    assert done and done[0].counts["Hợp lệ"] == 1, "the other intake did not store its version during the check"
    monkeypatch.undo()
    assert office.store.altered_received(PERIOD) == set()
    assert {u.code for u in office.checked_completeness(PERIOD).units if u.received_at} == set(units[2:5])

