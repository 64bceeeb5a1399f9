"""A period named inside a sentence is in lower case (walk 7, L1): "Kỳ Năm 2026 chưa hoàn thành
được", "Kỳ Năm 2026 đã đánh dấu Hoàn thành", "Đã duyệt Năm 2026.", "Lý do mở lại Năm 2026", "Chọn
thư mục lưu báo cáo Năm 2026", while "Duyệt kết quả năm 2026?" was right. The window's sentences put
the name where their language does (English often first: "Year 2026 is marked Complete"), so the
name is lowered only where it stands inside the sentence (labels.with_period); the core's
Vietnamese messages use in_sentence."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.errors import InvalidInput
from desktop_app.core.periods import Period
from tests.core.test_workflow import as_, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, press
from ui import labels
from ui.i18n import translate

YEAR = Period(2026, "Y")


def _said(context: str, source: str, period=YEAR, **values) -> str:
    return labels.with_period(translate(context, source), period, **values)


def test_the_window_names_a_period_in_lower_case_inside_its_sentences(english, qtbot):
    assert _said("workflow_actions", "{period} is marked Complete. A leader can approve it.") == (
        "Kỳ năm 2026 đã đánh dấu Hoàn thành. Lãnh đạo có thể duyệt.")
    assert _said("workflow_actions", "{period} is approved.\nAuthentication code: {code}", code="AB12") == (
        "Đã duyệt năm 2026.\nMã xác thực: AB12")
    assert _said("workflow_actions", "&Why reopen {period} (required; the approved version is kept in the "
                                     "history):", Period(2026, "Q1")).startswith("&Lý do mở lại quý I năm 2026 (")
    assert _said("ExportController", "Choose the folder for the report of {period}") == (
        "Chọn thư mục lưu báo cáo năm 2026")
    assert _said("MainWindow", "Drop those figures and go to {period}?", Period(2026, "6M")) == (
        "Bỏ các số đó và chuyển sang 6 tháng đầu năm 2026?")
    english()
    qtbot.waitUntil(lambda: translate("workflow_actions", "Complete") == "Complete")
    assert _said("workflow_actions", "{period} is marked Complete. A leader can approve it.") == (
        "Year 2026 is marked Complete. A leader can approve it.")  # its sentence begins with it
    assert _said("ExportController", "Choose the folder for the report of {period}") == (
        "Choose the folder for the report of year 2026")


def test_marking_complete_from_the_menu_says_the_period_in_lower_case(make_window, office, qtbot):  # noqa: F811
    from tests.core.test_workflow import fill_year

    as_(office, "canbo")
    fill_year(office)
    window = make_window(office, today=dt.date(2026, 12, 1))
    seen = []
    script = Script((QMessageBox, lambda box: (seen.append(box.text()), press(Qt.Key.Key_Return))))
    window.complete_action.trigger()
    script.check()
    assert len(seen) == 1 and seen[0].startswith("Kỳ năm 2026 đã đánh dấu Hoàn thành. Lãnh đạo có thể duyệt. "), seen


def test_the_cores_messages_name_a_period_in_lower_case(office):  # noqa: F811
    as_(office, "canbo")
    with pytest.raises(InvalidInput) as refused:
        office.complete("2026")
    assert refused.value.message.startswith("Kỳ năm 2026 chưa hoàn thành được:")
    assert refused.value.en.startswith("Year 2026 cannot be marked complete yet:")
    office.today_is = dt.date(2026, 12, 2)
    with pytest.raises(InvalidInput, match="^Kỳ quý I năm 2027 chưa nhập số liệu được: kỳ chưa bắt đầu"):
        office.set_entry("2027-Q1", "bhyt", numerator="9.500")
