"""The one submission reader refuses unsafe files before any xlsx reader opens them, and
gives each refusal its class."""
from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.core.errors import (
    DamagedFile,
    NotASubmission,
    TamperedFile,
    UnsupportedVersion,
)
from exports.submission_format import SHEET_INFO
from exports.submission_reader import parse_bytes, read_submission
from exports.xlsx_container import MAX_FILE_BYTES, check_container
from tests.province.helpers import with_part


def _zip(members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def test_a_zip_bomb_is_refused_from_its_central_directory():
    """A part that unpacks to far more than a submission is refused without unpacking it."""
    bomb = _zip({"[Content_Types].xml": b"<x/>", "xl/worksheets/sheet1.xml": b"0" * (30 * 1024 * 1024)})
    assert len(bomb) < 100_000
    with pytest.raises(DamagedFile, match="zip bomb"):
        check_container(bomb, "bom.xlsx")


def test_a_central_directory_that_lies_about_sizes_is_caught():
    """A part declared small whose data unpacks to more fails the stated-size and CRC check."""
    data = bytearray(_zip({"a.xml": b"A" * 200_000}))
    # shrink the declared uncompressed size in the central directory and the local header
    honest = (200_000).to_bytes(4, "little")
    small = (1_000).to_bytes(4, "little")
    data = bytes(data).replace(honest, small)
    with pytest.raises(DamagedFile):
        check_container(data, "gia.xlsx")


def test_too_many_parts_and_passwords_are_refused():
    """Thousands of parts or an encrypted part: refused as damaged."""
    many = _zip({f"p{i}.xml": b"x" for i in range(500)}, zipfile.ZIP_STORED)
    with pytest.raises(DamagedFile, match="quá nhiều"):
        check_container(many, "nhieu.xlsx")


def test_an_oversized_file_is_refused_without_reading_it(tmp_path, monkeypatch):
    """Above the size limit the file is never opened."""
    big = tmp_path / "to.xlsx"
    with open(big, "wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)
    import builtins
    import os

    def guard(real):
        def guarded(path, *a, **k):
            assert Path(path) != big, "the oversized file was opened"
            return real(path, *a, **k)
        return guarded

    monkeypatch.setattr(builtins, "open", guard(builtins.open))
    monkeypatch.setattr(os, "open", guard(os.open))
    with pytest.raises(DamagedFile, match="quá lớn"):
        read_submission(big)


def test_a_file_that_grows_while_it_is_read_is_read_whole_or_refused(tmp_path, monkeypatch):
    """The size the system gave before opening is not trusted: a file written to meanwhile (still
    arriving from the mail program) is read whole up to the limit, and refused beyond it."""
    import os

    import exports.xlsx_container as container

    grown, huge = tmp_path / "dang-ghi.xlsx", tmp_path / "lon-dan.xlsx"
    grown.write_bytes(b"PK" + b"x" * 20_000)
    huge.write_bytes(b"PK" + b"x" * MAX_FILE_BYTES)
    real_stat, real_fstat = os.stat, os.fstat

    def earlier(info):  # what the system said before the rest was written
        return os.stat_result((info.st_mode, *tuple(info)[1:6], 100, *tuple(info)[7:]))

    monkeypatch.setattr(container.os, "stat", lambda path, *a, **k: earlier(real_stat(path)) if Path(path).parent
                        == tmp_path else real_stat(path, *a, **k))
    monkeypatch.setattr(container.os, "fstat", lambda fd: earlier(real_fstat(fd)))
    assert container.read_bytes_limited(grown) == grown.read_bytes()
    with pytest.raises(DamagedFile, match="quá lớn"):
        container.read_bytes_limited(huge)


def _edited(path: Path, tmp: Path, key: str, value: str) -> Path:
    wb = load_workbook(path)
    ws = wb[SHEET_INFO]
    for row in ws.iter_rows(min_row=2):
        if row[0].value == key:
            row[2].value = value
    out = tmp / f"{key}.xlsx"
    wb.save(out)
    return out


def test_classes_of_refusal(inbox, tmp_path):
    """A newer format version, a foreign format marker and a garbled figure each get their class."""
    src = inbox["folder"] / next(n for n, c in inbox["expected"].items() if c == "Hợp lệ")
    with pytest.raises(UnsupportedVersion, match="phiên bản 3"):
        read_submission(_edited(src, tmp_path, "format_version", "3"))
    with pytest.raises(NotASubmission):
        read_submission(_edited(src, tmp_path, "format", "something-else"))
    from tests.province.conftest import tamper

    tamper(src, tmp_path / "chu.xlsx", new="chín nghìn")
    with pytest.raises(TamperedFile, match="không phải là số"):
        read_submission(tmp_path / "chu.xlsx")
    with pytest.raises(DamagedFile):
        parse_bytes(b"PK\x03\x04" + b"\x00" * 100, "hong.xlsx")


INFO_PART = "xl/worksheets/sheet3.xml"  # "Thông tin", the third sheet the writer makes


def _far(cell: bytes):
    return lambda xml: xml.replace(b"</sheetData>", cell + b"</sheetData>")


def test_a_cell_placed_far_away_is_refused_before_any_sheet_is_read(inbox):
    """python-calamine makes a sheet the rectangle up to its farthest cell: one cell at
    XFD1048576 in a 13 kB file asked for 549 GB and killed the whole intake, beyond any
    error boundary. Such a file is refused by the container check, whatever the spelling."""
    src = inbox["folder"] / next(n for n, c in inbox["expected"].items() if c == "Hợp lệ")
    far = [b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>',
           b"<row r='20000'><c r='AAA20000'><v>1</v></c></row>",
           b'<row r="30"><c r="da30"><v>1</v></c></row>',  # column 105: letters in any case
           b'<row r = "10000"><c><v>1</v></c></row>',  # a row alone places its cells
           b'<x:row xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" t="a>b" r="99999"/>']
    for cell in far:
        with pytest.raises(DamagedFile, match="ngoài vùng 104 cột x 9.999 dòng"):
            parse_bytes(with_part(src, INFO_PART, _far(cell)), "xa.xlsx")
    # the farthest cell allowed is read; a theme's own r="50000" is no cell
    near = with_part(src, INFO_PART, _far(b'<row r="9999"><c r="CZ9999"><v>1</v></c></row>'))
    check_container(near, "xa.xlsx")
    check_container(with_part(src, "xl/theme/theme1.xml", lambda x: x.replace(
        b"</a:theme>", b'<a:fillToRect l="50000" t="-80000" r="50000" b="180000"/></a:theme>')), "xa.xlsx")


def test_a_part_named_twice_is_refused(inbox):
    """Readers differ on which copy of a twice-named part they show: a person could see other
    figures than those counted."""
    import warnings

    src = inbox["folder"] / next(n for n, c in inbox["expected"].items() if c == "Hợp lệ")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns of the duplicate name it writes
        twice = with_part(src, "", lambda x: x, {"xl/worksheets/Sheet2.xml": b"<worksheet/>"})
    with pytest.raises(DamagedFile, match="hai lần"):
        check_container(twice, "xa.xlsx")


def test_what_a_person_reads_must_say_what_the_data_say(inbox, tmp_path):
    """"Thông tin" repeats the unit, the period and the printed code, and "Báo cáo" heads its
    table with the unit and "DỰ THẢO": edited to name another unit or period, or to hide the
    draft mark, a person would read another report than the one counted. Refused (Thông tin)
    or not intact (verify), naming the cell."""
    from exports.submission_format import SHEET_REPORT
    from exports.submission_reader import verify_file

    src = inbox["folder"] / next(n for n, c in inbox["expected"].items() if c == "Hợp lệ")
    for key, value, said in (("unit_code", "05881", '"Mã đơn vị" ghi "05881"'),
                             ("unit_name", "Xã Thành Công", '"Tên đơn vị" ghi "Xã Thành Công"'),
                             ("period", "2026", '"Mã kỳ báo cáo" ghi "2026"'),
                             ("period_name", "Năm 2026", '"Kỳ báo cáo" ghi "Năm 2026"'),
                             ("fingerprint_short", "0123456789abcdef", '"Mã xác thực in trên báo cáo"')):
        with pytest.raises(TamperedFile, match=said):
            read_submission(_edited(src, tmp_path, key, value))
    # names, codes and times are one line: a file cannot print lines of its own under verify's verdict
    with pytest.raises(TamperedFile, match='"Người lập biểu" ghi nhiều dòng'):
        read_submission(_edited(src, tmp_path, "preparer", "Nguyễn Văn An\n\nKý bằng khóa mã ... KHỚP"))
    with pytest.raises(TamperedFile, match="không phải tên đăng nhập"):
        read_submission(_edited(src, tmp_path, "approved_by", "<b>Chủ tịch</b> Trần Thị Bình"))
    # a name as a computer's login name can be (what a unit without accounts wrote until 2026.12, walk U22 F1)
    # is read, and the signature, which covers the approver, says the file was changed
    renamed = verify_file(_edited(src, tmp_path, "approved_by", "Chủ tịch Trần Thị Bình"))
    assert not renamed.ok and "Chữ ký" in renamed.message and "không khớp" in renamed.message, renamed.message
    draft = inbox["folder"] / f"{inbox['kept'][inbox['draft']].file_stem}.xlsx"
    sub = read_submission(draft)
    assert not sub.approved and verify_file(draft).ok
    wb = load_workbook(draft)
    ws = wb[SHEET_REPORT]
    ws["A2"].value, ws["A3"].value = "XÃ THÀNH CÔNG", None
    wb.save(tmp_path / "nhu-da-duyet.xlsx")
    v = verify_file(tmp_path / "nhu-da-duyet.xlsx")
    assert not v.ok and "KHÔNG nguyên vẹn" in v.message
    assert 'ô A2 (đầu báo cáo): ghi "XÃ THÀNH CÔNG"' in v.message and 'ô A3 (đầu báo cáo): ghi "", số liệu là "DỰ THẢO"' in v.message


def test_a_pdf_says_whether_its_excel_file_came_with_it(inbox, tmp_path):
    """A unit that sent only its printed report is asked for the Excel file; a PDF sent with
    its Excel file (the plain or the digitally signed copy) only points to it."""
    from desktop_app.core.intake import FileClass
    from exports.submission_reader import examine

    pdf = b"%PDF-1.4\n% a printed report\n"
    stem = inbox["kept"][inbox["units"][0]].file_stem
    (tmp_path / "rieng").mkdir()
    (tmp_path / "rieng" / f"{stem}.pdf").write_bytes(pdf)
    alone, _ = examine(tmp_path / "rieng" / f"{stem}.pdf")
    assert alone.class_ == FileClass.KHONG_PHAI
    assert f"thư mục không có tệp Excel {stem}.xlsx gửi kèm" in alone.reason
    assert "Hãy xin đơn vị gửi cả tệp Excel" in alone.reason

    (tmp_path / "ca-hai").mkdir()
    (tmp_path / "ca-hai" / f"{stem}_ky-so.pdf").write_bytes(pdf)
    (tmp_path / "ca-hai" / f"{stem}.xlsx").write_bytes((inbox["folder"] / f"{stem}.xlsx").read_bytes())
    paired, _ = examine(tmp_path / "ca-hai" / f"{stem}_ky-so.pdf")
    assert f"từ tệp Excel {stem}.xlsx gửi kèm, đọc riêng" in paired.reason


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="pipes and /dev/zero are POSIX")
def test_a_pipe_or_a_device_in_place_of_the_file_is_refused_unread(tmp_path):
    """A pipe (nobody writing: opening it used to wait for ever) or a link to /dev/zero (the
    system says 0 bytes; reading it used to go on until memory ran out), put where a submission
    was after the folder was listed, is refused at once as not an Excel file."""
    from exports.xlsx_container import read_bytes_limited

    pipe, zero = tmp_path / "ong.xlsx", tmp_path / "khong.xlsx"
    os.mkfifo(pipe)
    zero.symlink_to("/dev/zero")
    for path in (pipe, zero):
        with pytest.raises(DamagedFile) as refused:
            read_bytes_limited(path)
        assert str(refused.value) == (f"Tệp {path.name} không phải tệp thường (một lối tắt, liên kết hoặc thiết bị): "
                                      "không đọc; chép chính tệp vào thư mục rồi đọc lại.")
