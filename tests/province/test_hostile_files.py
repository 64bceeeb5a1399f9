"""Files made to hurt the province: none stops the intake or `chitieu verify`, and none is read
as something it is not. Each is refused with a Vietnamese reason saying why."""
from __future__ import annotations

import base64
import dataclasses
import random
import re
from pathlib import Path

import pytest

from desktop_app.core.errors import DamagedFile, TamperedFile
from desktop_app.core.intake import FileClass, after_receipt, parse_time
from desktop_app.core.recompute import check_values
from desktop_app.core.rows import NARRATIVE_SECTIONS
from desktop_app.core.signing import (
    new_private_key,
    public_key,
    sign,
    verifies,
    well_formed,
)
from desktop_app.core.submission import Narrative
from desktop_app.core.validation import MAX_NARRATIVE, MAX_TEXT
from exports.submission_reader import examine, parse_bytes, read_submission, verify_file
from exports.submission_xlsx import write_submission
from exports.xlsx_container import check_container
from tests.province.conftest import PERIOD
from tests.province.helpers import KEYS, later, sign_with, with_part

INFO_PART = "xl/worksheets/sheet3.xml"  # "Thông tin"


def _valid(inbox) -> Path:
    return inbox["folder"] / next(n for n, c in inbox["expected"].items() if c == "Hợp lệ")


def _added(rows: bytes):
    return lambda xml: xml.replace(b"</sheetData>", rows + b"</sheetData>")


# --- F1: cells and rows placed by counting -------------------------------------------------------

def test_a_sheet_of_cells_without_their_place_is_refused_before_any_reader_opens_it(inbox):
    """calamine places a cell or row without r by counting: 9.999 empty rows and a row of
    400.000 cells (1,5 MB) asked for 128 GB and aborted the whole intake. The container check
    refuses it (only the check runs here: nothing is allocated, with or without the fix)."""
    src = _valid(inbox)
    rnd = random.Random(1)
    # 45.000 cells (a rectangle of 450 million): a part of more tags is refused before, as too many
    # for memory (test_parts_bounded)
    huge = b"<row/>" * 9999 + b"<row>" + b"".join(b"<c><v>%d</v></c>" % rnd.randint(0, 10**6)
                                                  for _ in range(45_000)) + b"</row>"
    with pytest.raises(DamagedFile, match="có ô không ghi vị trí"):
        check_container(with_part(src, INFO_PART, _added(huge)), "xa.xlsx")
    for rows in (b'<row r="50"><c><v>1</v></c></row>',  # a cell without r in a placed row
                 b'<row r="52"><c/></row>',
                 b'<row r="53"><c x:r="A53" xmlns:x="urn:x"><v>1</v></c></row>',  # calamine reads only r
                 b'<row r="54"><c R="A54"><v>1</v></c></row>',
                 b'<row r="55"><c r=""><v>1</v></c></row>',
                 b'<row r="56"><x:c xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 b"<x:v>1</x:v></x:c></row>"):
        with pytest.raises(DamagedFile, match="có ô không ghi vị trí"):
            parse_bytes(with_part(src, INFO_PART, _added(rows)), "xa.xlsx")
    # r after another attribute, spaced, in single quotes: placed (every writer puts it first); a
    # cell placed by its own r, whatever its row says; rows without cells (each states its place:
    # a row without it is refused, test_sheet_rows_placed)
    check_container(with_part(src, INFO_PART, _added(
        b"""<row r="60" spans="1:2"><c t="n" r="A60"><v>1</v></c><c  s='1'  r = 'B60'><v>2</v></c></row>"""
        b'<row r="99"><c r="A61"><v>1</v></c></row>' + b"".join(b'<row r="%d"/>' % k for k in range(100, 9999)))),
        "xa.xlsx")


def test_a_part_of_another_format_is_refused(inbox):
    """Where a file is no readable xlsx, calamine reads it as .xlsb or OpenDocument, whose sheets
    the container check does not look into."""
    src = _valid(inbox)
    for part in ("content.xml", "xl/workbook.bin"):
        with pytest.raises(DamagedFile, match=f"có phần {part} của loại tệp khác"):
            check_container(with_part(src, "", lambda x: x, {part: b"<x/>"}), "xa.xlsx")


class PanicException(BaseException):
    """What pyo3 raises when the Rust code under calamine panics: no Exception."""


class _PanickingBook:
    sheet_names = ["Thông tin", "Dữ liệu", "Báo cáo"]

    def __init__(self, error):
        self.error = error

    def get_sheet_by_name(self, name):
        raise self.error


def test_a_panic_of_the_reader_refuses_the_file(inbox, monkeypatch):
    """A panic under calamine is a BaseException: it went past `except Exception`, with a
    traceback instead of a refusal. The file is "Tệp hỏng"; stopping the program still stops it."""
    import exports.submission_reader as reader

    src = _valid(inbox)
    monkeypatch.setattr(reader, "_workbook", lambda data, name: _PanickingBook(PanicException("capacity overflow")))
    result, sub = examine(src)
    assert sub is None and result.class_ == FileClass.TEP_HONG
    assert f'Tệp {src.name} bị hỏng: không đọc được trang "Thông tin".' == result.reason
    v = verify_file(src)
    assert not v.readable and v.message == result.reason
    monkeypatch.setattr(reader, "_workbook", lambda data, name: _PanickingBook(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        examine(src)


# --- F2: a time no clock says; no file stops the run ---------------------------------------------

def test_a_time_near_year_1_or_9999_is_refused_and_never_overflows():
    for text in ("0001-01-01T00:30:00+14:00", "9999-12-31T23:00:00-12:00", "1899-12-31T23:59:59+07:00"):
        assert parse_time(text) is None
        assert after_receipt(text, "2026-06-18") is False
    assert parse_time("1970-01-01T07:00:00+07:00") is not None  # a clock reset: read, not preferred


def test_a_zone_no_clock_has_is_refused():
    """Red-team R30 F5: "+23:59" and an offset with seconds were read, and "2999-12-31T23:00-12:00" (the
    Vietnam day 01/01/3000) printed a day past the program's years on the paper and in DHIS2."""
    for text in ("2026-12-01T10:00:00+23:59", "2026-12-01T10:00:00+05:30:15", "2026-12-01T10:00:00-13:00",
                 "2999-12-31T23:00:00-12:00"):
        assert parse_time(text) is None, text
    for text in ("2026-12-01T10:00:00+05:30", "2026-12-01T10:00:00-12:00", "2026-12-01T10:00:00+14:00",
                 "2026-12-01T10:00:00+05:45", "2026-12-01T10:00:00", "2026-12-01T10:00:00+00:00"):
        assert parse_time(text) is not None, text


def test_a_file_stating_such_a_time_is_refused_and_the_others_are_read(office, inbox, tmp_path):
    """It raised OverflowError inside the intake and stopped it: no file after it was ever read."""
    folder = tmp_path / "in"
    folder.mkdir()
    first = inbox["first"]
    for n, at in enumerate(("0001-01-01T00:30:00+14:00", "9999-12-31T23:00:00-12:00")):
        forged = sign_with(dataclasses.replace(first, generated_at=at), KEYS[first.public_key])
        write_submission(forged, folder / f"2026-6M_0540{n}_a.xlsx")
        with pytest.raises(TamperedFile, match=re.escape(f'"Thời điểm lập tệp" ghi "{at}", không phải thời điểm')):
            read_submission(folder / f"2026-6M_0540{n}_a.xlsx")
    good = inbox["kept"][inbox["units"][1]]
    write_submission(good, folder / "z.xlsx")
    run = office.intake(folder, PERIOD)
    classes = {r.file_name: r.class_ for r in run.results}
    assert classes == {"2026-6M_05400_a.xlsx": FileClass.DA_BI_SUA, "2026-6M_05401_a.xlsx": FileClass.DA_BI_SUA,
                       "z.xlsx": FileClass.HOP_LE}


def test_an_unexpected_error_refuses_one_file_and_the_run_goes_on(office, inbox, tmp_path, monkeypatch):
    """Whatever fails while one file is judged, that file is "Tệp hỏng" with the reason, the
    other files are read, and the run's row is finished."""
    import desktop_app.intake as intake

    folder = tmp_path / "in"
    folder.mkdir()
    for unit in inbox["units"][:3]:
        write_submission(inbox["kept"][unit], folder / f"{inbox['kept'][unit].file_stem}.xlsx")
    poisoned = inbox["kept"][inbox["units"][1]]
    real = intake.Intake._decide

    def failing(self, result, sub, *args, **kwargs):  # after the version was written: nothing of it may stay
        decided = real(self, result, sub, *args, **kwargs)
        if sub.unit_code == poisoned.unit_code:
            raise OverflowError("date value out of range")
        return decided

    monkeypatch.setattr(intake.Intake, "_decide", failing)
    run = office.intake(folder, PERIOD)
    by_name = {r.file_name: r for r in run.results}
    bad = by_name[f"{poisoned.file_stem}.xlsx"]
    assert bad.class_ == FileClass.TEP_HONG and not bad.new and bad.received_id is None
    assert "lỗi không lường trước khi đọc tệp (OverflowError: date value out of range)" in bad.reason
    assert "các tệp khác vẫn được đọc" in bad.reason
    assert [r.class_ for r in run.results].count(FileClass.HOP_LE) == 2
    received = office.store.conn.execute("SELECT unit_code FROM received").fetchall()
    assert sorted(u for (u,) in received) == sorted(u for u in inbox["units"][:3] if u != poisoned.unit_code)
    log = office.store.intake_log(run_id=run.run_id)
    assert len(log) == 3 and any(row.class_ == FileClass.TEP_HONG for row in log)
    finished = office.store.conn.execute("SELECT finished_at FROM intake_runs WHERE id = ?", (run.run_id,)).fetchone()
    assert finished[0]


# --- F6: keys no one holds ----------------------------------------------------------------------

_P = 2**255 - 19
_D = (-121665 * pow(121666, -1, _P)) % _P
_L = 2**252 + 27742317777372353535851937790883648493


def _point(y: int, sign: int):
    x2 = (y * y - 1) * pow(_D * y * y + 1, -1, _P) % _P
    x = pow(x2, (_P + 3) // 8, _P)
    if (x * x - x2) % _P:
        x = x * pow(2, (_P - 1) // 4, _P) % _P
    if (x * x - x2) % _P:
        return None
    if x == 0 and sign:
        return None
    return (_P - x if (x & 1) != sign else x), y


def _add(a, b):
    (x1, y1), (x2, y2) = a, b
    t = _D * x1 * x2 * y1 * y2
    return (x1 * y2 + x2 * y1) * pow(1 + t, -1, _P) % _P, (y1 * y2 + x1 * x2) * pow(1 - t, -1, _P) % _P


def _times(n: int, a):
    out = (0, 1)
    while n:
        if n & 1:
            out = _add(out, a)
        a, n = _add(a, a), n >> 1
    return out


def _encoded(pt) -> bytes:
    x, y = pt
    return (y | (x & 1) << 255).to_bytes(32, "little")


def _small_order_points() -> set[bytes]:
    """The eight points of small order, found from the curve itself: L times a point is in the
    8-torsion; enough points give all of it."""
    found, rnd = set(), random.Random(8)
    while len(found) < 8:
        pt = _point(rnd.randrange(_P), rnd.randrange(2))
        if pt is not None:
            found.add(_encoded(_times(_L, pt)))
    return found


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def test_no_key_of_small_order_or_written_another_way_is_a_key():
    """With the identity as the key, R = the identity and S = 0 "verified" for any document:
    `chitieu verify` called such a file intact and signed. None of the eight points of small
    order is a key, nor a key's second spelling (y from p on)."""
    forged = _b64(b"\x01" + b"\x00" * 31 + b"\x00" * 32)  # R = the identity, S = 0
    points = _small_order_points()
    assert len(points) == 8
    for raw in points:
        assert not well_formed(_b64(raw), forged)
        assert not verifies(_b64(raw), b"any document at all", forged)
    for y in (_P, _P + 1, _P + 5):
        assert not well_formed(_b64(y.to_bytes(32, "little")), forged)
    private = new_private_key()
    real = public_key(private)
    assert well_formed(real, sign(private, b"x")) and verifies(real, b"x", sign(private, b"x"))


def test_a_file_signed_by_no_one_is_refused(inbox, tmp_path):
    identity = _b64(b"\x01" + b"\x00" * 31)
    sub = dataclasses.replace(inbox["first"], public_key=identity,
                              signature=_b64(b"\x01" + b"\x00" * 63))
    path = write_submission(sub, tmp_path / "khong-ai.xlsx")
    with pytest.raises(TamperedFile, match="khóa công khai của tệp không phải khóa của ai"):
        read_submission(path)
    v = verify_file(path)
    assert not v.ok and "KHÔNG nguyên vẹn" in v.message and "nguyên vẹn (" not in v.message


# --- F7, F8: what the entry form would never let through ----------------------------------------

def _judged(office, sub):
    unit = office.catalog.commune_by_code(sub.unit_code)
    return check_values(office.catalog, unit, sub)


def test_an_indicator_twice_or_text_beyond_the_forms_bounds_is_refused(office, inbox):
    sub = inbox["first"]
    assert _judged(office, sub) == []
    bhyt = next(i for i in sub.items if i.code == "bhyt")
    twice = dataclasses.replace(sub, items=sub.items + (dataclasses.replace(bhyt, value="100"),))
    assert _judged(office, twice) == [f"{office.catalog.indicator('bhyt').name}: ghi hai lần trong tệp (phần mềm ghi "
                                      "mỗi chỉ tiêu một lần)."]
    items = tuple(dataclasses.replace(i, comment="x" * (MAX_TEXT + 1)) if i.code == "bhyt" else i for i in sub.items)
    assert _judged(office, dataclasses.replace(sub, items=items)) == [
        f"{office.catalog.indicator('bhyt').name}: Ghi chú dài {MAX_TEXT + 1} ký tự, tối đa {MAX_TEXT}."]
    long = dataclasses.replace(sub, narratives=(Narrative("ket_qua", NARRATIVE_SECTIONS["ket_qua"],
                                                          "y" * (MAX_NARRATIVE + 1)),))
    assert _judged(office, long) == ["Kết quả đạt được: dài 20.001 ký tự, tối đa 20.000. Hãy rút gọn, hoặc gửi phần "
                                     "chi tiết thành văn bản riêng."]
    odd = dataclasses.replace(sub, narratives=(Narrative("zzz", "Tin mừng\u202e", "z"),
                                               Narrative("han_che", "Thành tích", "z")))
    assert _judged(office, odd) == [
        'Phần "zzz" ("Tin mừng") của báo cáo không có trong mẫu báo cáo (chỉ có: Kết quả đạt được, Hạn chế, '
        "nguyên nhân, Phương hướng, nhiệm vụ kỳ tới).",
        'Hạn chế, nguyên nhân: tệp ghi tên phần "Thành tích", mẫu báo cáo ghi "Hạn chế, nguyên nhân".']
    # a text the program writes itself, long enough to fill the province's database
    items = tuple(dataclasses.replace(i, notes=("n" * 2_100_000,)) if i.code == "bhyt" else i for i in sub.items)
    assert _judged(office, dataclasses.replace(sub, items=items)) == [
        f"{office.catalog.indicator('bhyt').name}: cột notes dài 2.100.000 ký tự; cả tệp dài quá 2.000.000 byte, điều "
        "phần mềm không bao giờ lập."]


def test_such_a_file_is_refused_at_intake_naming_the_indicator(office, inbox, tmp_path):
    """The province counted the last of two rows of an indicator, while the file's own report
    listed both."""
    folder = tmp_path / "in"
    folder.mkdir()
    sub = inbox["kept"][inbox["units"][2]]
    bhyt = next(i for i in sub.items if i.code == "bhyt")
    write_submission(later(sub, 5, items=sub.items + (dataclasses.replace(bhyt, value="100"),)),
                     folder / "hai-dong.xlsx")
    (result,) = office.intake(folder, PERIOD).results
    assert result.class_ == FileClass.DA_BI_SUA
    assert f"{office.catalog.indicator('bhyt').name}: ghi hai lần trong tệp" in result.reason


def test_a_section_written_again_further_down_is_refused(inbox, tmp_path):
    from openpyxl import load_workbook

    from exports.submission_format import SHEET_DATA

    sub = later(inbox["first"], 5, narratives=(Narrative("ket_qua", NARRATIVE_SECTIONS["ket_qua"], "Tốt."),
                                               Narrative("han_che", NARRATIVE_SECTIONS["han_che"], "Ít.")))
    path = write_submission(sub, tmp_path / "phan.xlsx")
    assert read_submission(path).narratives == sub.narratives
    wb = load_workbook(path)
    ws = wb[SHEET_DATA]
    first = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value and any(
        c.value == "ket_qua" for c in ws[r]))
    ws.append([c.value for c in ws[first]])  # "ket_qua" again, after "han_che"
    wb.save(tmp_path / "lai.xlsx")
    with pytest.raises(TamperedFile, match=f'dòng {ws.max_row}: phần "ket_qua" của báo cáo ghi lần nữa'):
        read_submission(tmp_path / "lai.xlsx")


# --- F9: another unit's name; characters that print nothing -------------------------------------

def test_a_file_naming_its_unit_otherwise_than_the_catalogue_is_refused(office, inbox, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    sub = inbox["kept"][inbox["units"][3]]
    unit = office.catalog.commune_by_code(sub.unit_code)
    other = next(c for c in office.catalog.communes if c.kind != unit.kind)
    path = write_submission(later(sub, 5, unit_name=other.name, unit_kind=other.kind), folder / "ten-khac.xlsx")
    (result,) = office.intake(folder, PERIOD).results
    assert result.class_ == FileClass.DA_BI_SUA and not result.new
    assert (f'ghi đơn vị mã {sub.unit_code} là "{other.name}" ({other.kind}), danh sách xã, phường của tỉnh ghi mã '
            f"này là {unit.name} ({unit.kind})") in result.reason
    v = verify_file(path)
    assert not v.ok and v.readable
    assert (f'tệp ghi tên đơn vị "{other.name}" ({other.kind}), danh sách xã, phường của bộ chỉ tiêu '
            f"{office.catalog.version} ghi mã {sub.unit_code} là {unit.name} ({unit.kind})") in v.message


@pytest.mark.parametrize("field,value,label", [
    ("unit_name", "Xã Tân\u200bCương", "Tên đơn vị"),
    ("signer", "Nguyễn Văn \u202eAn", "Người ký"),
    ("preparer", "Trần\u2028Thị Bình", "Người lập biểu"),
])
def test_a_character_that_prints_nothing_in_a_name_is_refused(inbox, tmp_path, field, value, label):
    path = write_submission(later(inbox["first"], 5, **{field: value}), tmp_path / "an.xlsx")
    hidden = f"U+{ord(next(c for c in value if not c.isprintable())):04X}"
    with pytest.raises(TamperedFile, match=re.escape(f'"{label}" có ký tự ẩn {hidden}')):
        read_submission(path)
    assert "KHÔNG nguyên vẹn" in verify_file(path).message


def test_a_zero_width_character_an_earlier_version_kept_in_a_typed_name_is_read(inbox, tmp_path):
    """Before names were cleaned at entry, "Trần Thị\u200b Bình" pasted from Word was saved and
    sent as typed: that genuine file stays readable and intact (it prints the same name)."""
    path = write_submission(later(inbox["first"], 5, signer="Trần Thị\u200b Bình",
                                  doc_symbol="BC-\u00adUBND"), tmp_path / "cu.xlsx")
    assert read_submission(path).signer == "Trần Thị\u200b Bình"
    assert "nguyên vẹn" in verify_file(path).message and "KHÔNG" not in verify_file(path).message


# --- F10: a part named twice, once with backslashes ---------------------------------------------

def test_a_part_named_again_with_backslashes_is_refused(inbox):
    """calamine reads `xl\\worksheets\\sheet1.xml` as `xl/worksheets/sheet1.xml`: a forged copy
    placed last was the one shown."""
    src = _valid(inbox)
    for name in ("xl\\worksheets\\sheet1.xml", "/xl/worksheets/sheet1.xml", "XL\\Worksheets\\Sheet1.xml"):
        twice = with_part(src, "", lambda x: x, {name: b"<worksheet/>"})
        with pytest.raises(DamagedFile, match="có phần xl/worksheets/sheet1.xml hai lần"):
            check_container(twice, "xa.xlsx")


def test_a_name_typed_with_a_character_that_prints_nothing_is_kept_without_it():
    """The commune's own program never writes a file the province refuses for it."""
    from desktop_app.core.validation import parse_name

    assert parse_name("Nguyễn\u200b Văn \u202eAn\ufeff", "Người ký") == "Nguyễn Văn An"
