"""Reading submission files fast and safely, for the province's intake of many files.

`read_submission_fast` gives the same `Submission` as `exports.submission_xlsx.read_submission`
(the same column and sheet rules: it runs the same parsing functions over rows read with
python-calamine instead of openpyxl, which is about twenty times faster on these files).

Before any xlsx reader sees a file, `open_container` checks it without reading it all:
size limit, zip signature, the zip central directory (number of parts, total size when
unpacked, compression ratio: a "zip bomb" is refused there), and then unpacks the parts
through `zipfile`, which stops at the size the directory states and checks each part's
CRC, so a directory that lies about sizes is caught too. Each refusal is a
`BadSubmission` subclass saying which class of problem it is, in Vietnamese.
"""
from __future__ import annotations

import datetime as dt
import io
import re
import struct
import zipfile
import zlib
from pathlib import Path

from desktop_app.errors import BadSubmission
from exports.submission_xlsx import NotASubmission, UnsupportedVersion, check_format  # noqa: F401 (re-exported)
from desktop_app.submission import FORMAT, FORMAT_VERSION, Item, Narrative, Submission, clean_text

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
    """The file's bytes, refusing (without reading it) a file above `limit`."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > limit:
            raise DamagedFile(
                f"Tệp {path.name} quá lớn ({_size_text(size)}, giới hạn {_size_text(limit)}): "
                "không phải tệp số liệu do phần mềm lập (tệp số liệu chỉ khoảng 15 kB).", field="Tệp")
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except OSError as err:
        raise DamagedFile(f"Không đọc được tệp {path.name}: {err.strerror or err}.", field="Tệp") from None
    if len(data) > limit:  # grew while being read
        raise DamagedFile(f"Tệp {path.name} quá lớn (trên {_size_text(limit)}).", field="Tệp")
    return data


def open_container(data: bytes, name: str) -> None:
    """Refuse what is not a sane xlsx container, before any xlsx reader opens it."""
    if len(data) > MAX_FILE_BYTES:
        raise DamagedFile(f"Tệp {name} quá lớn ({_size_text(len(data))}).", field="Tệp")
    if not data.startswith(b"PK\x03\x04"):
        raise DamagedFile(
            f"Tệp {name} không phải tệp Excel .xlsx (không đúng cấu trúc tệp nén); có thể tệp bị hỏng "
            "khi tải về hoặc là loại tệp khác.", field="Tệp")
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
    # The directory may lie about sizes: unpack every part, never beyond its stated size, and
    # check its length and CRC, so what the xlsx reader then unpacks is bounded and intact.
    for info in infos:
        if info.is_dir():
            continue
        try:
            ok = _member_ok(data, info)
        except Exception:  # zlib.error, struct.error and the like
            ok = False
        if not ok:
            raise DamagedFile(f"Tệp {name} bị hỏng: phần {info.filename} bên trong không giải nén được "
                              "hoặc sai mã kiểm tra (CRC).", field="Tệp")


def _member_ok(data: bytes, info: zipfile.ZipInfo) -> bool:
    """Unpack one part straight from the bytes (zlib, at most its stated size + 1) and check it."""
    off = info.header_offset
    if data[off:off + 4] != b"PK\x03\x04":
        return False
    name_len, extra_len = struct.unpack("<HH", data[off + 26:off + 30])
    start = off + 30 + name_len + extra_len
    raw = data[start:start + info.compress_size]
    if len(raw) != info.compress_size:
        return False
    if info.compress_type == zipfile.ZIP_STORED:
        out = raw
    elif info.compress_type == zipfile.ZIP_DEFLATED:
        d = zlib.decompressobj(-15)
        out = d.decompress(raw, info.file_size + 1)
        if len(out) > info.file_size or not d.eof:
            return False
    else:  # xlsx writers only store or deflate
        return False
    return len(out) == info.file_size and zlib.crc32(out) == info.CRC


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
    `submission_xlsx.read_info` reads it."""
    from exports.submission_xlsx import SHEET_DATA, SHEET_INFO

    _text = _cached_text
    for sheet in (SHEET_INFO, SHEET_DATA):
        if sheet not in book.sheetnames:
            raise NotASubmission(
                f'Tệp {name} không có trang "{sheet}": không phải tệp số liệu do phần mềm Chỉ tiêu xã '
                "lập.", field=sheet)
    info = {}
    for row in book[SHEET_INFO].iter_rows(min_row=2):
        if row and row[0] is not None:
            info[_text(row[0])] = _text(row[2] if len(row) > 2 else None)
    return check_format(info, name)


# The cleaned text of a cell's text, shared by the files of an intake: most cells (indicator
# names, units, verdicts, section titles) are the same in every file, and cleaning one (NFC,
# control characters) costs more than looking it up. A pure function of the text, bounded.
_TEXTS: dict[str, str] = {}
_TEXT_CACHE_SIZE = 50_000
_TEXT_CACHE_MAX_LEN = 400



def _cached_text(v) -> str:
    """`submission_xlsx._text(v)`: printable ASCII needs only strip(); other texts are
    cleaned once and remembered."""
    if v.__class__ is str:
        if v.isascii() and v.isprintable():  # codes, figures, dates, fingerprints: not kept
            return v.strip()
        t = _TEXTS.get(v)
        if t is None:
            from exports.submission_xlsx import _text as ref

            t = ref(v)
            if len(v) <= _TEXT_CACHE_MAX_LEN and len(_TEXTS) < _TEXT_CACHE_SIZE:
                _TEXTS[v] = t
        return t
    from exports.submission_xlsx import _text as ref

    return ref(v)


_CANONICAL = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?")
_COMMON = ("unit_code", "unit_name", "unit_kind", "period", "catalog_version")
_DECIMALS = ("numerator", "denominator", "input_value", "flag", "previous", "baseline", "value",
             "target_value", "progress")


def _read_data_fast(book: _Book, path: Path):
    """`submission_xlsx._read_data` for the usual, clean file, with less work per cell; any
    irregularity (an edited cell, a missing column, a mixed row) goes to `_read_data` itself,
    so the result and every refusal are exactly the reference reader's."""
    from exports.submission_xlsx import (
        RECORD_INDICATOR,
        RECORD_NARRATIVE,
        REQUIRED_COLUMNS,
        SHEET_DATA,
        _decimal,
        _flag01,
        _read_data,
        _text,
    )

    def slow():
        return _read_data(book, path)

    try:
        return _fast(book, path, slow)
    except BadSubmission:  # the reference reader says which cell, in its own order
        return slow()


def _fast(book: _Book, path: Path, slow):
    from exports.submission_xlsx import (
        RECORD_INDICATOR,
        RECORD_NARRATIVE,
        REQUIRED_COLUMNS,
        SHEET_DATA,
        _decimal,
        _flag01,
        _text,
    )

    if SHEET_DATA not in book.sheetnames:
        return slow()
    rows = book[SHEET_DATA]._rows
    if not rows:
        return slow()
    col = {}
    for i, c in enumerate(rows[0]):
        if c is not None and c != "":
            col[_cached_text(c)] = i  # as the reference: a repeated code keeps its last column
    if any(c not in col for c in REQUIRED_COLUMNS):
        return slow()
    width = max(col.values()) + 1
    ci = [col[k] for k in _COMMON]
    i_record, i_code, i_no, i_name = col["record"], col["indicator"], col["indicator_no"], col["indicator_name"]
    i_unit, i_assigned = col["indicator_unit"], col["assigned"]
    dec_cols = [(k, col[k]) for k in _DECIMALS]
    txt = {k: col[k] for k in ("value_text", "target_op", "target_text", "target_source", "verdict",
                               "compared_text", "comment", "notes", "section", "section_title", "text")}
    canon = _CANONICAL.fullmatch
    _ref_text = _text

    _text = _cached_text  # noqa: F811 - the reference's result, remembered

    first_raw = None
    common = None
    items: list[Item] = []
    parts: dict[str, list] = {}
    for n, raw in enumerate(rows[1:], 2):
        raw = [None if v == "" else v for v in raw]
        if all(v is None for v in raw):
            continue
        if len(raw) < width:
            return slow()
        key = [raw[i] for i in ci]
        if first_raw is None:
            first_raw = key
            common = {k: _text(v) for k, v in zip(_COMMON, key)}
            if common["unit_code"].isdigit():
                common["unit_code"] = common["unit_code"].zfill(5)
        elif key != first_raw:
            return slow()
        record = raw[i_record]
        if record == RECORD_INDICATOR:
            where = f'Trang "{SHEET_DATA}", dòng {n}, cột '
            decs = {}
            for k, i in dec_cols:
                v = raw[i]
                if v is None:
                    decs[k] = None
                elif v.__class__ is str and canon(v) and v != "-0":
                    decs[k] = v
                else:
                    decs[k] = _decimal(v, where + k)
            v = raw[i_no]
            no_text = v if (v.__class__ is str and canon(v)) else _decimal(v, where + "indicator_no")
            try:
                no = int(no_text or "")
            except ValueError:
                return slow()
            code = _text(raw[i_code])
            if not code:
                return slow()
            notes = _text(raw[txt["notes"]])
            op = _text(raw[txt["target_op"]])
            items.append(Item(
                code=code, no=no, name=_text(raw[i_name]), unit=_text(raw[i_unit]),
                assigned=_flag01(raw[i_assigned], where + "assigned"), **decs,
                value_text=_text(raw[txt["value_text"]]), target_op=op or None,
                target_text=_text(raw[txt["target_text"]]), target_source=_text(raw[txt["target_source"]]),
                verdict=_text(raw[txt["verdict"]]), compared_text=_text(raw[txt["compared_text"]]),
                comment=_text(raw[txt["comment"]]),
                notes=tuple(t for t in notes.split("\n") if t) if notes else (),
            ))
        elif record == RECORD_NARRATIVE:
            section = _text(raw[txt["section"]])
            entry = parts.setdefault(section, [_text(raw[txt["section_title"]]), []])
            v = raw[txt["text"]]
            entry[1].append("" if v is None else str(v))
        else:
            return slow()
    if common is None or not items:
        return slow()
    narratives = [Narrative(sec, title, clean_text("".join(chunks))) for sec, (title, chunks) in parts.items()]
    return common, items, narratives


def parse_bytes(data: bytes, name: str, *, checked: bool = False) -> Submission:
    """The submission in `data` (an xlsx file's bytes). Raises a BadSubmission subclass."""
    from exports.submission_xlsx import SHEET_INFO, assemble

    if not checked:
        open_container(data, name)
    book = _Book(_calamine(data, name))
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

    from exports.submission_xlsx import SHEET_DATA

    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(SHEET_DATA).to_python()
