"""Reading submission files fast and safely, for the province's intake of many files.

`read_submission_fast` gives the same `Submission` as `exports.submission_xlsx.read_submission`
(the same column and sheet rules: it runs the same parsing functions over rows read with
python-calamine instead of openpyxl, which is about twenty times faster on these files).

Before any xlsx reader sees a file, its zip container is checked without reading it all:
size limit, zip signature, the zip central directory (number of parts, total size when
unpacked, compression ratio: a "zip bomb" is refused there), then the parts are unpacked
straight from the bytes, never beyond the size the directory states, and each part's length
and CRC checked, so a directory that lies about sizes is caught too. Each refusal is a
`BadSubmission` subclass saying which class of problem it is, in Vietnamese.

The usual file takes a shorter road (`_parse_read_parts`): only the parts an xlsx reader
needs for the two sheets intake reads (relationships, workbook, those two
worksheets, shared strings, styles when a cell is not text) are unpacked and checked, and
python-calamine reads them from a new, uncompressed container holding exactly those checked
parts, so nothing is unpacked twice and nothing unchecked is read. A part no one reads (the
printed sheet, the theme, the content types) is not unpacked: its size is bounded by the
directory checks, and its damage does not refuse a file whose data is intact. Whenever that road meets anything
unusual, or the file is refused on it, the whole file is judged on the reference road
(`open_container` over every part, then calamine over the original bytes), so every refusal
and its message is the reference's.
"""
from __future__ import annotations

import datetime as dt
import io
import os
import re
import struct
import zipfile
from pathlib import Path

try:  # ISA-L's inflate: the same streams, checks and API as zlib's, twice as fast on these parts
    from isal import isal_zlib as zlib
except ImportError:  # a platform without its wheel
    import zlib

from desktop_app.errors import BadSubmission, os_error_text
from desktop_app.submission import (
    Item,
    Narrative,
    Submission,
    clean_text,
    item_maker,
)
from exports.submission_format import NotASubmission, UnsupportedVersion, check_format  # noqa: F401 (re-exported)
from exports.zip_writer import stored_zip

MAX_FILE_BYTES = 5 * 1024 * 1024  # a submission is about 15 kB; 5 MB is generous
MAX_MEMBERS = 64  # an xlsx of three sheets has about 11 parts
MAX_UNPACKED_BYTES = 40 * 1024 * 1024  # all parts together, unpacked
MAX_MEMBER_BYTES = 20 * 1024 * 1024
MAX_RATIO = 100  # unpacked / packed size of one part (XML packs 4-10 times)
RATIO_MIN_BYTES = 256 * 1024  # the ratio limit is checked for parts larger than this


class DamagedFile(BadSubmission):
    """Unreadable, not an xlsx, oversized or a zip bomb ("Tệp hỏng")."""


class TamperedFile(BadSubmission):
    """A submission whose data sheet cannot be read although it carries the format marker:
    it was changed after it was written."""


def _size_text(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB".replace(".", ",")


def read_bytes_limited(path: str | Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The file's bytes, refusing (without opening it) a file above `limit`. Read with the os
    functions: Python's buffered file objects cost twice the reading of a 15 kB file."""
    name = os.path.basename(os.fspath(path))
    try:
        size = os.stat(path).st_size
        if size > limit:
            raise DamagedFile(
                f"Tệp {name} quá lớn ({_size_text(size)}, giới hạn {_size_text(limit)}): "
                "không phải tệp số liệu do phần mềm lập (tệp số liệu chỉ khoảng 15 kB).", field="Tệp")
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        try:
            data = os.read(fd, size + 1)
            # more than stated: it grew since (read on to the limit); less: a short read
            while len(data) != size and len(data) <= limit:
                more = os.read(fd, limit + 1 - len(data))
                if not more:
                    break
                data += more
        finally:
            os.close(fd)
    except OSError as err:
        raise DamagedFile(f"Không đọc được tệp {name}: {os_error_text(err)}.", field="Tệp") from None
    if len(data) > limit:  # grew while being read
        raise DamagedFile(f"Tệp {name} quá lớn (trên {_size_text(limit)}).", field="Tệp")
    return data


def _directory(data: bytes, name: str) -> list:
    """The parts of a sane xlsx container, from its central directory (nothing unpacked yet)."""
    if len(data) > MAX_FILE_BYTES:
        raise DamagedFile(f"Tệp {name} quá lớn ({_size_text(len(data))}).", field="Tệp")
    if not data.startswith(b"PK\x03\x04"):
        raise DamagedFile(
            f"Tệp {name} không phải tệp Excel .xlsx (không đúng cấu trúc tệp nén); có thể tệp bị hỏng "
            "khi tải về hoặc là loại tệp khác.", field="Tệp")
    infos = _plain_directory(data)
    if infos is None:  # anything but the plainest zip: zipfile knows every variant
        try:
            zf = zipfile.ZipFile(io.BytesIO(data))
            infos = zf.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError,
                NotImplementedError, UnicodeDecodeError):
            raise DamagedFile(f"Tệp {name} bị hỏng: không mở được cấu trúc tệp nén của Excel.",
                              field="Tệp") from None
    if len(infos) > MAX_MEMBERS:
        raise DamagedFile(f"Tệp {name} có {len(infos)} phần bên trong, quá nhiều với một tệp số liệu "
                          "(nghi tệp nén độc hại).", field="Tệp")
    total = 0
    for info in infos:
        size, packed = info.file_size, info.compress_size
        total += size
        if info.flag_bits & 0x1:
            raise DamagedFile(f"Tệp {name} bị đặt mật khẩu, không đọc được.", field="Tệp")
        if size > MAX_MEMBER_BYTES or total > MAX_UNPACKED_BYTES:
            raise DamagedFile(
                f"Tệp {name} khi giải nén quá lớn (trên {_size_text(min(total, MAX_UNPACKED_BYTES))}): "
                "nghi tệp nén độc hại (zip bomb), không đọc.", field="Tệp")
        if size > RATIO_MIN_BYTES and size > MAX_RATIO * max(packed, 1):
            raise DamagedFile(
                f"Tệp {name} có tỉ lệ nén bất thường ({size // max(packed, 1)} lần): nghi tệp nén "
                "độc hại (zip bomb), không đọc.", field="Tệp")
    return infos


class _Part:
    """What `_directory` and `_unpack` read of a central directory entry (as zipfile.ZipInfo)."""

    __slots__ = ("filename", "flag_bits", "compress_type", "CRC", "compress_size", "file_size",
                 "header_offset")

    def __init__(self, filename, flag_bits, compress_type, crc, compress_size, file_size, header_offset):
        self.filename, self.flag_bits, self.compress_type = filename, flag_bits, compress_type
        self.CRC, self.compress_size, self.file_size = crc, compress_size, file_size
        self.header_offset = header_offset

    def is_dir(self) -> bool:
        return self.filename.endswith("/")


_END = struct.Struct("<4s4H2LH")  # end of central directory record, 22 bytes
_ENTRY = struct.Struct("<4s6H3L5H2L")  # central directory file header, 46 bytes


def _plain_directory(data: bytes) -> list[_Part] | None:
    """The central directory of a plain zip (one disk, no zip64, no archive comment, nothing
    before or after it, ASCII part names: what xlsx writers make), read with struct, several
    times faster than zipfile; None for anything else, which zipfile then reads."""
    if len(data) < _END.size:
        return None
    sig, disk, cd_disk, n_disk, n, cd_size, cd_offset, comment = _END.unpack_from(data, len(data) - _END.size)
    if sig != b"PK\x05\x06" or disk or cd_disk or n_disk != n or comment or n == 0xFFFF \
            or cd_offset + cd_size != len(data) - _END.size:
        return None
    parts, at, entry = [], cd_offset, _ENTRY.unpack_from
    for _ in range(n):
        if at + _ENTRY.size > cd_offset + cd_size:
            return None
        (sig, _made, _needed, flags, method, _time, _date, crc, packed, size, name_len, extra_len,
         comment_len, _disk, _internal, _external, offset) = entry(data, at)
        raw = data[at + _ENTRY.size:at + _ENTRY.size + name_len]
        if sig != b"PK\x01\x02" or 0xFFFFFFFF in (packed, size, offset) or len(raw) != name_len \
                or not raw.isascii() or b"\x00" in raw or b"\\" in raw:
            return None
        parts.append(_Part(raw.decode("ascii"), flags, method, crc, packed, size, offset))
        at += _ENTRY.size + name_len + extra_len + comment_len
    return parts if at == cd_offset + cd_size else None


def open_container(data: bytes, name: str, names=None) -> dict[str, tuple[bytes, int]]:
    """Refuse what is not a sane xlsx container, before any xlsx reader opens it; returns the
    unpacked, checked parts (name -> (bytes, CRC)): those of `names` the file has, or every part."""
    infos = _directory(data, name)
    # The directory may lie about sizes: unpack every part, never beyond its stated size, and
    # check its length and CRC, so what the xlsx reader then unpacks is bounded and intact.
    parts = {}
    for info in infos:
        if info.is_dir() or (names is not None and info.filename not in names):
            continue
        try:
            out = _unpack(data, info)
        except Exception:  # zlib's error, struct.error and the like
            out = None
        if out is None:
            raise DamagedFile(f"Tệp {name} bị hỏng: phần {info.filename} bên trong không giải nén được "
                              "hoặc sai mã kiểm tra (CRC).", field="Tệp")
        parts[info.filename] = (out, info.CRC)
    return parts


def _unpack(data: bytes, info) -> bytes | None:
    """One part straight from the bytes (zlib, at most its stated size + 1), if intact."""
    off = info.header_offset
    if data[off:off + 4] != b"PK\x03\x04":
        return None
    name_len, extra_len = struct.unpack("<HH", data[off + 26:off + 30])
    start = off + 30 + name_len + extra_len
    raw = data[start:start + info.compress_size]
    if len(raw) != info.compress_size:
        return None
    if info.compress_type == zipfile.ZIP_STORED:
        out = raw
    elif info.compress_type == zipfile.ZIP_DEFLATED:
        d = zlib.decompressobj(-15)
        out = d.decompress(raw, info.file_size + 1)
        if len(out) > info.file_size or not d.eof:
            return None
    else:  # xlsx writers only store or deflate
        return None
    if len(out) != info.file_size or zlib.crc32(out) != info.CRC:
        return None
    return out


# The parts calamine reads for "Dữ liệu" and "Thông tin" as our writer lays them out (the
# second and third worksheets; calamine never reads [Content_Types].xml). A file laid out
# otherwise (saved again by another program) lacks one of the worksheets its workbook names
# on the short road, which fails there, and is read on the reference road.
_READ_PARTS = frozenset(("_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                         "xl/sharedStrings.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml"))
_STYLES = "xl/styles.xml"


def _needs_styles(sheet_xml: bytes) -> bool:
    """Whether a worksheet may have a cell holding a value (`<v>`, `<x:v>`: a number, a
    shared string, a formula's result) rather than only inline texts, as our writer writes
    every cell: styles are what turn such numbers into dates, so calamine is then given
    styles.xml too. One scan; a false alarm only costs the styles' reading."""
    return b"v>" in sheet_xml


# --- calamine rows behind the small part of openpyxl's interface the parser uses ----------

class _Sheet:
    def __init__(self, rows: list[list]):
        self._rows = rows

    def iter_rows(self, min_row: int = 1, values_only: bool = True):
        for row in self._rows[min_row - 1:]:
            # calamine gives "" for an empty cell where openpyxl gives None
            yield tuple(None if v == "" else v for v in row)


class _Book:
    def __init__(self, wb):
        self._wb = wb
        self.sheetnames = list(wb.sheet_names)
        self._cache: dict[str, _Sheet] = {}

    def __getitem__(self, name: str) -> _Sheet:
        if name not in self._cache:
            self._cache[name] = _Sheet(self._wb.get_sheet_by_name(name).to_python(skip_empty_area=False))
        return self._cache[name]


def _calamine(data: bytes, name: str):
    from python_calamine import CalamineWorkbook

    try:
        return CalamineWorkbook.from_filelike(io.BytesIO(data))
    except Exception:
        raise DamagedFile(f"Tệp {name} bị hỏng hoặc không phải tệp Excel đọc được; hãy xin đơn vị "
                          "gửi lại.", field="Tệp") from None


def _marker(book: _Book, name: str) -> dict[str, str]:
    """The "Thông tin" sheet of a file carrying our format marker (else NotASubmission), read as
    `submission_format.read_info` reads it."""
    from exports.submission_format import SHEET_DATA, SHEET_INFO

    _text = _cached_text
    for sheet in (SHEET_INFO, SHEET_DATA):
        if sheet not in book.sheetnames:
            raise NotASubmission(
                f'Tệp {name} không có trang "{sheet}": không phải tệp số liệu do phần mềm Chỉ tiêu xã '
                "lập.", field=sheet)
    info = {}
    for row in book[SHEET_INFO]._rows[1:]:  # calamine's "" is openpyxl's None: the same texts
        if row and row[0] != "":
            info[_text(row[0])] = _text(row[2]) if len(row) > 2 else ""
    return check_format(info, name)


# The cleaned text of a cell's text, shared by the files of an intake: most cells (indicator
# names, units, verdicts, section titles, codes) are the same in every file, and cleaning one
# (NFC, control characters) costs more than looking it up. A pure function of the text, bounded.
_TEXTS: dict[str, str] = {}
_TEXT_CACHE_SIZE = 50_000
_TEXT_CACHE_MAX_LEN = 400


def _cached_text(v) -> str:
    """`submission_format._text(v)`, remembered for short texts (printable ASCII needs only
    strip())."""
    if v.__class__ is str:
        t = _TEXTS.get(v)
        if t is None:
            if v.isascii() and v.isprintable():
                t = v.strip()
            else:
                from exports.submission_format import _text as ref

                t = ref(v)
            if len(v) <= _TEXT_CACHE_MAX_LEN and len(_TEXTS) < _TEXT_CACHE_SIZE:
                _TEXTS[v] = t
        return t
    from exports.submission_format import _text as ref

    return ref(v)


_COMMON = ("unit_code", "unit_name", "unit_kind", "period", "catalog_version")
_DECIMALS = ("numerator", "denominator", "input_value", "flag", "previous", "baseline", "value",
             "target_value", "progress")


def _read_data_fast(book: _Book, path: Path):
    """`submission_format._read_data` for the usual, clean file, with less work per cell; any
    irregularity (an edited cell, a figure not written canonically, a missing column, a mixed
    row) goes to `_read_data` itself, so the result and every refusal are exactly the
    reference reader's."""
    from exports.submission_format import _read_data

    try:
        got = _fast(book)
    except BadSubmission:
        got = None
    return got if got is not None else _read_data(book, path)


# The Item fields `_fast` reads as texts, in the order of their columns below (then the
# operator and the notes, made into their fields apart).
_ITEM_TEXTS = ("code", "name", "unit", "value_text", "target_text", "target_source", "verdict",
               "compared_text", "comment")
_TEXT_COLUMNS = ("indicator", "indicator_name", "indicator_unit", "value_text", "target_text",
                 "target_source", "verdict", "compared_text", "comment", "target_op", "notes")
_ROW_FIELDS = (*_DECIMALS, *_ITEM_TEXTS, "no", "assigned", "target_op", "notes")
_new_item = item_maker(_ROW_FIELDS)
# The decimal cells of a row joined by \x1f: each canonical ("-0" excluded) or empty, and
# exactly as many as there are columns (a cell holding \x1f itself cannot pass for two).
_NUMBER = r"(?!-0(?:\x1f|$))-?(?:0|[1-9][0-9]*)(?:\.[0-9]*[1-9])?"
_ALL_CANONICAL = re.compile(rf"(?:{_NUMBER})?(?:\x1f(?:{_NUMBER})?){{{len(_DECIMALS) - 1}}}")


_PLANS: dict[tuple, tuple] = {}  # a data sheet's header row -> where `_fast` finds each column


def _fast(book: _Book):
    """(common, items, narratives) of a clean "Dữ liệu" sheet, or None for anything else."""
    from operator import itemgetter

    from exports.submission_format import (
        RECORD_INDICATOR,
        RECORD_NARRATIVE,
        REQUIRED_COLUMNS,
        SHEET_DATA,
    )

    if SHEET_DATA not in book.sheetnames:
        return None
    rows = book[SHEET_DATA]._rows
    if not rows:
        return None
    header = tuple(rows[0])
    plan = _PLANS.get(header)
    if plan is None:
        col = {}
        for i, c in enumerate(header):
            if c is not None and c != "":
                col[_cached_text(c)] = i  # as the reference: a repeated code keeps its last column
        if any(c not in col for c in REQUIRED_COLUMNS):
            return None
        plan = (max(col.values()) + 1, itemgetter(*(col[k] for k in _COMMON)),
                itemgetter(*(col[k] for k in _DECIMALS)), itemgetter(*(col[k] for k in _TEXT_COLUMNS)),
                *(col[k] for k in ("record", "indicator_no", "assigned", "section", "section_title", "text")))
        if len(_PLANS) < 100:
            _PLANS[header] = plan
    width, common_of, decimals_of, texts_of, i_record, i_no, i_assigned, i_section, i_title, i_text = plan
    all_canonical = _ALL_CANONICAL.fullmatch
    known = _TEXTS.get
    clean = _cached_text
    new_item = _new_item

    first = None
    common = None
    items: list[Item] = []
    parts: dict[str, list] = {}
    for raw in rows[1:]:
        if raw.count("") == len(raw):  # calamine gives "" for an empty cell
            continue
        if len(raw) < width:
            return None
        key = common_of(raw)
        if first is None:
            if any(v.__class__ is not str for v in key):
                return None
            first = key
            common = {k: clean(v) for k, v in zip(_COMMON, key)}
            if common["unit_code"].isdigit():
                common["unit_code"] = common["unit_code"].zfill(5)
        elif key != first:
            return None
        record = raw[i_record]
        if record == RECORD_INDICATOR:
            decimals = decimals_of(raw)
            try:  # canonical decimal strings as the writer writes them, or empty: one match
                if not all_canonical("\x1f".join(decimals)):
                    return None
            except TypeError:  # a number, not a text
                return None
            no, assigned = raw[i_no], raw[i_assigned]
            if no.__class__ is not str or not (no.isascii() and no.isdigit()) or (no[0] == "0" and no != "0") \
                    or assigned not in ("0", "1"):
                return None
            texts = [known(v) or clean(v) for v in texts_of(raw)]  # "" is clean already
            if not texts[0]:  # no indicator code
                return None
            notes = texts[10]
            items.append(new_item((
                *[v or None for v in decimals], *texts[:9], int(no), assigned == "1", texts[9] or None,
                tuple(t for t in notes.split("\n") if t) if notes else ())))
        elif record == RECORD_NARRATIVE:
            entry = parts.setdefault(clean(raw[i_section]), [clean(raw[i_title]), []])
            v = raw[i_text]
            entry[1].append(v if v.__class__ is str else str(v))  # joined exactly, as the reference
        else:
            return None
    if common is None or not items:
        return None
    narratives = [Narrative(sec, title, clean_text("".join(chunks))) for sec, (title, chunks) in parts.items()]
    return common, items, narratives


def parse_bytes(data: bytes, name: str) -> Submission:
    """The submission in `data` (an xlsx file's bytes). Raises a BadSubmission subclass."""
    sub = _parse_read_parts(data, name)
    if sub is not None:
        return sub
    open_container(data, name)  # every part checked: a refusal names what is wrong
    return _parse_book(_Book(_calamine(data, name)), name)


def _parse_read_parts(data: bytes, name: str) -> Submission | None:
    """The submission, read from only the checked parts the sheets need; None when anything
    is unusual (the reference road then decides, and says why a file is refused)."""
    try:
        parts = open_container(data, name, _READ_PARTS)
        if any(k not in parts for k in _READ_PARTS if k != "xl/sharedStrings.xml"):
            return None
        from python_calamine import CalamineWorkbook

        if any(_needs_styles(v) for k, (v, _) in parts.items() if k.startswith("xl/worksheets/")):
            parts.update(open_container(data, name, {_STYLES}))
        return _parse_book(_Book(CalamineWorkbook.from_filelike(io.BytesIO(stored_zip(parts)))), name)
    except Exception:
        return None


def _parse_book(book: "_Book", name: str) -> Submission:
    from exports.submission_format import SHEET_INFO, assemble

    path = Path(name)
    try:
        info = _marker(book, name)
    except BadSubmission:
        raise
    except Exception:
        raise DamagedFile(f"Tệp {name} bị hỏng: không đọc được trang Thông tin.", field="Tệp") from None
    try:
        common, items, narratives = _read_data_fast(book, path)
    except BadSubmission as err:
        if err.field in ("format", "format_version"):
            raise NotASubmission(err.message, field=err.field) from None
        # The marker is there but the data cannot be read: edited after it was written.
        raise TamperedFile(f"Tệp {name}: {err.message}", field=err.field) from None
    except Exception:
        raise DamagedFile(f"Tệp {name} bị hỏng: không đọc được trang số liệu.", field="Tệp") from None
    report_date = None
    if info.get("report_date"):
        try:
            report_date = dt.date.fromisoformat(info["report_date"])
        except ValueError:
            raise TamperedFile(f'Tệp {name}, trang "{SHEET_INFO}": ngày báo cáo "{info["report_date"]}" '
                               "không đúng dạng YYYY-MM-DD.", field="report_date") from None
    return assemble(common, items, narratives, info, report_date)


def read_submission_fast(path: str | Path) -> Submission:
    """Like `read_submission`, with python-calamine and the container checks."""
    path = Path(path)
    return parse_bytes(read_bytes_limited(path), path.name)


def read_data_rows(path: str | Path) -> list[list]:
    """Only the "Dữ liệu" sheet's cells (the benchmarks' baseline of merely reading files)."""
    from python_calamine import CalamineWorkbook

    from exports.submission_format import SHEET_DATA

    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(SHEET_DATA).to_python()
