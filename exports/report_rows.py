"""What the workbook's "Báo cáo" sheet prints beyond the data's own texts, and how `chitieu verify`
tells which form a file was written in.

The PDF's table prints under a start-of-term result what it is computed from, gives a "Không
đạt" left blank in "So với chỉ tiêu" its gap, names the Không đạt in the summaries and, in 2030,
the term's report, "… năm 2030 và cả nhiệm kỳ 2026-2030" (`desktop_app.core.term_end`). The
sheet printed none of it until 2026.12: the paper and the file the province checks disagreed.
Three forms, each compared with its own texts only (a file is one or the other, never a mix):

- `BEFORE`: every file written before 0.2.0 but a 2030 one titled as the term's: the data's
  texts (`report_rows`, and the wordings of earlier versions, `written_before`).
- `TERM_0_1`: a 2030 file written by 0.1.0 with the term's title (2026.12, before 0.2.0): the
  term's title, groups and note, its results' start-of-term figure with the data's hyphen, its
  own summary without the Không đạt named.
- `PAPER`: written by 0.2.0 or later, in every period: what the PDF prints, in its words (the
  core's and this module's functions, which the PDF imports: never a second wording), the lines
  under the annex's table too (`lines_under`: "STT theo Phụ lục 2, bỏ qua …", walk U14 F5).
- `PAPER_3`: written by 0.3.0 or later: `PAPER`, but in the term's last year report a five-year
  total's result is the term's running total (`running_cell`, walk U21 F7: "48.900", the year's
  alone, beside a target of "217.373 tổng 5 năm"), and one left "Chưa đủ số liệu" by a year
  missing says its share of the target before it (`compared_cell`, walk U21 F8).

The version (`app_version`, which the signature covers) says whether a file holds the paper's
form; below 0.2.0, a 2030 file's title says whether it holds the term's."""

from __future__ import annotations

from decimal import Decimal

from desktop_app.core.evaluation import Comparison, Verdict
from desktop_app.core.numbering import numbering_note as core_numbering_note
from desktop_app.core.numbers import format_number, stated_decimal
from desktop_app.core.periods import parse_period
from desktop_app.core.running import left_out
from desktop_app.core.submission import Item, Submission
from desktop_app.core.term_end import (
    baseline_line,
    is_term_end,
    shortfall_text,
    term_end_groups,
    term_end_note,
    term_end_split,
    term_end_title,
)
from desktop_app.core.wording import (
    JUDGED_WHEN,
    RUNNING,
    printed_result,
    progress_percent,
)
from exports.paper_version import printed_version, version_of
from exports.submission_format import (
    SPAN_HORIZONS,
    report_heading,
    report_items,
    report_rows,
)

BEFORE, TERM_0_1, PAPER, PAPER_3 = "before", "term 0.1", "paper", "paper 0.3"
PAPER_SINCE = (0, 2, 0)  # the first version writing the paper's form in every period
RUNNING_SINCE = (0, 3, 0)  # the first printing a five-year total's running total in 2030 (`PAPER_3`)
PAPERS = (PAPER, PAPER_3)  # the paper's forms: what the PDF prints, in the words of the version

RESULT, COMPARED = 4, 5  # 0-based: "Kết quả thực hiện", "So với chỉ tiêu"
TITLE = (4, 1)  # the heading's cell (row, column) holding the report's title


def form_of(sub: Submission) -> str:
    """The form the writer gives a file of `sub`, by the version whose paper it states it prints
    (`paper_version`, else `app_version`; both covered by the signature: `paper_version.printed_version`):
    `PAPER_3` from 0.3.0, `PAPER` from 0.2.0; before it a 2030 file the term's (`TERM_0_1`), any
    other `BEFORE`, as those versions wrote them. An approval of 0.2.0 printed again by 0.3.0 keeps
    0.2.0's form (walk U24 F3)."""
    printed = version_of(printed_version(sub))
    if printed >= RUNNING_SINCE:
        return PAPER_3
    if printed >= PAPER_SINCE:
        return PAPER
    return TERM_0_1 if is_term_end(sub.period) else BEFORE


def written_form(sub: Submission, title: str) -> str:
    """The form of a file of `sub` whose heading's title cell holds `title`: `form_of`, but a 2030
    file stating a version before 0.2.0 titled as before the term's end (2026.12) is `BEFORE`.
    The title decides only below 0.2.0, which wrote both: a 0.2.0 file is `PAPER` whatever its
    title, a 2030 one titled "… NĂM 2030" then refused for its title (red-team R26 F5: the
    `BEFORE` sheet of the same signed data, without the term's title, summary or start-of-term
    lines, verified intact in a file signed as 0.2.0)."""
    form = form_of(sub)
    if form == TERM_0_1 and title != sheet_heading(sub, form)[TITLE]:
        return BEFORE
    return form


def sheet_heading(sub: Submission, form: str = PAPER_3) -> dict[tuple[int, int], str]:
    """`report_heading`, its title in the term's last year report (but `BEFORE`) the annex's:
    "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2030 VÀ CẢ NHIỆM KỲ 2026-2030"."""
    heading = report_heading(sub)
    if form != BEFORE and is_term_end(sub.period):
        heading[TITLE] = annex_title(sub)
    return heading


def result_cell(it: Item, form: str = PAPER_3, period: str = "") -> str:
    """"Kết quả thực hiện" with, on a line under it, what it is computed from (`term_end.baseline_line`:
    "4,2% (cuối 2025) → 2,79% (nay)", "11 / 320 đảng viên đầu nhiệm kỳ"): the PDF's `report_annex.result_text`.
    Alone on its line the figure is the data's `value_text` (what `verify` compares; a number format
    shows its minus as print's); over the line, `PAPER` prints it as the PDF does ("−0,37":
    `printed_result`), `TERM_0_1` wrote the data's hyphen (LibreOffice showed "-0,37", walk S69).
    `PAPER_3`, in the term's last year report (`period`), a five-year total's running total (`running_cell`)."""
    running = running_cell(it, period) if form == PAPER_3 else None
    if running:
        return running
    source = baseline_line(it.code, it.baseline, it.numerator, it.denominator, it.input_value, it.value)
    if not (it.value_text and source):
        return it.value_text
    figure = printed_result(it.value_text) if form in PAPERS else it.value_text
    return f"{figure}\n{source}"


def compared_cell(it: Item, form: str = PAPER_3, period: str = "") -> str:
    """"So với chỉ tiêu": the data's `compared_text`, or for a "Không đạt" it leaves blank (a level
    judged at its horizon) the gap the PDF prints (`term_end.shortfall_text`, "Thiếu 0,94 điểm % so
    với chỉ tiêu"), with plain spaces (the sheet shows `điểm %` kept on a line by its number format;
    the PDF's `report_annex.compared_cell` joins it with a no-break space). `PAPER_3`, in the term's last
    year report (`period`), a five-year total left "Chưa đủ số liệu" by a year missing says its running
    total's share of the term's target before the running total (`running_share`, walk U21 F8: "85,4%
    chỉ tiêu. Lũy kế 2026-2027, 2029-2030 (chưa tính năm 2028): …", as the year before said "63% chỉ tiêu. …")."""
    share = running_share(it, period) if form == PAPER_3 else None
    if share:
        return f"{share}% chỉ tiêu. {it.compared_text}"
    if it.compared_text or it.verdict != Verdict.KHONG_DAT.value:
        return it.compared_text
    return shortfall_text(it.target_op, it.target_value, it.value, it.unit)


def term_rows(sub: Submission, form: str = PAPER_3) -> list[tuple[str, ...]]:
    """`report_rows`; but `BEFORE`, each indicator's result with what it is computed from under it
    and a "Không đạt"'s gap (`result_cell`, `compared_cell`): `TERM_0_1` only in 2030."""
    rows = report_rows(sub)
    if form == BEFORE:
        return rows
    out = []
    for row, it in zip(rows, report_items(sub)):
        if it is not None:
            row = (*row[:RESULT], result_cell(it, form, sub.period), compared_cell(it, form, sub.period),
                   *row[COMPARED + 1:])
        out.append(row)
    return out


def summary_line(sub: Submission, form: str = PAPER_3) -> str:
    """The line under the table counting the verdicts: "Tổng hợp 8 chỉ tiêu tỉnh giao: Vượt 5, …";
    `BEFORE`, the counts alone (`Submission.summary_text`, as every version before wrote it), else
    the PDF's (`summary_sentence`): the Không đạt named, in 2030 the term's targets counted apart
    from the year's ("… 6 chỉ tiêu nhiệm kỳ 2026-2030: Vượt 3, Đạt 1, Không đạt 2 (các chỉ tiêu số
    1, 2); 2 chỉ tiêu năm 2030: …")."""
    said = sub.summary_text() if form == BEFORE else summary_sentence(sub)
    return f"Tổng hợp {len(sub.assigned_items)} chỉ tiêu tỉnh giao: {said}."


def summary_lines(sub: Submission, form: str = PAPER_3) -> list[str]:
    """The summary lines `verify` accepts under the table of a file of `sub` in `form`, each whole:
    that form's only. A wording a later version gives the line comes with a form of its own, never
    found by its beginning (red-team R22 F1: "Vượt 8, Đạt 0, Không đạt 0" over data counting Vượt 2
    verified intact)."""
    return [summary_line(sub, form)]


def own_summary(sub: Submission) -> str:
    """The unit's own summary as the PDF prints it: `Submission.own_summary_sentence` ("Theo 4 chỉ
    tiêu phường tự đặt năm 2026: …") with its Không đạt named (`verdicts_named`); "" without
    own targets."""
    own = sub.own_summary_sentence()
    if not own:
        return ""
    return verdicts_named(own, [(it.no, it.own_verdict) for it in sub.items if it.own_verdict])


def own_summary_lines(sub: Submission, form: str = PAPER_3) -> list[str]:
    """The unit's own summary line as `verify` accepts it in `form`, whole: `PAPER` the PDF's
    (`own_summary`); else the sentence alone, and `BEFORE` a ward's "xã tự đặt" of files written
    until 2026.12 too (`written_before`'s rule); [] without own targets."""
    own = sub.own_summary_sentence()
    if not own:
        return []
    if form in PAPERS:
        return [own_summary(sub)]
    ward_as_before = own.replace(f" {sub.unit_word} tự đặt", " xã tự đặt", 1)
    return list(dict.fromkeys([own, *([ward_as_before] if form == BEFORE else [])]))


def term_note(sub: Submission, form: str = PAPER_3) -> str:
    """The line after the summary in a term's last year report written by 0.1.0 (`TERM_0_1`): which
    rows are final for the term ("Chỉ tiêu số 1–6 đánh giá kết quả cuối cùng cả nhiệm kỳ 2026-2030;
    chỉ tiêu số 8, 9 đánh giá kết quả năm 2030."); "" in any other form or period (`PAPER` prints it
    where the PDF does, under the table: `in_progress_note`, `lines_under`)."""
    if form != TERM_0_1 or not is_term_end(sub.period):
        return ""
    return term_end_note(((it.no, SPAN_HORIZONS.get(it.code)) for it in sub.items), sub.period)


def lines_under(sub: Submission, form: str = PAPER_3) -> list[str]:
    """The lines the sheet prints right under the table, before the notes and the summary: in
    `PAPER` those the PDF prints under the annex's table (`table_notes`), word for word; none in
    the forms before 0.2.0, which did not print them (walk U14 F5: the STT went 5, 7 and 9, 11
    with nothing said)."""
    return table_notes(sub) if form in PAPERS else []


def _places(text: str | None) -> int:
    """The decimals a stated figure is written with ("48900" 0, "1.5" 1)."""
    figure = stated_decimal(text)
    return max(0, -figure.as_tuple().exponent) if figure is not None and figure.is_finite() else 0


def _running(it: Item, period: str) -> Decimal | None:
    """A five-year total's running total at the term's last year report: the year's figure and the term's
    earlier years as the file states them (`Item.earlier_total`, what its verdict judges); None for any
    other code or period, or without a figure."""
    if SPAN_HORIZONS.get(it.code) != "term_total" or not period or not is_term_end(period) or not it.value_text:
        return None
    value = stated_decimal(it.value)
    return None if value is None else value + (stated_decimal(it.earlier_total) or Decimal(0))


def running_cell(it: Item, period: str) -> str | None:
    """"Kết quả thực hiện" of a five-year total in the term's last year report (`PAPER_3`): the term's
    running total, what column (4)'s "tổng 5 năm" target is judged against, and under it that it is so and
    the year's own figure: "222.050" / "lũy kế nhiệm kỳ" / "năm 2030: 48.900"; a year missing named, "lũy
    kế nhiệm kỳ (chưa tính năm 2028)". Walk U21 F7: the year's "48.900" alone beside "217.373 tổng 5 năm"
    and "Vượt". None for any other row."""
    total = _running(it, period)
    if total is None:
        return None
    missing = left_out(it)
    said = "lũy kế nhiệm kỳ" + (f" (chưa tính năm {', '.join(map(str, missing))})" if missing else "")
    places = max(_places(it.value), _places(it.earlier_total))
    return f"{format_number(total, places)}\n{said}\nnăm {parse_period(period).year}: {printed_result(it.value_text)}"


def running_share(it: Item, period: str) -> str | None:
    """The share of the term's target ("85,4") a five-year total's running total reaches in the term's last
    year report when a year is missing (verdict "Chưa đủ số liệu", its `compared_text` the running total
    alone: walk U21 F8, the 2029 paper said "63% chỉ tiêu. Lũy kế …" and 2030's nothing), as the window and
    every other year's paper word a share (`wording.progress_percent`); None for any other row."""
    total = _running(it, period)
    target = stated_decimal(it.target_value)
    if (total is None or not target or it.verdict != Verdict.CHUA_DU_SO_LIEU.value
            or not it.compared_text.startswith(RUNNING)):
        return None
    reached = "passed" if total > target else "reached" if total == target else None
    return progress_percent(Comparison("progress", total * 100 / target, level=reached))


# The words the PDF prints the same (exports/report_pdf.py, report_annex.py import them from here): here,
# with no PDF library, so that `verify` reads a file without importing reportlab (0,27 s -> ~0,1 s).
def failed_named(sentence: str, numbers: list[int], verdict: Verdict = Verdict.KHONG_DAT) -> str:
    """`sentence` ("…, Không đạt 2, …", `Submission.summary_text` or `own_summary_sentence`) with the
    numbers (STT, as the annex numbers them) of the `numbers` indicators found `verdict` after their
    count: "Không đạt 1 (chỉ tiêu số 8)", "Không đạt 2 (các chỉ tiêu số 8, 12)"; the count alone
    sent the reader through the annex's rows to find them. The PDF's, and the workbook's "Báo cáo"
    sheet's from 0.2.0 (`PAPER`), which the province checks (`exports.report_check`)."""
    if not numbers:
        return sentence
    which = ("chỉ tiêu số " if len(numbers) == 1 else "các chỉ tiêu số ") + ", ".join(map(str, numbers))
    count = f"{verdict.value} {len(numbers)}"  # once in the sentence: its only count of that verdict
    return sentence.replace(count, f"{count} ({which})", 1)


# The verdicts whose indicators a summary names after their count: those found Không đạt. Not those with not
# enough data (walk U21 F3): the summary line is part of the 0.2.0 paper's form, which the province compares
# whole in the files 0.2.0 wrote ("Chưa đủ số liệu 1" unnamed) and, in a signed PDF of the same version, page by
# page: naming them needs a form of its own and a new version. Hoàn thành and Duyệt name the indicator and the
# year it lacks instead (`desktop_app.core.checks.term_total_gaps`).
NAMED_VERDICTS = (Verdict.KHONG_DAT,)


def verdicts_named(sentence: str, verdicts) -> str:
    """`sentence` with the STT of `verdicts` ((STT, verdict's value)) of each of `NAMED_VERDICTS` after its
    count (`failed_named`): "Không đạt 2 (các chỉ tiêu số 2, 3)"."""
    verdicts = list(verdicts)
    for verdict in NAMED_VERDICTS:
        sentence = failed_named(sentence, [no for no, v in verdicts if v == verdict.value], verdict)
    return sentence


def summary_sentence(sub: Submission) -> str:
    """What follows "Tổng hợp 8 chỉ tiêu tỉnh giao:": the counts of the verdicts, the Không đạt
    named (`verdicts_named`); in the term's last year report the term's targets counted
    apart from the year's ("6 chỉ tiêu nhiệm kỳ 2026-2030: Vượt 3, Đạt 1, Không đạt 2 (các chỉ tiêu số 1,
    2); 2 chỉ tiêu năm 2030: Vượt 2": one count mixed the term's final verdicts with the year's, walk U11 F4)."""
    items = sub.assigned_items
    rows = [(it.no, SPAN_HORIZONS.get(it.code), it.verdict) for it in items]
    parts = term_end_groups(rows, sub.period)
    if not parts:
        return verdicts_named(sub.summary_text(), [(it.no, it.verdict) for it in items])
    groups = [group for _, group in term_end_split(rows, sub.period)]  # the same parts, their rows
    return "; ".join(f"{label}: {verdicts_named(counts, group)}" for (label, counts, _), group in zip(parts, groups))


def numbering_note(sub: Submission) -> str:
    """The line under the table when the numbers of its rows skip some (`core.numbering`, the
    entry window says it too). Only the assigned group is read: every indicator it applies to is
    printed there, so a gap there is exactly the other kind's; a supplementary row is printed only
    when entered."""
    return str(core_numbering_note([it.no for it in sub.assigned_items], sub.unit_kind))


def supplementary_note(sub: Submission) -> str:
    """The line under the table on the supplementary indicators (group II): a report states one
    only when something was entered or commented for it, or the unit set its own target on it
    (`build_submission`, exports/FORMAT.md), so a paper whose table had no group II said nothing
    of the 13 the screen lists as "Chưa nhập" and the province counts as "Chưa báo cáo", and a
    reader could not tell "not entered" from "not assigned". The submission holds only the ones
    it states, the paper is printed from it alone (and printed again from the workbook to check
    it, `desktop_app.mail`), so the line says what an absent one means, without naming it."""
    if not sub.other_items:
        return "Các chỉ tiêu bổ sung chưa nhập số liệu nên không in trong biểu."
    return "Chỉ tiêu bổ sung không có trong biểu là chỉ tiêu chưa nhập số liệu."


def in_progress_note(sub: Submission) -> str:
    """The line under the table when a row is judged "Đang thực hiện": when a target is judged, in
    the words of the province's report (`wording.JUDGED_WHEN`); "" when none is. Beside "Đến nay đã
    vượt mức chỉ tiêu (138%)" the verdict read as a contradiction, with nothing on the paper to
    explain it. In the term's last year report every row is judged: which are final for the term
    (walk U11 F4)."""
    if is_term_end(sub.period):
        return term_end_note(((it.no, SPAN_HORIZONS.get(it.code)) for it in sub.items), sub.period)
    return f"{JUDGED_WHEN}." if any(it.verdict == Verdict.DANG_THUC_HIEN for it in sub.items) else ""


def table_notes(sub: Submission) -> list[str]:
    """The lines the PDF prints under the annex's table, in order (the PDF's own, `report_annex`):
    `numbering_note`, `in_progress_note`, `supplementary_note`, the empty ones left out."""
    return [t for t in (numbering_note(sub), in_progress_note(sub), supplementary_note(sub)) if t]


def annex_title(sub: Submission) -> str:
    """The annex's title, the workbook's "Báo cáo" sheet's; in the term's last year report, of the
    whole term too (`term_end.term_end_title`)."""
    heading = report_heading(sub)[(4, 1)]
    whole = term_end_title(sub.report_title, sub.period)
    return heading + whole[len(sub.report_title):].upper()
