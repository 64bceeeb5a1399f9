"""Two copies of the program on one database, as two real processes: nothing slips into an
approval, and two writers of one indicator lose nothing."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from desktop_app.core.numbers import canonical
from desktop_app.core.rows import inputs_from_json
from desktop_app.core.submission import build_submission
from desktop_app.services import Workspace
from tests.core.test_workflow import fill_year

WORKER = Path(__file__).with_name("race_worker.py")


def _run_together(*argvs) -> list[tuple[int, int]]:
    procs = [subprocess.Popen([sys.executable, str(WORKER), *map(str, argv)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for argv in argvs]
    done = []
    for p in procs:
        out, err = p.communicate(timeout=600)
        assert p.returncode == 0, err
        _, ok, refused = out.split()
        done.append((int(ok), int(refused)))
    return done


def test_no_edit_lands_in_an_approved_period_and_every_approval_matches_its_data(data_dir):
    """One process edits 2026 in a loop while another completes, approves and reopens it in a
    loop: no edit is committed while the period is approved, and each approval's stored
    fingerprint is that of the data it froze."""
    ws = Workspace.open(data_dir)
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình")
    fill_year(ws)
    ws.close()
    (edits, _), (cycles, _) = _run_together((data_dir, "edit", 3000), (data_dir, "cycle", 300))
    assert edits > 0 and cycles > 0, (edits, cycles)

    ws = Workspace.open(data_dir)
    state, numerator, frozen_at_approval = "Đang nhập", "9500", []
    for row in ws.store.audit_rows():
        if row.action == "state" and row.period == "2026":
            state = row.new.split(" (")[0]
            if state == "Đã duyệt":
                frozen_at_approval.append(numerator)
        elif row.action == "entry" and row.period == "2026":
            assert state != "Đã duyệt", f"edit {row.id} committed into an approved period"
            if row.field == "numerator" and row.indicator == "bhyt":
                numerator = row.new
    approvals = [ws.store.approval(i) for (i,) in ws.store.conn.execute("SELECT id FROM approvals ORDER BY id")]
    assert len(approvals) == len(frozen_at_approval) > 0
    for approval, numerator in zip(approvals, frozen_at_approval):
        view, settings = ws._approved(approval)
        assert build_submission(view, settings, approval.catalog_version, approved=True).fingerprint \
            == approval.fingerprint
        frozen = inputs_from_json(json.loads(approval.snapshot)["inputs"]).entries[("2026", "bhyt")]
        assert canonical(frozen.numerator) == numerator  # what was stored when it was approved
    assert ws.store.verify_integrity() == []
    ws.close()


def test_two_writers_of_one_indicator_lose_nothing(data_dir):
    """One process writes the numerator, another the comment, of the same indicator at once:
    every change follows the one before it (no write undoes another), and both last values stay."""
    ws = Workspace.open(data_dir)
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình")
    ws.close()
    (numbers, _), (comments, _) = _run_together((data_dir, "field", "numerator", 400),
                                                (data_dir, "field", "comment", 400))
    assert numbers == comments == 400
    ws = Workspace.open(data_dir)
    last = {}
    for row in ws.store.audit_rows(period="2026-Q1", indicator="bhyt"):
        assert row.old == last.get(row.field, "" if row.field == "comment" else None), \
            f"audit row {row.id} overwrote a change it did not see"
        last[row.field] = row.new
    entry = ws.store.entry(ws.commune.code, "2026-Q1", "bhyt")
    assert (entry.numerator, entry.comment) == ("10399", "Ghi chú 399")
    ws.close()


def test_two_commands_started_at_once_on_a_new_data_folder_both_open_it(tmp_path):
    """Two processes (a command and the window, two commands in a script) open each of 30 new data
    folders at the same moments: both open every one, neither meets a table the other just made,
    and each folder has its schema and the shipped catalogue once."""
    assert _run_together((tmp_path, "fresh", 30), (tmp_path, "fresh", 30)) == [(30, 0), (30, 0)]
    for n in range(30):
        ws = Workspace.open(tmp_path / str(n))
        assert ws.store.conn.execute("SELECT count(*) FROM catalogs").fetchone()[0] == 1
        assert ws.store.verify_integrity() == []
        ws.close()
