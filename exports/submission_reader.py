"""The one reader of submission files, shared by the province's intake and `chitieu verify`.

A file is checked as a container first (`exports.xlsx_container`), then python-calamine
reads its "Thông tin" and "Dữ liệu" sheets from the parts as checked (`exports.stored_zip`),
and `exports.submission_format` turns their rows into a `Submission`. `examine` classifies a file the way intake and verify both
report it: the same classes (`FileClass`), the same Vietnamese reasons.

Whatever a file makes the reader under it do, the file is refused with a reason: calamine's
own errors, and a panic of the Rust code under it, which pyo3 raises as a BaseException
that `except Exception` lets through (only an interruption by the user passes on).
"""
from __future__ import annotations

import base64
import functools
import hashlib
import io
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.catalog import Catalog
from desktop_app.core.errors import (
    BadSubmission,
    ChiTieuError,
    DamagedFile,
    NotASubmission,
    TamperedFile,
    UnsupportedVersion,
)
from desktop_app.core.intake import (
    SIGNED_SUFFIX,
    TIME_YEARS,
    FileClass,
    FileResult,
    parse_time,
    shown_name,
)
from desktop_app.core.periods import in_sentence
from desktop_app.core.quoting import quoted
from desktop_app.core.recompute import recompute
from desktop_app.core.resources import resource_path
from desktop_app.core.signing import KEY_BYTES, normalise_code, typed_code, usable_key
from desktop_app.core.submission import SHORT_FINGERPRINT, Submission
from desktop_app.core.validation import clean_text, one_line
from exports.report_check import report_differences
from exports.paper_version import printed_version, version_of
from exports.submission_format import (
    INFO_KEYS,
    RECORD_NARRATIVE,
    SHEET_DATA,
    SHEET_INFO,
    SHEET_REPORT,
    cell_text,
    read_info,
    submission_from_sheets,
)
from exports.xlsx_container import check_container, read_bytes_limited

RESEND = "hãy xin đơn vị gửi lại tệp do phần mềm xuất."


# What passes through the reader's error boundary: the user stopping the program.
_NOT_THE_FILES = (KeyboardInterrupt, SystemExit, GeneratorExit)


def _workbook(data: bytes, name: str):
    from python_calamine import CalamineWorkbook

    try:
        return CalamineWorkbook.from_filelike(io.BytesIO(data))
    except _NOT_THE_FILES:
        raise
    except BaseException:  # calamine's own errors, or a panic under it: a file it cannot open
        raise DamagedFile(f"Tệp {name} bị hỏng hoặc không phải tệp Excel đọc được; {RESEND}", field="Tệp") from None


def _rows(book, sheet: str, name: str) -> list[list]:
    try:
        return book.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
    except _NOT_THE_FILES:
        raise
    except BaseException:  # PanicException (pyo3) is no Exception
        raise DamagedFile(f'Tệp {name} bị hỏng: không đọc được trang "{sheet}".', field="Tệp") from None


@dataclass(frozen=True)
class _Checked:
    """A file's parts as the container checks saw them (`exports.stored_zip`), and calamine's
    workbook of them: every step after the checks reads these, never the file again (a file
    swapped on the disk between two reads was opened unchecked, its "Báo cáo" compared with the
    first file's data)."""
    parts: bytes
    book: object


def parse_bytes(data: bytes, name: str) -> Submission:
    """The submission in `data` (an xlsx file's bytes). Raises a BadSubmission subclass."""
    return _parsed(data, name)[0]


def _parsed(data: bytes, name: str) -> tuple[Submission, _Checked]:
    """The submission in `data`, with the parts it was read from."""
    parts = check_container(data, name)
    book = _workbook(parts, name)  # the parts as checked
    for sheet in (SHEET_INFO, SHEET_DATA):
        if sheet not in book.sheet_names:
            raise NotASubmission(f'Tệp {name} không có trang "{sheet}": không phải tệp số liệu do phần '
                                 "mềm Chỉ tiêu xã lập.", field=sheet)
    info = read_info(_rows(book, SHEET_INFO, name), name)
    _sheets_as_written(book, name)
    _usable_key(info.get("public_key", ""), name)
    rows = _rows(book, SHEET_DATA, name)
    sub = submission_from_sheets(info, rows, name)
    _visible_each(sub, name)
    _times_read(sub, name)
    _version_read(sub, name)
    _sections_together(rows, name)
    return sub, _Checked(parts, book)


SHEETS = (SHEET_REPORT, SHEET_DATA, SHEET_INFO)  # every version writes these three, in this order, shown


def _sheets_as_written(book, name: str) -> None:
    """A submission's sheets are the three the program writes, in its order, none hidden: a sheet
    added beside them, or "Báo cáo" hidden behind a look-alike ("Báo cáo " with a space), shows a
    person another table than the one the data are checked against."""
    sheets = book.sheets_metadata
    for s in sheets:
        if s.name not in SHEETS:
            shown = shown_name(s.name)[:40]  # spaces kept: "Báo cáo " is told from "Báo cáo"
            like = next((w for w in SHEETS if unicodedata.normalize("NFC", " ".join(s.name.split())).casefold()
                         == w.casefold()), None)
            why = f' (tên gần giống trang "{like}" nhưng có thêm khoảng trắng hoặc ký tự khác)' if like else ""
            raise TamperedFile(f'Tệp {name} có trang "{shown}"{why} mà phần mềm không ghi: tệp do phần mềm lập có '
                               f'đúng ba trang "{SHEET_REPORT}", "{SHEET_DATA}", "{SHEET_INFO}".', field="Trang")
        if str(s.visible).rsplit(".", 1)[-1] != "Visible":
            raise TamperedFile(f'Tệp {name}: trang "{s.name}" bị ẩn; phần mềm ghi cả ba trang ở chế độ hiện.',
                               field=s.name)
    if [s.name for s in sheets] != list(SHEETS):
        missing = [w for w in SHEETS if w not in [s.name for s in sheets]]
        what = (f'thiếu trang "{missing[0]}"' if missing else
                "các trang không theo thứ tự phần mềm ghi (" + ", ".join(f'"{shown_name(s.name)[:40]}"' for s in sheets) + ")")
        raise TamperedFile(f'Tệp {name} {what}: tệp do phần mềm lập có đúng ba trang "{SHEET_REPORT}", '
                           f'"{SHEET_DATA}", "{SHEET_INFO}", theo thứ tự đó.', field="Trang")


# Texts the program writes on one line (as `submission_format` checks them for line breaks).
ONE_LINE = ("unit_code", "unit_name", "unit_kind", "period", "catalog_version", "preparer", "signer",
            "signer_title", "doc_number", "doc_symbol", "generated_at", "approved_by", "approved_at",
            "app_version", "chain_head")


def hidden_character(text: str) -> str:
    """The first character of `text` that prints nothing or changes how the rest reads (a
    zero-width space, a right-to-left override, a line separator), as "U+202E"; "" if none.
    Spaces of any width are no such character."""
    if text.isprintable():  # nearly every text: one pass in C
        return ""
    return next((f"U+{ord(c):04X}" for c in text if not c.isprintable() and unicodedata.category(c)[0] != "Z"
                 or unicodedata.category(c) in ("Zl", "Zp")), "")


def _usable_key(public: str, name: str) -> None:
    """A key no one holds the private key of (a point of small order: the signature R = the
    identity, S = 0 then "verifies" for any document) is refused by name."""
    try:
        raw = base64.b64decode(public, validate=True) if public else b""
    except (ValueError, TypeError):
        return  # not base64: refused as not well formed (`submission_from_sheets`)
    if len(raw) == KEY_BYTES and not usable_key(raw):
        raise TamperedFile(f'Tệp {name}, trang "{SHEET_INFO}": khóa công khai của tệp không phải khóa của ai (một '
                           "điểm đặc biệt, với nó chữ ký giả cũng khớp mọi nội dung): chữ ký không có giá trị.",
                           field="public_key")


# Texts a person typed (names, titles, the document's number): earlier versions kept a character
# pasted with them that prints nothing (a zero-width space, a soft hyphen from Word), so a genuine
# file may hold one and is read; what changes how the text reads (a direction override, a line
# separator) is refused there too.
TYPED = frozenset(("preparer", "signer", "signer_title", "doc_number", "doc_symbol"))
_REORDERING = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _visible_each(sub: Submission, name: str) -> None:
    """Names, codes and times hold no character that prints nothing: "Xã Tân\u200bCương" is
    another unit's name to the program than to a person, and a right-to-left override
    (U+202E) prints a name other than the one the file holds. In what a person typed (`TYPED`)
    only what changes how the text reads is refused."""
    labels = dict(INFO_KEYS)
    for key in ONE_LINE:
        text = getattr(sub, key)
        if key in TYPED and not text.isprintable():  # printable: no format character (Cf) to leave out
            text = "".join(c for c in text if c in _REORDERING or unicodedata.category(c) != "Cf")
        hidden = hidden_character(text)
        if hidden:
            label = labels.get(key, key)
            retype = (f" Nếu {label.lower()} được dán từ nơi khác, đơn vị hãy gõ lại rồi xuất lại tệp."
                      if key in TYPED else "")
            raise TamperedFile(
                f'Tệp {name}: "{label}" có ký tự ẩn {hidden} (không hiện khi in, hoặc làm chữ hiện '
                f"khác đi), điều phần mềm không ghi.{retype}", field=key)


def _times_read(sub: Submission, name: str) -> None:
    """When the file was made and approved are times the program wrote (year 1 or 9999 is
    no computer's clock: such a time once stopped the whole intake)."""
    labels = dict(INFO_KEYS)
    for key in ("generated_at", "approved_at"):
        value = getattr(sub, key)
        if value and parse_time(value) is None:
            raise TamperedFile(
                f'Tệp {name}, trang "{SHEET_INFO}": "{labels.get(key, key)}" ghi "{quoted(value, 40)}", không phải thời điểm '
                f"phần mềm ghi (ngày giờ dạng 2026-07-20T14:05:00+07:00, năm {TIME_YEARS[0]}-{TIME_YEARS[1]}).",
                field=key)


# The version every release states (0.1.0, 0.2.0, 0.3.0): three numbers of 1-3 ASCII digits, without a leading 0.
APP_VERSION = re.compile(r"(?:0|[1-9][0-9]{0,2})(?:\.(?:0|[1-9][0-9]{0,2})){2}", re.ASCII)


def _version_read(sub: Submission, name: str) -> None:
    """The program's version the file states is one a release writes (red-team R30 F1: "９.９.９" in fullwidth
    digits, "0.03.0", "", 200 characters were read, and the pages then not compared "for another version")."""
    if not APP_VERSION.fullmatch(sub.app_version):
        label = dict(INFO_KEYS).get("app_version", "app_version")
        raise TamperedFile(
            f'Tệp {name}, trang "{SHEET_INFO}": "{label}" ghi "{quoted(sub.app_version, 40)}", không phải phiên bản '
            "phần mềm ghi (ba số bằng chữ số 0-9, cách nhau dấu chấm, như 0.3.0).", field="app_version")


def _sections_together(rows: list[list], name: str) -> None:
    """A section of the report's text is written in rows that follow each other (a long text
    in several): a section written again further down was added to the file."""
    header = [cell_text(c) for c in rows[0]] if rows else []
    if "section" not in header or "record" not in header:
        return
    record_at, section_at = header.index("record"), header.index("section")
    seen, previous = set(), None
    for n, row in enumerate(rows[1:], 2):
        if len(row) <= max(record_at, section_at) or cell_text(row[record_at]) != RECORD_NARRATIVE:
            previous = None
            continue
        section = cell_text(row[section_at])
        if section != previous and section in seen:
            raise TamperedFile(f'Tệp {name}, trang "{SHEET_DATA}", dòng {n}: phần "{quoted(section, 40)}" của báo cáo ghi '
                               "lần nữa, tách khỏi các dòng của nó ở trên: phần mềm ghi mỗi phần một lần.",
                               field="section")
        seen.add(section)
        previous = section


def read_submission(path: str | Path) -> Submission:
    """The submission a file states, with the fingerprint written in it as
    `stated_fingerprint`. Raises a BadSubmission subclass for a file it cannot read."""
    path = Path(path)
    _exists(path)
    return parse_bytes(read_bytes_limited(path), path.name)


def _pdf_reason(path: Path, name: str) -> str:
    """A PDF is the printed report; its figures come in the .xlsx exported with it (same name,
    or without the "_ky-so" of a digitally signed copy): say whether that file is there."""
    stem = path.stem.removesuffix(SIGNED_SUFFIX)
    workbook = shown_name(f"{stem}.xlsx")  # as `name`: a line break in it cannot print a line of its own
    if any(path.with_name(stem + ext).is_file() for ext in (".xlsx", ".XLSX")):
        return (f"Tệp {name} là tệp PDF (bản in của báo cáo). Tỉnh nhận số liệu từ tệp Excel {workbook} "
                "gửi kèm, đọc riêng trong cùng thư mục.")
    return (f"Tệp {name} là tệp PDF (bản in của báo cáo) và thư mục không có tệp Excel {workbook} gửi kèm: "
            "tỉnh chỉ nhận số liệu từ tệp .xlsx. Hãy xin đơn vị gửi cả tệp Excel do phần mềm xuất (Tệp › Gửi "
            "cho tỉnh… của phần mềm đính kèm cả hai tệp).")


def _exists(path: Path) -> None:
    if not path.is_file():
        raise DamagedFile(f"Không có tệp {path}.", field="Tệp")


def examine(path: str | Path) -> tuple[FileResult, Submission | None]:
    """Read one file and say what it is: Hợp lệ with its submission (the data match the
    fingerprint written in it), or a refusal with its reason. The unit and the period are
    the caller's to judge."""
    return _examined(path)[:2]


def _examined(path: str | Path) -> tuple[FileResult, Submission | None, _Checked | None]:
    """`examine`, with the parts of a Hợp lệ file as checked: the file is read once."""
    path = Path(path)
    name = shown_name(path.name)
    try:
        _exists(path)
        data = read_bytes_limited(path)
    except DamagedFile as err:
        return FileResult(name, FileClass.TEP_HONG, err.message), None, None
    base = dict(size=len(data), sha256=hashlib.sha256(data).hexdigest())
    if data.startswith(b"%PDF"):
        return FileResult(name, FileClass.KHONG_PHAI, _pdf_reason(path, name), **base), None, None
    try:
        sub, checked = _parsed(data, name)
        computed = sub.fingerprint
    except DamagedFile as err:
        return FileResult(name, FileClass.TEP_HONG, err.message, **base), None, None
    except UnsupportedVersion as err:
        return FileResult(name, FileClass.PHIEN_BAN, err.message, **base), None, None
    except TamperedFile as err:
        return FileResult(name, FileClass.DA_BI_SUA, f"{err.message} Tệp đã bị sửa sau khi lập; {RESEND}", **base), None, None
    except NotASubmission as err:
        return FileResult(name, FileClass.KHONG_PHAI, err.message, **base), None, None
    except BadSubmission as err:
        return FileResult(name, FileClass.KHONG_PHAI, f"Tệp {name}: {err.message}", **base), None, None
    except _NOT_THE_FILES:
        raise
    except BaseException as err:  # noqa: BLE001 - one file never stops a folder (a panic is no Exception)
        return FileResult(name, FileClass.TEP_HONG, f"Tệp {name} không đọc được ({type(err).__name__}).",
                          **base), None, None
    who = dict(unit_code=sub.unit_code, unit_name=sub.unit_name, period=sub.period,
               generated_at=sub.generated_at, approved=sub.approved, key_code=sub.key_code)
    stated = (sub.stated_fingerprint or "").strip().lower()
    if not stated:
        return FileResult(name, FileClass.DA_BI_SUA, f'Tệp {name} không ghi mã xác thực ở trang "{SHEET_INFO}": '
                          "tệp đã bị sửa.", **base, **who), None, None
    if stated != computed:
        return FileResult(name, FileClass.DA_BI_SUA, (
            f'Số liệu trang "{SHEET_DATA}" trong tệp {name} ({sub.unit_name}) đã bị sửa sau khi lập: mã xác '
            f"thực tính lại là {computed[:16]}, khác mã ghi trong tệp {quoted(stated[:16])}. Không nhận; {RESEND}"),
            **base, **who, fingerprint=stated), None, None
    if sub.signed and not sub.signature_valid():
        return FileResult(name, FileClass.DA_BI_SUA, (
            f"Chữ ký trong tệp {name} ({sub.unit_name}) không khớp với nội dung: tệp đã bị sửa sau khi ký "
            "(số liệu, đơn vị, kỳ, trạng thái duyệt, người ký hoặc thời điểm lập). Không nhận; "
            f"{RESEND}"), **base, **who, fingerprint=computed, signature_holds=False), None, None
    return FileResult(name, FileClass.HOP_LE, "", **base, **who, fingerprint=computed), sub, checked


@dataclass(frozen=True)
class Verification:
    ok: bool  # intact, and the code given (if any) is the paper's
    readable: bool  # False: not a submission this app can read (status 2 on the command line)
    message: str  # Vietnamese, one paragraph: only what the file can show
    submission: Submission | None
    computed: str = ""
    problems: tuple[str, ...] = ()
    key_code: str = ""  # the key that signed the file ("" unsigned)
    code_matches: bool | None = None  # the code given against the file's (None: no code given)


def matches_paper(sub: Submission, code: str) -> str:
    """Which of the codes the paper prints `code` is ("key", "fingerprint"), or "" for neither.
    Case, spaces and dashes do not matter."""
    if sub.key_code and normalise_code(code) == sub.key_code:
        return "key"
    typed = "".join(c for c in code.lower() if c.isalnum())
    if len(typed) >= SHORT_FINGERPRINT and sub.fingerprint.startswith(typed):
        return "fingerprint"
    return ""


def verify_file(path: str | Path, code: str | None = None, catalog: Catalog | None = None,
                program_version: Callable[[], str] | None = None) -> Verification:
    """What `chitieu verify` says of a file, and only what it can know: intact or changed
    (the data against the fingerprint written in it, the signature against the document, the
    printed table against the data), draft or approved, signed by which key; with `code` (as
    printed on the paper: the key's code or the fingerprint) whether the paper is this file.
    Without a code it never says the paper matches. The unit's name is compared with the list
    of units of `catalog` (default: the one this version of the program ships).

    `program_version` gives this program's version, asked only when "Báo cáo" differs from this
    program's print: a file stating a later version was printed by a program whose paper this one
    does not know (walk U24 F1: 0.2.0 called a genuine 2030 file of 0.3.0 "KHÔNG nguyên vẹn" for
    the new running total's words), so its "Báo cáo" is said not compared, and why, the signed
    data judged as any other file's; a file stating an earlier or the same version, as before."""
    code = typed_code(code, "Mã in trên báo cáo giấy (--code)")
    path = Path(path)
    result, sub, checked = _examined(path)
    if result.class_ == FileClass.DA_BI_SUA:
        who = f" ({result.unit_name}, {result.period})" if result.unit_name else ""
        return Verification(False, True, f"Tệp {path.name} KHÔNG nguyên vẹn{who}: {result.reason}", None)
    if sub is None:
        return Verification(False, False, result.reason, None)
    # a cell of "Báo cáo" quoted in a problem prints no line of its own, no turned-round words: its
    # line breaks a space ("Đang thực hiện Theo chỉ tiêu x", as a person reads the two lines)
    printed, shown = ([one_line(p) for p in found] for found in _report_problems(checked, path.name, sub))
    later = _printed_by_a_later_version(sub, program_version) if printed else ""
    unjudged, problems = (printed, shown) if later else ([], printed + shown)
    catalog = catalog or _shipped_catalog()
    named, note = _as_catalogued(sub, catalog)
    problems = named + problems
    name = f"{sub.unit_name} (mã {sub.unit_code}{note}), {in_sentence(sub.period_name)}"  # as intake writes it
    if problems:
        msg = (f"Tệp {path.name} KHÔNG nguyên vẹn ({name}): " + "; ".join(problems[:5])
               + (f"; và {len(problems) - 5} chỗ khác" if len(problems) > 5 else "") + ".")
        return Verification(False, True, msg, sub, sub.fingerprint, tuple(problems), sub.key_code)
    state = "bản ĐÃ DUYỆT" + (f" (duyệt bởi {sub.approved_by})" if sub.approved_by else "") if sub.approved \
        else "bản DỰ THẢO (chưa được Lãnh đạo duyệt)"
    if sub.signed:
        intact = "số liệu khớp mã xác thực, chữ ký khớp toàn bộ nội dung"
        who = (f"Ký bằng khóa mã {sub.key_code}: chữ ký cho biết tệp do máy giữ khóa này lập, chưa cho biết máy "
               "đó của ai (so mã khóa với mã in trên báo cáo giấy có chữ ký).")
    else:
        intact = "số liệu khớp mã xác thực ghi trong tệp"
        who = (f"Tệp CHƯA KÝ (định dạng {sub.format_version}{', không có chữ ký' if sub.format_version >= 2 else ''}): "
               "ai có phần mềm cũng tính lại được mã xác thực, nên không biết chắc ai lập hay tệp có bị sửa rồi "
               "tính lại mã hay không.")
    paper = (f"; lập bằng phiên bản {sub.app_version} của phần mềm, in theo mẫu báo cáo giấy của phiên bản "
             f"{sub.paper_version}" if sub.paper_version and sub.paper_version != sub.app_version else "")  # R31 F5
    msg = (f"Tệp {path.name} nguyên vẹn ({intact}): {name}; {state}{paper}; mã xác thực {sub.short_fingerprint} "
           f"(đầy đủ: {sub.fingerprint}). {who}")
    texts = _printed_otherwise(sub, catalog)
    if texts:  # intact as written, but what it prints is not what its figures say
        msg += (f" CHÚ Ý: chữ in trong tệp không khớp số liệu tệp ghi ở {len(texts)} chỗ: " + "; ".join(texts[:5])
                + (f"; và {len(texts) - 5} chỗ khác" if len(texts) > 5 else "") + ".")
    if unjudged:
        msg += (f' CHÚ Ý: {later}; trang "{SHEET_REPORT}" in khác cách máy này in ở {len(unjudged)} chỗ ('
                + "; ".join(unjudged[:2]) + (f"; và {len(unjudged) - 2} chỗ khác" if len(unjudged) > 2 else "")
                + "), máy này chưa đối chiếu được trang đó với số liệu: cập nhật phần mềm rồi kiểm tra lại.")
    if sub.signed_pdf_sha256:
        msg += (f" Báo cáo PDF đã ký số đi kèm có mã SHA-256 {sub.signed_pdf_sha256} (kiểm tra bằng chitieu verify "
                "TỆP_ky-so.pdf).")
    if code is None:
        codes = f"mã khóa {sub.key_code} và mã xác thực {sub.short_fingerprint}" if sub.signed \
            else f"mã xác thực {sub.short_fingerprint}"
        msg += (f" Chưa so với báo cáo giấy: đối chiếu {codes} với mã in trên giấy, hoặc chạy lại với "
                "--code MÃ_IN_TRÊN_GIẤY.")
        return Verification(True, True, msg, sub, sub.fingerprint, (), sub.key_code)
    which = matches_paper(sub, code)
    if which:
        what = f"mã khóa {sub.key_code}" if which == "key" else f"mã xác thực {sub.short_fingerprint}"
        msg += f" Mã in trên báo cáo giấy ({code.strip()}) KHỚP với {what} của tệp."
        return Verification(True, True, msg, sub, sub.fingerprint, (), sub.key_code, True)
    codes = (f"mã khóa {sub.key_code}, mã xác thực {sub.short_fingerprint}" if sub.signed
             else f"mã xác thực {sub.short_fingerprint}; tệp không có mã khóa")
    msg += (f" Mã in trên báo cáo giấy ({code.strip()[:40]}) KHÔNG khớp với tệp ({codes}): tệp không phải bản đã in "
            "trên giấy, hoặc mã gõ sai.")
    return Verification(False, True, msg, sub, sub.fingerprint, (), sub.key_code, False)


def _printed_by_a_later_version(sub: Submission, program_version: Callable[[], str] | None) -> str:
    """"tệp lập bằng phiên bản 0.4.0 của phần mềm, mới hơn phiên bản máy này 0.3.0" when `sub` prints the
    paper of a version later than this program's (`paper_version.printed_version`: a file of 9.0.0 stating
    it prints 0.3.0's paper is judged as 0.3.0's, red-team R31 F1); "" otherwise (or when the caller did
    not say its own)."""
    if program_version is None:
        return ""
    mine = program_version()
    stated = version_of(printed_version(sub))
    if not stated or not version_of(mine) or stated <= version_of(mine):
        return ""
    return f"tệp lập bằng phiên bản {printed_version(sub)} của phần mềm, mới hơn phiên bản máy này {mine}"


@functools.cache
def _shipped_catalog() -> Catalog | None:
    """The catalogue this version of the program ships (None if it cannot be read)."""
    try:
        return Catalog(json.loads(resource_path("catalog", "catalog.json").read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError, ChiTieuError):
        return None


def _printed_otherwise(sub: Submission, catalog: Catalog | None) -> tuple[str, ...]:
    """The texts the file prints otherwise than the figures it states (`recompute`'s `texts`,
    with `catalog`: a text is compared only where the figures it is written from agree with the
    catalogue's, so another catalogue's targets leave theirs uncompared, never called wrong)."""
    if catalog is None:
        return ()
    try:
        return recompute(catalog, catalog.commune_by_code(sub.unit_code), sub).texts
    except (ChiTieuError, ArithmeticError, ValueError):  # a unit or figure this catalogue cannot judge
        return ()


def _as_catalogued(sub: Submission, catalog: Catalog | None) -> tuple[list[str], str]:
    """The file's unit against the catalogue's list of units: ([a problem], "") when the file names
    its code's unit otherwise than the catalogue it was made with; ([], a note) when another
    catalogue does (a unit may be renamed) or lacks the code; ([], "") when they agree."""
    if catalog is None:
        return [], ""
    try:
        unit = catalog.commune_by_code(sub.unit_code)
    except ChiTieuError:
        return [], f"; mã này không có trong danh sách xã, phường của bộ chỉ tiêu {catalog.version}"
    if (sub.unit_name, sub.unit_kind) == (clean_text(unit.name), unit.kind):
        return [], ""
    said = (f'tệp ghi tên đơn vị "{quoted(sub.unit_name, 80)}" ({quoted(sub.unit_kind, 20)}), danh sách xã, phường của bộ chỉ tiêu '
            f"{catalog.version} ghi mã {sub.unit_code} là {unit.name} ({unit.kind})")
    if sub.catalog_version == catalog.version:
        return [said], ""
    return [], f"; CHÚ Ý: {said}, tệp lập theo bộ chỉ tiêu {quoted(sub.catalog_version, 20)}"


def _report_problems(checked: _Checked, name: str, sub: Submission) -> tuple[list[str], list[str]]:
    """Differences between what "Báo cáo" shows and the data (`exports.report_check.report_differences`:
    printed otherwise than the file's form, shown otherwise than any version writes), read from the parts
    the data were read from."""
    try:
        rows = _rows(checked.book, SHEET_REPORT, name)
    except DamagedFile:
        return [], [f'trang "{SHEET_REPORT}" không đọc được']
    return report_differences(checked.parts, rows, sub)
