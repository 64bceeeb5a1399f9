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
