"""The province window with two units held by a key that signs for both, still pending: their
rows of "Tình hình gửi báo cáo" say "Chờ tỉnh đối chiếu khóa" in its own colour (not the
refusals' red), the status filter offers it and shows just them, the counts line says it, and
the charts name it; in English "Awaiting the province's key check"."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop_app.core.consolidation import ReportStatus
from tests.province.conftest import PERIOD
from tests.province.helpers import shown_window
from tests.province.test_shared_keys import _inbox, reports  # noqa: F401 - the module fixture
from ui import i18n
from ui.province_labels import STATUS_COLOURS

TODAY = dt.date(2026, 7, 1)
HELD = "Chờ tỉnh đối chiếu khóa"


@pytest.fixture
def window(qtbot, office, reports, tmp_path):  # noqa: F811
    office.intake(_inbox(tmp_path / "in1", {"1.xlsx": reports["forged"], "2.xlsx": reports["t"]}), PERIOD)
    w = shown_window(qtbot, office, PERIOD, TODAY)
    yield w
    if i18n.current_language() != i18n.VIETNAMESE:
        i18n.install_language(i18n.VIETNAMESE)


def _shown(window) -> dict[str, tuple[str, str]]:
    """Unit code -> (its status as shown, the status cell's background) through the filter."""
    proxy = window.table.model()
    return {proxy.index(r, 1).data(): (proxy.index(r, 4).data(),
                                       proxy.index(r, 4).data(Qt.ItemDataRole.BackgroundRole).name())
            for r in range(proxy.rowCount())}


def test_the_status_tab_says_the_province_must_compare_the_key(qtbot, window, reports):  # noqa: F811
    t, d = reports["t"], reports["d"]
    rows = _shown(window)
    assert rows[d.unit_code] == rows[t.unit_code] == (HELD, STATUS_COLOURS[ReportStatus.CHO_DOI_CHIEU][0])
    assert STATUS_COLOURS[ReportStatus.CHO_DOI_CHIEU][0] != STATUS_COLOURS[ReportStatus.BI_TU_CHOI][0]
    assert not any(status == "Bị từ chối" for status, _ in rows.values())
    counts = window.counts.text()
    assert "chờ tỉnh đối chiếu khóa 2" in counts and "từ chối" not in counts and "chưa gửi 90" in counts

    box = window.status_box
    box.setCurrentIndex(box.findText(HELD))
    assert box.currentData() == ReportStatus.CHO_DOI_CHIEU
    assert set(_shown(window)) == {t.unit_code, d.unit_code}
    window.tabs.setCurrentIndex(0)
    box.setCurrentIndex(box.findData(ReportStatus.BI_TU_CHOI))
    assert _shown(window) == {}

    box.setCurrentIndex(box.findData(ReportStatus.CHO_DOI_CHIEU))
    i18n.install_language(i18n.ENGLISH)
    qtbot.waitUntil(lambda: box.itemText(0) == "All")
    assert box.currentText() == "Awaiting the province's key check"
    assert {s for s, _ in _shown(window).values()} == {"Awaiting the province's key check"}
    assert "awaiting the province's key check 2" in window.counts.text()
    table = window.table  # the longer English words whole, once the window has laid itself out again
    qtbot.waitUntil(lambda: table.columnWidth(4) >= table.sizeHintForColumn(4) > 0)


def test_the_charts_count_and_name_the_held_units_apart(qtbot, window, reports):  # noqa: F811
    window.tabs.setCurrentWidget(window.charts)
    charts = window.charts
    box = charts.indicator_box
    box.setCurrentIndex(box.findData("bhyt"))
    assert [p.by_status[ReportStatus.CHO_DOI_CHIEU] for p in charts.completeness] == [2]
    assert [p.by_status[ReportStatus.BI_TU_CHOI] for p in charts.completeness] == [0]
    assert HELD.replace(" ", "&nbsp;") in charts.completeness_legend.text()
    assert f"Xã Đại Phúc</a> ({HELD})" in charts.apart.text() and "Bị từ chối" not in charts.apart.text()
