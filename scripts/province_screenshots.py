"""Screenshots of the province window and the consolidated PDF, offscreen at 1366×768.

    python scripts/province_screenshots.py [OUT_DIR]   (default docs/screenshots)

A demo inbox of the 92 units' 9-month 2026 reports, made through the commune services and the
real writer (about half a minute): 84 on time, 3 late, 1 draft, 1 tampered file, 1 garbage
file, 3 units missing.
"""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PERIOD = "2026-9M"  # a period whose files can really have arrived by today
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def demo_inbox(tmp: Path, period: str = PERIOD) -> Path:
    """The 92 units' files for `period`, each made through the commune services and the real
    writer: 84 on time, 3 late, 1 draft, 1 tampered, 3 missing, and one garbage file."""
    from desktop_app.services import Workspace
    from exports.submission_xlsx import write_submission
    from tests.province.conftest import tamper
    from tests.province.helpers import fill_unit

    folder = tmp / "inbox"
    folder.mkdir()
    ws = Workspace.open(tmp / "communes", user="can-bo")
    sent = dt.datetime(2026, 9, 15, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    for n, unit in enumerate(ws.catalog.communes):
        if n in (5, 40, 77):  # missing
            continue
        ws.setup(unit.code, "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
        fill_unit(ws, period, seed=n)
        draft = n == 20
        if not draft:
            ws.complete(period)
            ws.approve(period)
        when = sent + dt.timedelta(minutes=37 * n)
        if n in (12, 33, 61):
            when = sent + dt.timedelta(days=8, hours=n % 7)
        sub = ws.submission(period, approved=not draft,
                               generated_at=when)
        path = write_submission(sub, folder / f"{sub.file_stem}.xlsx")
        if n == 50:
            tamper(path, path)
    ws.close()
    (folder / "anh-chup-man-hinh.xlsx").write_bytes(b"\x89PNG not a workbook")
    return folder


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="province-shots-"))
    folder = demo_inbox(tmp)

    from PySide6.QtCore import QEventLoop, Qt, QTimer

    from desktop_app.province import ProvinceOffice
    from ui.app import create_application
    from ui.province_window import ProvinceWindow

    app = create_application([])
    office = ProvinceOffice.open(tmp / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    window = ProvinceWindow(office.ws, today=dt.date.today())
    window.period_box.setCurrentIndex(window.period_box.findData(PERIOD))
    window.show()
    loop = QEventLoop()
    window.intake_done.connect(lambda _: loop.quit())
    window.start_intake(folder)
    QTimer.singleShot(60000, loop.quit)
    loop.exec()
    app.processEvents()
    window.tabs.setCurrentIndex(1)
    app.processEvents()
    window.grab().save(str(out / "province-2-nhan-tep.png"))
    window.tabs.setCurrentIndex(0)
    window.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    app.processEvents()
    window.grab().save(str(out / "province-1-tinh-hinh-gui.png"))
    window.tabs.setCurrentIndex(2)
    app.processEvents()
    window.grab().save(str(out / "province-3-tong-hop.png"))
    pdf = tmp / "bao-cao-tong-hop.pdf"
    office.export_pdf(PERIOD, pdf, doc_number="15", report_date=dt.date.today())
    subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf), str(tmp / "page")], check=True)
    pages = sorted(tmp.glob("page-*.png"))
    for n, page in enumerate(pages[:2], 1):
        page.replace(out / f"province-report-p{n}.png")
    office.export_xlsx(PERIOD, tmp / "tong-hop.xlsx")
    print(f"Đã ghi ảnh vào {out}; tệp tạm ở {tmp}")
    window.close()
    office.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
