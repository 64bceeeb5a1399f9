"""The audit trail as a reviewer reads it: who changed what, when, from what to what."""
from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.catalog import Catalog

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
}
FIELDS = {
    "numerator": "Tử số", "denominator": "Mẫu số", "value": "Giá trị", "flag": "Có/Không",
    "previous": "Cùng kỳ năm trước", "comment": "Ghi chú", "baseline": "Đầu nhiệm kỳ",
    "target": "Chỉ tiêu", "state": "Trạng thái", "ket_qua": "Kết quả đạt được",
    "han_che": "Hạn chế, nguyên nhân", "phuong_huong": "Phương hướng, nhiệm vụ kỳ tới",
}
COLUMNS = ("Thời điểm", "Người thực hiện", "Thao tác", "Kỳ", "Chỉ tiêu", "Trường", "Giá trị cũ", "Giá trị mới")


@dataclass(frozen=True)
class AuditLine:
    at: str  # dd/mm/yyyy HH:MM:SS
    user: str
    action: str
    period: str
    indicator: str
    field: str
    old: str
    new: str

    def cells(self) -> tuple[str, ...]:
        return (self.at, self.user, self.action, self.period, self.indicator, self.field, self.old, self.new)


def describe(rows, catalog: Catalog) -> list[AuditLine]:
    names = {i.code: i.name for i in catalog.indicators}
    lines = []
    for r in rows:
        at = f"{r.at[8:10]}/{r.at[5:7]}/{r.at[:4]} {r.at[11:19]}"
        lines.append(AuditLine(
            at, r.user, ACTIONS.get(r.action, r.action), r.period or "",
            names.get(r.indicator, r.indicator or ""), FIELDS.get(r.field, r.field or ""),
            r.old or "", r.new or "",
        ))
    return lines
