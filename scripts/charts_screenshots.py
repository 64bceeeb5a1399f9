"""Screenshots of the province window's "Biểu đồ" tab, offscreen at 1366×768, in both languages.

    python scripts/charts_screenshots.py [OUT_DIR]   (default docs/screenshots)

A demo of the 92 units' four reports of 2026 (Quý I, 6 tháng, 9 tháng, cả năm), each made
through the commune services, signed and written by the real writer, then received by a
province database (about a minute): a few units late or missing in each period, one draft
at year end. Written: province-4-bieu-do.png (Vietnamese, the year's party-member intake:
verdict colours and the common target line) and province-4-charts-en.png (English, 9
months, poverty reduction: a target per unit). Neither the interface language saved on this
computer nor its settings are read or changed.

The year's files are dated up to 25/12/2026 and the window's day is 05/01/2027: before that day
the province takes a file made "in the future" as received on the day it is read (none late),
so run it then, or under `faketime '2027-01-05 09:00:00'`.
"""
from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# Period -> indexes of the units that send nothing, of those late, and of the one draft.
MISSING = {"2026-Q1": (3, 9, 17, 40, 41, 70, 88), "2026-6M": (5, 40, 77), "2026-9M": (5, 77), "2026": (5,)}
LATE = (12, 33, 61)
DRAFT = {"2026": 20}


def demo_office(tmp: Path):
    """A province database that has received the four periods' folders."""
    from desktop_app.core.keys import KeyState
    from desktop_app.core.periods import parse_period
    from desktop_app.core.signing import new_private_key
    from desktop_app.province import ProvinceOffice
    from desktop_app.services import Workspace
    from exports.submission_xlsx import write_submission
    from tests.province.helpers import VN, as_unit, delivered, fill_unit, sign_with

    office = ProvinceOffice.open(tmp / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    keys: dict[int, str] = {}  # each unit's installation has its own key, kept over the periods
    for code, missing in MISSING.items():
        folder = tmp / f"gui-tinh-{code}"
        folder.mkdir()
        # A database per period: a period once approved freezes the baselines the next fills.
        ws = Workspace.open(tmp / f"xa-{code}", user="can-bo")
        deadline = parse_period(code).deadline()
        for n, unit in enumerate(ws.catalog.communes):
            if n in missing:
                continue
            as_unit(ws, unit.code)
            fill_unit(ws, code, seed=n + 7 * len(code))
            draft = DRAFT.get(code) == n
            if not draft:
                ws.complete(code)
                ws.approve(code)
            when = dt.datetime(deadline.year, deadline.month, deadline.day, 8, tzinfo=VN)
            when += dt.timedelta(days=4 if n in LATE else -3, minutes=17 * n)
            key = keys.setdefault(n, new_private_key())
            sub = sign_with(ws.submission(code, approved=not draft, generated_at=when), key)
            delivered(write_submission(sub, folder / f"{sub.file_stem}.xlsx"), when)
        ws.close()
        office.intake(folder, code)
        # The paper reports compared: each unit's key, registered by its first signed file,
        # confirmed (the header would otherwise count 91 keys awaiting the paper, and no figures).
        registered = office.keys()  # the register, not a mapping's keys
        for key_row in registered:
            if key_row.state == KeyState.CHO:
                office.confirm_key(key_row.unit_code, key_row.key_code)
    return office


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="charts-shots-"))

    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)  # this computer's settings untouched
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(tmp / "qsettings"))
    from ui import i18n
    from ui.app import create_application
    from ui.province_window import ProvinceWindow

    office = demo_office(tmp)
    app = create_application([], language=i18n.VIETNAMESE)
    window = ProvinceWindow(office.ws, today=dt.date(2027, 1, 5))
    window.show()
    shots = (("2026", "ket_nap_dang_vien", i18n.VIETNAMESE, "province-4-bieu-do.png"),
             ("2026-9M", "giam_ngheo", i18n.ENGLISH, "province-4-charts-en.png"))
    for period, indicator, language, name in shots:
        i18n.install_language(language)  # as Cài đặt › Ngôn ngữ does, without saving the choice
        window.period_box.setCurrentIndex(window.period_box.findData(period))
        window.tabs.setCurrentWidget(window.charts)
        box = window.charts.indicator_box
        box.setCurrentIndex(box.findData(indicator))
        app.processEvents()
        while window.charts.making is not None:  # the other periods consolidated on a worker
            app.processEvents()
        for _ in range(3):  # the bars' new height laid out before the picture (the list under them)
            app.processEvents()
        window.grab().save(str(out / name))
    print(f"Đã ghi ảnh vào {out}; tệp tạm ở {tmp}")
    window.close()
    office.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
