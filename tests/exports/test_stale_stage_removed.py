"""An export the program never finished (the window closed or the laptop shut down mid-way) leaves
its hidden folder beside the files, a complete report possibly in it: the next export into that
folder removes it. One as young as a running export (another window's) is left alone."""
from __future__ import annotations

import os
import time

from desktop_app.services import export_period
from exports.staging import STAGE_PREFIX, STALE_AFTER


def _left_stage(folder, name, age):
    stage = folder / f"{STAGE_PREFIX}{name}"
    stage.mkdir(parents=True)
    (stage / "2026_05503_xa-tan-cuong.pdf").write_bytes(b"%PDF-1.4 half of a report")
    then = time.time() - age
    os.utime(stage, (then, then))
    return stage


def test_the_next_export_removes_an_unfinished_export_s_folder(workspace, tmp_path):
    out = tmp_path / "gui-tinh"
    old = _left_stage(out, "bo-do", STALE_AFTER + 60)
    running = _left_stage(out, "dang-chay", 5)
    export_period(workspace, "2026", out)
    assert not old.exists()
    assert running.exists()
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(STAGE_PREFIX)) == [
        "2026_05503_xa-tan-cuong.pdf", "2026_05503_xa-tan-cuong.xlsx"]
    assert [p.name for p in out.iterdir() if p.name.startswith(STAGE_PREFIX)] == [running.name]
