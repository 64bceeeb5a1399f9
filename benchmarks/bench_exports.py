"""How long "Xuất báo cáo" takes for one full annual report, against LibreOffice.

    python benchmarks/bench_exports.py [--runs 9] [--lo-runs 5]

Prints the median time to write the PDF report (reportlab) and the submission
workbook (openpyxl) of Xã Tân Cương's filled 2026 annual report (goal: ≤ 300 ms each on
a 2-core machine), and the ratio to LibreOffice converting the same workbook to PDF
headless (`soffice --headless --convert-to pdf`, what officers do today; goal: ours
≥ 10× faster). Without LibreOffice the ratio is skipped. Timings only: no assertion.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.services import Workspace  # noqa: E402
from exports.fonts import report_fonts  # noqa: E402
from exports.report_pdf import write_report_pdf  # noqa: E402
from exports.submission_xlsx import write_submission  # noqa: E402
from tests.exports.sample_data import GENERATED_AT, REPORT_DATE, fill_commune_2026  # noqa: E402

GOAL_MS = 300
GOAL_RATIO = 10


def timed(fn, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def line(label: str, times: list[float], goal: float | None = None) -> str:
    med = statistics.median(times)
    text = (f"{label:34} median {med:8.1f} ms   (n={len(times)}, min {min(times):.1f}, "
            f"max {max(times):.1f})")
    if goal is not None:
        text += f"   goal ≤ {goal:.0f} ms: {'OK' if med <= goal else 'MISSED'}"
    return text


def find_soffice() -> str | None:
    for name in ("soffice", "libreoffice"):
        path = shutil.which(name)
        if path:
            return path
    for candidate in (r"C:\Program Files\LibreOffice\program\soffice.exe",
                      "/Applications/LibreOffice.app/Contents/MacOS/soffice"):
        if os.path.exists(candidate):
            return candidate
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=9, help="timed runs of each writer (≥ 5)")
    ap.add_argument("--lo-runs", type=int, default=5, help="timed LibreOffice conversions")
    args = ap.parse_args()
    runs = max(args.runs, 5)

    work = Path(tempfile.mkdtemp(prefix="bench-exports-"))
    try:
        ws = Workspace.open(work / "data", user="bench")
        ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
        fill_commune_2026(ws)
        build_ms = timed(lambda: ws.submission("2026"), runs)
        sub = ws.submission("2026", report_date=REPORT_DATE, generated_at=GENERATED_AT)
        ws.close()
        out = work / "out"
        pdf, xlsx = out / f"{sub.file_stem}.pdf", out / f"{sub.file_stem}.xlsx"

        cold = timed(lambda: (report_fonts(), write_report_pdf(sub, pdf)), 1)  # resolves fonts once
        fonts = report_fonts()
        pdf_ms = timed(lambda: write_report_pdf(sub, pdf, fonts=fonts), runs)
        xlsx_ms = timed(lambda: write_submission(sub, xlsx), runs)

        from pypdf import PdfReader

        pages = len(PdfReader(str(pdf)).pages)
        print(f"Báo cáo {sub.period_name}, {sub.unit_name}: {len(sub.items)} chỉ tiêu, "
              f"{len(sub.narratives)} mục thuyết minh, PDF {pages} trang; phông {fonts.family}")
        print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPU")
        print(line("build submission from database", build_ms))
        print(line("PDF report (reportlab), first", cold))
        print(line("PDF report (reportlab)", pdf_ms, GOAL_MS))
        print(line("workbook (openpyxl)", xlsx_ms, GOAL_MS))

        soffice = find_soffice()
        if soffice is None:
            print("LibreOffice (soffice) không có trên máy này: bỏ qua so sánh.")
            return 0
        profile = (work / "lo-profile").as_uri()
        lo_out = work / "lo"

        def convert():
            subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless",
                            "--convert-to", "pdf", "--outdir", str(lo_out), str(xlsx)],
                           check=True, capture_output=True, timeout=300)

        convert()  # first start creates the profile: not timed
        lo_ms = timed(convert, max(args.lo_runs, 1))
        print(line("LibreOffice xlsx → pdf (headless)", lo_ms))
        ratio = statistics.median(lo_ms) / statistics.median(pdf_ms)
        print(f"{'ratio LibreOffice / our PDF':34} {ratio:8.1f}×   goal ≥ {GOAL_RATIO}×: "
              f"{'OK' if ratio >= GOAL_RATIO else 'MISSED'}")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
