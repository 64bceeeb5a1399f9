"""The audit trail as a reviewer reads it: who changed what, when, from what to what.

The store keeps codes and locale-free values (`2026-Q1`, `commune_code`, `159176.5`, `≥ 94.5`);
a line says them as a person reads them: the period's name, the setting's label in the settings
dialog, numbers the Vietnamese way. Every digit stored is shown, never rounded, so the text is
the exact stored value (read back by `parse_number`) and prints the same on any computer."""
from __future__ import annotations

import ast
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from desktop_app.core.catalog import Catalog
from desktop_app.core.errors import ChiTieuError
from desktop_app.core.numbers import format_number
from desktop_app.core.pdf_signature import SETTING_KEYS as SIGNATURE_SETTINGS
from desktop_app.core.periods import parse_period
from desktop_app.core.restore_record import in_log
from desktop_app.core.validation import clean_text  # older rows may hold control characters
from desktop_app.core.vietnam_time import shown as in_vietnam_text

ACTIONS = {
    "entry": "Sửa số liệu",
    "baseline": "Số liệu đầu nhiệm kỳ",
    "own_target": "Chỉ tiêu tự đặt",
    "narrative": "Nội dung báo cáo",
    "state": "Trạng thái kỳ",
    "setting": "Cài đặt",
    "user_add": "Tạo tài khoản",
    "user_active": "Khóa/mở tài khoản",
    "password_reset": "Đặt lại mật khẩu",
    "password_change": "Đổi mật khẩu",
    "login_locked": "Khóa đăng nhập",
    "restore": "Khôi phục bản sao lưu",
    "catalog": "Cập nhật bộ chỉ tiêu",
    "catalog_update": "Nhập bản cập nhật bộ chỉ tiêu",
    "catalog_draft": "Sửa bản nháp bộ chỉ tiêu",
    "catalog_publish": "Phát hành bộ chỉ tiêu",
    "signing_key": "Tạo khóa ký của máy",
    "key": "Sổ khóa các đơn vị",
    # province mode: the register of the units' keys, unsigned versions, the province's key
    "key_register": "Ghi nhận khóa ký của đơn vị",
    "key_confirm": "Xác nhận khóa ký của đơn vị",
    "key_revoke": "Thu hồi khóa ký của đơn vị",
    "unsigned_accept": "Chấp nhận bản chưa ký",
    "province_key": "Ghi nhận khóa ký của tỉnh",
    "pdf_sign": "Ký số báo cáo",
    "trust_root_add": "Thêm chứng thư gốc tin cậy",
    "trust_root_remove": "Bỏ chứng thư gốc tin cậy",
    "tamper_ack": "Xác nhận đã kiểm tra thay đổi ngoài chương trình",  # db/integrity.py's ACK_ACTION
}
FIELDS = {
    "numerator": "Tử số", "denominator": "Mẫu số", "value": "Giá trị", "flag": "Có/Không",
    "previous": "Cùng kỳ năm trước", "comment": "Ghi chú", "baseline": "Đầu nhiệm kỳ",
    "target": "Chỉ tiêu", "state": "Trạng thái", "ket_qua": "Kết quả đạt được",
    "clock_was_ahead": "Trạng thái (đồng hồ đã chạy nhanh)",  # core/clock.CLOCK_WAS_AHEAD
    "han_che": "Hạn chế, nguyên nhân", "phuong_huong": "Phương hướng, nhiệm vụ kỳ tới",
    "key_code": "Mã khóa", "fingerprint": "Mã xác thực", "user": "Tài khoản", "backup": "Bản sao lưu",
    "catalog_version": "Phiên bản bộ chỉ tiêu", "catalog_draft": "Bản nháp bộ chỉ tiêu",
    "signed_pdf_sha256": "Tệp PDF đã ký (mã SHA-256)", "sha256": "Chứng thư gốc (mã SHA-256)",
    "history": "Lịch sử số liệu",
}
RESTORED_COPY_OUT = "restored_copy_out"  # the line of a copy out restored (`SETTING_ACTIONS`)
# The settings as the settings dialog labels them ("Cài đặt" lines name the setting by its key).
SETTINGS = {
    "commune_code": "Xã, phường", "preparer": "Người lập biểu", "signer": "Người ký",
    "signer_title": "Chức vụ người ký", "doc_prefix": "Ký hiệu văn bản",
    "period_rules": "Ngày chốt số liệu và hạn gửi báo cáo", "province_email": "Địa chỉ thư điện tử của tỉnh",
    "mode": "Chế độ", "province_issuer": "Cơ quan ban hành", "province_recipient": "Nơi nhận báo cáo",
    "province_kept_rule": "Quy tắc chọn bản giữ của các đơn vị",
    "last_copy_out": "Thư mục, thời điểm",  # desktop_app/copied_out.py: its line says the action (SETTING_ACTIONS)
    RESTORED_COPY_OUT: "Thư mục, thời điểm sao lưu",  # a copy out restored: when the copy was taken
    **SIGNATURE_SETTINGS,
}
# A setting written by an action of its own, read as that action (U13 F3: a copy out read as a "Cài đặt" line);
# stored as a setting all the same, which the history's chain checks as one (db/integrity.py).
# A copy out restored from a stick (desktop_app/restored_copy_out.py) is recorded as one, and read as what
# happened (R24 F5: "Sao lưu ra ngoài máy" at the restore's time, beside "Khôi phục bản sao lưu", read as a copy
# made then): its line's `field_code` is `RESTORED_COPY_OUT`, the time shown the copy's own.
SETTING_ACTIONS = {"last_copy_out": "Sao lưu ra ngoài máy",
                   RESTORED_COPY_OUT: "Khôi phục từ bản sao ngoài máy (tính là đã sao lưu ra ngoài)"}
NUMBERS = {"numerator", "denominator", "value", "previous", "baseline"}  # fields holding one number
YES_NO = {"1": "Có", "0": "Không"}
ACCOUNT_STATES = {"True": "đang dùng", "False": "đã khóa"}
COLUMNS = ("Thời điểm", "Người thực hiện", "Thao tác", "Kỳ", "Chỉ tiêu", "Trường", "Giá trị cũ", "Giá trị mới")


@dataclass(frozen=True)
class AuditLine:
    """One change. The codes are the store's (keys of ACTIONS and FIELDS, the indicator's
    code); the interface labels a line by them, the exported record prints the words."""

    at: str  # dd/mm/yyyy HH:MM:SS
    user: str
    action_code: str
    period_code: str  # "2026-Q1"; a year ("2026") for an own target
    indicator_code: str
    indicator: str  # its name in the catalogue (the code for one it no longer has)
    field_code: str
    old: str  # as shown (`shown`): "159.176,5", "≥ 94,5", "Xã Tân Cương (mã 05503)"
    new: str

    @property
    def action(self) -> str:
        if self.action_code == "setting" and self.field_code in SETTING_ACTIONS:
            return SETTING_ACTIONS[self.field_code]
        return ACTIONS.get(self.action_code, self.action_code)

    @property
    def field(self) -> str:
        if self.action_code == "setting":
            return SETTINGS.get(self.field_code, self.field_code)
        return FIELDS.get(self.field_code, self.field_code)

    @property
    def period(self) -> str:
        """The period's name ("Quý I năm 2026"); a code the program cannot read, as stored."""
        try:
            return parse_period(self.period_code).name if self.period_code else ""
        except ChiTieuError:
            return self.period_code

    def cells(self) -> tuple[str, ...]:
        return (self.at, self.user, self.action, self.period, self.indicator, self.field, self.old, self.new)


def exact_number(text: str) -> str:
    """A stored number ("159176.5") the Vietnamese way with every digit it has ("159.176,5");
    a text that is not a plain number, unchanged."""
    try:
        d = Decimal(text)
    except (InvalidOperation, ValueError):
        return text
    if not d.is_finite() or not text.strip().lstrip("-").replace(".", "", 1).isdigit():
        return text
    return format_number(d, decimals=max(0, -d.as_tuple().exponent))


def shown(action: str, field: str, text: str, catalog: Catalog, boolean: bool = False) -> str:
    """A stored old or new value as a person reads it (`boolean`: of a yes/no indicator)."""
    if not text:
        return text
    if field == "flag" or (boolean and field in NUMBERS | {"target"}):
        op, _, value = text.rpartition(" ")
        return f"{op} {YES_NO.get(value, value)}".strip()
    if field in NUMBERS:
        return exact_number(text)
    if field == "target":  # "≥ 94.5"
        op, _, value = text.rpartition(" ")
        return f"{op} {exact_number(value)}".strip()
    if action == "restore":  # the copy kept of the data replaced and the numbers its row records, cleaned once parsed
        return in_log(text)
    if action == "user_active":  # "True" before, "ten: False" after
        name, sep, state = text.rpartition(": ")
        state = ACCOUNT_STATES.get(state, state)
        return f"{name}{sep}{state}" if name else state[:1].upper() + state[1:]
    if action != "setting":
        return text
    if field == "commune_code":
        try:
            return f"{catalog.commune_by_code(text).name} (mã {text})"
        except ChiTieuError:
            return text
    if text[:1] in "[{":  # a list or a mapping, as the store wrote it (str of the value)
        try:
            value = ast.literal_eval(text)
        except (ValueError, SyntaxError):
            return text
        if field == "period_rules" and isinstance(value, dict):
            offset = value.get("deadline_month_offset") or 0
            month = "tháng cuối kỳ" if not offset else f"tháng thứ {offset} sau tháng cuối kỳ"
            return f"chốt số liệu ngày {value.get('cutoff_day')}, hạn gửi ngày {value.get('deadline_day')} {month}"
        if field in ("last_copy_out", RESTORED_COPY_OUT) and isinstance(value, dict) and isinstance(value.get("at"), str):
            at = value["at"]  # as the copy's laptop stamped it, "2026-12-06T19:03:40+07:00"
            return f"{value.get('folder', '')}, {in_vietnam_text(at, '%d/%m/%Y %H:%M')}"  # in Vietnam time
        if isinstance(value, list):
            return " / ".join(map(str, value))
    return text


def describe(rows, catalog: Catalog) -> list[AuditLine]:
    indicators = {i.code: i for i in catalog.indicators}
    lines = []
    for r in rows:
        ind = indicators.get(r.indicator)
        boolean = ind is not None and ind.kind == "boolean"
        old, new = (shown(r.action, r.field or "", v or "" if r.action == "restore" else clean_text(v), catalog, boolean)
                    for v in (r.old, r.new))
        lines.append(AuditLine(in_vietnam_text(r.at, "%d/%m/%Y %H:%M:%S"), r.user, r.action,  # in Vietnam time
                               r.period or "", r.indicator or "", ind.name if ind else r.indicator or "",
                               _restored(r) or r.field or "", old, new))
    return lines


def _restored(row) -> str | None:
    """`RESTORED_COPY_OUT` for the row recording a copy out restored from a stick (its value says when it was
    "restored_at"); None for another."""
    if row.action != "setting" or row.field != "last_copy_out" or "restored_at" not in (row.new or ""):
        return None
    try:
        value = ast.literal_eval(row.new)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return None
    return RESTORED_COPY_OUT if isinstance(value, dict) and "restored_at" in value else None
