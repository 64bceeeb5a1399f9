"""Errors a commune officer can act on: each carries a Vietnamese message naming the field."""

class ChiTieuError(Exception):
    """Base class: `message` is shown to the user as is."""
    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field

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


_OS_ERRORS = {  # errno name -> what the officer reads (the system's own text is in English)
    "ENOENT": "không có tệp hoặc thư mục này",
    "EACCES": "không có quyền truy cập",
    "EPERM": "không có quyền truy cập",
    "ENOSPC": "ổ đĩa đã đầy",
    "EDQUOT": "ổ đĩa đã hết dung lượng được cấp",
    "EROFS": "ổ đĩa chỉ cho phép đọc",
    "EISDIR": "đây là một thư mục, không phải tệp",
    "ENOTDIR": "đường dẫn có một phần không phải thư mục",
    "ENAMETOOLONG": "tên hoặc đường dẫn quá dài",
    "EBUSY": "tệp đang được chương trình khác dùng",
}
_WINDOWS_ERRORS = {32: "tệp đang được chương trình khác mở (đóng Excel rồi thử lại)",
                   33: "tệp đang được chương trình khác mở (đóng Excel rồi thử lại)"}


def os_error_text(err: OSError) -> str:
    """An operating system error in Vietnamese, for messages such as "Không đọc được tệp X: …"."""
    import errno

    text = _WINDOWS_ERRORS.get(getattr(err, "winerror", None) or 0) or _OS_ERRORS.get(
        errno.errorcode.get(err.errno or 0, ""))
    return text or f"lỗi hệ thống ({err.strerror or err})"
