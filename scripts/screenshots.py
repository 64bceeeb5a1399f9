"""Regenerate the screenshots in docs/screenshots/ (offscreen, 1366×768, a realistic filled year).

    python scripts/screenshots.py [--out docs/screenshots] [--main-only]

Each picture is what a 1366×768 laptop screen shows: the first-run dialog on an
empty desktop, the main window with the 2026 year report filled in (in Vietnamese,
02-cua-so-chinh.png, and in the English interface, 02-main-window-en.png), an
indicator's history chart over the main window, an approved period whose figures a
correction made since would change (04-da-duyet-so-lieu-da-doi.png, seen by the
leader), the window locked after minutes without use (05-khoa-man-hinh.png), the print
preview of the year report (06-in-bao-cao.png, In báo cáo…: the exported PDF's own pages)
and what Gửi cho tỉnh… did (07-gui-cho-tinh.png), and the first dialog of a new installation,
the administrator's account with "Tôi cũng là người nhập số liệu" ticked (08-tai-khoan-lan-dau.png).
The people's names are as long as real ones (the window fits them). The data are invented but
plausible for Xã Đại Phúc; nothing is read from or written to the user's data
(nor the interface language saved on this computer), no mail program is opened.
`--main-only`: only the two main-window pictures.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPoint, QRect, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desktop_app.core.periods import Period  # noqa: E402
from desktop_app.mail import prepare_mail  # noqa: E402
from desktop_app.services import Workspace  # noqa: E402
from desktop_app.core.users import officer_username_for  # noqa: E402
from ui import i18n  # noqa: E402
from ui.app import create_application  # noqa: E402
from ui.history_dialog import HistoryDialog  # noqa: E402
from ui.login_dialog import FirstAdminDialog  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.print_report import ReportPrinter  # noqa: E402
from ui.send_report import SendDoneDialog  # noqa: E402
from ui.setup_dialog import SetupDialog  # noqa: E402

SCREEN = (1366, 768)
# Names as long as officers' are (issue 15: the window must fit them on a 1366-pixel screen).
PREPARER = "Nguyễn Thị Phương Thảo Nguyên"
SIGNER, SIGNER_TITLE = "Hoàng Nguyễn Minh Khoa", "Phó Chủ tịch"
PASSWORD = "hoasen-2026"
TODAY = dt.date(2026, 12, 10)  # ten days before the 2026 year report is due

RATIOS = {  # code: {period: (numerator, denominator)}
    "bhyt": {"2026-Q1": (9420, 10150), "2026-6M": (9510, 10160), "2026-9M": (9600, 10170), "2026": (9690, 10180)},
    "giam_ngheo": {"2026-Q1": (62, 2410), "2026-6M": (58, 2415), "2026-9M": (55, 2420), "2026": (52, 2425)},
    "truong_chuan": {"2026-Q1": (20, 22), "2026-6M": (20, 22), "2026-9M": (21, 22), "2026": (21, 22)},
    "lao_dong_dao_tao": {"2026-Q1": (5120, 7000), "2026-6M": (5300, 7010), "2026-9M": (5480, 7020),
                         "2026": (5650, 7030)},
    "nuoc_sach_nong_thon": {"2026-Q1": (2050, 2410), "2026-6M": (2070, 2415), "2026-9M": (2090, 2420),
                            "2026": (2110, 2425)},
}
REVENUE = {"2026-Q1": "32.500", "2026-6M": "71.200", "2026-9M": "104.800", "2026": "146.300"}
ADMITTED = {"2026-Q1": "3", "2026-6M": "6", "2026-9M": "8", "2026": "11"}
NARRATIVES = {
    "ket_qua": "Thu ngân sách đạt 103,7% dự toán năm; tỷ lệ người dân tham gia BHYT đạt 95,19%. "
               "Kết nạp 11 đảng viên mới, vượt chỉ tiêu.",
    "han_che": "Tỷ lệ tổ chức đảng hoàn thành tốt nhiệm vụ chưa đạt; 2 thôn chưa được công nhận "
               "thôn văn hóa do tiêu chí vệ sinh môi trường.",
    "phuong_huong": "Tập trung thu ngân sách quý I/2027; duy trì tỷ lệ bao phủ BHYT; "
                    "hoàn thiện tiêu chí nông thôn mới nâng cao.",
}


def fill(ws: Workspace) -> None:
    """A commune that entered and sent Quý I to 9 tháng, and is filling in the year report."""
    ws.set_baseline("giam_ngheo", "3,12")
    ws.set_baseline("ket_nap_dang_vien", "280")
    for period in ("2026-Q1", "2026-6M", "2026-9M", "2026"):
        ws.set_entry(period, "thu_ngan_sach", value=REVENUE[period])
        ws.set_entry(period, "ket_nap_dang_vien", value=ADMITTED[period])
        for code, values in RATIOS.items():
            num, den = values[period]
            ws.set_entry(period, code, numerator=str(num), denominator=str(den))
        if period != "2026":
            ws.complete(period)
            ws.approve(period)
            ws.mark_sent(ws.submission(period))
    year = "2026"
    ws.set_entry(year, "to_chuc_dang_htt", numerator="30", denominator="34",
                 comment="2 chi bộ chưa hoàn thành chỉ tiêu phát triển đảng viên")
    ws.set_entry(year, "nong_thon_moi", flag="Có")
    ws.set_entry(year, "gia_dinh_van_hoa", numerator="2210", denominator="2425")
    ws.set_entry(year, "co_quan_van_hoa", numerator="12", denominator="12")
    ws.set_entry(year, "ho_so_truc_tuyen", numerator="1500", denominator="1500")
    ws.set_entry(year, "tthc_truc_tuyen", numerator="860", denominator="860")
    ws.set_entry(year, "dan_quan_tu_ve", numerator="390", denominator="11850")
    ws.set_entry(year, "khong_ma_tuy", flag="Có")
    ws.set_entry(year, "tngt_so_vu", value="3", previous="4")
    ws.set_entry(year, "tngt_nguoi_chet", value="1", previous="1", comment="Vụ tai nạn trên quốc lộ 3 cũ")
    ws.set_entry(year, "tngt_nguoi_bi_thuong", value="2", previous="5")
    ws.set_entry(year, "thu_tien_su_dung_dat", value="12.500")
    for section, text in NARRATIVES.items():
        ws.set_narrative(year, section, text)


Q1_2027 = {  # code: (numerator, denominator) of Quý I/2027
    "bhyt": (9720, 10190), "giam_ngheo": (50, 2430), "truong_chuan": (21, 22),
    "lao_dong_dao_tao": (5700, 7040), "nuoc_sach_nong_thon": (2120, 2430),
}
CORRECTED_REVENUE_2026 = "152.800"  # the year's revenue, corrected after Quý I/2027 was approved


def fill_changed_after_approval(ws: Workspace) -> None:
    """The 2026 year as `fill` leaves it, approved and sent, Quý I/2027 entered, approved and sent;
    then 2026 reopened and approved again with its budget revenue corrected (Quý I/2027's five-year
    total adds up the approved years, 2026's revenue included). The leader is logged in."""
    fill(ws)
    ws.set_entry("2026", "thon_van_hoa", numerator="15", denominator="17",
                 comment="2 thôn chưa đạt tiêu chí vệ sinh môi trường")
    ws.complete("2026")
    ws.approve("2026")
    ws.mark_sent(ws.submission("2026"))
    q1 = "2027-Q1"
    ws.today_is = dt.date(2027, 4, 8)  # the day the window below is shown on: Quý I/2027 has begun, whatever the clock says
    ws.set_entry(q1, "thu_ngan_sach", value="35.100")
    ws.set_entry(q1, "ket_nap_dang_vien", value="2")
    for code, (num, den) in Q1_2027.items():
        ws.set_entry(q1, code, numerator=str(num), denominator=str(den))
    ws.complete(q1)
    ws.approve(q1)
    ws.mark_sent(ws.submission(q1))
    ws.reopen("2026", "Sửa thu ngân sách năm 2026 theo số quyết toán")
    ws.set_entry("2026", "thu_ngan_sach", value=CORRECTED_REVENUE_2026)
    ws.complete("2026")
    ws.approve("2026")
    ws.add_user("quantri", "Hoàng Văn Quản", "Quản trị", "cay-tre-2026")
    ws.login("quantri", "cay-tre-2026")
    for name, full, role, password in (("canbo", PREPARER, "Cán bộ nhập liệu", "nhaplieu-2026"),
                                        ("lanhdao", SIGNER, "Lãnh đạo", "duyet-so-2026")):
        ws.login("quantri", "cay-tre-2026")
        ws.add_user(name, full, role, "tam-thoi-2026")  # temporary: the person chooses their own at once
        ws.login(name, "tam-thoi-2026")
        ws.set_password(name, password, old_password="tam-thoi-2026")
    ws.logout()
    ws.login("lanhdao", "duyet-so-2026")


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def desktop() -> QPixmap:
    pixmap = QPixmap(*SCREEN)
    pixmap.fill(QColor("#3a6ea5"))
    return pixmap


def over(background: QPixmap, widget: QWidget) -> QPixmap:
    """`widget` drawn centred on `background`, with a title bar and a shadow, as a dialog looks."""
    shot = widget.grab()
    result = QPixmap(background)
    painter = QPainter(result)
    bar = 26
    w, h = shot.width(), shot.height() + bar
    x, y = (SCREEN[0] - w) // 2, max(0, (SCREEN[1] - h) // 2)
    painter.fillRect(QRect(x + 6, y + 6, w, h), QColor(0, 0, 0, 70))
    painter.fillRect(QRect(x, y, w, bar), QColor("#dfe3e8"))
    painter.setPen(QColor("#202020"))
    font = painter.font()
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRect(x + 10, y, w - 20, bar), Qt.AlignmentFlag.AlignVCenter, widget.windowTitle())
    painter.drawPixmap(QPoint(x, y + bar), shot)
    painter.setPen(QColor("#808080"))
    painter.drawRect(QRect(x, y, w - 1, h - 1))
    painter.end()
    return result


def check_size(pixmap: QPixmap, name: str) -> None:
    image: QImage = pixmap.toImage()
    if (image.width(), image.height()) != SCREEN:
        raise SystemExit(f"{name}: {image.width()}×{image.height()}, expected {SCREEN[0]}×{SCREEN[1]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--main-only", action="store_true", help="only the main window, in both languages")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    # Preferences (the period last viewed) go to a folder of their own, not the user's.
    settings_dir = tempfile.mkdtemp()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    app = create_application([], language=i18n.VIETNAMESE)  # not the language saved on this computer
    written: list[Path] = []

    def save(shot: QPixmap, name: str) -> None:
        check_size(shot, name)
        shot.save(str(out / name))
        written.append(out / name)

    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace.open(tmp, user="can-bo")
        try:
            if not args.main_only:
                # 1. First run: the unit found without accents.
                dialog = SetupDialog(ws, first_run=True)
                dialog.search.setText("dai phuc")
                dialog.preparer.setText(PREPARER)
                dialog.signer.setText(SIGNER)
                dialog.signer_title.setCurrentIndex(dialog.signer_title.findData(SIGNER_TITLE))
                dialog.doc_prefix.setText("BC-UBND")
                dialog.adjustSize()
                dialog.show()
                settle(app)
                save(over(desktop(), dialog), "01-thiet-lap-lan-dau.png")
                dialog.accept()
                dialog.close()
            else:
                ws.setup("dai phuc", PREPARER, SIGNER, SIGNER_TITLE, "BC-UBND")

            # 2. The main window with the year report filled in, in Vietnamese then in English,
            # the preparer logged in with the officer account made at the first run.
            fill(ws)
            ws.set_province_email("vanphong@thainguyen.gov.vn")
            ws.add_first_accounts("thao", PREPARER, PASSWORD, officer_username="thao.nhaplieu")
            ws.login("thao.nhaplieu", PASSWORD)
            window = MainWindow(ws, today=TODAY)
            window.resize(*SCREEN)
            window.show()
            settle(app)
            model = window.model
            # The last value typed: the cultured villages, short of the target, no reason yet.
            model.setData(model.index_of("thon_van_hoa", "numerator"), "15")
            model.setData(model.index_of("thon_van_hoa", "denominator"), "17")
            window.table.setCurrentIndex(model.index_of("bhyt", "numerator"))
            window.table.setFocus()
            settle(app)
            save(window.grab(), "02-cua-so-chinh.png")
            i18n.install_language(i18n.ENGLISH)  # as Cài đặt › Ngôn ngữ does, without saving the choice
            settle(app)
            window.table.setCurrentIndex(model.index_of("bhyt", "numerator"))
            settle(app)
            save(window.grab(), "02-main-window-en.png")
            i18n.install_language(i18n.VIETNAMESE)
            settle(app)

            if not args.main_only:
                # 3. An indicator's history over the main window.
                history = HistoryDialog(ws, "bhyt", window.period, window)
                history.resize(1100, 640)
                history.show()
                settle(app)
                save(over(window.grab(), history), "03-dien-bien-chi-tieu.png")
                history.close()

                # 6. In báo cáo… (Ctrl+P): the year report's PDF in the print preview.
                printer = ReportPrinter(window, ws, Period(2026, "Y"))
                printer.start()
                while printer.preview is None:
                    app.processEvents()
                printer.preview.resize(1000, 700)
                settle(app, 20)
                save(over(window.grab(), printer.preview), "06-in-bao-cao.png")
                printer.preview.close()

                # 7. Gửi cho tỉnh…: the draft written, opened, the folder opened, the words copied.
                draft = prepare_mail(ws, "2026", Path(tmp) / "gui-tinh", mark_sent=False)
                sent = SendDoneDialog(draft, opened=True, revealed=True, copied=True, parent=window)
                sent.show()
                settle(app)
                save(over(window.grab(), sent), "07-gui-cho-tinh.png")
                sent.close()
            window.close()
        finally:
            ws.close()

    if not args.main_only:
        with tempfile.TemporaryDirectory() as tmp:
            ws = Workspace.open(tmp, user="can-bo")
            try:
                # 4. An approved period whose figures a correction made since would change.
                ws.setup("dai phuc", PREPARER, SIGNER, SIGNER_TITLE, "BC-UBND")
                fill_changed_after_approval(ws)
                window = MainWindow(ws, today=dt.date(2027, 4, 8))
                window.resize(*SCREEN)
                window.show()
                window.show_period(Period(2027, "Q1"))
                window.table.setCurrentIndex(window.model.index_of("thu_ngan_sach", "value"))
                window.table.setFocus()
                settle(app)
                save(window.grab(), "04-da-duyet-so-lieu-da-doi.png")

                # 5. The same window locked after minutes without use.
                window.idle_lock.set_minutes(15)  # the default, whatever this computer says
                lock = window.idle_lock.lock()
                settle(app)
                save(over(window.grab(), lock), "05-khoa-man-hinh.png")
                lock.password.setText("duyet-so-2026")
                lock._submit()
                window.close()
            finally:
                ws.close()
        with tempfile.TemporaryDirectory() as tmp:
            ws = Workspace.open(tmp, user="can-bo")
            try:
                # 8. The very first dialog: the administrator, and the officer account of the same
                # person ("Tôi cũng là người nhập số liệu").
                first = FirstAdminDialog(ws)
                first.username.setText("thao")
                first.officer.setText(officer_username_for("thao"))  # as the dialog proposes it
                first.full_name.setText(PREPARER)
                first.password.setText(PASSWORD)
                first.again.setText(PASSWORD)
                first.also_officer.setChecked(True)
                first.show()
                first.officer.setFocus()
                settle(app)
                save(over(desktop(), first), "08-tai-khoan-lan-dau.png")
                first.close()
            finally:
                ws.close()
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
