"""Walk 12 #2: each choice of the "Tình trạng" filter lists the units the header's figure counts.
"Trễ hạn" listed 9 units under "trễ hạn 11" (the late drafts only under "Dự thảo"), and no choice
listed the units whose key awaits confirmation ("N đơn vị có khóa chờ xác nhận")."""
from __future__ import annotations

import re

import pytest

from desktop_app.core.consolidation import ReportStatus
from tests.province import status_units
from tests.province.helpers import shown_window
from ui import i18n

ALL = None
PENDING = "pending"  # the choice listing the units whose key awaits confirmation
# Each choice, and the figure of `Completeness.counts` (the header's, the documents') it lists.
FIGURES = {
    ReportStatus.DA_NHAN: "received", ReportStatus.TRE_HAN: "late", ReportStatus.DU_THAO: "draft",
    PENDING: "pending", ReportStatus.CHUA_KY: "unsigned", ReportStatus.CHO_DOI_CHIEU: "held",
    ReportStatus.BI_TU_CHOI: "refused", ReportStatus.CHUA_GUI: "missing",
}

# Each choice, and where the header says its figure (Vietnamese).
HEADER = {
    ReportStatus.DA_NHAN: r"^Đã nhận (\d+)/92",
    ReportStatus.TRE_HAN: r", trễ hạn (\d+)",
    ReportStatus.DU_THAO: r", dự thảo (\d+)",
    PENDING: r", (\d+) đơn vị có khóa chờ xác nhận",
    ReportStatus.CHUA_KY: r", chưa ký chờ chấp nhận (\d+)",
    ReportStatus.CHO_DOI_CHIEU: r", chờ tỉnh đối chiếu khóa (\d+)",
    ReportStatus.BI_TU_CHOI: r"\(trong đó (\d+) đơn vị có tệp bị từ chối\)",
    ReportStatus.CHUA_GUI: r", chưa gửi (\d+)",
}


@pytest.fixture
def window(qtbot, office):
    w = shown_window(qtbot, office, status_units.PERIOD, status_units.TODAY)
    status_units.show(w)
    return w


def shown(window) -> set[str]:
    proxy = window.proxy
    return {proxy.index(r, 1).data() for r in range(proxy.rowCount())}


def test_each_status_choice_lists_the_units_the_header_counts(qtbot, window):
    box, header = window.status_box, window.counts.text()
    entries = [box.itemData(i) for i in range(box.count())]
    assert entries[0] is ALL
    for i, entry in enumerate(entries):
        box.setCurrentIndex(i)
        if entry is ALL:
            assert len(shown(window)) == 92
            continue
        figure = re.search(HEADER[entry], header)
        assert figure, (entry, header)
        units = window.completeness.units_in(FIGURES[entry])
        assert shown(window) == {u.code for u in units}
        assert len(units) == int(figure.group(1)) > 0, (box.itemText(i), header)
    assert entries[1:] == list(HEADER)  # every figure of the header has its choice, in its order


def test_late_lists_the_late_drafts_too(qtbot, window):
    box = window.status_box
    box.setCurrentIndex(box.findData(ReportStatus.TRE_HAN))
    assert box.currentText() == "Trễ hạn"
    statuses = {window.proxy.index(r, 4).data() for r in range(window.proxy.rowCount())}
    assert "Dự thảo, trễ hạn, khóa chờ xác nhận" in statuses or "Dự thảo, trễ hạn" in statuses
    assert window.proxy.rowCount() == window.completeness.counts["late"] == 11


def test_a_choice_lists_the_units_whose_key_awaits_confirmation(qtbot, window):
    """Not "Chờ tỉnh đối chiếu khóa" (a key signing for two units, here 2): the units counted with
    a key to compare with the signed paper."""
    box = window.status_box
    box.setCurrentIndex(box.findData(PENDING))
    assert window.proxy.rowCount() == window.completeness.counts["pending"] > 2
    assert all(", khóa chờ xác nhận" in window.proxy.index(r, 4).data() for r in range(window.proxy.rowCount()))
    i18n.install_language(i18n.ENGLISH)
    try:
        qtbot.waitUntil(lambda: box.itemText(0) == "All")
        assert box.currentText() == "Key awaiting confirmation"
        assert window.proxy.rowCount() == window.completeness.counts["pending"]
    finally:
        i18n.install_language(i18n.VIETNAMESE)
