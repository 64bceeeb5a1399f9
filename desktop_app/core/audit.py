"""The audit trail as a reviewer reads it: who changed what, when, from what to what."""
from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.catalog import Catalog
from desktop_app.core.validation import clean_text  # older rows may hold control characters

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
}
FIELDS = {
    "numerator": "Tử số", "denominator": "Mẫu số", "value": "Giá trị", "flag": "Có/Không",
    "previous": "Cùng kỳ năm trước", "comment": "Ghi chú", "baseline": "Đầu nhiệm kỳ",
    "target": "Chỉ tiêu", "state": "Trạng thái", "ket_qua": "Kết quả đạt được",
    "han_che": "Hạn chế, nguyên nhân", "phuong_huong": "Phương hướng, nhiệm vụ kỳ tới",
    "key_code": "Mã khóa", "fingerprint": "Mã xác thực",
}
COLUMNS = ("Thời điểm", "Người thực hiện", "Thao tác", "Kỳ", "Chỉ tiêu", "Trường", "Giá trị cũ", "Giá trị mới")


@dataclass(frozen=True)
class AuditLine:
    """One change. The codes are the store's (keys of ACTIONS and FIELDS, the indicator's
    code); the interface labels a line by them, the exported record prints the words."""

    at: str  # dd/mm/yyyy HH:MM:SS
    user: str
    action_code: str
    period: str
    indicator_code: str
    indicator: str  # its name in the catalogue (the code for one it no longer has)
    field_code: str
    old: str
    new: str

    @property
    def action(self) -> str:
        return ACTIONS.get(self.action_code, self.action_code)

    @property
    def field(self) -> str:
        return FIELDS.get(self.field_code, self.field_code)

    def cells(self) -> tuple[str, ...]:
        return (self.at, self.user, self.action, self.period, self.indicator, self.field, self.old, self.new)


def describe(rows, catalog: Catalog) -> list[AuditLine]:
    names = {i.code: i.name for i in catalog.indicators}
    return [AuditLine(f"{r.at[8:10]}/{r.at[5:7]}/{r.at[:4]} {r.at[11:19]}", r.user, r.action, r.period or "",
                      r.indicator or "", names.get(r.indicator, r.indicator or ""), r.field or "",
                      clean_text(r.old), clean_text(r.new))
            for r in rows]
