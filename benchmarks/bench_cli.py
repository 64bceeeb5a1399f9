"""How long a user waits for `chitieu` on the command line: whole processes, start to exit.

    python benchmarks/bench_cli.py [--runs 7] [--keep DIR]

Each command runs as a real process (`python -m desktop_app ...`, what the `chitieu` script
starts), timed from start to exit (wall time), on data built with the project's own code:

1. `chitieu show --period 2026` on Xã Tân Cương filled for 2026 (`fill_commune_2026`, as
   bench_exports uses). Goal ≤ 0,25 s.
2. `chitieu verify FILE.xlsx` of the submission exported from it. Goal ≤ 3× a fresh process
   that only reads that file's "Dữ liệu" sheet with python-calamine.
3. `chitieu consolidate INBOX --period 2026-6M --xlsx out.xlsx --pdf out.pdf` of 92 files
   (bench_consolidate's generator: one valid submission per unit of the real catalogue), on a
   fresh province data folder each run. Goal ≤ 6× a fresh process reading the 92 files'
   "Dữ liệu" sheets with python-calamine.
4. `chitieu export --period 2026 --out DIR` of the year (PDF + Excel). Goal ≤ 0,8 s.

Every figure is the median of --runs runs, after one run not timed (the disk cache, and
Python's bytecode cache: the processes write it under the temporary folder, as an installed
program has its .pyc files, even where PYTHONDONTWRITEBYTECODE is set). This machine's speed
drifts within minutes, so each baseline runs alternately with the command it is compared to,
and a ratio is the ratio of the two medians measured in the same run of this script (the
range over the pairs measured back to back is printed too). For information: `python -c pass`
(the interpreter alone), the least a consolidating process does with openpyxl, reportlab and the report
fonts and no check at all (`FLOOR`: what the 6× goal leaves to the work), and the median CPU time (user + system) of the measured processes,
which another busy process on the machine changes much less than the wall time the goals are
about. Timings only: the script exits 0 whether the goals are met or not, and fails only if a
command fails.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

SHOW_GOAL_S = 0.25
VERIFY_GOAL_RATIO = 3.0
CONSOLIDATE_GOAL_RATIO = 6.0
EXPORT_GOAL_S = 0.8

READ_ONE = ("import sys; from python_calamine import CalamineWorkbook; "
            "CalamineWorkbook.from_path(sys.argv[1]).get_sheet_by_name('Dữ liệu').to_python()")
READ_FOLDER = ("import os, sys; from python_calamine import CalamineWorkbook; "
               "[CalamineWorkbook.from_path(os.path.join(sys.argv[1], f)).get_sheet_by_name('Dữ liệu').to_python() "
               "for f in sorted(os.listdir(sys.argv[1]))]")

# The least a `chitieu consolidate --xlsx --pdf` process does with the libraries it must use, for information
# (what the 6× goal leaves to the work itself): import openpyxl and reportlab, load the report fonts, read the
# data sheets, write a one-sheet workbook and a one-page PDF; no check, no signature, no consolidation.
FLOOR = ("import os, sys; sys.path.insert(0, os.getcwd()); from python_calamine import CalamineWorkbook; "
         "import openpyxl; from reportlab.platypus import SimpleDocTemplate, Paragraph; "
         "from reportlab.lib.styles import getSampleStyleSheet; from exports.fonts import report_fonts; "
         "fonts = report_fonts(); d = sys.argv[1]; "
         "rows = [CalamineWorkbook.from_path(os.path.join(d, f)).get_sheet_by_name('Dữ liệu').to_python() "
         "for f in sorted(os.listdir(d))]; "
         "wb = openpyxl.Workbook(write_only=True); ws = wb.create_sheet('Tổng hợp'); "
         "[ws.append([str(c) for c in r[1][:10]]) for r in rows]; wb.save(sys.argv[2] + '.xlsx'); "
         "st = getSampleStyleSheet()['Normal']; st.fontName = fonts.regular; "
         "SimpleDocTemplate(sys.argv[2] + '.pdf').build([Paragraph('Tổng hợp', st)])")


class Seconds(float):
    """The wall time of one process, with its CPU time (user + system) as `cpu`."""
    cpu = 0.0


def process(args: list[str], env: dict, check=None) -> Seconds:
    """Seconds from start to exit of one process; it must exit 0 (and pass `check`)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    done = subprocess.run(args, check=False, cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8")
    seconds = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0 or (check is not None and not check(done.stdout)):
        raise SystemExit(f"{' '.join(args)}: trạng thái {done.returncode}\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
    seconds = Seconds(seconds)
    seconds.cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return seconds


def chitieu(*args: str) -> list[str]:
    return [sys.executable, "-m", "desktop_app", *args]


def alternate(runs: int, measured, baseline=None) -> tuple[list[Seconds], list[Seconds]]:
    """`measured` (and `baseline` just before it, when given) `runs` times, after one untimed run each."""
    if baseline:
        baseline(-1)
    measured(-1)
    ms, bs = [], []
    for i in range(runs):
        if baseline:
            bs.append(baseline(i))
        ms.append(measured(i))
    return ms, bs


def figure(times: list[Seconds]) -> str:
    """The median wall time, its range, and the median CPU time of the same processes: on a
    busy machine the wall time waits for the CPU, the CPU time much less."""
    return (f"{statistics.median(times):6.3f} s (n={len(times)}, {min(times):.3f}–{max(times):.3f}; "
            f"CPU {statistics.median(t.cpu for t in times):.3f} s)")


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def report_absolute(label: str, times: list[Seconds], goal: float) -> None:
    med = statistics.median(times)
    print(f"{label}\n  trung vị {figure(times)}   mục tiêu ≤ {goal:g} s: {verdict(med <= goal)}")


def report_ratio(label: str, times: list[Seconds], base_label: str, base: list[Seconds], goal: float) -> None:
    ratio = statistics.median(times) / statistics.median(base)
    pairs = [m / b for m, b in zip(times, base)]
    print(f"{label}\n  trung vị {figure(times)}")
    print(f"  {base_label}: {figure(base)}")
    print(f"  tỉ lệ {ratio:.2f}× (các cặp đo liền nhau: {min(pairs):.2f}×–{max(pairs):.2f}×)   "
          f"mục tiêu ≤ {goal:g}×: {verdict(ratio <= goal)}")


def build(tmp: Path) -> dict:
    """The commune database, its exported file and the province's inbox of 92 files."""
    import bench_consolidate as bc

    from desktop_app.services import Workspace, export_period
    from tests.exports.sample_data import fill_commune_2026

    commune = tmp / "xa"
    ws = Workspace.open(commune, user="bench")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    fill_commune_2026(ws)
    result = export_period(ws, "2026", tmp / "gui-tinh", pdf=False)
    ws.close()
    xlsx = next(p for p in result.paths if str(p).endswith(".xlsx"))
    inbox = tmp / "inbox-92"
    shutil.rmtree(inbox, ignore_errors=True)
    doc = bc.catalog_for(92)
    paths = bc.generate(inbox, doc, bc.templates(tmp / "mau"))
    return {"commune": commune, "xlsx": Path(xlsx), "inbox": inbox, "files": len(paths), "period": bc.PERIOD}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7, help="timed runs of each command and baseline")
    ap.add_argument("--keep", metavar="DIR", help="build the data in this folder and keep it")
    args = ap.parse_args()
    runs = max(args.runs, 1)
    tmp = Path(args.keep or tempfile.mkdtemp(prefix="bench-cli-"))
    tmp.mkdir(parents=True, exist_ok=True)
    try:
        t = time.perf_counter()
        data = build(tmp)
        env = {k: v for k, v in os.environ.items()
               if k not in ("CHITIEU_USER", "CHITIEU_PASSWORD", "CHITIEU_NEW_PASSWORD", "PYTHONDONTWRITEBYTECODE")}
        env["CHITIEU_DATA_DIR"] = str(data["commune"])
        env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")  # compiled once, in the untimed runs
        print(f"Máy: {os.cpu_count()} lõi; Python {sys.version.split()[0]}; thư mục {tmp}; "
              f"dữ liệu dựng trong {time.perf_counter() - t:.1f} s")
        print(f"Mỗi số là trung vị của {runs} tiến trình (thời gian thực, từ lúc chạy đến lúc thoát).\n")

        bare, python_alone = alternate(runs, lambda i: process(chitieu("show", "--period", "2026"), env),
                                       lambda i: process([sys.executable, "-c", "pass"], env))
        report_absolute("chitieu show --period 2026 (Xã Tân Cương, năm 2026 đã nhập)", bare, SHOW_GOAL_S)
        print(f"  (để tham khảo) python -c pass: {figure(python_alone)}\n")

        xlsx = str(data["xlsx"])
        verify, read_one = alternate(
            runs, lambda i: process(chitieu("verify", xlsx), env, check=lambda out: "nguyên vẹn" in out),
            lambda i: process([sys.executable, "-c", READ_ONE, xlsx], env))
        report_ratio(f"chitieu verify {data['xlsx'].name}", verify,
                     'chỉ đọc trang "Dữ liệu" của tệp bằng python-calamine (tiến trình mới)', read_one,
                     VERIFY_GOAL_RATIO)
        print()

        inbox, period, n = str(data["inbox"]), data["period"], data["files"]

        # A fresh province database each run, copied (untimed) from one set up with its signer, as the
        # consolidated PDF is written only with the signer's name (`province-setup --signer`).
        template = tmp / "tinh-mau"
        shutil.rmtree(template, ignore_errors=True)
        subprocess.run(chitieu("province-setup", "--signer", "Hoàng Thị Ký", "--signer-title", "Phó Chủ tịch"),
                       env=dict(env, CHITIEU_DATA_DIR=str(template)), check=True, capture_output=True)

        def consolidate(i):
            out = tmp / f"tong-hop-{i + 1}"
            shutil.rmtree(out, ignore_errors=True)
            shutil.copytree(template, out / "tinh")
            province = dict(env, CHITIEU_DATA_DIR=str(out / "tinh"))
            return process(chitieu("consolidate", inbox, "--period", period, "--xlsx", str(out / "out.xlsx"),
                                   "--pdf", str(out / "out.pdf")), province,
                           check=lambda text: f"Đã nhận {n}/{n}," in text)

        cons, read_all = alternate(runs, consolidate, lambda i: process([sys.executable, "-c", READ_FOLDER, inbox], env))
        report_ratio(f"chitieu consolidate INBOX --period {period} --xlsx out.xlsx --pdf out.pdf ({n} tệp, "
                     "thư mục dữ liệu tỉnh mới mỗi lần)", cons,
                     f'chỉ đọc trang "Dữ liệu" của {n} tệp bằng python-calamine (tiến trình mới)', read_all,
                     CONSOLIDATE_GOAL_RATIO)
        floor, _ = alternate(runs, lambda i: process([sys.executable, "-c", FLOOR, inbox, str(tmp / "toi-thieu")], env))
        print(f"  (để tham khảo) tối thiểu với openpyxl + reportlab + phông chữ, không kiểm tra gì: {figure(floor)}; "
              f"{statistics.median(floor) / statistics.median(read_all):.2f}× cách đọc chỉ bằng calamine")
        print()

        def export(i):
            out = tmp / f"xuat-{i + 1}"
            shutil.rmtree(out, ignore_errors=True)
            return process(chitieu("export", "--period", "2026", "--out", str(out)), env,
                           check=lambda text: "Mã xác thực" in text)

        exported, _ = alternate(runs, export)
        report_absolute("chitieu export --period 2026 --out DIR (PDF + Excel của năm 2026)", exported, EXPORT_GOAL_S)
        print(f"\nTổng thời gian: {time.perf_counter() - t:.0f} s")
        if args.keep:
            print(f"Dữ liệu được giữ trong {tmp}")
        return 0
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
