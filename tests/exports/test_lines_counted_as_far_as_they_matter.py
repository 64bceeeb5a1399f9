"""`chitieu verify` reckons a text's lines only as far as they can matter (red-team 8): 1.240 texts
of 30.000 characters under rows of 409 pt, a 3,5 MB file within every bound of the container,
took it 16 s, all of it spent counting lines word by word, where a row is never asked for more than
0,85 of 409 pt. A row that tall is not reckoned, a text's lines are counted no further than that
height, line by line, and a sheet's look no further than the problems verify names; the verdicts
are the same (a reckoning word by word, below, as the writer fills its lines; a line full to a
float's last digit holds its words, where adding their widths one by one could say it did not)."""
from __future__ import annotations

import random
import re
import xml.etree.ElementTree as ET

from exports.report_fit import Columns, lines_needed, too_low
from exports.report_look import REPORT_RULES, SHOWN, Look, look_problems, sheet_texts
from exports.sheet_cells import Book, MergeIndex, merged_ranges, sheet_rows
from exports.submission_format import SHEET_REPORT
from exports.submission_reader import verify_file
from tests.exports.test_exports_xlsx import SAMPLE_V2
from tests.exports.test_report_shows_the_data import REPORT
from tests.exports.test_sheets_show_what_was_signed import _forged
from tests.province.helpers import with_part


def _words(rnd: random.Random, n: int) -> str:
    return " ".join(rnd.choice(["a", "b", "Không", "đạt", "thực", "hiện"]) for _ in range(n))


def test_a_text_longer_than_any_row_is_counted_as_far_as_a_row_is_asked():
    """30.000 characters in a row of 15 pt: too low, as before, said without counting them all."""
    text = _words(random.Random(1), 6000)
    said = too_low(text, ((30, 1), (30, 1)), (12, False), True, {30: 15.0}, 15.0, Columns(ET.Element("worksheet"), 6))
    assert said.startswith("dòng 30 cao 15 pt, không đủ cho ít nhất 30 dòng chữ cỡ 12 của ô A30")
    assert too_low(text, ((30, 1), (30, 1)), (12, False), True, {30: 409.0}, 15.0, Columns(ET.Element("worksheet"), 6)) == ""


def test_verify_of_texts_under_rows_as_tall_as_any_is_as_before(tmp_path):
    """The review's file in small (40 texts of 30.000 characters under the table, in rows of 409
    pt): refused for what lies under the table, as before; no row said too low."""
    rnd = random.Random(2)
    rows = "".join(f'<row r="{r}" ht="409" customHeight="1"><c r="A{r}" s="9" t="inlineStr"><is><t>{r} '
                   f"{_words(rnd, 6000)}</t></is></c></row>" for r in range(30, 70))
    path = _forged(tmp_path, (REPORT, "</sheetData>", rows + "</sheetData>"))
    verdict = verify_file(path)
    assert not verdict.ok and 'ô A30 dưới bảng: ghi "30 ' in verdict.message
    assert "không đủ cho" not in verdict.message


def test_a_sheet_s_look_is_judged_as_far_as_verify_names_its_problems(tmp_path):
    """Every row of the table lowered to 1 pt: the first twelve are named, as verify always named."""
    data = with_part(SAMPLE_V2, REPORT, lambda xml: re.sub(rb'<row r="([0-9]+)"[^>]*>', rb'<row r="\1" ht="1" customHeight="1">', xml))
    path = tmp_path / "xa.xlsx"
    path.write_bytes(data)
    book = Book(data)
    sheet = book.sheet(SHEET_REPORT)
    texts = sheet_texts(sheet_rows(data, [SHEET_REPORT])[SHEET_REPORT])
    found = look_problems(sheet, Look(book.styles, book.theme), book.shared, texts, MergeIndex(merged_ranges(sheet)[0]),
                          REPORT_RULES, False)
    assert len(found) == SHOWN == 12 and all("cao 1 pt" in f for f in found)
    assert not verify_file(path).ok


def _reference(text: str, width: float, size: float, bold: bool) -> int:
    """The lines as the writer fills them, word by word (`exports.submission_cells._wrap_parts`),
    in thousandths of the size (a line exactly full, to a float's last digit, holds its words)."""
    from exports.report_fit import _letter

    limit, space = width * 5.25 / (0.001 * size) + 1e-6, _letter(" ", "times", bold)
    lines = 0
    for para in text.split("\n"):
        lines += 1
        line = None  # thousandths of the size the line holds so far; None: nothing yet
        for word in (w for w in para.split(" ") if w):
            units = sum(_letter(ch, "times", bold) for ch in word)
            if line is not None and line + space + units > limit:
                lines, line = lines + 1, None
            if units > limit:  # whole lines of it, then its rest
                units = 0
                for ch in word:
                    k = _letter(ch, "times", bold)
                    if units and units + k > limit:
                        lines, units = lines + 1, 0
                    units += k
            line = units if line is None else line + space + units
    return lines


def test_lines_are_counted_as_the_writer_fills_them():
    """Texts of every kind (words wider than a line, tabs and no-break spaces, runs of spaces,
    paragraphs) at every width: as many lines as the writer's filling, or `most` if more."""
    rnd = random.Random(3)
    pieces = ["a", "ii", "Không", "đạt", "—", "%", "\t", "\u00a0", " ", "  ", "\n", "W" * 22, "1234567890" * 3, "xã:"]
    for _ in range(4000):
        text = re.sub("^ +", "", "".join(rnd.choice(pieces) + rnd.choice(["", " "]) for _ in range(rnd.randint(1, 40))))
        width, size, bold = rnd.choice([0.5, 1, 3.5, 6, 11, 16, 26, 46]), rnd.choice([8, 10, 11, 12, 13]), rnd.random() < 0.5
        want = _reference(text, width, size, bold)
        if "\n" not in text and len(text) * size <= width * 5.25:
            want = 1
        assert lines_needed.__wrapped__(text, width, size, bold) == want, (text, width, size, bold)
        most = rnd.randint(1, 8)
        assert lines_needed.__wrapped__(text, width, size, bold, most=most) == min(want, most)
