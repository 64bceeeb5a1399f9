"""The period's sign-off as menu actions: Hoàn thành, Duyệt, Mở lại. Each calls one service."""
from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from desktop_app.periods import Period
from desktop_app.services import Workspace
from ui.common import show_error


def complete_period(parent: QWidget | None, workspace: Workspace, period: Period) -> bool:
    try:
        workspace.complete(period)
    except Exception as err:  # noqa: BLE001
        show_error(parent, err, "Chưa hoàn thành được")
        return False
    QMessageBox.information(parent, "Hoàn thành",
                            f"Kỳ {period.name} đã đánh dấu Hoàn thành. Lãnh đạo có thể duyệt.")
    return True


def approve_period(parent: QWidget | None, workspace: Workspace, period: Period) -> bool:
    answer = QMessageBox.question(
        parent, "Duyệt kỳ báo cáo",
        f"Duyệt kết quả {period.name}?\n\nSau khi duyệt, số liệu, ghi chú, nội dung báo cáo và chỉ tiêu "
        "đã dùng bị khóa; báo cáo xuất ra không còn dấu DỰ THẢO. Muốn sửa phải mở lại kỳ và nêu lý do.")
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        fingerprint = workspace.approve(period)
    except Exception as err:  # noqa: BLE001
        show_error(parent, err, "Chưa duyệt được")
        return False
    QMessageBox.information(parent, "Đã duyệt", f"Đã duyệt {period.name}.\nMã xác thực: {fingerprint[:16]}")
    return True


def reopen_period(parent: QWidget | None, workspace: Workspace, period: Period) -> bool:
    reason, ok = QInputDialog.getMultiLineText(
        parent, "Mở lại kỳ báo cáo",
        f"Lý do mở lại {period.name} (bắt buộc; bản đã duyệt được giữ trong lịch sử):")
    if not ok:
        return False
    try:
        workspace.reopen(period, reason)
    except Exception as err:  # noqa: BLE001
        show_error(parent, err, "Chưa mở lại được")
        return False
    return True
