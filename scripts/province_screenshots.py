"""Screenshots of the province window and the consolidated PDF, offscreen at 1366×768.

    python scripts/province_screenshots.py [OUT_DIR]   (default docs/screenshots)

A demo inbox of the 92 units' 9-month 2026 reports, made through the commune services and the
real writer, each unit's file signed by its own installation's key (about 15 s), read as a
province lives it, the e-mails saved into one folder and the folder read again as more arrive:

1. The files saved by 17/09: 1 draft, 3 units missing; one file forged (a figure changed after
   signing, written again with the program's writer, so its fingerprint is right and its
   signature is not), one unsigned, one file stating a target and a verdict the province
   computes otherwise, a garbage file and Excel's lock file. The paper reports compared: most
   units' keys confirmed (4 left pending).
2. The folder read again on 25/09 with 3 late reports and a corrected file from a unit whose
   laptop was reinstalled, signed by the new laptop's key: refused ("Chữ ký không khớp"), its
   key registered as pending beside the confirmed one. The late units' keys confirmed from
   their paper, the reinstalled laptop's new key confirmed from the new paper (the old key
   "Đã thay"), a lost laptop's key revoked, and the folder read again: the correction counts.

Written: province-6-tep-gia-mao.png (reading 1 with only the refused files listed, the forged
file chosen, its reason in full), province-2-nhan-tep.png (reading 2, the key mismatch chosen),
province-1-tinh-hinh-gui.png (statuses and keys), province-3-tong-hop.png (the summary and its
differences), province-5-khoa-ky.png (the key register, the reinstalled unit's keys chosen),
province-report-p1/p2.png (the PDF report).
"""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PERIOD = "2026-9M"  # a period whose files can really have arrived by today
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

MISSING = (5, 40, 77)
LATE = (12, 33, 61)
DRAFT = 20
FORGED = 50  # a figure changed after signing
UNSIGNED = 66  # sent without a signature
REINSTALLED = 70  # a correction signed by a new key: refused until that key is confirmed
CLAIMS = 80  # states a target and a verdict of its own choosing
LOST = 75  # its laptop lost: the key revoked after the intake
PENDING = (3, 29, 72, 88)  # keys whose paper reports have not been compared yet


def demo_inbox(tmp: Path, period: str = PERIOD) -> tuple[Path, Path]:
    """The 92 units' files for `period` (see the module's text): the inbox folder as saved by
    17/09, and a folder of the files saved into it later (the late ones and the correction),
    each file's modification time the day it came."""
    from desktop_app.core.signing import new_private_key
    from desktop_app.core.submission import signed
    from desktop_app.services import Workspace
    from exports.submission_xlsx import write_submission
    from tests.province.helpers import VN, as_unit, delivered, fill_unit

    folder, later = tmp / "inbox", tmp / "later"
    folder.mkdir()
    later.mkdir()
    ws = Workspace.open(tmp / "communes", user="can-bo")
    sent = dt.datetime(2026, 9, 15, 8, 0, tzinfo=VN)
    for n, unit in enumerate(ws.catalog.communes):
        if n in MISSING:
            continue
        as_unit(ws, unit.code)
        fill_unit(ws, period, seed=n)
        if n != DRAFT:
            ws.complete(period)
            ws.approve(period)
        when = sent + dt.timedelta(minutes=37 * n)
        if n in LATE:
            when = sent + dt.timedelta(days=8, hours=n % 7)
        sub = ws.submission(period, approved=n != DRAFT, generated_at=when)
        if n == CLAIMS:  # the file says the target is 95 and BHYT is met; the province assigns 100
            sub = replace(sub, items=tuple(replace(i, target_value="95", target_text="≥ 95", verdict="Đạt")
                                           if i.code == "bhyt" else i for i in sub.items))
        key = new_private_key()  # each unit's installation has its own key
        path = (later if n in LATE else folder) / f"{sub.file_stem}.xlsx"
        if n != UNSIGNED:
            sub = signed(sub, key)
        if n == FORGED:  # 77.777 million in revenue, written again by the program's own writer
            forged = replace(sub, items=tuple(replace(i, value="77777", input_value="77777", value_text="77.777")
                                              if i.code == "thu_ngan_sach" else i for i in sub.items))
            write_submission(forged, path)
        else:
            write_submission(sub, path)
        delivered(path, when + dt.timedelta(minutes=20))  # saved from the e-mail on the day it came
        if n == REINSTALLED:  # corrected two days later on the reinstalled laptop, with its new key
            again = signed(replace(sub, generated_at=(when + dt.timedelta(days=2)).isoformat(timespec="seconds")),
                           new_private_key())
            delivered(write_submission(again, later / f"{sub.file_stem}_gui-lai.xlsx"), when + dt.timedelta(days=2))
    ws.close()
    garbage = folder / "anh-chup-man-hinh.xlsx"
    garbage.write_bytes(b"\x89PNG not a workbook")
    delivered(garbage, sent + dt.timedelta(days=1))
    lock = next(folder.glob("2026-9M_*.xlsx")).name
    (folder / f"~${lock[2:]}").write_bytes(b"\x00" * 165)  # Excel's lock file of an open workbook
    return folder, later


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="province-shots-"))
    folder, later = demo_inbox(tmp)

    from PySide6.QtCore import QEventLoop, Qt, QTimer

    from desktop_app.core.intake import FileClass
    from desktop_app.core.keys import KeyState
    from desktop_app.province import ProvinceOffice
    from ui.app import create_application
    from ui.province_window import ProvinceWindow

    app = create_application([])
    office = ProvinceOffice.open(tmp / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    window = ProvinceWindow(office.ws, today=dt.date(2026, 9, 25))
    window.period_box.setCurrentIndex(window.period_box.findData(PERIOD))
    window.show()
    loop, timeout = QEventLoop(), QTimer()
    timeout.setSingleShot(True)
    timeout.timeout.connect(loop.quit)
    window.intake_done.connect(lambda _: loop.quit())

    def read_folder() -> None:
        """Nhận báo cáo từ thư mục…, each file's own date of receipt, until the reading ends."""
        window.start_intake(folder)
        timeout.start(180000)
        loop.exec()
        if window.task is not None and window.task.running:
            raise SystemExit("the folder was not read in 3 minutes")
        app.processEvents()

    def shot(name: str) -> None:
        app.processEvents()
        window.grab().save(str(out / name))

    def choose_file(class_: FileClass) -> None:
        rows = window.intake_model.rows
        row = next(n for n, r in enumerate(rows) if r.class_ == class_)
        index = window.intake_proxy.mapFromSource(window.intake_model.index(row, 0))
        window.intake_table.setCurrentIndex(index)
        window.intake_table.scrollTo(index, window.intake_table.ScrollHint.PositionAtCenter)

    places = {c.code: n for n, c in enumerate(office.catalog.communes)}

    def confirm_from_paper() -> None:
        """The paper reports come: each unit's first key compared with the code printed on its
        paper and confirmed (not the PENDING units': their paper is not compared yet)."""
        registered = office.keys()
        held = {k.unit_code for k in registered if k.state != KeyState.CHO}
        for key in registered:
            if key.state == KeyState.CHO and key.unit_code not in held and places[key.unit_code] not in PENDING:
                office.confirm_key(key.unit_code, key.key_code)
        window.refresh()

    # 1. The files saved by 17/09 read; the refused ones looked at
    read_folder()
    window.tabs.setCurrentIndex(1)
    window.refused_only.setChecked(True)
    choose_file(FileClass.DA_BI_SUA)
    shot("province-6-tep-gia-mao.png")
    window.refused_only.setChecked(False)
    confirm_from_paper()  # the reinstalled unit's old laptop's key among them

    # 2. The late reports and the reinstalled laptop's correction saved into the folder, read again
    for path in later.iterdir():
        path.replace(folder / path.name)  # its modification time (the day it came) kept
    read_folder()
    window.tabs.setCurrentIndex(1)
    choose_file(FileClass.CHU_KY_KHONG_KHOP)
    shot("province-2-nhan-tep.png")

    # The late units' paper compared, the reinstalled laptop's new key confirmed from its new paper
    # (its old key "Đã thay"), a lost laptop's key revoked; the folder read again, as the
    # confirmation's box offers: the correction counts now.
    confirm_from_paper()
    reinstalled = office.catalog.communes[REINSTALLED].code
    office.confirm_key(reinstalled, office.keys(reinstalled)[-1].key_code)
    office.revoke_key(office.catalog.communes[LOST].code)
    read_folder()
    window.refresh()

    window.tabs.setCurrentIndex(0)
    window.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    shot("province-1-tinh-hinh-gui.png")
    window.tabs.setCurrentIndex(2)
    shot("province-3-tong-hop.png")
    window.tabs.setCurrentWidget(window.keys_tab)
    window.keys_tab.select_key(reinstalled)
    window.keys_tab.table.scrollTo(window.keys_tab.table.currentIndex(),
                                   window.keys_tab.table.ScrollHint.PositionAtCenter)
    window.keys_tab.unsigned_table.selectRow(0)
    shot("province-5-khoa-ky.png")

    pdf = tmp / "bao-cao-tong-hop.pdf"
    office.export_pdf(PERIOD, pdf, doc_number="15", report_date=dt.date(2026, 9, 25))
    subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf), str(tmp / "page")], check=True)
    pages = sorted(tmp.glob("page-*.png"))
    for n, page in enumerate(pages[:2], 1):
        page.replace(out / f"province-report-p{n}.png")
    print(f"Đã ghi ảnh vào {out}; tệp tạm ở {tmp}")
    window.close()
    office.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
