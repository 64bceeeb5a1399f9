"""The one reader of submission files, shared by the province's intake and `chitieu verify`.

A file is checked as a container first (`exports.xlsx_container`), then python-calamine
reads its "Thông tin" and "Dữ liệu" sheets and `exports.submission_format` turns their
rows into a `Submission`. `examine` classifies a file the way intake and verify both
report it: the same classes (`FileClass`), the same Vietnamese reasons.
"""
from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.errors import (
    BadSubmission,
    DamagedFile,
    NotASubmission,
    TamperedFile,
    UnsupportedVersion,
)
from desktop_app.core.intake import FileClass, FileResult, shown_name
from desktop_app.core.signing import normalise_code
from desktop_app.core.submission import SHORT_FINGERPRINT, Submission
from exports.submission_format import (
    REPORT_HEADERS,
    SHEET_DATA,
    SHEET_INFO,
    SHEET_REPORT,
    cell_text,
    read_info,
    report_heading,
    report_rows,
    submission_from_sheets,
    written_before,
)
from exports.xlsx_container import check_container, read_bytes_limited

RESEND = "hãy xin đơn vị gửi lại tệp do phần mềm xuất."


def _workbook(data: bytes, name: str):
    from python_calamine import CalamineWorkbook

    try:
        return CalamineWorkbook.from_filelike(io.BytesIO(data))
    except Exception:  # calamine's own errors: a file it cannot open
        raise DamagedFile(f"Tệp {name} bị hỏng hoặc không phải tệp Excel đọc được; {RESEND}", field="Tệp") from None


def _rows(book, sheet: str, name: str) -> list[list]:
    try:
        return book.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
    except Exception:
        raise DamagedFile(f'Tệp {name} bị hỏng: không đọc được trang "{sheet}".', field="Tệp") from None


def parse_bytes(data: bytes, name: str) -> Submission:
    """The submission in `data` (an xlsx file's bytes). Raises a BadSubmission subclass."""
    check_container(data, name)
    book = _workbook(data, name)
    for sheet in (SHEET_INFO, SHEET_DATA):
        if sheet not in book.sheet_names:
            raise NotASubmission(f'Tệp {name} không có trang "{sheet}": không phải tệp số liệu do phần '
                                 "mềm Chỉ tiêu xã lập.", field=sheet)
    info = read_info(_rows(book, SHEET_INFO, name), name)
    return submission_from_sheets(info, _rows(book, SHEET_DATA, name), name)


def read_submission(path: str | Path) -> Submission:
    """The submission a file states, with the fingerprint written in it as
    `stated_fingerprint`. Raises a BadSubmission subclass for a file it cannot read."""
    path = Path(path)
    _exists(path)
    return parse_bytes(read_bytes_limited(path), path.name)


def _pdf_reason(path: Path, name: str) -> str:
    """A PDF is the printed report; its figures come in the .xlsx exported with it (same name,
    or without the "_ky-so" of a digitally signed copy): say whether that file is there."""
    stem = path.stem.removesuffix("_ky-so")
    if any(path.with_name(stem + ext).is_file() for ext in (".xlsx", ".XLSX")):
        return (f"Tệp {name} là tệp PDF (bản in của báo cáo). Tỉnh nhận số liệu từ tệp Excel {stem}.xlsx "
                "gửi kèm, đọc riêng trong cùng thư mục.")
    return (f"Tệp {name} là tệp PDF (bản in của báo cáo) và thư mục không có tệp Excel {stem}.xlsx gửi kèm: "
            "tỉnh chỉ nhận số liệu từ tệp .xlsx. Hãy xin đơn vị gửi cả tệp Excel do phần mềm xuất (Tệp › Gửi "
            "cho tỉnh… của phần mềm đính kèm cả hai tệp).")


def _exists(path: Path) -> None:
    if not path.is_file():
        raise DamagedFile(f"Không có tệp {path}.", field="Tệp")


def examine(path: str | Path) -> tuple[FileResult, Submission | None]:
    """Read one file and say what it is: Hợp lệ with its submission (the data match the
    fingerprint written in it), or a refusal with its reason. The unit and the period are
    the caller's to judge."""
    path = Path(path)
    name = shown_name(path.name)
    try:
        _exists(path)
        data = read_bytes_limited(path)
    except DamagedFile as err:
        return FileResult(name, FileClass.TEP_HONG, err.message), None
    base = dict(size=len(data), sha256=hashlib.sha256(data).hexdigest())
    if data.startswith(b"%PDF"):
        return FileResult(name, FileClass.KHONG_PHAI, _pdf_reason(path, name), **base), None
    try:
        sub = parse_bytes(data, name)
        computed = sub.fingerprint
    except DamagedFile as err:
        return FileResult(name, FileClass.TEP_HONG, err.message, **base), None
    except UnsupportedVersion as err:
        return FileResult(name, FileClass.PHIEN_BAN, err.message, **base), None
    except TamperedFile as err:
        return FileResult(name, FileClass.DA_BI_SUA, f"{err.message} Tệp đã bị sửa sau khi lập; {RESEND}", **base), None
    except NotASubmission as err:
        return FileResult(name, FileClass.KHONG_PHAI, err.message, **base), None
    except BadSubmission as err:
        return FileResult(name, FileClass.KHONG_PHAI, f"Tệp {name}: {err.message}", **base), None
    except Exception as err:  # noqa: BLE001 - one file never stops a folder
        return FileResult(name, FileClass.TEP_HONG, f"Tệp {name} không đọc được ({type(err).__name__}).",
                          **base), None
    who = dict(unit_code=sub.unit_code, unit_name=sub.unit_name, period=sub.period,
               generated_at=sub.generated_at, approved=sub.approved, key_code=sub.key_code)
    stated = (sub.stated_fingerprint or "").strip().lower()
    if not stated:
        return FileResult(name, FileClass.DA_BI_SUA, f'Tệp {name} không ghi mã xác thực ở trang "{SHEET_INFO}": '
                          "tệp đã bị sửa.", **base, **who), None
    if stated != computed:
        return FileResult(name, FileClass.DA_BI_SUA, (
            f'Số liệu trang "{SHEET_DATA}" trong tệp {name} ({sub.unit_name}) đã bị sửa sau khi lập: mã xác '
            f"thực tính lại là {computed[:16]}, khác mã ghi trong tệp {stated[:16]}. Không nhận; {RESEND}"), **base, **who, fingerprint=stated), None
    if sub.signed and not sub.signature_valid():
        return FileResult(name, FileClass.DA_BI_SUA, (
            f"Chữ ký trong tệp {name} ({sub.unit_name}) không khớp với nội dung: tệp đã bị sửa sau khi ký "
            "(số liệu, đơn vị, kỳ, trạng thái duyệt, người ký hoặc thời điểm lập). Không nhận; "
            f"{RESEND}"), **base, **who, fingerprint=computed), None
    return FileResult(name, FileClass.HOP_LE, "", **base, **who, fingerprint=computed), sub


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


def verify_file(path: str | Path, code: str | None = None) -> Verification:
    """What `chitieu verify` says of a file, and only what it can know: intact or changed
    (the data against the fingerprint written in it, the signature against the document, the
    printed table against the data), draft or approved, signed by which key; with `code` (as
    printed on the paper: the key's code or the fingerprint) whether the paper is this file.
    Without a code it never says the paper matches."""
    path = Path(path)
    result, sub = examine(path)
    if result.class_ == FileClass.DA_BI_SUA:
        who = f" ({result.unit_name}, {result.period})" if result.unit_name else ""
        return Verification(False, True, f"Tệp {path.name} KHÔNG nguyên vẹn{who}: {result.reason}", None)
    if sub is None:
        return Verification(False, False, result.reason, None)
    problems = _report_problems(path, sub)
    name = f"{sub.unit_name} (mã {sub.unit_code}), {sub.period_name}"
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
    msg = (f"Tệp {path.name} nguyên vẹn ({intact}): {name}; {state}; mã xác thực {sub.short_fingerprint} "
           f"(đầy đủ: {sub.fingerprint}). {who}")
    if sub.signed_pdf_sha256:
        msg += (f" Báo cáo PDF đã ký số đi kèm có mã SHA-256 {sub.signed_pdf_sha256} (kiểm tra bằng chitieu verify "
                "TỆP_ky-so.pdf).")
    if code is None or not code.strip():
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


def _report_problems(path: Path, sub: Submission) -> list[str]:
    """Differences between the printed table of "Báo cáo" and the data."""
    book = _workbook(read_bytes_limited(path), path.name)  # checked as a container already
    if SHEET_REPORT not in book.sheet_names:
        return [f'thiếu trang "{SHEET_REPORT}"']
    try:
        rows = _rows(book, SHEET_REPORT, path.name)
    except DamagedFile:
        return [f'trang "{SHEET_REPORT}" không đọc được']
    start = next((i for i, r in enumerate(rows) if r and cell_text(r[0]) == "STT"), None)
    if start is None:
        return [f'trang "{SHEET_REPORT}" không có bảng chỉ tiêu']
    problems = []
    for (row, col), want in report_heading(sub).items():  # the unit, the period, "DỰ THẢO"
        got = cell_text(rows[row - 1][col - 1]) if row - 1 < start and col - 1 < len(rows[row - 1]) else ""
        if got != want:
            problems.append(f'trang "{SHEET_REPORT}", ô {"ABCDEFGH"[col - 1]}{row} (đầu báo cáo): ghi "{got[:60]}", '
                            f'số liệu là "{want[:60]}"')
    expected = report_rows(sub)
    earlier = written_before(sub)  # the same table as earlier versions worded some of its cells
    actual = rows[start + 2:start + 2 + len(expected)]
    for k, want in enumerate(expected):
        got = tuple(cell_text(v) for v in (actual[k] if k < len(actual) else ()))
        got = got + ("",) * (len(want) - len(got))
        for col, (w, g) in enumerate(zip(want, got)):
            if w != g and all(then[k][col] != g for then in earlier):
                problems.append(
                    f'trang "{SHEET_REPORT}", dòng {start + 3 + k}, cột "{REPORT_HEADERS[col]}": '
                    f'ghi "{g[:60]}", số liệu là "{w[:60]}"')
    return problems
