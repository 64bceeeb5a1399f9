"""The files of one export written first into a hidden folder beside where they go, and given
their names there only once the export is decided (`publish`), or removed (`discard`).

Two exports of one approval may run at once (two windows, a window and `chitieu export`) with
different document numbers: only one is recorded as sent (`ApprovalActions.mark_sent`), and the
other's report, signed and ĐÃ DUYỆT, must not be left in the folder to be sent (red-team 16,
F4). Each file is still written whole before it is moved (exports/atomic.py); the move is a
rename in the same file system, so a file appears under its name whole or not at all. The
files keep their own names in the hidden folder: the report names the workbook beside it.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

from desktop_app.core.errors import os_error_text, os_error_text_en
from exports.atomic import ExportFailed

STAGE_PREFIX = ".dang-xuat-"  # the hidden folder's name starts with it ("being exported")
# A stage this old is an export the program never finished (closed or killed mid-way: the window
# does not wait for it): removed by the next export into the folder. An export takes seconds; one
# running in another window is never this old.
STALE_AFTER = 3600  # seconds


def make_stage(folder: Path) -> Path:
    """A new hidden folder in `folder` (made if needed) for the files of one export; the stages of
    exports never finished, left there, removed first (a signed ĐÃ DUYỆT report may be in one)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _remove_stale(folder)
        stage = Path(tempfile.mkdtemp(prefix=STAGE_PREFIX, dir=folder))
        _hide(stage)
        return stage
    except OSError as err:
        raise ExportFailed(
            f"Không tạo được tệp trong thư mục {folder}: {os_error_text(err)}. Hãy chọn thư mục khác (có quyền ghi).",
            field="Thư mục",
            en=f"Could not make a file in the folder {folder}: {os_error_text_en(err)}. Choose another folder (one "
               "you may write in).") from None


def publish(stage: Path, paths: list[Path]) -> None:
    """Move each of `paths` (their final names) from `stage` to its place, then remove `stage`;
    nothing when `stage` is gone (published or discarded already)."""
    if not stage.is_dir():
        return
    for path in paths:
        try:
            os.replace(stage / path.name, path)
        except PermissionError:
            raise ExportFailed(
                f"Không ghi được tệp {path.name}: tệp đang được mở trong chương trình khác (Word, Excel, trình đọc "
                "PDF) hoặc thư mục không cho phép ghi. Hãy đóng tệp rồi xuất lại.", field="Tệp",
                en=f"Could not write the file {path.name}: it is open in another program (Word, Excel, a PDF "
                   "reader) or the folder does not allow writing. Close the file and export again.") from None
        except OSError as err:
            raise ExportFailed(f"Không ghi được tệp {path.name}: {os_error_text(err)}.", field="Tệp",
                               en=f"Could not write the file {path.name}: {os_error_text_en(err)}.") from None
    discard(stage)


def discard(stage: Path) -> None:
    """Remove `stage` and what is left in it (never a file already published)."""
    shutil.rmtree(stage, ignore_errors=True)


def _remove_stale(folder: Path) -> None:
    now = time.time()
    for stage in folder.glob(f"{STAGE_PREFIX}*"):
        try:
            if stage.is_dir() and not stage.is_symlink() and now - stage.stat().st_mtime > STALE_AFTER:
                shutil.rmtree(stage, ignore_errors=True)
        except OSError:
            continue  # gone meanwhile, or not ours to read: the export goes on


def _hide(stage: Path) -> None:
    """A leading dot hides a folder everywhere but on Windows, where the officer would see it in
    the folder the files go to: there it is given the hidden attribute."""
    if os.name == "nt":
        import ctypes

        ctypes.windll.kernel32.SetFileAttributesW(str(stage), 0x2)  # FILE_ATTRIBUTE_HIDDEN; failing is harmless
