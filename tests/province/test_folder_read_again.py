"""The folder read again (walk 29, L5): each unchanged file is "Trùng", and its reason said "Đã nhận
trước đó … (tệp X, …)" naming the file itself, as if another file had brought the report first; a
reviewer took it for a duplicate e-mail. It now says it is the same file, read before; a copy under
another name still names the file received first."""
from __future__ import annotations

from desktop_app.core.intake import FileClass
from desktop_app.province import ProvinceOffice
from tests.province.conftest import PERIOD


def test_a_file_read_again_says_it_is_the_same_file(inbox, tmp_path):
    office = ProvinceOffice.open(tmp_path / "db", user="van-thu")
    try:
        office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
        first = {r.file_name: r for r in office.intake(inbox["folder"], PERIOD).results}
        again = {r.file_name: r for r in office.intake(inbox["folder"], PERIOD).results}
    finally:
        office.close()
    stored = [name for name, r in first.items() if r.new]
    assert stored
    for name in stored:
        r = again[name]
        assert r.class_ == FileClass.TRUNG and r.reason.startswith("Đã nhận trước đó chính tệp này (nhận ngày "), r.reason
        assert f"(tệp {name}," not in r.reason and r.reason.endswith(". Không nhập lại.")
    copy = again["ban-sao (1).xlsx"]  # another name, the same report: the first file named
    assert copy.reason.startswith("Đã nhận trước đó: ") and "(tệp " in copy.reason
