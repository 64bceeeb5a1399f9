"""The province's summary report (PDF) in the official format of Decree 30/2020/NĐ-CP.

Issued by the province office ("ỦY BAN NHÂN DÂN / TỈNH THÁI NGUYÊN" by default): the
Decree-30 header, fonts and page layout every official PDF shares (`exports.official_page`,
`exports.fonts`) are reused; the body says who has sent (every unit in one of: received,
unsigned waiting for the province's acceptance, not sent; in `Completeness.words`; a unit named
in running text as "xã Tân Cương", `submission.running_name`), then one table per group of
indicators (`exports.consolidated_table`), then the chart pages (`exports.consolidated_charts`: the periods of the
year at a glance, and one page per assigned indicator due at the period), the supplementary
indicators, all on landscape pages (section II under section I's last lines when these go past
page 1 and it fits under them; else section I goes on on portrait pages, `_spill_template`);
then, back on portrait pages as the communes' report, the units that did not meet each target,
the closing and the signature. Written from a `Consolidation`, and the consolidations
of the year's earlier periods for the charts.

Every font is the report's embedded serif.
"""
from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import DocIf, NextPageTemplate, PageBreak, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable, KeepTogether

from desktop_app.core.charts import (
    completeness_over_periods,
    met_share_over_periods,
    period_order,
    unit_results,
)
from desktop_app.core.consolidation import NOT_ENTERED, Consolidation, Count, ReportStatus
from desktop_app.core.evaluation import Verdict
from desktop_app.core.intake import vietnam_today
from desktop_app.core.keys import UNSIGNED_ACCEPTED
from desktop_app.core.periods import format_date
from desktop_app.core.rate_rose import rose_note, rose_units
from desktop_app.core.submission import date_words, number_text, running_name
from desktop_app.core.term_end import term_end_title
from desktop_app.core.wording import JUDGED_WHEN
from exports.atomic import write_bytes_atomic
from exports.catalog_cover_pdf import issuer_words
from exports.consolidated_charts import drafts_words, indicator_page, on_file_bars, overview_page
from exports.consolidated_differences import differences_notes
from exports.consolidated_table import (
    COUNTED,
    NOT_DUE,
    HeadedTable,
    blank_share_note,
    table_with_notes,
    whole,
)
from exports.fonts import FontSet, report_fonts
from exports.lines_together import LinesTogether
from exports.official_page import (
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    NBSP,
    PAGE,
    ROMAN,
    TABLE_LEADING,
    TABLE_SIZE,
    OfficialHeader,
    SignatureSpace,
    _p,
    _Styles,
    document,
    escape,
    keep_comparators,
    opening,
    signature,
    signature_lines,
)

# "Như trên" first: the addressee of "Kính gửi" (the province's setting) receives it too, as
# every document with a "Kính gửi" line lists.
RECIPIENTS = [
    "- Như trên;",
    "- Thường trực Tỉnh ủy (b/c);",
    "- Thường trực HĐND tỉnh;",
    "- Chủ tịch, các Phó Chủ tịch UBND tỉnh;",
    "- UBND các xã, phường;",
    "- Lưu: VT.",
]
# reportlab checks every attribute set on a chart's shape against its declared types, a tenth of the report's
# time (92 units); the shapes are the program's own and the PDF byte for byte the same without. Off for the
# process, once: switched around each report, two reports at once on two threads could leave either state.
rl_config.shapeChecking = 0


# Under section III: its numbers go on from the province's (10, 11…), as the communes' reports', skipping unstated.
NUMBERING_NOTE = "STT theo bộ chỉ tiêu, như trong báo cáo của các xã, phường."
BODY_WIDTH = PAGE[0] - MARGIN_LEFT - MARGIN_RIGHT  # a portrait page's text, section I's on any page
SECTION_II = "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU TỈNH GIAO (PHỤ LỤC 2)"


def _year(con: Consolidation, history: list[Consolidation] | None) -> list[Consolidation]:
    """The consolidations of `con`'s year up to its period, in reporting order, `con` itself last."""
    earlier = [c for c in history or () if c.period.year == con.period.year
               and period_order(c.period) < period_order(con.period)]
    return sorted(earlier, key=lambda c: period_order(c.period)) + [con]


def chart_pages(con: Consolidation, year: list[Consolidation], s: _Styles) -> list:
    """The periods of the year at a glance, then one page per assigned indicator due at the
    period, each on its own landscape page (the story is on the landscape template here). An
    indicator not due yet has no page (it was a page of "Chưa đến kỳ đánh giá" over an empty
    chart): the overview names it in a line under its charts."""
    width = landscape(PAGE)[0] - MARGIN_LEFT - MARGIN_RIGHT
    height = landscape(PAGE)[1] - MARGIN_TOP - MARGIN_BOTTOM - 1  # a page-high frame would move on
    rows = [(ind.no, met_share_over_periods(year, ind.code)) for ind in con.assigned]
    cm = con.completeness
    sent = cm.text  # as the workbook and section I word it
    if cm.counts["pending"]:  # no part of the column of their own: drawn as received, as counted
        sent = sent.replace(cm.words("pending"), f"{cm.words('pending')} (tính như đơn vị đã nhận, xem mục I)")
    story = [PageBreak(), overview_page(
        f"Biểu đồ chung. Tình hình gửi báo cáo và kết quả các chỉ tiêu tỉnh giao qua các kỳ năm {con.period.year}",
        f"{con.period.name}: {sent[:1].lower()}{sent[1:]}. {JUDGED_WHEN}.",
        completeness_over_periods(year), rows, s, width, height, _not_due_line(con))]
    counted = {u.commune.code for u in con.units if u.submission is not None}  # as the counts tell them
    for (n, shares), ind in zip(rows, con.assigned):
        summary = con.summaries[ind.code]
        if not summary.due:
            continue
        chart = unit_results(con, ind.code)
        order = "thấp đến cao" if ind.lower_is_better else "cao đến thấp"
        caption = f"{con.period.name}: {len(chart.points)} đơn vị có kết quả{drafts_words(chart)}, xếp từ {order}"
        if chart.running:  # a term total: its bars are what its verdicts judge (`charts.unit_results`)
            caption += (f"; mỗi cột là {chart.running.lower()} của đơn vị (kết quả {con.period.name.lower()} cộng các "
                        f"năm trước{on_file_bars(summary)}), so với chỉ tiêu cả giai đoạn 2026 - 2030 của đơn vị")
            if summary.short_words:  # an earlier year without a result, left out of a unit's bar (R21 F1)
                caption += f", {summary.short_words}"
        if chart.common_target is not None:
            caption += f"; chỉ tiêu {chart.points[0].target_text}"
        counts = summary.parted  # as the table's columns, "khác" and "chưa nhập" when any
        caption += "; " + ", ".join(f"{k.lower()} {counts[k]}" for k in (*COUNTED, NOT_ENTERED)
                                    if k not in (Count.KHAC, NOT_ENTERED) or counts[k]) + "."
        rose = rose_note(ind, rose_units(con, ind), "cột dưới 0")  # bars below 0 said in words (walk U15 / S97)
        caption += f" {rose}." if rose else ""
        story += [PageBreak(), indicator_page(f"Biểu đồ {n}. {ind.name} ({ind.unit})", caption, chart, shares,
                                              s, width, height, counted)]
    return story


def _not_due_line(con: Consolidation) -> str:
    """"Chưa đến kỳ đánh giá (…), không có biểu đồ riêng: (9) Tỷ lệ … (%)." or "" when every
    assigned indicator is due."""
    waiting = [f"({i.no}) {i.name} ({i.unit})" for i in con.assigned if not con.summaries[i.code].due]
    return f"<b>{NOT_DUE}</b>, không có biểu đồ riêng: {escape('; '.join(waiting))}." if waiting else ""


# Section I names the units of each figure: all of the province's 92; a far larger set (the national benchmark's
# 3.321, all late) up to this many, the rest counted and left to the workbook's "Tình hình gửi báo cáo".
NAMED_AT_MOST = 100


def _names(units, name=lambda u: running_name(u.name)) -> str:
    units = list(units)
    named = ", ".join(name(u) for u in units[:NAMED_AT_MOST])
    rest = len(units) - NAMED_AT_MOST
    return named + (f" và {rest} đơn vị khác (xem biểu Tình hình gửi báo cáo)" if rest > 0 else "")


# The units whose key awaits confirmation are named in section I's line up to this many, with
# their codes; more (every unit at a first period) are listed under the section, the line giving
# the page: 92 names with their codes would bury the section's other figures.
PENDING_IN_LINE = 10
PENDING_COLUMNS = 2  # the list's units side by side, "n. Xã … (mã …)" on one line each
LIST_KEPT_ROWS = 3  # the list's rows kept on the page of its heading
# The fewest rows the list takes on to another page (20 units); fewer, and the whole list starts that page
# under its heading: 45 to 62 of 92 printed 5 to 9 rows alone under "(tiếp theo)" on a page otherwise empty.
LIST_TAIL_ROWS = 10
# What "khóa chờ xác nhận" means, said with it: the report's readers do not keep the key register.
PENDING_MEANS = ("tức là số liệu đã được tính nhưng tỉnh chưa đối chiếu mã khóa ký tệp với báo cáo giấy có "
                 "chữ ký của đơn vị")

# What a counted unsigned file is, said with it ("Chưa ký, đã chấp nhận" in the key register): the
# province compared it with the unit's signed paper, or with the unit by telephone, and accepted it.
UNSIGNED_MEANS = "tỉnh đã đối chiếu (với báo cáo giấy có chữ ký hoặc với đơn vị) và chấp nhận"


# The late units named up to this many; more, and all late: "tất cả 92 đơn vị đều trễ hạn" (named by the other
# lines, or all received); more, and this many or fewer on time: those are named (the exception remarked on).
LATE_NAMED = 10


def _late_words(cm) -> str:
    """The late units among the received: "trễ hạn 2: xã A, xã B" (none: "trễ hạn 0"); all of more than `LATE_NAMED`:
    "tất cả 92 đơn vị đều trễ hạn" ("cả 2"); all but a few: "trễ hạn 88, chỉ 4 đơn vị gửi đúng hạn: xã A, …"."""
    late = cm.units_in("late")
    on_time = [u for u in cm.units_in("received") if not u.late]
    if not on_time and len(late) > 1:
        return f"{'cả' if len(late) == 2 else 'tất cả'} {len(late)} đơn vị đều trễ hạn"
    if len(late) > LATE_NAMED >= len(on_time):
        return f"{cm.words('late')}, chỉ {len(on_time)} đơn vị gửi đúng hạn: {_names(on_time)}"
    return cm.words("late") + (": " + _names(late) if late else "")


def _with_code(u, name=running_name) -> str:
    """"xã Tân Cương (mã 05503)" in running text; a list's cell keeps the catalogue's name (`name=str`)."""
    return f"{name(u.name)} (mã {u.code})"


def _every_received_pending(cm) -> bool:
    """Every received unit's key awaits confirmation, and too many to name in the line (the
    province's first period, every key new): the list would name every received unit again."""
    return cm.counts["pending"] == cm.counts["received"] > PENDING_IN_LINE


def _pending_sentence(cm, list_page: int | None) -> str:
    """"trong đó 2 đơn vị có khóa chờ xác nhận, tức là …: xã A (mã 01879), …", or "…: xem danh
    sách ở trang 2" ("dưới đây" on page 1) when the units are listed apart (`list_page`); every
    received unit's: "trong đó 82 đơn vị có khóa chờ xác nhận (tất cả các đơn vị đã nhận), tức là
    …", no list (the workbook's "Tình hình gửi báo cáo" lists the units, as `_late_words` leaves
    them for lateness); the figure in the core's words (`Completeness.words`), as everywhere."""
    units = cm.units_in("pending")
    if _every_received_pending(cm):
        return f"trong đó {cm.words('pending')} (tất{NBSP}cả các đơn vị đã nhận), {PENDING_MEANS}"
    where = (", ".join(map(_with_code, units)) if not list_page else "xem danh sách dưới đây" if list_page == 1
             else f"xem danh sách ở trang{NBSP}{list_page}")  # page 1: the sentence is on it too
    return f"trong đó {cm.words('pending')}, {PENDING_MEANS}: {where}"


def _pending_list(cm, s: _Styles, width: float) -> list:
    """The units whose key awaits confirmation, `PENDING_COLUMNS` across, numbered, under their
    heading (`_PendingList`); beyond `NAMED_AT_MOST` counted and left to the workbook as `_names`
    does."""
    units = cm.units_in("pending")
    # plain strings, each on one line at this width: a Paragraph per unit took most of the list's time
    cells = [f"{n}. {_with_code(u, str)}" for n, u in enumerate(units[:NAMED_AT_MOST], 1)]
    cells += [""] * (-len(cells) % PENDING_COLUMNS)
    rows = [cells[k:k + PENDING_COLUMNS] for k in range(0, len(cells), PENDING_COLUMNS)]
    story = [_PendingList(f"Danh sách {cm.words('pending')}", rows, s, width)]
    rest = len(units) - NAMED_AT_MOST
    if rest > 0:
        story.append(_p(f"và {rest} đơn vị khác (xem biểu Tình hình gửi báo cáo).", s.cell))
    return story


class _Placed(Exception):
    """The list's heading was placed: `_list_page` needs no more of its layout."""


class _Mark:
    """The page the list starts on, shared by its parts; `probe`: in `_list_page`'s layout, the
    layout ends there."""
    page = 0
    probe = False


class _PendingList(Flowable):
    """The list's heading and rows, going on to the next page as an official text does: the
    heading kept with its first `LIST_KEPT_ROWS` rows (the whole list kept with it, by the
    heading's keepWithNext, left half of page 1 empty when it was long), and the next page's part
    never fewer than `LIST_TAIL_ROWS` rows, under the heading again with "(tiếp theo)": 27 to 31
    units printed their last one or two alone on a page of their own before the landscape table.
    A list that would leave fewer there starts the next page whole, when a page holds it: a list
    read at once rather than a few rows over. That page is portrait, as page 1 (`_spill_template`)."""

    def __init__(self, title: str, rows: list[list[str]], s: _Styles, width: float,
                 mark: _Mark | None = None, continued: bool = False):
        super().__init__()
        self.title, self.rows, self.s, self.list_width, self.continued = title, rows, s, width, continued
        self.mark = mark or _Mark()
        self.heading = Paragraph(escape(f"{title} (tiếp theo):" if continued else f"{title}:"), s.heading_table)
        t = Table(rows, colWidths=[width / PENDING_COLUMNS] * PENDING_COLUMNS)
        t.setStyle([("FONT", (0, 0), (-1, -1), s.f.regular, TABLE_SIZE, TABLE_LEADING),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])  # 50 rows (NAMED_AT_MOST) to a page
        self.table = t

    def getSpaceBefore(self) -> float:
        return self.heading.getSpaceBefore()

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self._line = self.heading.wrap(aw, ah)[1]
        self._head = self._line + self.heading.getSpaceAfter()
        self._rows = self.table.wrap(aw, ah)[1]
        self.width, self.height = aw, self._head + self._rows
        return self.width, self.height

    def split(self, aw: float, ah: float) -> list:
        self.wrap(aw, ah)
        fit = int((ah - self._head) // (self._rows / len(self.rows)))
        frame = getattr(self, "_frame", None)  # set by reportlab, and passed on by `_PortraitWide`
        if frame is not None and not frame._atTop and len(self.rows) - fit < LIST_TAIL_ROWS \
                and self.height <= frame._aH:
            return []  # the whole list starts the next page
        keep = min(fit, len(self.rows) - LIST_TAIL_ROWS)  # at a page's top, or longer than a page
        if keep < LIST_KEPT_ROWS:
            return []  # the whole list, or what is left of it, to the next page
        return [_PendingList(self.title, self.rows[:keep], self.s, self.list_width, self.mark, self.continued),
                PageBreak(),  # the rows moved over fit here too: the next page holds them
                _PendingList(self.title, self.rows[keep:], self.s, self.list_width, self.mark, True)]

    def draw(self) -> None:
        if not self.continued:
            self.mark.page = self.canv.getPageNumber()
            if self.mark.probe:
                raise _Placed
        self.heading.drawOn(self.canv, 0, self.height - self._line)
        self.table.drawOn(self.canv, 0, 0)


def _completeness_story(con: Consolidation, day: dt.date, s: _Styles, list_page: int | None) -> list:
    """Section I: every unit in one of four lines, đã nhận (counted), chưa ký chờ chấp nhận (not
    counted until the province accepts the file), chờ tỉnh đối chiếu khóa (signed by a key that
    signs for another unit too: not counted until the province compares it with the signed
    papers) and chưa gửi, with the figures worded as the
    workbook and the command line word them (`Completeness.words`); the units of each named, but
    the received ones only where something is to be said of them (late, or on time when all but a
    few are late, `_late_words`; draft; a key awaiting
    confirmation: what that means said with them, `_pending_sentence`; listed under the section,
    on `list_page`, when more than `PENDING_IN_LINE` and not every received unit)."""
    cm = con.completeness
    c = cm.counts
    body = ParagraphStyle("body_lines", parent=s.body, allowWidows=0)

    def line(text: str) -> Paragraph:
        return LinesTogether(escape(keep_comparators("- " + text[:1].upper() + text[1:] + ".")), body)

    story = [_p(f"Đến ngày {format_date(day)}, đã nhận báo cáo của {c['received']}/{c['total']} xã, phường "
                f"(hạn gửi {format_date(cm.deadline)}); tình hình gửi báo cáo của {c['total']} xã, phường như sau:",
                s.body)]
    among = [_late_words(cm)]
    if c["draft"]:
        among.append(f"{cm.words('draft')}: {_names(cm.units_in('draft'))}")
    received = f"{cm.words('received')}, được tính vào tổng hợp ({'; '.join(among)})"
    if c["pending"]:
        received += "; " + _pending_sentence(cm, list_page)
    unsigned = [u for u in cm.units_in("received") if u.key_state == UNSIGNED_ACCEPTED]
    if unsigned:  # counted as a signed one is: said, or a reader takes its figures for signed ones
        received += (f"; trong đó {len(unsigned)} đơn vị gửi tệp chưa ký, {UNSIGNED_MEANS}: "
                     + _names(unsigned, _with_code))
    story.append(line(received))
    if c["unsigned"]:
        story.append(line(f"{cm.words('unsigned')}, chưa tính vào tổng hợp: {_names(cm.units_in('unsigned'))}"))
    if c["held"]:  # nothing refused: the province's own move, and the figures wait for it
        story.append(line(f"{cm.words('held')} (khóa ký tệp của đơn vị cũng ký tệp của đơn vị khác; tỉnh đối chiếu "
                          "mã khóa với báo cáo giấy có chữ ký), số liệu chưa tính vào tổng hợp (các biểu dưới đây "
                          f"tính là chưa báo cáo): {_names(cm.units_in('held'))}"))
    if c["missing"]:
        refused = f" ({cm.refused_words()})" if c["refused"] else ""
        revoked = {u.code for u in cm.units_in("revoked")}  # and why (walk h8, #2)
        names = _names(cm.units_in("missing"), lambda u: running_name(u.name) + (
            f" ({u.status.value.lower()}{', khóa ký đã bị tỉnh thu hồi' if u.code in revoked else ''})"
            if u.status == ReportStatus.BI_TU_CHOI else ""))
        story.append(line(f"{cm.words('missing')}{refused}: {names}"))
    if not c["missing"] and not c["unsigned"] and not c["held"]:
        story.append(_p("Tất cả các xã, phường đã gửi báo cáo.", s.body))
    if list_page:
        story += _pending_list(cm, s, BODY_WIDTH)
    return story


def _first_pages(con: Consolidation, f: FontSet, s: _Styles, day: dt.date, doc_number: str,
                 list_page: int | None, spill: str = "landscape") -> list:
    """Page 1: header, title, the opening sentence and section I, its last lines on a page of
    template `spill` (`_spill_template`), as wide as on page 1 (`_PortraitWide`)."""
    st = con.settings
    header = OfficialHeader(st.issuer, number_text(doc_number, st.doc_symbol), f"{st.place}, {date_words(day)}",
                            f, BODY_WIDTH)
    # the period's words never parted between the title's two lines ("…6 tháng / đầu năm 2026")
    story = opening(header, con.title.removesuffix(_period_words(con)) + whole(_period_words(con)), st.recipient, s)
    story.append(_p(
        f"Thực hiện chế độ báo cáo kết quả thực hiện các chỉ tiêu chủ yếu giai đoạn 2026 - 2030, Ủy ban "
        f"nhân dân tỉnh tổng hợp kết quả {_period_words(con)} của {con.completeness.total} xã, phường (bộ chỉ "
        f"tiêu phiên bản {con.catalog.version}) như sau:", s.body))
    section = [_p("I. TÌNH HÌNH GỬI BÁO CÁO", s.heading), *_completeness_story(con, day, s, list_page)]
    return [NextPageTemplate(spill), *story, *_portrait_wide(section)]


class _PortraitWide(Flowable):
    """`inner` as wide as on a portrait page on any page: section I's last lines on section II's
    landscape page break as on page 1, two at least (`allowWidows`; there one line alone again)."""

    def __init__(self, inner: Flowable):
        super().__init__()
        self.inner, self.keepWithNext = inner, inner.getKeepWithNext()
        self.spaceBefore, self.spaceAfter = inner.getSpaceBefore(), inner.getSpaceAfter()

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width, self.height = self.inner.wrap(min(aw, BODY_WIDTH), ah)
        return self.width, self.height

    def split(self, aw: float, ah: float) -> list:
        self.inner._frame = getattr(self, "_frame", None)  # where on its page `inner` parts (`_PendingList`)
        return _portrait_wide(self.inner.split(min(aw, BODY_WIDTH), ah))

    def draw(self) -> None:
        self.inner.drawOn(self.canv, 0, 0)


def _portrait_wide(story: list) -> list:  # a page break as it is
    return [f if isinstance(f, PageBreak) else _PortraitWide(f) for f in story]


def _list_page(con: Consolidation, f: FontSet, s: _Styles, day: dt.date, doc_number: str,
               spill: str = "landscape") -> int | None:
    """The page the list of the units whose key awaits confirmation starts on, None when they are
    few enough to name in the line: the pages before section II are laid out alone (text only, a
    few ms), again with the page found should its digits move a line."""
    cm = con.completeness
    if cm.counts["pending"] <= PENDING_IN_LINE or _every_received_pending(cm):
        return None
    page = 2  # where it mostly starts: one layout, the second only to confirm another page
    for _ in range(3):
        story = _first_pages(con, f, s, day, doc_number, page, spill)
        mark = next(fl.inner for fl in story if isinstance(getattr(fl, "inner", None), _PendingList)).mark
        mark.probe = True
        try:  # laid out up to the heading only: neither the list drawn nor the file written
            document(io.BytesIO(), f, draft=False).build(story)
        except _Placed:
            pass
        found = mark.page
        if found == page:
            break
        page = found
    return page


def _period_words(con: Consolidation) -> str:  # at the term's end "năm 2030 và cả nhiệm kỳ 2026-2030" (U21 F2)
    return term_end_title(con.period.name[:1].lower() + con.period.name[1:], con.period.code)


class _FirstPart(Flowable):
    """`inner` in `_spill_template`'s layout: the page its first part is placed on, in `mark`; the
    layout ends there (`_Placed`), nothing of it drawn."""

    def __init__(self, inner: Flowable, mark: _Mark):
        super().__init__()
        self.inner, self.mark = inner, mark

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width, self.height = self.inner.wrap(aw, ah)
        return self.width, self.height

    def split(self, aw: float, ah: float) -> list:
        return [_FirstPart(part, self.mark) for part in self.inner.split(aw, ah)]

    def draw(self) -> None:
        self.mark.page = self.canv.getPageNumber()
        raise _Placed


def _spill_template(con: Consolidation, f: FontSet, s: _Styles, day: dt.date, doc_number: str,
                    list_page: int | None) -> str:
    """The template of the page after page 1: landscape, for section II's table to follow there
    the last lines of section I going past page 1; portrait when the table would not fit under
    them. Then section I goes on as on page 1, the table starting the first landscape page: the
    end of the list of the units whose key awaits confirmation (43 and more of 92, a first period)
    stood alone on a landscape page 2, mostly empty, the table on page 3 (walk W2). Found by laying
    out the pages before section II with its heading and table, up to where the table is placed;
    not when section I surely ends on page 1 (`_within_page_one`), the table then on page 2."""
    first = _first_pages(con, f, s, day, doc_number, list_page)
    if _within_page_one(first):
        return "landscape"
    mark = _Mark()
    story = [*first, _BreakOffLandscape(), _p(SECTION_II, s.heading),
             _FirstPart(table_with_notes(con, con.assigned, s, differences_notes(con)), mark)]
    try:
        document(io.BytesIO(), f, draft=False).build(story)
    except _Placed:
        pass
    return "landscape" if mark.page <= 2 else "portrait"


def _within_page_one(story: list) -> bool:
    """Whether `story` (`_first_pages`) surely fits page 1: the heights of its parts, each with
    the space before and after it (the frame lays out no more), add up to no more than the page
    holds. A list of units longer than page 1 is not the only part to go past it: a period of
    drafts, unsigned and held files names most units two or three times (37 lines on page 2)."""
    room, used = PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM, 0.0  # `official_page.document`'s frame
    for fl in story:
        used += fl.getSpaceBefore() + fl.wrap(BODY_WIDTH, room)[1] + fl.getSpaceAfter()
    return used <= room


class _BreakOffLandscape(DocIf):
    """A page break on a portrait page, to a landscape one; none on a landscape one. reportlab's
    DocIf evaluates its condition as text with `rl_safe_eval`, which takes `inspect.stack()`
    first: the real path and the source file of every frame, 0,02 s of the 0,13 s a report of 92
    units took. The page's template is read here instead."""

    def __init__(self):
        super().__init__("", [NextPageTemplate("landscape"), PageBreak()])

    def funcWrap(self, aW, aH):  # noqa: N803 - reportlab's names
        return self._doctemplateAttr("pageTemplate").id != "landscape"


def build_story(con: Consolidation, f: FontSet, *, doc_number: str = "",
                report_date: dt.date | None = None, history: list[Consolidation] | None = None) -> list:
    s = _Styles(f)
    day = report_date or vietnam_today()
    list_page = _list_page(con, f, s, day, doc_number)
    spill = _spill_template(con, f, s, day, doc_number, list_page)
    if spill == "portrait":  # a taller page 2: the list, were it to start past page 1, could start higher
        list_page = _list_page(con, f, s, day, doc_number, spill)
    story = _first_pages(con, f, s, day, doc_number, list_page, spill)
    # a new page after a portrait one; under section I's last lines on a landscape one when it fits
    story += [_BreakOffLandscape(), _p(SECTION_II, s.heading),
              table_with_notes(con, con.assigned, s, differences_notes(con))]
    story += chart_pages(con, _year(con, history), s)
    present = [i for i in con.supplementary if con.summaries[i.code].applicable]
    if present:
        story += [PageBreak(), HeadedTable(_p("III. KẾT QUẢ CÁC CHỈ TIÊU BỔ SUNG", s.heading), table_with_notes(
            con, present, s, [NUMBERING_NOTE], blank_share_note(con, con.assigned)))]
    # Back to portrait for the last section's text, the closing and the signature, as the
    # communes' report: landscape is for pages whose body is a table (report-format.md), and the
    # signature block printed across a landscape page.
    story += [NextPageTemplate("portrait"), PageBreak()]
    story.append(_p(f"{ROMAN[3 if present else 2]}. CÁC ĐƠN VỊ KHÔNG ĐẠT CHỈ TIÊU TỈNH GIAO", s.heading))
    failed: dict[str, list[str]] = {}  # indicator code -> the units not meeting it, in catalogue order
    for u in con.units:
        for ind in con.assigned:
            it = con.item(u.commune.code, ind.code)
            if it is not None and it.verdict == Verdict.KHONG_DAT:
                failed.setdefault(ind.code, []).append(running_name(u.commune.name))
    listed = [(ind, failed[ind.code]) for ind in con.assigned if ind.code in failed]
    for ind, names in listed:
        story.append(Paragraph(f"<b>{escape(ind.name)}</b> ({len(names)} đơn vị): "
                               + escape(", ".join(names)) + ".", s.body))
    if not listed:
        story.append(_p("Không có đơn vị nào được đánh giá Không đạt trong kỳ này.", s.body))
    # The closing sentence, "Nơi nhận" and the signature block go to a page together: a signature
    # never stands alone on a page away from the text it signs.
    story.append(KeepTogether([
        _p(f"Trên đây là báo cáo tổng hợp kết quả thực hiện các chỉ tiêu chủ yếu {_period_words(con)} "
           "của các xã, phường trên địa bàn tỉnh./.", s.body),
        Spacer(1, 6),
        _signature(con.settings, s, BODY_WIDTH)]))
    return story


PREPARER = "Người lập biểu"
PREPARER_ROOM = 10 * mm  # under "Người lập biểu", for the preparer's signature on paper
NAMES_GAP = 8 * mm  # the least room between the preparer's name and the signer's


def _signature(st, s: _Styles, width: float) -> Table:
    """"Nơi nhận" and the signer as every official page has them (`official_page.signature`), with
    the person who prepared the report (the province's setting, asked at the first run) under
    "Nơi nhận": "Người lập biểu", room to sign, the name on the signer's name's line, as a
    statistical report is signed. Without a preparer set, the block alone."""
    if not st.preparer.strip():
        return signature(RECIPIENTS, st.signer_title, st.signer, s, width)
    right_w = min(100 * mm, width * 0.55)  # as `signature`
    authority = [_p(t, s.sign) for t in signature_lines(st.signer_title)]
    authority.append(SignatureSpace(right_w, 28 * mm, False))  # room for the signature and the seal
    received = [_p("Nơi nhận:", s.recv_title)] + [_p(r, s.recv) for r in RECIPIENTS]
    # the authority and its room span the left's two rows: the names share the last row whatever
    # "Nơi nhận" takes, the room growing rather than the preparer's name printing apart
    rows = [[received, authority], [[_p(PREPARER, s.sign), Spacer(1, PREPARER_ROOM)], ""],
            [_p(st.preparer, s.sign), _p(st.signer, s.sign)]]
    t = Table(rows, colWidths=[width - right_w, right_w])
    t.setStyle(TableStyle([
        ("SPAN", (1, 0), (1, 1)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), s.f.regular, 12),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (0, 0), 3),  # "Nơi nhận" a little below the authority line, as `signature`
        # the two names apart however long, each wrapping within its column and centred as before: 4-line
        # names met across the columns ("…Hoàng Yến Bảo Châu Tôn Nữ Hoàng Phượng…", walk U2 F16)
        ("LEFTPADDING", (0, 2), (-1, 2), NAMES_GAP / 2),
        ("RIGHTPADDING", (0, 2), (-1, 2), NAMES_GAP / 2),
    ]))
    return t


def render_pdf(con: Consolidation, fonts: FontSet | None = None, *, doc_number: str = "",
               report_date: dt.date | None = None, history: list[Consolidation] | None = None) -> bytes:
    """The report as PDF bytes; `history`: consolidations of other periods (those of `con`'s
    year before its period are charted beside it)."""
    f = fonts or report_fonts()
    buf = io.BytesIO()
    doc = document(
        buf, f, draft=False, title=f"Báo cáo {con.title[:1].lower()}{con.title[1:]}",
        author=issuer_words(con.settings.issuer), subject=f"{con.period.code} {con.catalog.version}",
        creator="chitieu (cấp tỉnh)",
    )
    doc.build(build_story(con, f, doc_number=doc_number, report_date=report_date, history=history))
    return buf.getvalue()


def write_consolidated_pdf(con: Consolidation, path: str | Path, *, doc_number: str = "",
                           report_date: dt.date | None = None, fonts: FontSet | None = None,
                           history: list[Consolidation] | None = None) -> Path:
    return write_bytes_atomic(path, render_pdf(con, fonts, doc_number=doc_number, report_date=report_date,
                                               history=history))
