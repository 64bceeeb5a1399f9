"""The summary tables of the province's consolidated PDF report (`exports.consolidated_pdf`,
sections II and III): one row per indicator with the number of units Vượt / Đạt / Không đạt /
Đang thực hiện / Khác / Chưa báo cáo / Chưa nhập (adding up to the units it applies to), the
share meeting the target and the province-wide figure, and the notes under the table saying
what a column counts where a reader could take it otherwise (an indicator judged only at year
end reads "Chưa đến kỳ đánh giá" across those columns before the year's report); `HeadedTable`
keeps a section's heading with the table's first rows.

A table's column is never narrower than its longest word: a word is never broken inside
("Có/Không", not "Có/Khôn g").
"""
from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Table

from desktop_app.core.consolidation import (
    NOT_ENTERED,
    SHARE_BLANK,
    Consolidation,
    Count,
)
from desktop_app.core.evaluation import Verdict
from desktop_app.core.numbers import format_number
from desktop_app.core.province_term_end import term_judged_note
from desktop_app.core.province_total import summary_parts
from desktop_app.core.running import period_words, running_words
from desktop_app.core.stated_earlier import on_file_source, on_file_summary, same_period_words
from desktop_app.core.wording import JUDGED_WHEN, printed_result
from exports.kept_lines import KeptLines, kept_cell
from exports.official_page import NBSP, _p, _Styles, fitted_columns, numbered_table
from exports.report_annex import TableThenLine

# (title, width in mm) of the summary tables on a landscape page (body 252 mm wide). Every title
# on at most two lines, the verdicts' whole: "Đang / thực hiện" (18 mm printed "Đang / thực / hiện"),
# "Số đơn vị / thực hiện", "Chưa / báo cáo", "Tỷ lệ đơn vị / đạt, vượt (%)"; the counts' 3.321 and
# "Chưa đến kỳ đánh giá (đánh giá, xếp loại vào cuối năm)" across them on one line. "Khác" (the
# units that reported an indicator they were not assigned, `others_note`): without it the counts
# (5)-(9) of such an indicator added up to one unit less than (4). Its 12 mm taken from columns
# wider than their longest word, the name's kept (13 rows of section III on one page).
COLUMNS = (
    ("STT", 10.5),
    ("Chỉ tiêu", 66.3),
    ("Đơn vị tính", 18),
    ("Số đơn vị thực hiện", 19.5),
    ("Vượt", 12),
    ("Đạt", 9.5),
    ("Không đạt", 15),
    ("Đang thực hiện", 19.5),
    ("Khác", 12.2),
    ("Chưa báo cáo", 16.5),
    ("Tỷ lệ đơn vị đạt, vượt (%)", 27),
    ("Kết quả toàn tỉnh", 26),
)
# columns (5)-(10), which add up to (4): every unit an indicator applies to is in one of them;
# "Chưa báo cáo" the units without a counted report (`IndicatorSummary.parted`)
COUNTED = (Count.VUOT, Count.DAT, Count.KHONG_DAT, Count.DANG_THUC_HIEN, Count.KHAC, Count.CHUA_BAO_CAO)
# After "Chưa báo cáo", in a table where a unit is counted there (`counted`): the units whose counted
# report leaves the indicator without a figure (a supplementary one not entered; among "Chưa báo cáo"
# until 2026.12, which read "92" where 86 units had sent). Its width is the name's: some names take
# a line more, and section III's 13 rows may end on a second page. Only there as a rule: every
# counted report states the province's own indicators (section II), but a draft may leave one empty.
NOT_ENTERED_COLUMN = ("Chưa nhập", 12.3)
FLEXIBLE = 1  # the column that gives its width to the others: the indicator's name
NOT_DUE = f"{Count.CHUA_DEN_KY.value} (đánh giá, xếp loại vào cuối năm)"


def counted(con: Consolidation, inds) -> tuple[str, ...]:
    """The count columns of a table of `inds`: `COUNTED`, then `NOT_ENTERED` when a unit is counted there."""
    if any(con.summaries[i.code].due and con.summaries[i.code].not_entered for i in inds):
        return (*COUNTED, NOT_ENTERED)
    return COUNTED


def _columns(counts: tuple[str, ...]) -> list[tuple[str, float]]:
    """`COLUMNS`, with `NOT_ENTERED_COLUMN` after "Chưa báo cáo" when among `counts`."""
    if NOT_ENTERED not in counts:
        return list(COLUMNS)
    at = [t for t, _ in COLUMNS].index(Count.CHUA_BAO_CAO.value) + 1
    columns = [*COLUMNS[:at], NOT_ENTERED_COLUMN, *COLUMNS[at:]]
    title, width = COLUMNS[FLEXIBLE]
    columns[FLEXIBLE] = (title, width - NOT_ENTERED_COLUMN[1])
    return columns


def column_no(count: str) -> int:
    """The number a count's column is printed with: (9) "Khác", (11) "Chưa nhập"."""
    return 5 + (*COUNTED, NOT_ENTERED).index(count)


def whole(text: str) -> str:
    """`text` never broken between lines: a unit ("triệu / đồng" in its 18 mm column), "(tỷ lệ / chung)"."""
    return text.replace(" ", NBSP)


def kind_and_units(sm, during=None, kept_whole: bool = True) -> str:
    """How the province-wide figure is formed and of how many units ("tổng của 17 đơn vị": "(tổng)"
    of 17 units sent read as the province's, walk U15), each of the two parts never broken, the line
    broken between them in a narrow column ("tổng / của 17 đơn vị"); of a period's figure of a term
    total, the period's name may break too ("tổng 6 tháng đầu / năm 2026 / của 17 đơn vị"). A poverty
    rate that rose on average says so after the units ("bình quân / của 2 đơn vị; tỷ lệ hộ nghèo tăng":
    "−1,56 (bình quân của 1 đơn vị)" said nothing of it, walk U15 / S97)."""
    kind, units = summary_parts(sm, during)
    kind = whole(kind) if kept_whole else kind
    return f"{kind} " + "; ".join(whole(part) for part in units.split("; "))  # the rise on a line of its own


def no_last_word_alone(name: str) -> str:
    """An indicator's name whose last line never holds its last word alone ("…bảo hiểm y / tế"):
    the last two words joined by a no-break space."""
    head, space, last = name.rpartition(" ")
    return f"{head}{NBSP}{last}" if space and " " in head.strip() else name


def _summary_table(con: Consolidation, inds, s: _Styles) -> Table:
    """The counts of `inds`, each numbered as the catalogue numbers it (Phụ lục 2, `Indicator.no`):
    the number the communes' reports and the window give it (section III's ran 1-13 where they
    read 10-22). The province-wide figure has its kind on a line under it, "66,78" / "(tỷ lệ
    chung)", as the kind printed after it broke inside ("66,78 (tỷ lệ / chung)")."""
    rows, spans, counts_of = [], [], counted(con, inds)
    for n, ind in enumerate(inds, 1):
        sm = con.summaries[ind.code]
        # "−0,01" with the minus sign of print, as the communes' reports print a result (the workbook's cell a number)
        total = f"{printed_result(sm.total_text)}\n({kind_and_units(sm)})" if sm.total is not None else ""
        if sm.running is not None and sm.total is not None:  # the running total its verdicts judge, then the period's
            total = running_cell(con, sm)
        share = "" if sm.met_share is None else format_number(sm.met_share, 2)
        if sm.due:
            parted = sm.parted
            counts = (*(str(parted[k]) for k in counts_of), share)
        else:  # one cell across the counts and the share: nothing is expected of any unit yet
            counts = (NOT_DUE, *("",) * len(counts_of))
            spans.append(("SPAN", (4, n + 1), (4 + len(counts_of), n + 1)))  # below the two header rows
        rows.append((str(ind.no), no_last_word_alone(ind.name), whole(ind.unit), str(sm.applicable), *counts, total))
    # a spanning text is measured against its span, wide enough: not against its first column
    measured = [r if r[4] != NOT_DUE else r[:4] + ("",) + r[5:] for r in rows]
    # one paragraph for each text of a column ("0" is most of the counts), breaking its lines once
    # (`KeptLines`): the table measures each cell's lines, then measures them again to draw them
    made: dict[tuple[int, str], KeptLines] = {}

    def cell(col: int, text: str) -> KeptLines:
        if (col, text) not in made:
            made[col, text] = kept_cell(text, s.cell if col == 1 else s.cell_c)
        return made[col, text]
    cells = [[cell(col, t) for col, t in enumerate(r)] for r in rows]
    return numbered_table(fitted_columns(_columns(counts_of), measured, s.f, FLEXIBLE), cells, s, spans)


def running_cell(con: Consolidation, sm) -> str:
    """A term total's "Kết quả toàn tỉnh": the units' running total, named ("343.500 / (lũy kế
    2026-2030)"), what their verdicts judge, over the period's own total ("80.100 / (tổng năm 2030)").
    Until 2026.12 it printed the period's total alone, "80.100 (tổng)" beside units judged "Vượt" on
    their running totals (walk U11 F2)."""
    # "(lũy kế 2026-2030)", "(tổng năm 2030" whole; a period's name wraps
    year = kind_and_units(sm, period_words(con.period), kept_whole=con.period.is_year_end)
    running = running_words(con.period).lower()
    if con.period.is_year_end:
        running = whole(running)
    return f"{printed_result(sm.running_text)}\n({running})\n{printed_result(sm.total_text)}\n({year})"


def running_note(con: Consolidation, inds) -> str:
    """The line under a summary table of a term total: what its units are judged on and what its
    province-wide figures are, and what is left of the province's term target when it has one; ""
    when no indicator of `inds` is a term total with a figure."""
    lines = []
    for ind in inds:
        sm = con.summaries[ind.code]
        if sm.running is None or sm.total is None:
            continue
        running = running_words(con.period).lower()
        # where its earlier years come from, said as they are: the files' own, unchecked, counted (walk U21 F6)
        source = on_file_source(len(sm.running_on_file), sm.running_units)
        line = (f"Chỉ tiêu {ind.no} giao cho cả giai đoạn 2026 - 2030: mỗi đơn vị được đánh giá theo {running} "
                f"(kết quả {con.period.name[:1].lower()}{con.period.name[1:]} cộng các năm trước{source}) so với chỉ "
                f"tiêu cả giai đoạn; cột “Kết quả toàn tỉnh” ghi {running} của các đơn vị, dưới đó "
                f"tổng riêng {con.period.name[:1].lower()}{con.period.name[1:]}")
        stated = on_file_summary(sm.running_on_file, sm.running_units)
        line += f"; {stated}" if stated else ""
        short = sm.short_words  # a unit's running total without an earlier year, counted and said (R21 F1)
        line += f"; lũy kế toàn tỉnh {short}, lũy kế của đơn vị chỉ cộng các năm có kết quả" if short else ""
        left = sm.left_words
        lines.append(line + (f"; toàn tỉnh {left}." if left else "."))
    return " ".join(lines)


OTHER_WORDS = {  # what a unit counted "Khác" was found, after "số đơn vị có báo cáo nhưng"
    Verdict.CHUA_GIAO.value: "chưa được giao chỉ tiêu",
    Verdict.CHUA_DU_SO_LIEU.value: "chưa đủ số liệu để đánh giá",
}


def same_period_note(con: Consolidation, inds) -> str:
    """Of road accidents, the units whose same period a year before is their file's own, the province holding
    none of their earlier reports (`stated_earlier.same_period_words`, walk U21): "Chỉ tiêu 18: 1 đơn vị (xã Tân
    Cương) có cùng kỳ năm trước theo số đơn vị ghi trong tệp, …"; "" for none. The window and the workbook
    count the same units."""
    said = []
    for ind in inds:
        sm = con.summaries[ind.code]
        words = same_period_words(sm.same_period_on_file, sm.total_units, con.period)
        if words:
            said.append(f"Chỉ tiêu {ind.no}: {words}.")
    return " ".join(said)


def others_note(con: Consolidation, inds) -> str:
    """The line under a summary table saying what its column "Khác" counts, the indicators named
    ("Cột (9) “Khác”: số đơn vị có báo cáo nhưng chưa được giao chỉ tiêu (chỉ tiêu 21, 22)."),
    "" when no unit of `inds` is counted there: a ward reporting a figure it was not assigned
    was in none of the counts, which then added up to one unit less than (4)."""
    found: dict[str, list[str]] = {}
    for ind in inds:
        for verdict, _ in con.summaries[ind.code].others:
            found.setdefault(verdict, []).append(str(ind.no))
    if not found:
        return ""
    said = [f"{OTHER_WORDS.get(v, f'được đánh giá “{v}”')} (chỉ tiêu {', '.join(nos)})" for v, nos in found.items()]
    return f"Cột ({column_no(Count.KHAC)}) “{Count.KHAC.value}”: số đơn vị có báo cáo nhưng {' hoặc '.join(said)}."


def not_entered_note(con: Consolidation, inds) -> str:
    """The line telling "Chưa báo cáo" from "Chưa nhập" when a unit of `inds` is counted in the
    latter, "" otherwise: both read "Chưa báo cáo" until 2026.12, "92" beside a supplementary
    indicator 86 units had sent a report without a figure for."""
    if NOT_ENTERED not in counted(con, inds):
        return ""
    return (f"Cột ({column_no(Count.CHUA_BAO_CAO)}) “{Count.CHUA_BAO_CAO.value}”: đơn vị chưa có báo cáo được tính "
            f"vào tổng hợp (mục I); cột ({column_no(NOT_ENTERED)}) “{NOT_ENTERED}”: đơn vị có báo cáo nhưng không "
            "nhập số liệu chỉ tiêu.")


def blank_share_note(con: Consolidation, inds, above: str = "") -> str:
    """"Cột (11) để trống khi …" ((12) after "Chưa nhập"), `JUDGED_WHEN` after it when units are in
    progress and the note `above` (section II's, under section III) did not say it; "" when each due
    indicator of `inds` has its share (`met_share`: "0" read as failing)."""
    blank = [sm for sm in (con.summaries[i.code] for i in inds) if sm.due and sm.met_share is None]
    in_progress = any(sm.counts[Count.DANG_THUC_HIEN] for sm in blank)
    why = f" {JUDGED_WHEN}." if in_progress and JUDGED_WHEN not in above else ""
    return f"Cột ({5 + len(counted(con, inds))}) {SHARE_BLANK}.{why}" if blank else ""


def table_with_notes(con: Consolidation, inds, s: _Styles, notes=(), above: str = "") -> TableThenLine:
    """A summary table, the notes under it in one paragraph (`others_note`, `not_entered_note`, `blank_share_note`,
    `notes`; each on a line of its own, section III's page overflowed by one line): `TableThenLine`."""
    lines = [t for t in (term_judged_note(con.period, inds), running_note(con, inds), same_period_note(con, inds),
                         others_note(con, inds), not_entered_note(con, inds),
                         blank_share_note(con, inds, above), *notes) if t]
    return TableThenLine(_summary_table(con, inds, s), _p(" ".join(lines), s.cell) if lines else None)


class HeadedTable(Flowable):
    """A section's heading over its summary table (`table_with_notes`), never alone at the foot of a
    page: when the heading starts its page, the table parts under it as it would at the page's top,
    its first rows at least under the heading; lower on a page, a table that will not part there
    takes its heading to the next page. With the heading's keepWithNext alone, the table parting
    under a heading at a page's top was no longer at the top and, too few rows fitting by its own
    rules (`TableThenLine`), went whole to the next page: section III's heading stood alone on its
    page (three supplementary indicators of 230-character names)."""

    def __init__(self, heading: Paragraph, body: TableThenLine):
        super().__init__()
        self.heading, self.body = heading, body

    def getSpaceBefore(self) -> float:
        return self.heading.getSpaceBefore()

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self._line = self.heading.wrap(aw, ah)[1]
        self._head = self._line + self.heading.getSpaceAfter()
        self.width, self.height = aw, self._head + self.body.wrap(aw, ah - self._head)[1]
        return self.width, self.height

    def split(self, aw: float, ah: float) -> list:
        self.wrap(aw, ah)
        # the table tells a page's top by its frame (`TableThenLine._at_top`), which reportlab sets on
        # what it places: here the heading's, the table parting as the heading would start the page
        self.body._frame = getattr(self, "_frame", None)
        parts = self.body.split(aw, ah - self._head)
        if not parts:
            return []  # both to the next page
        return [self.heading, *parts]  # the first piece parted for the room under the heading

    def draw(self) -> None:
        self.heading.drawOn(self.canv, 0, self.height - self._line)
        self.body.drawOn(self.canv, 0, 0)
