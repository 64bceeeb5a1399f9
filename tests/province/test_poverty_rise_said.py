"""A poverty rate that rose since the start of the term is said in words wherever the province reads
its figure (walk U15 / S97: baseline 2,41 % -> 3,97 %, "−1,56 | Đang thực hiện" and "Bình quân −1,56
của 1 đơn vị" with no word of the rise, while the unit's own detail said "Tỷ lệ hộ nghèo tăng 1,56
điểm % so với đầu nhiệm kỳ"). A real consolidation of two units: one whose rate rose (2,41 % -> 3,97 %),
one whose rate fell (3,00 % -> 2,50 %): on average −0,53, the rate rose."""
from __future__ import annotations

import datetime as dt
import subprocess
import unicodedata

import pytest
from openpyxl import load_workbook

from desktop_app.province import ProvinceOffice
from desktop_app.services import Workspace
from exports.consolidated_pdf import render_pdf
from exports.consolidated_xlsx import SHEET_MAIN, write_consolidated
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, REPORT_DATE, pick_units
from tests.province.helpers import (
    ON_TIME,
    as_unit,
    delivered,
    fill_unit,
    shown_window,
    sign_with,
    unit_key,
)

POVERTY = "giam_ngheo"
# (baseline rate, poor households, households): 2,41 % -> 3,97 % (rose 1,56), 3,00 % -> 2,50 % (fell 0,50)
RATES = (("2,41", "397", "10000"), ("3,00", "250", "10000"))


@pytest.fixture(scope="module")
def rose(tmp_path_factory):
    """(the consolidation, the unit whose rate rose, the one whose rate fell)."""
    root = tmp_path_factory.mktemp("rose")
    folder = root / "inbox"
    folder.mkdir()
    units = pick_units(1, 1)
    ws = Workspace.open(root / "communes", user="can-bo")
    installation = ws.signing_key()
    for n, (unit, (baseline, poor, households)) in enumerate(zip(units, RATES)):
        as_unit(ws, unit)
        fill_unit(ws, PERIOD, seed=n)
        ws.set_baseline(POVERTY, baseline)
        ws.set_entry(PERIOD, POVERTY, numerator=poor, denominator=households, comment="Theo rà soát giữa kỳ")
        ws.complete(PERIOD)
        ws.approve(PERIOD)
        sub = ws.submission(PERIOD, approved=True, generated_at=ON_TIME + dt.timedelta(minutes=n))
        sub = sign_with(sub, installation if n == 0 else unit_key(installation, unit))
        delivered(write_submission(sub, folder / f"{sub.file_stem}.xlsx"), ON_TIME)
    ws.close()
    office = ProvinceOffice.open(root / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    office.intake(folder, PERIOD)
    con = office.consolidation(PERIOD)
    names = {u.commune.code: u.commune.name for u in con.units}
    yield office, con, names[units[0]], names[units[1]]
    office.close()


def _lower(name: str) -> str:
    return name[:1].lower() + name[1:]


def _pdf_text(con) -> str:
    pdf = render_pdf(con, report_date=REPORT_DATE)
    text = subprocess.run(["pdftotext", "-raw", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    return " ".join(unicodedata.normalize("NFC", text).split())


def test_the_workbook_says_the_rate_rose(rose, tmp_path):
    """"Toàn tỉnh": "Bình quân | −0,53 | của 2 đơn vị; tỷ lệ hộ nghèo tăng"; under the totals a note naming
    the unit whose rate rose and the column of its −1,56."""
    _, con, up, down = rose
    sm = con.summaries[POVERTY]
    assert (sm.total_label, sm.total_units, sm.total_text) == ("Bình quân", 2, "-0,53")  # as walked
    ws = load_workbook(write_consolidated(con, tmp_path / "tong-hop.xlsx"))[SHEET_MAIN]
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    total = next(r for r in rows if r[1] == "Toàn tỉnh")
    at = total.index("Bình quân") + 1  # the poverty block's: the only average of the sheet
    assert total[at - 1: at + 2] == ["Bình quân", float(sm.total), "của 2 đơn vị; tỷ lệ hộ nghèo tăng"]
    unit = next(r for r in rows if r[1] == up)
    assert float(unit[at]) == -1.56  # the unit's figure is in the column the note names
    column = ws.cell(1, at + 1).column_letter
    # in the row saying why an indicator not assessed yet has empty counts (its label kept), under this one
    note = next(r for r in rows if str(r[1]).startswith("Ghi chú về các ô để trống (cột "))
    # under the indicator, from its first column ("Chỉ tiêu giao", over which "Bình quân" is said)
    assert note[at - 1] == (f"Tỷ lệ hộ nghèo tăng so với đầu nhiệm kỳ ở 1 đơn vị (cột {column}, mức giảm dưới 0): "
                            f"{_lower(up)} (tăng 1,56\u00a0điểm\u00a0%).")  # "1,56 điểm %" never broken
    assert _lower(down) not in note[at - 1]


def test_the_pdf_says_the_rate_rose(rose):
    """Section II's column (12) and chart 3's caption, which names the unit whose bar is below 0."""
    _, con, up, down = rose
    text = _pdf_text(con)
    assert f"{_lower(down)} (tăng" not in text
    assert "-0,53 (bình quân của 2 đơn vị; tỷ lệ hộ nghèo tăng)".replace("-", "−") in text
    assert (f"Tỷ lệ hộ nghèo tăng so với đầu nhiệm kỳ ở 1 đơn vị (cột dưới 0): {_lower(up)} (tăng 1,56 điểm %)."
            in text)


def test_the_window_says_the_rate_rose(rose, qtbot):
    """The summary tab's "Toàn tỉnh" cell; on the Charts tab the bar's tooltip ("(-520% of the target so
    far)" before, nothing of the rise) and, in the line over the bars, the units whose bar is below 0."""
    from PySide6.QtWidgets import QApplication

    from tests.ui.conftest import shot
    from ui import i18n

    office, _, up, down = rose
    w = shown_window(qtbot, office, PERIOD, dt.date(2026, 7, 6))
    w.tabs.setCurrentIndex(2)  # "Tổng hợp chỉ tiêu"
    model = w.summary_model
    row = next(n for n, s in enumerate(model.rows) if s.indicator.code == POVERTY)
    assert model.index(row, model.columnCount() - 1).data() == "-0,53 (bình quân\ncủa 2 đơn vị;\ntỷ lệ hộ nghèo tăng)"
    w.summary_table.scrollTo(model.index(row, 0))
    QApplication.processEvents()
    shot(w, "s98_summary_rose")
    tab = w.charts
    w.tabs.setCurrentWidget(tab)
    tab.indicator_box.setCurrentIndex(tab.indicator_box.findData(POVERTY))
    qtbot.waitUntil(lambda: tab.chart is not None and tab.chart.indicator.code == POVERTY, timeout=30000)
    points = {u.name: u for u in tab.chart.points}
    said = tab._unit_text(points[up])
    assert said.endswith("Đang thực hiện (Tỷ lệ hộ nghèo tăng 1,56 điểm % so với đầu nhiệm kỳ)"), said
    assert "tăng" not in tab._unit_text(points[down])
    qtbot.wait(50)  # the lines over and under the bars laid out again for their new words
    shot(w, "s98_chart_rose")
    i18n.install_language(i18n.ENGLISH)  # the new legend words, not translated yet: in English
    qtbot.waitUntil(lambda: "In progress" in tab.legend.text(), timeout=10000)
    assert f"Poverty rate up since the start of the term in 1 unit, the bar below 0: {up}" in \
        tab.legend.text().replace("unit(s)", "unit")
    assert tab._unit_text(points[up]).endswith("since the start of the term)")
    qtbot.wait(50)
    shot(w, "s98_chart_rose_en")
