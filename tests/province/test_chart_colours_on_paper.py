"""The overview chart page as printed (walk 12, finding 8): its two charts side by side share no
colour (the same amber read "Trễ hạn" on the left and "Đang thực hiện" on the right, the same grey
"Chưa gửi" and "Chưa báo cáo, khác"); the parts one column stacks stay apart printed in black and
white; a legend never leaves one word alone on its last line ("Chưa gửi" under four others)."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from exports.consolidated_charts import SHARE_PARTS, STATUS_COLOURS, status_words
from exports.consolidated_pdf import render_pdf
from tests.province.conftest import PERIOD, REPORT_DATE

STATUSES = [status_words(s) for s in STATUS_COLOURS]  # bottom up, as a column stacks them
SHARES = [words for words, _, _ in SHARE_PARTS]


def _grey(rgb) -> float:
    """The grey a black-and-white printer gives a colour (ITU-R 601 luma, 0-255)."""
    r, g, b = rgb
    return 255 * (0.299 * r + 0.587 * g + 0.114 * b)


def _legends(page) -> dict[str, tuple[float, float, tuple]]:
    """Each legend's words on `page`: where they are printed (x, y) and the colour of the square
    printed just left of them."""
    squares, fill, words = [], (0.0, 0.0, 0.0), {}

    def before(op, args, cm, tm):
        nonlocal fill
        if op == b"rg":
            fill = tuple(float(a) for a in args)
        elif op == b"re" and abs(float(args[2]) - 8) < 0.5 and abs(float(args[3]) - 8) < 0.5:
            x, y = float(args[0]), float(args[1])
            squares.append((cm[0] * x + cm[2] * y + cm[4], cm[1] * x + cm[3] * y + cm[5], fill))

    def text(t, cm, tm, *_):
        if t.strip() in STATUSES + SHARES:
            words[t.strip()] = (tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5])

    page.extract_text(visitor_operand_before=before, visitor_text=text)
    found = {}
    for w, (x, y) in words.items():
        sx, sy, colour = min(squares, key=lambda s: abs(s[0] + 11 - x) + abs(s[1] - y))
        assert abs(sx + 11 - x) < 1 and abs(sy - y) < 3, (w, x, y, sx, sy)  # its own square
        found[w] = (x, y, colour)
    return found


@pytest.fixture(scope="module")
def overview(received):
    office, _ = received
    con = office.consolidation(PERIOD)
    pdf = render_pdf(con, report_date=REPORT_DATE)
    page = next(p for p in PdfReader(io.BytesIO(pdf)).pages if "Biểu đồ chung." in p.extract_text())
    legends = _legends(page)
    left = {w: v for w, v in legends.items() if w in STATUSES}
    right = {w: v for w, v in legends.items() if w in SHARES}
    assert len(left) >= 4 and len(right) >= 2, legends  # late, draft, unsigned, not sent; verdicts
    return left, right


def test_the_two_charts_share_no_colour(overview):
    left, right = overview
    shared = {c for *_, c in left.values()} & {c for *_, c in right.values()}
    assert not shared, {w: c for w, (*_, c) in {**left, **right}.items() if c in shared}


def test_the_parts_a_column_stacks_stay_apart_in_black_and_white(overview):
    """Bottom up, each part and the next one a column can draw differ by a tenth of the way from
    black to white at least (amber and grey, 181 and 187, printed as one part)."""
    for legend, order in ((overview[0], STATUSES), (overview[1], SHARES)):
        drawn = [(w, _grey(legend[w][2])) for w in order if w in legend]  # the legend's order: the column's
        for (w1, g1), (w2, g2) in zip(drawn, drawn[1:]):
            assert abs(g1 - g2) >= 25, (w1, g1, w2, g2)


def test_no_legend_leaves_one_word_alone_on_its_last_line(overview):
    for legend in overview:
        lines: dict[int, list[str]] = {}
        for w, (x, y, _) in legend.items():
            lines.setdefault(round(y), []).append(w)
        sizes = [len(ws) for _, ws in sorted(lines.items(), reverse=True)]
        assert sizes[-1] > 1 or len(sizes) == 1, lines
