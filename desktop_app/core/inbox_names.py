"""What the province's intake makes of the names in a folder of e-mailed reports, before any file is
read (`desktop_app.intake_folder` lists the folder): which names are temporary, lock or system files,
which are of another kind and what the reviewer does about each kind (a .zip is unzipped, an .eml's
attachments saved, an .ods asked again as .xlsx: walk U22, F3), which report PDF goes with which
workbook (`pair_key`: a mail program's copy " (1)", a name written in decomposed Unicode by a Mac or
Zalo: walk U22, F4), and what is said of a folder's entries not read (too deep, a link: F2).
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import PurePosixPath

from desktop_app.core.words import Words

SIGNED_SUFFIX = "_ky-so"  # <export stem>_ky-so.pdf: the report signed with the leader's token, beside the export

# Files a folder of attachments holds that are nobody's report: Excel's and Word's owner
# files ("~$bao-cao.xlsx"), their temporary saves ("~WRL0001.tmp"), LibreOffice's lock files,
# downloads not finished, and the system's own files.
TEMPORARY_PREFIXES = ("~$", ".~lock.")
TEMPORARY_SUFFIXES = (".tmp", ".temp", ".crdownload", ".part", ".partial", ".download")
SYSTEM_FILES = ("thumbs.db", "desktop.ini", ".ds_store")

# A mail program's or a browser's copy of a name already in the folder: "X (1).xlsx" (Gmail, Chrome),
# "X(2).xlsx", "X_(1).xlsx" (a name whose spaces were made "_").
_COPY = re.compile(r"(?:\s*_?\(\d{1,3}\))+$")


def nfc(name: str) -> str:
    """A name in composed Unicode: "Xã" typed on Windows and "Xã" a Mac or Zalo wrote (x, a, a
    combining tilde) read and compare the same."""
    return unicodedata.normalize("NFC", name)


def base_name(name: str) -> str:
    """The last part of a name intake shows ("Xã Tân Cương/2026-6M_05503_xa-tan-cuong.xlsx": the file's)."""
    return name.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]


def is_temporary(name: str) -> bool:
    low = base_name(name).lower()
    return (low.startswith(TEMPORARY_PREFIXES) or low.endswith(TEMPORARY_SUFFIXES)
            or low in SYSTEM_FILES or (low.startswith("~") and low.endswith(".tmp")))


def pair_key(name: str) -> str:
    """What a report PDF and its workbook share: the folder and the stem, composed (`nfc`) and case
    folded, without a copy's " (1)" and without "_ky-so" (the signed PDF's). "2026-6M_05665_xa-van-lang
    (1).xlsx", "2026-6M_05665_xa-van-lang.pdf" and "…xa-van-lang_ky-so.pdf" share one key; so do an NFC
    .xlsx and an NFD .pdf of the same name; a PDF in another sub-folder does not."""
    path = PurePosixPath(nfc(name).replace("\\", "/"))
    stem = nfc(path.stem.casefold())
    stem = _COPY.sub("", _COPY.sub("", stem).removesuffix(SIGNED_SUFFIX))
    parent = nfc(str(path.parent).casefold())
    return stem if parent in ("", ".") else f"{parent}/{stem}"


def _folder_and_stem(name: str) -> tuple[str, str]:
    path = PurePosixPath(nfc(name).replace("\\", "/"))
    return str(path.parent), nfc(path.stem.casefold())


def paired_with(workbook: str, pdfs: list[str]) -> str | None:
    """The report PDF among `pdfs` (names in the workbook's folder) that goes with the workbook named
    `workbook`, as intake looks for it: "<stem>_ky-so.pdf", else "<stem>.pdf" (the case aside, as Windows
    finds them), else one sharing its `pair_key`, the signed one first; None when none does."""
    stem = _folder_and_stem(workbook)[1]
    signed_first = sorted(pdfs, key=lambda n: (SIGNED_SUFFIX not in nfc(n).casefold(), n))
    for wanted in (stem + SIGNED_SUFFIX, stem):
        same = [n for n in signed_first if _folder_and_stem(n)[1] == wanted]
        if same:
            return same[0]
    key = pair_key(workbook)
    return next((n for n in signed_first if pair_key(n) == key), None)


def shared_pdfs(names: list[str]) -> dict[str, list[str]]:
    """Each report PDF that two workbooks or more of a folder would each go with (`paired_with`) -> those
    workbooks: "2026-6M_05665_xa-van-lang.xlsx" and "2026-6M_05665_xa-van-lang (1).xlsx" beside one
    "2026-6M_05665_xa-van-lang.pdf" (walk U22): which e-mail it came with is not known. `names` as intake
    lists a folder, relative to it ("Xã Văn Lăng/…"); a PDF pairs only within its own sub-folder."""
    folders: dict[str, tuple[list[str], list[str]]] = {}
    for name in names:
        kind = suffix(name)
        if kind in (".xlsx", ".pdf"):
            folders.setdefault(_folder_and_stem(name)[0], ([], []))[kind == ".pdf"].append(name)
    shared: dict[str, list[str]] = {}
    for workbooks, pdfs in folders.values():
        taken: dict[str, list[str]] = {}
        for workbook in workbooks:
            pdf = paired_with(workbook, pdfs)
            if pdf is not None:
                taken.setdefault(pdf, []).append(workbook)
        shared.update({pdf: sorted(books, key=str.casefold) for pdf, books in taken.items() if len(books) > 1})
    return shared


def shared_pdf_note(pdf: str, workbooks: list[str]) -> Words:
    """What a workbook's line says when its report PDF goes as well with other workbooks (`shared_pdfs`):
    the PDF is checked with none of them, and what the reviewer does."""
    listed = ", ".join(workbooks)
    return Words(
        f"Tệp PDF {pdf} cùng tên với {len(workbooks)} tệp Excel ({listed}): không biết PDF gửi kèm tệp nào nên "
        "chưa kiểm tra chữ ký số của PDF này với tệp Excel nào. Để riêng mỗi thư (tệp Excel và PDF gửi cùng) vào một thư "
        "mục con, hoặc xóa bản Excel thừa, rồi đọc lại thư mục.",
        f"The PDF file {pdf} has the name of {len(workbooks)} Excel files ({listed}): which one it was sent with is "
        "not known, so its digital signature was checked with none of them. Put each e-mail's files (the Excel "
        "file and the PDF sent with it) in a sub-folder of their own, or delete the extra Excel copy, then read "
        "the folder again.")


# What the reviewer does about a file of each kind a unit's e-mail may hold instead of its report:
# (the kind's name, what to do), in both languages, by the name's ending.
_ARCHIVE = Words("{n} tệp nén", "{n} compressed {files}"), Words("giải nén vào thư mục rồi đọc lại",
                                                       "unzip them into the folder and read it again")
_MAIL = Words("{n} tệp thư điện tử", "{n} e-mail {files}"), Words(
    "lưu tệp đính kèm ra thư mục rồi đọc lại", "save their attachments into the folder and read it again")
_SHEET = Words("{n} tệp bảng tính không phải .xlsx", "{n} spreadsheet {files} other than .xlsx"), Words(
    "xin đơn vị gửi tệp .xlsx do phần mềm xuất", "ask the unit for the .xlsx file the software exports")
ACTIONS = {".zip": _ARCHIVE, ".rar": _ARCHIVE, ".7z": _ARCHIVE, ".eml": _MAIL, ".msg": _MAIL,
           ".ods": _SHEET, ".csv": _SHEET, ".xlsb": _SHEET, ".numbers": _SHEET}

# Why an entry of the folder is not read (`desktop_app.intake_folder.read_folder`), by its code.
UNREAD = {
    "deep": Words("thư mục con sâu quá 2 cấp: chép các tệp lên thư mục trên rồi đọc lại",
                  "a sub-folder more than 2 levels down: copy its files up a folder and read it again"),
    "link": Words("lối tắt hoặc liên kết, không mở theo: chép chính tệp vào thư mục rồi đọc lại",
                  "a shortcut or link, not followed: copy the file itself into the folder and read it again"),
    "special": Words("không phải tệp thường", "not a regular file"),
    "unreadable": Words("không mở được", "could not be opened"),
    "many": Words("thư mục có quá nhiều tệp, phần còn lại không đọc",
                  "the folder holds too many files, the rest not read"),
}

# What the intake dialog and `consolidate --help` say of the folder read.
FOLDER_READ = Words(
    "Đọc cả các thư mục con, sâu đến 2 cấp (lưu mỗi xã một thư mục cũng được); không mở tệp nén (.zip) và thư điện "
    "tử lưu nguyên thư (.eml, .msg): giải nén, lưu tệp đính kèm ra thư mục rồi đọc.",
    "Its sub-folders are read too, down to 2 levels (one folder per commune is fine); compressed files (.zip) and "
    "e-mails saved whole (.eml, .msg) are not opened: unzip them, save their attachments into the folder, then read it.")

SHOWN_AT_MOST = 5  # temporary files and files of no report's kind named in a summary; the others all


def _files(n: int) -> str:
    return f"{n} file" if n == 1 else f"{n} files"


def suffix(name: str) -> str:
    return PurePosixPath(base_name(name).rstrip(" .")).suffix.lower()


def skipped_words(skipped: list[str], unread: list[tuple[str, str]] = ()) -> Words:
    """What a run says of the files it did not read, each kind apart, "" when none: a .zip, an .eml,
    an .ods with what to do about it, every one of them named (a unit's report may be in it); files
    of no report's kind (a .txt, a .docx) and temporary, lock or hidden files, the first
    `SHOWN_AT_MOST` named; entries not read (`UNREAD`) each with why."""
    groups: dict[tuple[Words, Words], list[str]] = {}
    other, temporary = [], []
    for name in skipped:
        kind = ACTIONS.get(suffix(name))
        if kind is not None:
            groups.setdefault(kind, []).append(name)
        elif is_temporary(name) or base_name(name).startswith(".") or name.endswith("/"):  # a hidden folder too
            temporary.append(name)
        else:
            other.append(name)
    said = []
    for (what, action) in (_ARCHIVE, _MAIL, _SHEET):
        names = groups.get((what, action))
        if names:
            n, files = len(names), "file" if len(names) == 1 else "files"
            said.append(Words(f"Chưa đọc {what.format(n=n)} ({action}): {', '.join(names)}.",
                              f"Not read: {what.en.format(n=n, files=files)} ({action.en}): {', '.join(names)}."))

    def listed(names: list[str]) -> str:
        return ", ".join(names[:SHOWN_AT_MOST]) + (", …" if len(names) > SHOWN_AT_MOST else "")

    if other:
        said.append(Words(f"Bỏ qua {len(other)} tệp loại khác (không phải báo cáo): {listed(other)}.",
                          f"Skipped {_files(len(other))} of another kind (not reports): {listed(other)}."))
    if temporary:
        said.append(Words(f"Bỏ qua {len(temporary)} tệp tạm, tệp khóa hoặc tệp ẩn: {listed(temporary)}.",
                          f"Skipped {len(temporary)} temporary, lock or hidden "
                          f"{_files(len(temporary)).split(' ', 1)[1]}: {listed(temporary)}."))
    if unread:
        said.append(Words("Không đọc: " + "; ".join(f"{n} ({UNREAD[c]})" for n, c in unread) + ".",
                          "Not read: " + "; ".join(f"{n} ({UNREAD[c].en})" for n, c in unread) + "."))
    return Words.joined(said, " ")
