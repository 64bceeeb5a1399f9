"""How long one edit takes end to end: parse, validate, evaluate, write value + audit row.

Runs 2,000 edits through `Workspace.set_entry` (the call the window and the CLI make)
on a fresh on-disk database with the production settings (WAL, synchronous=FULL),
and prints the median and 99th percentile. Goal: median ≤ 3 ms, p99 ≤ 20 ms.

    python benchmarks/bench_store.py [--edits 2000] [--runs 3]
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

from desktop_app.core.periods import term_periods  # noqa: E402
from desktop_app.core.workflow import has_begun  # noqa: E402
from desktop_app.services import Workspace  # noqa: E402


def edits(n: int, rng: random.Random):
    """Realistic typed edits: rates as components, counts, Vietnamese-formatted numbers, in the
    periods that have begun today (a period not begun refuses its figures, as the window does)."""
    periods = [p.code for p in term_periods() if has_begun(p, dt.date.today())]
    for _ in range(n):
        period = rng.choice(periods)
        kind = rng.randrange(4)
        if kind == 0:
            den = rng.randrange(5_000, 40_000)
            yield period, "bhyt", {"numerator": f"{rng.randrange(den // 2, den):,}".replace(",", "."),
                                   "denominator": f"{den:,}".replace(",", ".")}
        elif kind == 1:
            yield period, "thu_ngan_sach", {"value": f"{rng.randrange(1_000, 900_000):,}".replace(",", ".")}
        elif kind == 2:
            yield period, "lao_dong_dao_tao", {"numerator": str(rng.randrange(100, 900)), "denominator": "1000"}
        else:
            yield period, "ket_nap_dang_vien", {"value": str(rng.randrange(0, 20)),
                                                "comment": rng.choice(["", "Đợt kết nạp tháng 5"])}


def run_once(n: int, seed: int, where: str | None) -> list[float]:
    # A real disk, not tmpfs: the point is the cost of syncing every commit.
    with tempfile.TemporaryDirectory(dir=where) as d:
        ws = Workspace.open(d, user="bench")
        ws.setup("tan cuong", "Người lập", "Người ký")
        ws.set_baseline("ket_nap_dang_vien", "300")
        times = []
        for period, indicator, fields in edits(n, random.Random(seed)):
            t0 = time.perf_counter()
            ws.set_entry(period, indicator, **fields)
            times.append(time.perf_counter() - t0)
        ws.close()
    return times


def percentile(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(q / 100 * (len(s) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--edits", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--dir", default=str(Path(__file__).resolve().parent),
                    help="where the scratch database goes (default: beside this script, on disk)")
    args = ap.parse_args()
    medians, p99s = [], []
    for run in range(args.runs):
        times = run_once(args.edits, seed=run, where=args.dir)
        medians.append(statistics.median(times) * 1000)
        p99s.append(percentile(times, 99) * 1000)
        print(f"run {run + 1}: median {medians[-1]:.2f} ms, p99 {p99s[-1]:.2f} ms over {len(times)} edits")
    print(f"median of runs: median {statistics.median(medians):.2f} ms (goal ≤ 3), "
          f"p99 {statistics.median(p99s):.2f} ms (goal ≤ 20)")


if __name__ == "__main__":
    main()
