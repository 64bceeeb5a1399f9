"""The charts tab's tooltip says a unit's share of its target as the report does: 1.234,5 of Phường
Phan Đình Phùng's five-year 4.450.844 is "0,03%" there (wording.progress_percent), where the
tooltip said "0%" from the one-decimal progress the item states, as if nothing were done."""
from __future__ import annotations

import re

import pytest

from desktop_app.core.charts import unit_results
from desktop_app.core.evaluation import Verdict
from desktop_app.core.signing import new_private_key
from desktop_app.core.submission import signed
from desktop_app.province import ProvinceOffice
from desktop_app.services import Workspace
from exports.submission_xlsx import write_submission
from tests.province.helpers import ON_TIME, delivered, fill_unit
from ui import i18n

PERIOD = "2026-6M"
CODE = "thu_ngan_sach"


@pytest.fixture(scope="module")
def consolidated(tmp_path_factory):
    """The province's consolidation of the ward's 6 months, 1.235 million collected."""
    root = tmp_path_factory.mktemp("tiny")
    ws = Workspace.open(root / "ward", user="can-bo")
    ws.setup("Phan Đình Phùng", "Lê Văn Cường", "Phạm Thị Dung", "Phó Chủ tịch", "UBND")
    fill_unit(ws, PERIOD, seed=1)
    ws.set_entry(PERIOD, CODE, value="1.235")
    ws.complete(PERIOD)
    ws.approve(PERIOD)
    sub = signed(ws.submission(PERIOD, approved=True, generated_at=ON_TIME), new_private_key())
    ws.close()
    folder = root / "hop-thu"
    folder.mkdir()
    delivered(write_submission(sub, folder / f"{sub.file_stem}.xlsx"), ON_TIME)
    office = ProvinceOffice.open(root / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    office.intake(folder, PERIOD)
    yield office, office.consolidation(PERIOD), sub.unit_code
    office.close()


@pytest.fixture
def tab(qtbot, consolidated):
    from ui.province_charts import ChartsTab

    office, con, _ = consolidated
    tab = ChartsTab(office)
    qtbot.addWidget(tab)
    tab.consolidation = con
    yield tab
    if i18n.current_language() != i18n.VIETNAMESE:
        i18n.install_language(i18n.VIETNAMESE)


def tooltip(tab, code: str, unit: str) -> str:
    tab.chart = unit_results(tab.consolidation, code)
    point = next(u for u in tab.chart.points if u.code == unit)
    return tab._unit_text(point)


def test_a_tiny_share_reads_0_03_percent_in_both_languages(tab, consolidated):
    _, con, unit = consolidated
    assert con.item(unit, CODE).progress == "0"  # what the item states, to one decimal
    text = tooltip(tab, CODE, unit)
    assert text.endswith("Đang thực hiện (đã đạt 0,03% chỉ tiêu)"), text
    i18n.install_language(i18n.ENGLISH)
    assert tooltip(tab, CODE, unit).endswith("(0,03% of the target so far)")


def test_every_share_the_tooltip_says_is_the_reports(tab, consolidated):
    """For each indicator the unit is "Đang thực hiện" in, the tooltip's percentage is the one its
    "So với chỉ tiêu" words print (the province's recomputed item)."""
    office, con, unit = consolidated
    checked = 0
    for ind in office.catalog.indicators:
        item = con.item(unit, ind.code)
        if not ind.assigned or item is None or item.verdict != Verdict.DANG_THUC_HIEN or item.progress is None:
            continue
        said = re.search(r"đã đạt (\S+)% chỉ tiêu\)$", tooltip(tab, ind.code, unit))
        share = item.compared_text.split(". Lũy kế ")[0]  # a term total's running total after it (walk U11 F3)
        printed = re.search(r"(\S+)% chỉ tiêu$|\((\S+)%\)$", share)
        assert (said is None) == (printed is None), (ind.code, item.compared_text)
        if said:
            assert said.group(1) in printed.groups(), (ind.code, item.compared_text)
            checked += 1
    assert checked >= 2
