"""Errors a commune officer can act on: each carries a Vietnamese message naming the field,
and, for the window's English interface, the same message in English.

The core stays Vietnamese first: `message` is what the command line prints and what the
province reads. `en` says the same facts with the same numbers in English; the window
shows it when its interface is English (`ui.common.error_text`), else the Vietnamese.
The errors an officer meets at the commune's window carry one: typed values, periods and
their states, accounts and logging in, the unit's settings, backups and restoring,
exports, the province's e-mail address, the database's checks, importing a catalogue
update (tests/core/test_english_errors.py walks their raise sites).

Left in Vietnamese only, on purpose: the province's side (reading and accepting
submission files, the key register, consolidation, editing and publishing catalogue
updates), since the province office works in Vietnamese, and the command line, which is
wholly Vietnamese. The English window shows such a message under a line saying it is in
Vietnamese.
"""

class ChiTieuError(Exception):
    """Base class: `message` (Vietnamese) is shown to the user as is; `en` is the same in
    English, or None where the message stays Vietnamese only (see the module's note)."""
    def __init__(self, message: str, field: str | None = None, en: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field
        self.en = en

class InvalidInput(ChiTieuError): """A typed value that cannot be accepted."""
class NotFound(ChiTieuError): """An unknown commune, indicator, period or code."""
class NotApplicable(ChiTieuError): """An indicator that does not exist for this unit."""
class PeriodFrozen(ChiTieuError): """A write to an approved or sent period."""
class ChangedOutside(ChiTieuError): """A period whose records were changed outside the program, not yet acknowledged."""
class NotPermitted(ChiTieuError): """The user's role does not allow the action."""
class BadSubmission(ChiTieuError): """A submission file that cannot be accepted."""
class DamagedFile(BadSubmission): """Unreadable, not an xlsx, oversized or a zip bomb ("Tệp hỏng")."""
class TamperedFile(BadSubmission): """Carries the format marker, but its data cannot be read: changed after it was written."""
class NotASubmission(BadSubmission): """A readable file that is not a submission of this application."""
class UnsupportedVersion(BadSubmission): """A submission in a newer format version than this application reads."""
class NewerDatabase(ChiTieuError): """The database was written by a newer version of the app."""
class DatabaseDamaged(ChiTieuError): """The file is not a readable database of this app."""
class ExportCancelled(ChiTieuError): """The user stopped an export; files already finished are left in place."""
class DatabaseBusy(ChiTieuError): """Another copy of the program (or a command) is writing and did not finish in time."""
class SignatureError(ChiTieuError): """A digital signature (chữ ký số) that cannot be made or checked."""


class DataFolderReadOnly(ChiTieuError):
    """The data folder (or the database file) cannot be written: not damaged, not to be restored.

    `window`, `window_en`: the same said to a person at the window (`ui.common.error_text`), who has
    no command line to give --data-dir to (walk U9 F7); None where the message says it for both."""

    window: str | None = None
    window_en: str | None = None

    @classmethod
    def of(cls, folder, why: str = "không có quyền ghi", why_en: str = "no permission to write",
           *, unsaved: bool = False) -> "DataFolderReadOnly":
        """`unsaved`: said of an action refused (not of opening): nothing of it was saved."""
        refusal = cls(
            f"Không ghi được vào thư mục dữ liệu {folder} ({why}). "
            + "Việc vừa làm chưa được lưu. " * unsaved
            + "Số liệu không bị hỏng: hãy chọn thư mục khác (--data-dir) hoặc nhờ người quản lý máy cấp "
              "quyền ghi cho thư mục này.", field="Thư mục dữ liệu",
            en=f"Cannot write into the data folder {folder} ({why_en}). " + "Nothing of this action was saved. " * unsaved
               + "The data are not damaged: choose another folder (--data-dir), or ask whoever manages this "
                 "computer for permission to write in this folder.")
        refusal.window = (
            f"Chương trình không ghi được vào thư mục dữ liệu của nó:\n{folder}\n({why}). "
            + "Việc vừa làm chưa được lưu. " * unsaved
            + "Số liệu đã lưu không bị hỏng.\n\nCách làm: mở chương trình bằng tài khoản Windows vẫn dùng hằng "
              "ngày trên máy này; nếu thư mục ở ổ USB hay ổ mạng, cắm lại ổ rồi mở lại chương trình. Nếu vẫn "
              "không được, nhờ người quản lý máy cấp quyền ghi cho thư mục này, hoặc đặt thư mục dữ liệu khác "
              "(thư mục do người cài đặt chọn, không đổi trong cửa sổ chương trình được).")
        refusal.window_en = (
            f"The program cannot write into its data folder:\n{folder}\n({why_en}). "
            + "Nothing of this action was saved. " * unsaved
            + "The data saved are not damaged.\n\nWhat to do: open the program with the Windows account you "
              "use every day on this computer; if the folder is on a USB stick or a network drive, plug it in "
              "again and open the program again. If it still fails, ask whoever manages this computer for "
              "permission to write in this folder, or to set another data folder (chosen when the program "
              "was installed, not in the program's window).")
        return refusal


class StorageFailed(ChiTieuError):
    """The disk holding the database is full or failed a read or write: nothing of the action was saved."""

    @classmethod
    def of(cls, folder, *, full: bool) -> "StorageFailed":
        """`full`: the disk is full; else it failed a read or write."""
        why, why_en = sqlite_error_texts(Exception("disk is full" if full else "disk I/O error"))
        return cls(
            f"Không ghi được cơ sở dữ liệu trong thư mục {folder} ({why}): việc vừa làm chưa được lưu, số liệu đã "
            "lưu trước đó không mất. " + ("Xóa bớt tệp không cần trên ổ đĩa đó rồi làm lại." if full else
                                          "Kiểm tra ổ đĩa (USB còn cắm chắc không) rồi làm lại."),
            field="Cơ sở dữ liệu",
            en=f"Could not write the database in the folder {folder} ({why_en}): nothing of this action was saved, "
               "the data saved before are not lost. " + ("Delete files not needed from that disk and do it again."
                                                         if full else "Check the disk (is the USB stick plugged in "
                                                                      "firmly?) and do it again."))


class DatabaseReplaced(ChiTieuError):
    """The database file was replaced (a restore) by another window or command while this copy had it open."""


# errno name -> what the officer reads, in Vietnamese and in English (the system's own text
# is in the system's language, often English with a Vietnamese interface, and terse).
_OS_ERRORS = {
    "ENOENT": ("không có tệp hoặc thư mục này", "no such file or folder"),
    "EACCES": ("không có quyền truy cập", "access denied"),
    "EPERM": ("không có quyền truy cập", "access denied"),
    "ENOSPC": ("ổ đĩa đã đầy", "the disk is full"),
    "EDQUOT": ("ổ đĩa đã hết dung lượng được cấp", "the disk space allowed is used up"),
    "EROFS": ("ổ đĩa chỉ cho phép đọc", "the disk is read-only"),
    "EISDIR": ("đây là một thư mục, không phải tệp", "this is a folder, not a file"),
    "ENOTDIR": ("đường dẫn có một phần không phải thư mục", "part of the path is not a folder"),
    "ENAMETOOLONG": ("tên hoặc đường dẫn quá dài", "the name or the path is too long"),
    "EBUSY": ("tệp đang được chương trình khác dùng", "the file is in use by another program"),
}
_FILE_OPEN = ("tệp đang được chương trình khác mở (đóng Excel rồi thử lại)",
              "the file is open in another program (close Excel and try again)")
_WINDOWS_ERRORS = {32: _FILE_OPEN, 33: _FILE_OPEN}


def _os_error_texts(err: OSError) -> tuple[str, str] | None:
    import errno

    return _WINDOWS_ERRORS.get(getattr(err, "winerror", None) or 0) or _OS_ERRORS.get(
        errno.errorcode.get(err.errno or 0, ""))


def os_error_text(err: OSError) -> str:
    """An operating system error in Vietnamese, for messages such as "Không đọc được tệp X: …"."""
    texts = _os_error_texts(err)
    return texts[0] if texts else f"lỗi hệ thống ({err.strerror or err})"


def os_error_text_en(err: OSError) -> str:
    """The same error in English, for the `en` of such a message."""
    texts = _os_error_texts(err)
    return texts[1] if texts else f"system error ({err.strerror or err})"


# SQLite's own words -> the same in a few words for the officer (SQLite says them in English).
_SQLITE_ERRORS = (
    ("full", _OS_ERRORS["ENOSPC"]),
    ("readonly", ("không có quyền ghi", "no permission to write")),
    ("disk i/o", ("lỗi đọc ghi ổ đĩa", "a disk read or write error")),
    ("unable to open", ("không mở được tệp", "the file cannot be opened")),
    ("not a database", ("đây không phải tệp cơ sở dữ liệu", "this is not a database file")),
    ("malformed", ("tệp cơ sở dữ liệu bị hỏng", "the database file is damaged")),
    ("encrypted", ("tệp bị mã hóa, không đọc được", "the file is encrypted and cannot be read")),
    ("locked", ("cơ sở dữ liệu đang bị chương trình khác dùng", "the database is in use by another program")),
    ("busy", ("cơ sở dữ liệu đang bị chương trình khác dùng", "the database is in use by another program")),
    ("no such table", ("tệp thiếu bảng số liệu cần có", "the file lacks a table it must have")),
    ("too big", ("tệp quá lớn", "the file is too large")),
)


def sqlite_error_texts(err: Exception) -> tuple[str, str]:
    """A database error in a few words, in Vietnamese and in English."""
    text = str(err)
    for words, texts in _SQLITE_ERRORS:
        if words in text.lower() and not isinstance(err, ChiTieuError):
            return texts
    return f"lỗi cơ sở dữ liệu ({text})", f"database error ({getattr(err, 'en', None) or text})"
