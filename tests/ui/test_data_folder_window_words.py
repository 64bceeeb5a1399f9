"""A data folder the program cannot make or write, said at the window in a window user's words
(walk U9 F7: run_gui on a folder that could not be created showed "…hãy chọn thư mục khác
(--data-dir)…", an option of the command line, and "không có tệp hoặc thư mục này" as its cause).
The command line keeps naming --data-dir. And a data folder moved away while the program is open
is not blamed on a restore."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.errors import DatabaseReplaced, DataFolderReadOnly
from desktop_app.services import Workspace
from tests.ui.test_session_and_safety import Script, no_excepthook_change  # noqa: F401 (the fixture)
from ui.app import run_gui
from ui.backup_actions import offer_restore_at_start
from ui.common import error_text


def test_the_command_line_keeps_its_option_and_says_the_folder_cannot_be_created(tmp_path):
    (tmp_path / "a-file").write_text("x")
    folder = tmp_path / "a-file" / "data"  # under a file: no folder can be made there
    with pytest.raises(DataFolderReadOnly) as refused:
        Workspace.open(folder)
    err = refused.value
    assert "--data-dir" in err.message and "không tạo được thư mục này" in err.message  # the command line's


def test_the_window_s_words_name_the_folder_why_and_what_to_do(qtbot, tmp_path):
    (tmp_path / "a-file").write_text("x")
    folder = tmp_path / "a-file" / "data"
    with pytest.raises(DataFolderReadOnly) as refused:
        Workspace.open(folder)
    said = error_text(refused.value)
    assert str(folder) in said and "không tạo được thư mục này" in said
    assert "--data-dir" not in said and "tài khoản Windows" in said and "người quản lý máy" in said


def test_the_window_s_words_in_english(qtbot, tmp_path, english):
    (tmp_path / "a-file").write_text("x")
    folder = tmp_path / "a-file" / "data"
    with pytest.raises(DataFolderReadOnly) as refused:
        Workspace.open(folder)
    english()
    said = error_text(refused.value)
    assert str(folder) in said and "this folder cannot be created" in said
    assert "--data-dir" not in said and "Windows account" in said


def test_a_read_only_folder_at_start_says_what_to_do_without_the_option(qtbot, workspace, monkeypatch):
    db = Path(workspace.store.path)
    workspace.close()

    def refused(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "TemporaryFile", refused)
    shown = []
    script = Script((QMessageBox, lambda box: (shown.append(box.text()), box.done(0))))
    assert offer_restore_at_start(db) is False
    script.check()
    assert "không có quyền truy cập" in shown[0] and str(db.parent) in shown[0]
    assert "--data-dir" not in shown[0] and "tài khoản Windows" in shown[0]


@pytest.mark.skipif(os.name == "nt", reason="Windows refuses to move a folder whose file is open")
def test_a_data_folder_moved_away_is_not_called_a_restore(tmp_path):
    ws = Workspace.open(tmp_path / "data")
    try:
        shutil.move(tmp_path / "data", tmp_path / "moved")
        with pytest.raises(DatabaseReplaced) as refused:
            with ws.store.transaction():
                pass
        assert "không còn ở" in refused.value.message and "khôi phục" not in refused.value.message
        assert "di chuyển" in refused.value.message
    finally:
        ws.close()


def test_the_window_at_start_says_it_and_closes(qtbot, tmp_path, no_excepthook_change):
    """run_gui on a folder that cannot be made: a box named as the read-only folder's, the window's
    words, Close, exit 1; not the error hook's "Không thực hiện được" (walk U9 F7, u9_701)."""
    (tmp_path / "a-file").write_text("x")
    folder = tmp_path / "a-file" / "data"
    shown = []
    script = Script((QMessageBox, lambda box: (shown.append((box.windowTitle(), box.text(), box.informativeText())),
                                               box.done(0))))
    assert run_gui(folder) == 1
    script.check()
    title, text, more = shown[0]
    assert title == "Không ghi được vào thư mục dữ liệu" and str(folder) in text and "--data-dir" not in text
    assert "Chương trình sẽ đóng" in more
