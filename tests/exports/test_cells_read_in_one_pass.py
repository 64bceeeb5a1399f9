"""A row of "Dữ liệu" is judged in one pass where every cell is as the writer writes it (text that
is printable and NFC, decimals in canonical form), and cell by cell otherwise: either way each cell
reads as `cell_text` and `_decimal` read it, and a refusal names the same cell with the same words."""
from __future__ import annotations

import unicodedata
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from python_calamine import CalamineWorkbook

import exports.submission_format as fmt
from desktop_app.core.errors import BadSubmission
from desktop_app.core.numbers import canonical
from exports.submission_format import (
    _CANONICAL_ROW,
    _DECIMAL_TEXT,
    _ITEM_TEXTS,
    DECIMAL_COLUMNS,
    SHEET_DATA,
    cell_text,
    cell_texts,
    read_data,
)
from exports.submission_xlsx import write_submission


def test_the_separator_composes_with_no_character():
    """"|" is a starter no character composes with, before or after it: NFC of texts joined by it
    is the texts' NFC joined by it, so the joined text is NFC exactly when each text is."""
    assert unicodedata.combining("|") == 0 and unicodedata.decomposition("|") == ""
    nfc = unicodedata.normalize
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        c = chr(code)
        assert nfc("NFC", c + "|") == nfc("NFC", c) + "|" and nfc("NFC", "|" + c) == "|" + nfc("NFC", c), hex(code)


_ODD = st.sampled_from(["", " ", "|", "\u0301", "e\u0301", "é", "\u200b", "\u202e", "\n", "\r\n", "\x00", "ệ",
                        "\ufeff", "\u1100\u1161", "\uac00\u11a8", "a\u0323\u0302", "\ufffe"])
_CELL = st.one_of(st.lists(st.one_of(_ODD, st.text(max_size=4)), max_size=4).map("".join),
                  st.none(), st.integers(-10**6, 10**6), st.floats(allow_nan=True), st.booleans())


@settings(max_examples=400, deadline=None)
@given(st.lists(_CELL, min_size=1, max_size=8))
def test_cells_read_together_read_as_each_alone(values):
    assert cell_texts(values) == [cell_text(v) for v in values]


def _as_decimal(v) -> str | None:
    try:
        return fmt._decimal(v, "value", 2)
    except BadSubmission:
        return "refused"


_NUMBER = st.one_of(
    st.builds(lambda minus, whole, part: "-" * minus + whole + ("" if part is None else "." + part), st.booleans(),
              st.text("0123456789", min_size=1, max_size=32), st.none() | st.text("0123456789", max_size=32)),
    st.sampled_from(["", " ", "0", "-0", "-0.0", "0.50", "00", "01", "1.", ".5", "-.5", "1e5", "1E+2", "٣",
                     "1|2", "5 ", " 5", "-", "+1", "1_000", "1" * 30, "1" * 31, "0." + "0" * 29 + "1"]),
    st.decimals(allow_nan=False, allow_infinity=False, places=3).map(str),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_NUMBER, min_size=len(DECIMAL_COLUMNS) + 1, max_size=len(DECIMAL_COLUMNS) + 1))
def test_a_row_of_numbers_passes_at_once_only_if_each_is_read_as_written(cells):
    """The one-pass pattern holds exactly the rows whose every cell is empty or the canonical text
    `_decimal` makes of it: such a cell reads as itself, without any Decimal made of it."""
    each = all(c == "" or (_DECIMAL_TEXT.fullmatch(c) is not None and canonical(Decimal(c)) == c) for c in cells)
    assert (_CANONICAL_ROW.fullmatch("|".join(cells)) is not None) == each
    if each:
        assert [_as_decimal(c) for c in cells] == [c or None for c in cells]


@pytest.fixture(scope="module")
def data_rows(commune_sub, tmp_path_factory):
    path = write_submission(commune_sub, tmp_path_factory.mktemp("rows") / "f.xlsx")
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(SHEET_DATA).to_python(skip_empty_area=False)


def test_a_file_as_written_makes_no_decimal_and_cleans_each_cell_once(data_rows, monkeypatch):
    """Reading "Dữ liệu" as the writer wrote it converts no figure to a Decimal and judges text a
    row at a time (a narrative's section and title on their own): the sheet once took 300 calls of
    `cell_text` and 170 of `_decimal`."""
    calls = {"cell_text": 0, "_decimal": 0}

    def counted(name):
        real = getattr(fmt, name)

        def call(*args, **kw):
            calls[name] += 1
            return real(*args, **kw)
        return call
    for name in calls:
        monkeypatch.setattr(fmt, name, counted(name))
    _, items, narratives = read_data(data_rows, 2)
    assert len(items) > 10 and narratives and calls == {"cell_text": 2 * (len(data_rows) - 1 - len(items)), "_decimal": 0}


def _expected(row: list, header: list[str]) -> tuple:
    """An indicator row read cell by cell, in the order of the checks (the reading before the
    one-pass one), as the fields of its item or the refusal."""
    at = {c: header.index(c) for c in header}
    try:
        no = fmt._decimal(row[at["indicator_no"]], "indicator_no", 2)
        if no is None or not no.isdigit():
            raise BadSubmission(f"{fmt._where('indicator_no', 2)}: thiếu số thứ tự.", field="indicator_no")
        assigned = fmt._flag01(row[at["assigned"]], "assigned", 2)
        name = cell_text(row[at["indicator_name"]])
        indicator = f'chỉ tiêu {no} "{fmt.quoted(name)}"' if name else f"chỉ tiêu {no}"
        numbers = {k: fmt._decimal(row[at[k]], k, 2, indicator) for k in DECIMAL_COLUMNS}
        t = {k: cell_text(row[at[k]]) for k in _ITEM_TEXTS}
        fmt._in_vocabulary(t, 2, indicator)
        if not t["indicator"]:
            raise BadSubmission(f"{fmt._where('indicator', 2)}: thiếu mã chỉ tiêu.", field="indicator")
    except BadSubmission as err:
        return ("refused", err.message, err.field)
    return (int(no), assigned, numbers, t["indicator"], t["indicator_name"], t["verdict"], t["target_op"] or None,
            t["comment"], tuple(line for line in t["notes"].split("\n") if line), t["own_verdict"])


def _read(rows: list[list]) -> tuple:
    try:
        _, items, _ = read_data(rows, 2)
    except BadSubmission as err:
        return ("refused", err.message, err.field)
    it = items[0]
    return (it.no, it.assigned, {k: getattr(it, k) for k in DECIMAL_COLUMNS}, it.code, it.name, it.verdict,
            it.target_op, it.comment, it.notes, it.own_verdict)


_EDITED = ("indicator_no", "assigned", "indicator", "indicator_name", "verdict", "target_op", "own_verdict",
           "comment", "notes", *DECIMAL_COLUMNS)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_EDITED), st.one_of(_NUMBER, _CELL, st.sampled_from(
    ["Đạt", "Không đạt", "≥", "=", "1", "0", "Đạt\u200b", "Đạt\n"]))), max_size=4))
def test_an_edited_row_reads_as_each_cell_read_alone(data_rows, edits):
    header = [cell_text(c) for c in data_rows[0]]
    row = list(data_rows[1])
    for code, value in edits:
        row[header.index(code)] = value
    assert _read([data_rows[0], row]) == _expected(row, header)
