"""The files of a reading are stored in batches (desktop_app/intake_batches.py): one write
transaction for the files read in some tenths of a second, a savepoint for each. What the reviewer
relies on stays: a file that fails leaves nothing of it while the files before and after it in the
same batch are kept, the window is told of a file only once the database holds it, and another
window or command writing while a batch is stored waits and is stored too."""
from __future__ import annotations

import shutil
import sqlite3
import threading

from desktop_app import intake as intake_module
from desktop_app.core.intake import FileClass
from desktop_app.province import ProvinceOffice
from tests.province.conftest import PERIOD


def _folder(inbox, tmp_path, name, units):
    folder = tmp_path / name
    folder.mkdir()
    for unit in units:
        shutil.copy2(inbox["folder"] / f"{inbox['kept'][unit].file_stem}.xlsx", folder)
    return folder


def test_a_file_failing_while_stored_leaves_nothing_and_its_batch_neighbours_stay(office, inbox, tmp_path,
                                                                                 monkeypatch):
    """The middle file of three, read in one batch, fails after its key was registered and its
    version written: neither stays (no key, no version, no audit row of it), the files before and
    after it are received, its line says why, and the audit chain holds only what stayed."""
    units = inbox["units"][:3]
    folder = _folder(inbox, tmp_path, "in", units)
    poisoned = units[1]
    real = intake_module.Intake._decide

    def failing(self, result, sub, *args, **kwargs):
        decided = real(self, result, sub, *args, **kwargs)
        if sub.unit_code == poisoned:
            raise ValueError("hỏng giữa chừng")
        return decided

    monkeypatch.setattr(intake_module.Intake, "_decide", failing)
    batches = []
    real_batch = intake_module.store_batch
    monkeypatch.setattr(intake_module, "store_batch",
                        lambda intake, run_id, batch, *a: (batches.append(len(batch)), real_batch(intake, run_id, batch, *a)))
    run = office.intake(folder, PERIOD)

    assert batches == [3]  # the three files in one transaction
    store = office.store
    assert sorted(r.unit_code for r in store.received(PERIOD, current_only=False)) == sorted(
        u for u in units if u != poisoned)
    assert poisoned not in {k.unit_code for k in store.unit_keys()}
    assert not store.conn.execute("SELECT 1 FROM audit WHERE commune = ?", (poisoned,)).fetchall()
    bad = next(r for r in run.results if r.unit_code == poisoned)
    assert bad.class_ == FileClass.TEP_HONG and bad.received_id is None and "ValueError: hỏng giữa chừng" in bad.reason
    assert [line.class_ for line in store.intake_log(run_id=run.run_id)].count(FileClass.HOP_LE) == 2
    assert store.verify_integrity() == []
    monkeypatch.undo()
    again = office.intake(folder, PERIOD)  # read again: the file failed is received now, the others were
    assert sorted(r.class_ for r in again.results) == sorted([FileClass.HOP_LE, FileClass.TRUNG, FileClass.TRUNG])
    assert store.verify_integrity() == []


def test_the_window_is_told_of_a_file_once_the_database_holds_it(office, inbox, tmp_path):
    """Each file `on_result` gives is committed then: another connection (the window's) sees its
    line, and its version when received."""
    folder = _folder(inbox, tmp_path, "in", inbox["units"][:4])
    other = sqlite3.connect(office.store.path)
    seen = []

    def shown(result):
        lines = other.execute("SELECT file_name, received_id FROM intake_log").fetchall()
        received = {r for (r,) in other.execute("SELECT id FROM received")}
        seen.append((result.file_name, result.received_id) in lines and result.received_id in received)

    try:
        office.intake(folder, PERIOD, on_result=shown)
    finally:
        other.close()
    assert seen == [True] * 4


def test_another_reading_while_a_batch_is_stored_waits_and_both_are_received(office, inbox, tmp_path,
                                                                           monkeypatch):
    """A second window reads another folder while the first one's batch holds the database: its
    writes wait for the batch's commit (SQLite's busy timeout), none is refused, and both folders'
    files are received, the chain intact."""
    first = _folder(inbox, tmp_path, "first", inbox["units"][:3])
    second = _folder(inbox, tmp_path, "second", inbox["units"][3:5])
    holding, go_on = threading.Event(), threading.Event()
    real = intake_module.Intake.store_file
    reader = {}

    def store_file(self, *args, **kwargs):  # the first reading's first file, inside its batch's transaction
        if threading.current_thread() is reader.get("thread") and not holding.is_set():
            holding.set()
            go_on.wait(10)  # until the second reading is waiting for the database
        return real(self, *args, **kwargs)

    monkeypatch.setattr(intake_module.Intake, "store_file", store_file)
    done = {}

    def read_first():
        worker = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
        try:
            done["first"] = worker.intake(first, PERIOD)
        finally:
            worker.close()

    reader["thread"] = threading.Thread(target=read_first)
    reader["thread"].start()
    assert holding.wait(30)
    other = ProvinceOffice.open(tmp_path / "tinh", user="van-thu-2")
    try:
        threading.Timer(0.5, go_on.set).start()  # the batch holds the database half a second more
        second_run = other.intake(second, PERIOD)
    finally:
        other.close()
    reader["thread"].join(30)
    assert go_on.is_set()
    assert [r.class_ for r in done["first"].results] == [FileClass.HOP_LE] * 3
    assert [r.class_ for r in second_run.results] == [FileClass.HOP_LE] * 2
    assert {r.unit_code for r in office.store.received(PERIOD)} == set(inbox["units"][:5])
    assert office.store.verify_integrity() == []


def test_a_batch_slow_to_store_is_committed_in_parts(office, inbox, tmp_path, monkeypatch):
    """Storing a file can take longer than reading it (a key shared by 400 units: each first
    registration chose again the kept version of every other unit, one batch held the database
    30 s and every other window's write was refused, red-team R25 F1): a batch is committed in
    parts of `BATCH_SECONDS` at most, the window told of each part as it is committed."""
    import time

    from desktop_app import intake_batches

    units = inbox["units"][:4]
    folder = _folder(inbox, tmp_path, "in", units)
    real = intake_module.Intake._decide

    def slow(self, *args, **kwargs):
        time.sleep(0.15)  # as a file whose storing chooses again many units' versions
        return real(self, *args, **kwargs)

    monkeypatch.setattr(intake_module.Intake, "_decide", slow)
    monkeypatch.setattr(intake_module, "BATCH_SECONDS", 5.0)  # the four files read in one batch
    monkeypatch.setattr(intake_batches, "BATCH_SECONDS", 0.2)
    commits = []
    real_part = intake_batches._store_part
    monkeypatch.setattr(intake_batches, "_store_part",
                        lambda intake, run_id, batch, start, *a: (commits.append(start),
                                                                  real_part(intake, run_id, batch, start, *a))[1])
    told = []
    run = office.intake(folder, PERIOD, on_result=lambda result: told.append(result.unit_code))
    assert commits == [0, 2]  # two files a transaction (0,3 s each), not four in one (0,6 s)
    assert sorted(told) == sorted(units) and all(r.class_ == FileClass.HOP_LE for r in run.results)
    assert office.store.verify_integrity() == []
