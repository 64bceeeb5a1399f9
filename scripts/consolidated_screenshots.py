"""Pictures of the province's printed outputs: a chart page of the consolidated PDF report and
a page of the consolidated workbook as LibreOffice prints it (A3 landscape): the first of the
indicator group Văn hóa - Xã hội.

    python scripts/consolidated_screenshots.py [OUT_DIR]   (default docs/screenshots)

Writes province-report-chart.png and province-workbook-print.png. The 92 units' reports of
the four periods of 2026 are made through the commune services, signed and written by the
real writer (about 30 s), then received by a province database; the report is the year's, so
its chart pages show the verdicts (annual targets are judged at year end) and the four periods. Needs pdftoppm (poppler-utils) and soffice
(LibreOffice, e.g. the Debian package libreoffice-calc-nogui); LibreOffice is given the
bundled Liberation Serif, which prints as Times New Roman does, and the Vietnamese locale.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PERIODS = ("2026-Q1", "2026-6M", "2026-9M", "2026")
MISSING = {"2026-Q1": (5, 40, 77, 88), "2026-6M": (5, 40, 77), "2026-9M": (5, 77), "2026": (77,)}
LATE = (12, 33, 61)
DRAFT = 20
CHART_PAGE = "ket_nap_dang_vien"  # the chart pictured: an annual target, judged in the year's report
WORKBOOK_PAGE = "Tỷ lệ người dân tham gia bảo hiểm y tế"  # the workbook's page pictured: its group's first


def demo_inboxes(tmp: Path) -> dict[str, Path]:
    """A folder of signed reports for each period: each unit keeps one installation key."""
    from desktop_app.approval import SIGNING_KEY
    from desktop_app.core.periods import parse_period
    from desktop_app.core.signing import new_private_key
    from desktop_app.services import Workspace
    from exports.submission_xlsx import write_submission
    from tests.province.helpers import VN, as_unit, delivered, fill_unit, sign_with

    key = new_private_key()
    folders = {}
    for k, period in enumerate(PERIODS):
        folder = folders[period] = tmp / f"inbox-{period}"
        folder.mkdir()
        # a database per period: an approved period freezes what the next one's filling sets
        ws = Workspace.open(tmp / f"communes-{period}", user="can-bo")
        with ws.store.transaction():
            ws.store.put_setting(SIGNING_KEY, key)
        deadline = parse_period(period).deadline()
        sent = dt.datetime(deadline.year, deadline.month, deadline.day - 5, 8, 0, tzinfo=VN)
        for n, unit in enumerate(ws.catalog.communes):
            if n in MISSING[period]:
                continue
            as_unit(ws, unit.code)
            fill_unit(ws, period, seed=100 * k + n)
            if n != DRAFT:
                ws.complete(period)
                ws.approve(period)
            when = sent + dt.timedelta(days=9 if n in LATE else 0, minutes=7 * n)
            sub = sign_with(ws.submission(period, approved=n != DRAFT, generated_at=when), key)
            delivered(write_submission(sub, folder / f"{sub.file_stem}.xlsx"), when)
        ws.close()
    return folders


def main() -> int:
    from desktop_app.province import ProvinceOffice

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="consolidated-shots-"))
    office = ProvinceOffice.open(tmp / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    for period, folder in demo_inboxes(tmp).items():
        office.intake(folder, period)
    period = PERIODS[-1]
    pdf = office.export_pdf(period, tmp / "bao-cao-tong-hop.pdf", doc_number="15", report_date=dt.date(2026, 12, 28))
    xlsx = office.export_xlsx(period, tmp / "tong-hop.xlsx")
    name = office.catalog.indicator(CHART_PAGE).name
    office.close()

    from pypdf import PdfReader

    pages = [" ".join(p.extract_text().split()) for p in PdfReader(str(pdf)).pages]
    chart = next(n for n, text in enumerate(pages, 1) if re.search(rf"Biểu đồ \d+\. {re.escape(name)}", text))
    _png(pdf, chart, out / "province-report-chart.png", dpi=90)

    fonts = tmp / "fonts.conf"  # LibreOffice's fonts: the system's and the bundled Liberation Serif
    fonts.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
                     '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
                     f'<dir>{ROOT / "resources" / "fonts"}</dir></fontconfig>', encoding="utf-8")
    # Vietnamese locale: the number formats show 1.234,5 as an office in Việt Nam sees them
    env = {**os.environ, "FONTCONFIG_FILE": str(fonts), "HOME": str(tmp), "LANG": "vi_VN.UTF-8",
           "LC_ALL": "vi_VN.UTF-8"}
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp), str(xlsx)],
                   check=True, env=env, capture_output=True)
    # the first page of the group Văn hóa - Xã hội: its four indicators on one page
    printed = [" ".join(p.extract_text().split()) for p in PdfReader(str(xlsx.with_suffix(".pdf"))).pages]
    page = next(n for n, text in enumerate(printed, 1) if WORKBOOK_PAGE in text)
    _png(xlsx.with_suffix(".pdf"), page, out / "province-workbook-print.png", dpi=100)
    print(f"Đã ghi {out / 'province-report-chart.png'} (trang {chart}) và {out / 'province-workbook-print.png'}"
          f" (trang {page}/{len(printed)}); tệp tạm ở {tmp}")
    return 0


def _png(pdf: Path, page: int, target: Path, dpi: int) -> None:
    stem = target.with_suffix("")
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile",
                    str(pdf), str(stem)], check=True)


if __name__ == "__main__":
    sys.exit(main())
