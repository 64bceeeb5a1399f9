"""The status bar of the term's last year report counts the province's indicators as its page 1 does (walk
U21 F1, helper S116): the 2030 paper and Duyệt's question say "6 chỉ tiêu nhiệm kỳ 2026-2030: Vượt 2, …; 2
chỉ tiêu năm 2030: Vượt 2, …", while the bar beside them said one mixed count, "Tỉnh giao 8: Vượt 4, Đạt 0,
Không đạt 4", so a leader could not tell the term's final verdicts from the year's. Now the bar says the two
parts, each with the paper's counts (those at 0 left out where the line does not fit), each read whole in the
bar at 1366 and 1280 px beside a long name; the year 2029 keeps its one count as before."""
from __future__ import annotations

import re

from PySide6.QtWidgets import QApplication

from desktop_app.core.periods import Period
from tests.core.test_workflow import office  # noqa: F401 (the fixture)
from tests.ui.conftest import shot
from tests.ui.test_term_end_question_counts import DAY, _page_one, term_end  # noqa: F401 (the fixture)
from ui import i18n

LEADER = "Trần Nguyễn Hoàng Bảo Khánh Linh — Lãnh đạo"


def _bar(make_window, ws, year: int, width: int, name: str):
    window = make_window(ws, today=DAY)
    window.resize(width, 768)
    window.show_period(Period(year, "Y"))
    window.account_label.setText(LEADER)
    for _ in range(3):
        QApplication.processEvents()
    shot(window, name)
    return window.summary_label


def _counts(text: str) -> set[tuple[str, int]]:
    """The counts not at 0 of "Vượt 2, Đạt 0, Không đạt 4 (…)", as (verdict, n)."""
    pairs = re.findall(r"([^,(]*?) (\d+)(?: \([^)]*\))?(?:,|$)", text)
    return {(v.strip(), int(n)) for v, n in pairs if int(n)}


def _parts(shown: str) -> list[tuple[int, str]]:
    """The bar's counts of the province's indicators ("· Tỉnh giao 8 — nhiệm kỳ (6): Vượt 2, …; năm 2030 (2): …
    · Tự đặt: …"), each part as (how many, its counts)."""
    found = re.match(r"· (?:Assigned|Tỉnh giao) 8 — (.*?)(?: · |$)", shown)
    assert found, shown
    parts = []
    for part in found[1].split("; "):
        head, _, counts = part.partition(": ")
        parts.append((int(re.findall(r"\d+", head)[-1]), counts))
    return parts


def test_the_bar_counts_the_term_apart_from_the_year_as_page_one(make_window, term_end):  # noqa: F811
    paper = _page_one(term_end)
    assert [p.split(":")[0] for p in paper] == ["6 chỉ tiêu nhiệm kỳ 2026-2030", "2 chỉ tiêu năm 2030"], paper
    for width in (1366, 1280):
        summary = _bar(make_window, term_end, 2030, width, f"s116_term_end_bar_{width}")
        parts = _parts(summary.text())
        assert [n for n, _ in parts] == [6, 2], summary.text()  # it said "Tỉnh giao 8: Vượt 4, Đạt 0, Không đạt 4"
        for (n, counts), said in zip(parts, paper):
            assert _counts(counts) == _counts(said.split(": ", 1)[1]), (counts, said)
        assert not summary.is_elided() and summary.toolTip() == "", summary.shown_lines()  # every count read
        assert " ".join(summary.shown_lines()) == summary.text(), summary.shown_lines()


def test_in_english_and_2029_as_before(make_window, term_end):  # noqa: F811
    year = _bar(make_window, term_end, 2029, 1366, "s116_2029_bar")
    sub = term_end.submission("2029")
    assert year.text() == f"· Tỉnh giao 8: {sub.summary_text()}", year.text()  # one count, the paper's, as before
    i18n.install_language(i18n.ENGLISH)
    summary = _bar(make_window, term_end, 2030, 1366, "s116_term_end_bar_en")
    assert summary.text().startswith("· Assigned 8 — term (6): Exceeded 2, Not met 4; "
                                     "year 2030 (2): Exceeded 2"), summary.text()
    assert summary.shown_lines()[0].endswith(";"), summary.shown_lines()  # the year's counts on the next line
