"""Duyệt's question counts the additional indicators (Chỉ tiêu bổ sung) the report states on a line of their own,
under the province's (walk U14 F4: "Tỉnh giao 8: Vượt 1, Đạt 0, Không đạt 1, Đang thực hiện 6" and nothing of the
three additional indicators found Không đạt, approved unmentioned), in the counts' own words, in Vietnamese and in
English; the question still fits a 1366×768 screen. None stated, no line."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.periods import parse_period
from desktop_app.core.workflow import State
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, press, shot
from ui import i18n

NBSP = "\u00a0"


def _complete_with_additional(office, additional=True):  # noqa: F811
    as_(office, "canbo")
    fill_year(office)
    if additional:
        office.set_entry("2026", "gia_dinh_van_hoa", numerator="80", denominator="100",  # > 90: Không đạt
                         comment="Còn 2 thôn chưa bình xét")
        office.set_entry("2026", "thon_van_hoa", numerator="95", denominator="100")  # Đạt
        office.set_entry("2026", "co_quan_van_hoa", numerator="50", denominator="100",  # Không đạt
                         comment="Doanh nghiệp mới thành lập")
        office.set_entry("2026", "khong_ma_tuy", flag="Có")  # Đạt
    office.complete("2026")
    as_(office, "lanhdao")


def _asked(make_window, office, language, name=""):  # noqa: F811
    i18n.install_language(language)
    window = make_window(office)
    window.resize(1366, 768)
    said = {}

    def read(box):
        said["text"] = box.text().replace(NBSP, " ")
        said["size"] = box.sizeHint()
        if name:
            shot(window, f"{name}_window")
            shot(box, name)
        press(Qt.Key.Key_Escape, widget=box)  # No: nothing approved

    script = Script((QMessageBox, read))
    window.approve_action.trigger()
    script.check()
    assert office.period_state(parse_period("2026")) == State.COMPLETE
    return said


def test_the_additional_indicators_are_counted_on_a_line_of_their_own(make_window, office):  # noqa: F811
    _complete_with_additional(office)
    said = _asked(make_window, office, i18n.VIETNAMESE, "s82_approve_additional_vi")
    lines = said["text"].split("\n")
    # where the paper states each (walk U17 F5): page 1's sum, then the annex's part II (words: S96's, in .ts)
    assigned = next(k for k, line in enumerate(lines) if ": Vượt 1, Đạt 0, Không đạt 1 (" in line)
    assert lines[assigned].endswith(" 8), Đang thực hiện 6"), lines  # the one Không đạt named by its STT, as page 1
    assert lines[assigned + 1].endswith(": Vượt 0, Đạt 2, Không đạt 2") and "Chỉ tiêu bổ sung" in lines[assigned + 1]
    assert said["size"].height() <= 768 - 60 and said["size"].width() <= 1366


def test_in_english_too(make_window, office):  # noqa: F811
    _complete_with_additional(office)
    lines = _asked(make_window, office, i18n.ENGLISH, "s82_approve_additional_en")["text"].split("\n")
    assert lines[1:3] == [("Page 1, assigned indicators summed up (8): Exceeded 1, Met 0, Not met 1 (indicator no. 8), "
                           "In progress 6"),
                          "Annex, part II. Additional indicators (not summed up on page 1): Exceeded 0, Met 2, Not met 2"]


def test_none_stated_no_line(make_window, office):  # noqa: F811
    _complete_with_additional(office, additional=False)
    text = _asked(make_window, office, i18n.VIETNAMESE)["text"]
    assert ": Vượt 1, Đạt 0, Không đạt 1 (" in text and "Chỉ tiêu bổ sung" not in text
