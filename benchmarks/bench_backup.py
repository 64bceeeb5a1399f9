"""Time to back up and verify a database holding five years of one unit's data.

Fills every period 2026-2030 for Xã Tân Cương (each value typed three times, as
officers correct themselves, so the audit trail is realistic), then times
`take_backup` (SQLite online backup + quick check) followed by a full
`integrity_check` of the copy. Goal: ≤ 1 s. Prints the database size.

    python benchmarks/bench_backup.py [--runs 7]
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_app.backups import take_backup, verify_backup  # noqa: E402
from desktop_app.core.periods import term_periods  # noqa: E402
from desktop_app.services import Workspace
from desktop_app.core.rows import NARRATIVE_SECTIONS


def fill(ws: Workspace, rng: random.Random) -> None:
    ws.set_baseline("giam_ngheo", "6,5%")
    ws.set_baseline("ket_nap_dang_vien", "420")
    rows = ws.period_view("2026").rows
    for p in term_periods():
        for _ in range(3):
            for r in rows:
                ind = r.indicator
                fields = {}
                for f in ind.inputs:
                    if f.field == "flag":
                        fields["flag"] = rng.choice(["Có", "Không"])
                    elif f.field == "denominator":
                        fields["denominator"] = str(rng.randrange(2_000, 20_000))
                    elif f.field == "numerator":
                        fields["numerator"] = str(rng.randrange(1, 400))
                    elif f.field == "previous":
                        fields["previous"] = str(rng.randrange(0, 30))
                    else:
                        fields["value"] = str(rng.randrange(0, 90) if ind.unit == "%" else rng.randrange(0, 300_000))
                fields["comment"] = rng.choice(["", "Số liệu của phòng chuyên môn", "Ước thực hiện"])
                ws.set_entry(p, ind.code, **fields)
        for section in NARRATIVE_SECTIONS:
            ws.set_narrative(p, section, "Nội dung báo cáo " * rng.randrange(20, 200))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    here = Path(__file__).resolve().parent
    with tempfile.TemporaryDirectory(dir=here) as d:
        ws = Workspace.open(d, user="bench")
        ws.setup("tan cuong", "Người lập", "Người ký")
        # the database as it stands at the term's end: every period has begun (a period not begun
        # refuses its figures, so filling 2027-2030 today stopped at 2027-Q1's first figure)
        ws.today_is = dt.date(2031, 1, 15)
        t = time.perf_counter()
        fill(ws, random.Random(5))
        print(f"filled 5 years in {time.perf_counter() - t:.1f} s: "
              f"{len(ws.store.entries(ws.commune.code))} values, {ws.store.last_audit_id()} audit rows")
        ws.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = Path(ws.store.path).stat().st_size
        times = []
        for i in range(args.runs):
            t = time.perf_counter()
            path = take_backup(ws, "thu-cong", target_dir=Path(d) / "out" / str(i))
            verify_backup(path)
            times.append(time.perf_counter() - t)
        ws.close()
    print(f"database size: {size / 1024:.0f} KiB")
    print(f"backup + verify: median {statistics.median(times) * 1000:.0f} ms over {args.runs} runs "
          f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}); goal ≤ 1000 ms")


if __name__ == "__main__":
    main()
