"""A row whose figures are typed and whose result waits for the term's start-of-term figure.

The poverty rate's fall (`giam_ngheo`: from the poor-household rate at the end of 2025) and the
rate of new party members (`ket_nap_dang_vien`: of the members at the start of the term) are
computed from a figure entered once per term in its own dialog, Dữ liệu › Số liệu đầu nhiệm kỳ…,
not in the period's table (docs/indicators.md). Until it is entered such a row has its figures and
no result; wherever that is said it is said in the same words, with where the figure is entered:
the row's line under the table, the message after one of its figures is saved (walk h4: it said
"chưa có kết quả, Chưa đủ số liệu" alone, the cursor on the next row by then), the status bar's
count of the results (which read "Đã nhập 5/7" with all 7 rows typed), and the refusal to mark
the period complete.
"""
from __future__ import annotations

import re

from desktop_app.core.evaluation import missing_baseline
from desktop_app.core.words import Words

# The menu item of the dialog, as the window names it (ui/main_menus.py).
MENU = Words("Dữ liệu › Số liệu đầu nhiệm kỳ…", "Data › Start-of-term figures…")


def unbroken(path: str) -> str:
    """A menu path or its keys as the window writes them into a message (ui.menu_place): every space a
    no-break space (U+00A0, shown as a space), so that a wrapped line never ends at "Dữ liệu ›" nor
    inside an item's words; the command line's words keep plain spaces."""
    return path.replace(" ", "\u00a0")


def waits_for_start_of_term(row) -> bool:
    """Whether all that `row` (a `rows.Row`) lacks for its result is the start-of-term figure:
    its own figures are typed."""
    ind = row.indicator
    return ind.baseline is not None and row.computed.missing == missing_baseline(ind)


def waiting_for_start_of_term(rows) -> list:
    """The rows of `rows` that `waits_for_start_of_term`."""
    return [r for r in rows if waits_for_start_of_term(r)]


def missing_start_of_term(ind) -> Words:
    """"Chưa nhập số liệu đầu nhiệm kỳ: Tỷ lệ hộ nghèo cuối năm 2025 (đầu nhiệm kỳ) — nhập ở Dữ liệu ›
    Số liệu đầu nhiệm kỳ…": what the result of `ind` waits for, and where it is entered."""
    why = missing_baseline(ind)
    return Words(f"{why} — nhập ở {MENU}", f"{why.en} — entered in {MENU.en}")


def with_keys(text: str, keys: str) -> str:
    """`text` with `keys` after each place it names the dialog's menu item ("nhập ở Dữ liệu › Số liệu
    đầu nhiệm kỳ (Alt+D, N);", in either language): the window reads them from its menu bar
    (`ui.menu_place.menu_keys`); the core, which says the same words to the command line, knows
    none (walk h3: the refusal to mark a period complete named the menu without them). The path is
    written as the window writes one (`unbroken`)."""
    for menu in (MENU, MENU.en):
        text = re.sub(re.escape(menu.removesuffix("…")) + "…?",
                      lambda named: f"{unbroken(named.group())} ({keys})", text)
    return text
