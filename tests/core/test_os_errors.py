"""Operating-system errors reach the officer in Vietnamese, not in the system's English."""
from __future__ import annotations

import errno

import pytest

from desktop_app.core.errors import os_error_text
from desktop_app.core.errors import DamagedFile
from exports.xlsx_container import read_bytes_limited


def test_a_missing_file_is_named_in_vietnamese(tmp_path):
    with pytest.raises(DamagedFile) as err:
        read_bytes_limited(tmp_path / "khong-co.xlsx")
    assert err.value.message == "Không đọc được tệp khong-co.xlsx: không có tệp hoặc thư mục này."


def test_common_errors_and_the_rest():
    assert os_error_text(OSError(errno.ENOSPC, "No space left on device")) == "ổ đĩa đã đầy"
    assert os_error_text(OSError(errno.EACCES, "Permission denied")) == "không có quyền truy cập"
    locked = PermissionError(errno.EACCES, "The process cannot access the file")
    locked.winerror = 32  # Windows: the file is open in Excel
    assert "đóng Excel" in os_error_text(locked)
    assert os_error_text(OSError(errno.EIO, "Input/output error")) == "lỗi hệ thống (Input/output error)"
