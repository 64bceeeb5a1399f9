"""Backups as the user sees them: the offer at start when the database is damaged,
"Sao lưu ra…" and "Khôi phục từ bản sao lưu…"."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop_app import backups
from desktop_app.services import Workspace
from ui.common import show_error


def offer_restore_at_start(db_path: Path, parent: QWidget | None = None) -> bool:
    """If the database is damaged, say so and offer the newest good backup.

    True when the database is usable now (it was fine, or it was restored);
    False when the user chose to quit. Nothing is deleted: the damaged file is kept.
    """
    problem = backups.check_database(db_path)
    if problem is None:
        return True
    good = backups.newest_good_backup(db_path)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle("Cơ sở dữ liệu bị hỏng")
    text = f"Không mở được cơ sở dữ liệu: {problem}\n\n"
    if good:
        text += (f"Bản sao lưu tốt gần nhất: {good.taken_at:%d/%m/%Y %H:%M}. Khôi phục bản này? "
                 "Tệp bị hỏng được giữ lại trong thư mục sao lưu, không bị xóa.")
    else:
        text += "Không tìm thấy bản sao lưu tự động còn tốt. Có thể chọn một tệp sao lưu (ví dụ trên USB)."
    box.setText(text)
    restore_newest = box.addButton("Khôi phục bản gần nhất", QMessageBox.ButtonRole.AcceptRole) if good else None
    choose = box.addButton("Chọn tệp sao lưu…", QMessageBox.ButtonRole.ActionRole)
    box.addButton("Thoát", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    source = None
    if clicked is restore_newest and good:
        source = good.path
    elif clicked is choose:
        path, _ = QFileDialog.getOpenFileName(parent, "Chọn tệp sao lưu", str(backups.backup_dir(db_path)),
                                              "Cơ sở dữ liệu (*.db)")
        source = Path(path) if path else None
    if source is None:
        return False
    try:
        backups.restore(db_path, source)
    except Exception as err:  # noqa: BLE001
        show_error(parent, err, "Không khôi phục được")
        return False
    return True


def backup_to_folder(workspace: Workspace, parent: QWidget | None = None) -> Path | None:
    folder = QFileDialog.getExistingDirectory(parent, "Sao lưu ra thư mục (ví dụ USB)")
    if not folder:
        return None
    try:
        path = backups.take_backup(workspace, "thu-cong", target_dir=Path(folder))
    except Exception as err:  # noqa: BLE001
        show_error(parent, err, "Không sao lưu được")
        return None
    QMessageBox.information(parent, "Sao lưu", f"Đã sao lưu và kiểm tra tệp:\n{path}")
    return path


def restore_from_file(workspace: Workspace, parent: QWidget | None = None) -> bool:
    """Ask for a backup, check it, back up the present, replace. True: reopen the database."""
    path, _ = QFileDialog.getOpenFileName(parent, "Khôi phục từ bản sao lưu",
                                          str(backups.backup_dir(Path(workspace.store.path))),
                                          "Cơ sở dữ liệu (*.db)")
    if not path:
        return False
    answer = QMessageBox.question(
        parent, "Khôi phục từ bản sao lưu",
        f"Thay toàn bộ số liệu hiện tại bằng bản sao lưu\n{path}?\n\n"
        "Số liệu hiện tại được sao lưu trước, có thể lấy lại sau.")
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        workspace.require(backups.Permission.RESTORE)
        backups.verify_backup(Path(path))
        saved = backups.restore(workspace, Path(path))
    except Exception as err:  # noqa: BLE001
        show_error(parent, err, "Không khôi phục được")
        return False
    QMessageBox.information(parent, "Khôi phục", f"Đã khôi phục. Bản trước khi khôi phục: {saved.name if saved else ''}")
    return True
