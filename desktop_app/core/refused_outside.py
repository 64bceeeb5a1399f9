"""The refusals of an action while what allows it was changed outside the program:
the acting account's row, or at the province, any record before a key decision."""
from __future__ import annotations

from desktop_app.core.errors import ChangedOutside
from desktop_app.core.users import PERMISSION_EN, Permission, Role
from desktop_app.core.workflow import first_named

ACKNOWLEDGE = (("xác nhận đã kiểm tra (Quản trị › Xác nhận đã kiểm tra thay đổi ngoài chương trình…, hoặc lệnh "
                "chitieu audit acknowledge)"),
               ("acknowledge the check (Administration › Acknowledge changes made outside the program…, or the "
                "command chitieu audit acknowledge)"))


def account_changed_outside(username: str, role: str, permission: Permission,
                            doing: tuple[str, str] | None = None) -> ChangedOutside:
    """The refusal of `permission` (`doing`: the task, as `who_may.denied` takes it) to the account
    `username`, whose row (now of role `role`) is not as the audit chain last recorded it: changed with
    sqlite3, its role perhaps given for this one action. An administrator's own account is checked by
    another administrator."""
    doing_vi, doing_en = doing or (permission.value, PERMISSION_EN[permission])
    admin = role == Role.ADMIN.value
    other = f" (một tài khoản Quản trị khác tài khoản {username})" if admin else ""
    other_en = f" (an Administrator account other than {username})" if admin else ""
    return ChangedOutside(
        f"Tài khoản {username} đã bị sửa ngoài chương trình (bằng công cụ khác, không qua chương trình): vai trò, mật "
        "khẩu, họ tên hoặc trạng thái của tài khoản không còn như nhật ký thay đổi đã ghi, nên tài khoản này chưa được "
        f"{doing_vi}. Báo Quản trị viên{other}: xem các thay đổi (lệnh chitieu audit verify), đối chiếu rồi "
        f"{ACKNOWLEDGE[0]}; sau đó mới làm được.",
        field="Tài khoản",
        en=f"The account {username} was changed outside the program (with another tool, not through the program): "
           "its role, password, name or status is not as the change log recorded it, so this account may not "
           f"{doing_en} yet. Tell the administrator{other_en}: list the changes (the command chitieu audit verify), "
           f"check them, then {ACKNOWLEDGE[1]}; then it can be done.")


def decision_refused(doing: tuple[str, str], found: list[str]) -> ChangedOutside:
    """The refusal of a decision at the province (`doing`: Vietnamese, English: "xác nhận khóa ký")
    while `found` (db/integrity.py's messages) is not empty: what the province counts from then on
    is decided on a database someone has looked at, as the commune approves and exports."""
    named, more = first_named(found)
    return ChangedOutside(
        f"Chưa {doing[0]} được: lịch sử số liệu cho thấy cơ sở dữ liệu bị sửa ngoài chương trình (bằng công cụ khác, "
        f"không qua chương trình): {named}" + (f" (và {more} chỗ khác)" if more > 0 else "") + ". Việc này quyết "
        "định những bản báo cáo nào được tính, nên chỉ làm trên cơ sở dữ liệu đã được kiểm tra. Báo cho Quản trị "
        "viên: xem hết các thay đổi (lệnh chitieu audit verify), đối chiếu với bản sao lưu hoặc hỏi lại đơn vị, rồi "
        f"{ACKNOWLEDGE[0]}; sau đó mới {doing[0]} được.",
        field="Lịch sử số liệu",
        en=f"Cannot {doing[1]} yet: the data history shows the database was changed outside the program (with another "
           f"tool, not through the program){f' ({len(found)} changes)' if more > 0 else ''}; in Vietnamese: {named}. "
           "This decides which reports are counted, so it is done only on a database that has been checked. Tell the "
           "administrator: list every change (the command chitieu audit verify), compare them with a backup or ask "
           f"the unit, then {ACKNOWLEDGE[1]}; then it can be done.")
