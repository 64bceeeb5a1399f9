"""Files are written to a temporary name in the same folder, then renamed: a crash or a
full disk never leaves a half-written report under the real name."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Callable

from desktop_app.core.errors import ChiTieuError, os_error_text, os_error_text_en


class ExportFailed(ChiTieuError):
    """A report or submission file could not be written."""


def write_atomic(path: str | Path, write: Callable[[Path], None]) -> Path:
    """Call `write(tmp_path)` then rename the temporary file to `path`."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix + ".tmp",
                                   dir=path.parent)
        os.close(fd)
    except OSError as err:
        raise ExportFailed(
            f"Không tạo được tệp trong thư mục {path.parent}: {os_error_text(err)}. "
            "Hãy chọn thư mục khác (có quyền ghi).", field="Thư mục",
            en=f"Could not make a file in the folder {path.parent}: {os_error_text_en(err)}. "
               "Choose another folder (one you may write in).") from None
    tmp_path = Path(tmp)
    try:
        write(tmp_path)
        with open(tmp_path, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp_path, 0o666 & ~_umask())  # mkstemp makes it private; a report is not
        os.replace(tmp_path, path)
    except PermissionError:
        _remove(tmp_path)
        raise ExportFailed(
            f"Không ghi được tệp {path.name}: tệp đang được mở trong chương trình khác "
            "(Word, Excel, trình đọc PDF) hoặc thư mục không cho phép ghi. Hãy đóng tệp rồi "
            "xuất lại.", field="Tệp",
            en=f"Could not write the file {path.name}: it is open in another program (Word, Excel, a PDF "
               "reader) or the folder does not allow writing. Close the file and export again.") from None
    except OSError as err:
        _remove(tmp_path)
        raise ExportFailed(
            f"Không ghi được tệp {path.name}: {os_error_text(err)}.", field="Tệp",
            en=f"Could not write the file {path.name}: {os_error_text_en(err)}.") from None
    except BaseException:
        _remove(tmp_path)
        raise
    return path


def write_bytes_atomic(path: str | Path, data: bytes) -> Path:
    return write_atomic(path, lambda tmp: tmp.write_bytes(data))


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _remove(p: Path) -> None:
    try:
        p.unlink()
    except OSError:
        pass
