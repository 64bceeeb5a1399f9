"""What the workbook's "Báo cáo" sheet prints of the term's end, and how `chitieu verify` tells a
2030 file written with it from one written before.

The report of 2030 is also the term's report (`desktop_app.core.term_end`): since e3a03c6 its PDF
reads "… năm 2030 và cả nhiệm kỳ 2026-2030", counts the term's final verdicts apart from the year's,
says under the table which rows are final for the term, gives a final "Không đạt" left blank in "So
với chỉ tiêu" its gap and prints under a result the start-of-term figure it is computed from. The
sheet printed none of it: the paper and the file the province checks disagreed at the term's end.
From 2026.12 the sheet of a 2030 report prints the same, in the same words (the core's and the
PDF's own functions, never a second wording); a 2030 file written before keeps verifying as it was
written. Which of the two a file is follows from its heading (`term_end_written`): every other
cell is then compared with that form only, so a file is one or the other, never a mix. Any other
period's sheet is the same as before, cell for cell (`report_rows`, `report_heading`)."""
from __future__ import annotations

from desktop_app.core.evaluation import Verdict
from desktop_app.core.submission import Item, Submission
from desktop_app.core.term_end import (
    baseline_line,
    is_term_end,
    shortfall_text,
    term_end_groups,
    term_end_note,
    term_end_title,
)
from exports.submission_format import (
    SPAN_HORIZONS,
    report_heading,
    report_items,
    report_rows,
)

RESULT, COMPARED = 4, 5  # 0-based: "Kết quả thực hiện", "So với chỉ tiêu"
TITLE = (4, 1)  # the heading's cell (row, column) holding the report's title


def sheet_heading(sub: Submission, term_end: bool = True) -> dict[tuple[int, int], str]:
    """`report_heading`, its title in the term's last year report (with `term_end`) the annex's:
    "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2030 VÀ CẢ NHIỆM KỲ 2026-2030"."""
    heading = report_heading(sub)
    if term_end and is_term_end(sub.period):
        heading[TITLE] = annex_title(sub)
    return heading


def result_cell(it: Item) -> str:
    """"Kết quả thực hiện" at the term's end: the data's `value_text` (what `verify` compares, the
    minus a hyphen) and on a line under it what it is computed from, the PDF's line
    (`term_end.baseline_line`: "4,2% (cuối 2025) → 2,79% (nay)", "11 / 320 đảng viên đầu nhiệm kỳ")."""
    source = baseline_line(it.code, it.baseline, it.numerator, it.denominator, it.input_value, it.value)
    return f"{it.value_text}\n{source}" if it.value_text and source else it.value_text


def compared_cell(it: Item) -> str:
    """"So với chỉ tiêu" at the term's end: the data's `compared_text`, or for a final "Không đạt"
    it leaves blank the gap the PDF prints (`term_end.shortfall_text`, "Thiếu 0,94 điểm % so với
    chỉ tiêu"), with plain spaces (the sheet shows `điểm %` kept on a line by its number format)."""
    if it.compared_text or it.verdict != Verdict.KHONG_DAT.value:
        return it.compared_text
    return shortfall_text(it.target_op, it.target_value, it.value, it.unit)


def term_rows(sub: Submission, term_end: bool = True) -> list[tuple[str, ...]]:
    """`report_rows`; in the term's last year report (with `term_end`) each indicator's result with
    the start-of-term figure under it and a final "Không đạt"'s gap (`result_cell`, `compared_cell`)."""
    rows = report_rows(sub)
    if not (term_end and is_term_end(sub.period)):
        return rows
    out = []
    for row, it in zip(rows, report_items(sub)):
        if it is not None:
            row = (*row[:RESULT], result_cell(it), compared_cell(it), *row[COMPARED + 1:])
        out.append(row)
    return out


def summary_line(sub: Submission, term_end: bool = True) -> str:
    """The line under the table counting the verdicts: "Tổng hợp 8 chỉ tiêu tỉnh giao: Vượt 5, …"
    (`Submission.summary_text`, as every version wrote it); in the term's last year report (with
    `term_end`) the PDF's, the term's targets counted apart from the year's and the Không đạt named
    (`report_pdf.summary_sentence`: "… 6 chỉ tiêu nhiệm kỳ 2026-2030: Vượt 3, Đạt 1, Không đạt 2
    (các chỉ tiêu số 1, 2); 2 chỉ tiêu năm 2030: …")."""
    said = summary_sentence(sub) if term_end and is_term_end(sub.period) else sub.summary_text()
    return f"Tổng hợp {len(sub.assigned_items)} chỉ tiêu tỉnh giao: {said}."


def summary_lines(sub: Submission, term_end: bool = True) -> list[str]:
    """The summary lines `verify` accepts under the table of a file of `sub`, each whole: the
    writer's now (`summary_line`), then those earlier versions wrote for the same data, as
    `submission_format.written_before` gives the table's cells theirs. Every version so far wrote
    "Tổng hợp {n} chỉ tiêu tỉnh giao: {counts}." (`Submission.summary_text`) in every period; a 2030
    file written before the term's end (`term_end` False: titled as before) holds that one, and one
    written with it (`term_end`) the term's form only. A wording a later version gives the line is
    added here beside it, never found by its beginning (red-team R22 F1: "Vượt 8, Đạt 0, Không
    đạt 0" over data counting Vượt 2 verified intact)."""
    before = [] if term_end and is_term_end(sub.period) else _summaries_before(sub)
    return list(dict.fromkeys([summary_line(sub, term_end), *before]))


def _summaries_before(sub: Submission) -> list[str]:
    """The summary lines earlier versions wrote for `sub` (7515160 to 2026.12, the template unchanged:
    `git log -S"Tổng hợp" -- exports/ desktop_app/core/`)."""
    return [summary_line(sub, term_end=False)]


def own_summary_lines(sub: Submission, term_end: bool = True) -> list[str]:
    """The unit's own summary line (`Submission.own_summary_sentence`, "Theo 4 chỉ tiêu phường tự đặt
    năm 2026: …") as `verify` accepts it, whole: now, and a ward's "xã tự đặt" of files written until
    2026.12 (`written_before`'s rule, none with the term's end); [] without own targets."""
    own = sub.own_summary_sentence()
    if not own:
        return []
    ward_as_before = own.replace(f" {sub.unit_word} tự đặt", " xã tự đặt", 1)
    before = [] if term_end and is_term_end(sub.period) else [ward_as_before]
    return list(dict.fromkeys([own, *before]))


def term_note(sub: Submission, term_end: bool = True) -> str:
    """The line after the summary in the term's last year report (with `term_end`): which rows are
    final for the term, the line under the PDF's annex ("Chỉ tiêu số 1–6 đánh giá kết quả cuối cùng
    cả nhiệm kỳ 2026-2030; chỉ tiêu số 8, 9 đánh giá kết quả năm 2030."); "" in any other."""
    if not (term_end and is_term_end(sub.period)):
        return ""
    return term_end_note(((it.no, SPAN_HORIZONS.get(it.code)) for it in sub.items), sub.period)


def term_end_written(sub: Submission, title: str) -> bool:
    """Whether a file of `sub` whose heading's title cell holds `title` was written with the term's
    end (from 2026.12): a 2030 report titled "… VÀ CẢ NHIỆM KỲ 2026-2030". A file of any other
    period, or titled as before, is read as written before: its table, heading and lines under it
    as every earlier version wrote them (`written_before` included). The title decides, not
    "Thông tin"'s `app_version`: every version before 0.2.0 states 0.1.0, the term's title included."""
    return is_term_end(sub.period) and title == sheet_heading(sub)[TITLE]


# The words the PDF prints the same (exports/report_pdf.py, report_annex.py import them from here): here,
# with no PDF library, so that `verify` reads a file without importing reportlab (0,27 s -> ~0,1 s).
def failed_named(sentence: str, numbers: list[int]) -> str:
    """`sentence` ("…, Không đạt 2, …", `Submission.summary_text` or `own_summary_sentence`) with the
    numbers (STT, as the annex numbers them) of the `numbers` indicators found Không đạt after their
    count: "Không đạt 1 (chỉ tiêu số 8)", "Không đạt 2 (các chỉ tiêu số 8, 12)"; the count alone
    sent the reader through the annex's rows to find them. The PDF's only: the workbook's "Báo cáo"
    sheet prints the sentence as it was, which the province checks (`exports.report_check`)."""
    if not numbers:
        return sentence
    which = ("chỉ tiêu số " if len(numbers) == 1 else "các chỉ tiêu số ") + ", ".join(map(str, numbers))
    count = f"{Verdict.KHONG_DAT.value} {len(numbers)}"  # once in the sentence: its only count of Không đạt
    return sentence.replace(count, f"{count} ({which})", 1)


def summary_sentence(sub: Submission) -> str:
    """What follows "Tổng hợp 8 chỉ tiêu tỉnh giao:": the counts of the verdicts, the Không đạt
    named (`failed_named`); in the term's last year report the term's targets counted apart from the
    year's ("6 chỉ tiêu nhiệm kỳ 2026-2030: Vượt 3, Đạt 1, Không đạt 2 (các chỉ tiêu số 1, 2); 2 chỉ
    tiêu năm 2030: Vượt 2": one count mixed the term's final verdicts with the year's, walk U11 F4)."""
    items = sub.assigned_items
    parts = term_end_groups(((it.no, SPAN_HORIZONS.get(it.code), it.verdict) for it in items), sub.period)
    if not parts:
        return failed_named(sub.summary_text(), [it.no for it in items if it.verdict == Verdict.KHONG_DAT])
    return "; ".join(f"{label}: {failed_named(counts, failed)}" for label, counts, failed in parts)


def annex_title(sub: Submission) -> str:
    """The annex's title, the workbook's "Báo cáo" sheet's; in the term's last year report, of the
    whole term too (`term_end.term_end_title`)."""
    heading = report_heading(sub)[(4, 1)]
    whole = term_end_title(sub.report_title, sub.period)
    return heading + whole[len(sub.report_title):].upper()
