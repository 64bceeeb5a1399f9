"""First run on a new database: a commune or ward, or the province office?"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.province import MODE_COMMUNE, MODE_PROVINCE, ProvinceOffice, mode_of
from ui.common import APP_NAME, show_error


class ModeDialog(QDialog):
    """Two choices, commune first (92 of the 93 installations are communes)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Chọn chế độ sử dụng")
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(f"<b>Chào mừng đến với {APP_NAME}.</b><br>Máy này dùng để làm gì?")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.commune = QRadioButton("Xã, phường: nhập kết quả thực hiện chỉ tiêu, in báo cáo và gửi tệp cho tỉnh")
        self.province = QRadioButton("Cấp tỉnh: nhận tệp báo cáo của 92 xã, phường, kiểm tra, tổng hợp, "
                                     "cập nhật bộ chỉ tiêu")
        self.commune.setChecked(True)
        group = QButtonGroup(self)
        for b in (self.commune, self.province):
            group.addButton(b)
            layout.addWidget(b)
        note = QLabel("Chế độ cấp tỉnh dùng cơ sở dữ liệu riêng, không chứa số liệu nhập của xã, phường. "
                      "Lựa chọn này được ghi lại; các lần mở sau không hỏi lại.")
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Tiếp tục")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Thoát")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @property
    def mode(self) -> str:
        return MODE_PROVINCE if self.province.isChecked() else MODE_COMMUNE


def choose_mode(workspace, parent: QWidget | None = None) -> str | None:
    """The database's mode, asking once when it is new; None if the officer closed the dialog."""
    mode = mode_of(workspace.store)
    if mode is not None:
        return mode
    dialog = ModeDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    if dialog.mode == MODE_PROVINCE:
        try:
            ProvinceOffice(workspace).setup()
        except Exception as err:  # noqa: BLE001 - shown to the officer
            show_error(parent, err)
            return None
    return dialog.mode
