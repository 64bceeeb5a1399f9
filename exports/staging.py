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
from pathlib import Path

from desktop_app.core.errors import os_error_text, os_error_text_en
from exports.atomic import ExportFailed

STAGE_PREFIX = ".dang-xuat-"  # the hidden folder's name starts with it ("being exported")


def make_stage(folder: Path) -> Path:
    """A new hidden folder in `folder` (made if needed) for the files of one export."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=STAGE_PREFIX, dir=folder))
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
