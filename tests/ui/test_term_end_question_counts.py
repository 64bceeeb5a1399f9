"""Duyệt's question for the term's last year report counts the province's indicators as its page 1 does (helper
S103, from walk U17/S96): the 2030 paper sums up the term's targets apart from the year's ("Tổng hợp 8 chỉ tiêu
tỉnh giao: 6 chỉ tiêu nhiệm kỳ 2026-2030: Vượt 2, Đạt 0, Không đạt 4 (các chỉ tiêu số 2, 4, 5, 6); 2 chỉ tiêu
năm 2030: Vượt 2, …"), while the question said one count, "Trang 1, tổng hợp 8 chỉ tiêu tỉnh giao: Vượt 4, Đạt
0, Không đạt 4 (…)", of which no figure but the 8 and the 4 Không đạt is on the paper. Now a line each, the
paper's counts, read back from the PDF's page 1 as a person reads it (pypdf's text)."""
from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.periods import Period
from desktop_app.core.workflow import State
from exports.report_pdf import render_pdf
from tests.core.test_workflow import as_, office  # noqa: F401 (the fixture)
from tests.province.helpers import fill_unit
from tests.ui.conftest import Script, press, shot
from ui import i18n
from ui.approve_dialog import ApproveQuestion

NBSP = "\u00a0"
DAY = dt.date(2031, 1, 12)
YEARS = ("2026", "2027", "2028", "2029")


@pytest.fixture
def term_end(office):  # noqa: F811
    """Xã Tân Cương's five years entered, 2026 to 2029 approved, 2030 marked Hoàn thành; the leader logged in."""
    office.today_is = DAY
    as_(office, "canbo")
    for year in (*YEARS, "2030"):
        fill_unit(office, year, seed=3)
        office.set_entry(year, "thu_ngan_sach", value="46.100", comment="Kho bạc")
    for year in YEARS:
        office.complete(year)
        as_(office, "lanhdao")
        office.approve(year, office.submission(year).fingerprint)
        as_(office, "canbo")
    office.complete("2030")
    as_(office, "lanhdao")
    return office


def _page_one(ws) -> list[str]:
    """The parts of page 1's count of the province's indicators, "6 chỉ tiêu nhiệm kỳ 2026-2030: Vượt 2, …"."""
    reader = PdfReader(io.BytesIO(render_pdf(ws.submission("2030"))))
    text = " ".join(reader.pages[0].extract_text().split())
    summed = re.search(r"Tổng hợp 8 chỉ tiêu tỉnh giao: (.*?)\.", text)
    assert summed, text
    return summed.group(1).split("; ")


def _question(make_window, ws, name) -> list[str]:
    window = make_window(ws, today=DAY)
    window.resize(1366, 768)
    window.show_period(Period(2030, "Y"))
    said = {}

    def read(box):
        said["text"] = box.text().replace(NBSP, " ")
        shot(box, name)
        press(Qt.Key.Key_Escape, widget=box)  # Không

    script = Script(((QMessageBox, ApproveQuestion), read))
    window.approve_action.trigger()
    script.check()
    assert ws.period_state("2030") == State.COMPLETE
    return said["text"].split("\n")


@pytest.fixture
def screen_1366(monkeypatch):
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 1366, 728))


def test_the_question_counts_as_page_one_does(make_window, term_end, screen_1366):
    parts = _page_one(term_end)
    assert [p.split(":")[0] for p in parts] == ["6 chỉ tiêu nhiệm kỳ 2026-2030", "2 chỉ tiêu năm 2030"], parts
    lines = _question(make_window, term_end, "s103_term_end_question_vi")
    first = next(i for i, line in enumerate(lines) if line.startswith("Trang 1, tổng hợp 8 chỉ tiêu tỉnh giao: "))
    for line, part in zip(lines[first:first + 2], parts):  # a line each: the paper's counts, of as many
        size, counts = re.match(r"(\d+) [^:]*: (.*)", part).groups()
        head, _, tail = line.rstrip(";").rpartition(": ")
        assert tail == counts and re.search(rf"\b{size}\b", head.rsplit(": ", 1)[-1]), (line, part)
    assert lines[first].endswith(";") and not lines[first + 1].startswith("Trang 1"), lines


def test_in_english(make_window, term_end, screen_1366):
    parts = _page_one(term_end)
    i18n.install_language(i18n.ENGLISH)
    lines = _question(make_window, term_end, "s103_term_end_question_en")
    assert parts == ["6 chỉ tiêu nhiệm kỳ 2026-2030: Vượt 2, Đạt 0, Không đạt 4 (các chỉ tiêu số 2, 4, 5, 6)",
                     "2 chỉ tiêu năm 2030: Vượt 2, Đạt 0, Không đạt 0"], parts
    assert lines[1:3] == [
        ("Page 1, assigned indicators summed up (8): whole term 2026-2030 (6): Exceeded 2, Met 0, Not met 4 "
         "(indicators nos. 2, 4, 5, 6);"),
        "year 2030 (2): Exceeded 2, Met 0, Not met 0"], lines
