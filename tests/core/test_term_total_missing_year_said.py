"""A term total lacking a whole year (walk U21 F3: Phường Phan Đình Phùng never entered 2028's revenue): 2030's
Hoàn thành and Duyệt said nothing of 2028, the warning existed only for a year entered but not approved, and
page 1 counted "Chưa đủ số liệu 1" without saying which indicator. Now complete and approve name the indicator
and the year, as the window does (one rule, `checks.term_total_gaps`); page 1 keeps the 0.2.0 paper's words."""
from __future__ import annotations

import pytest

from desktop_app.__main__ import main
from desktop_app.core.checks import term_total_gaps
from desktop_app.services import Workspace
from exports.report_rows import summary_line
from tests.province.helpers import fill_unit

BUDGET = "thu_ngan_sach"
SAID = "Chỉ tiêu số 1 (tổng 5 năm) chưa có số liệu năm 2028: Tổng thu ngân sách địa phương"


@pytest.fixture
def folder(tmp_path):
    """2026, 2027 and 2029 approved, 2028 never entered, 2030 entered."""
    ws = Workspace.open(tmp_path / "xa", user="can-bo")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch")
    for period in ("2026", "2027", "2029", "2030"):
        fill_unit(ws, period, seed=3)
        ws.set_entry(period, BUDGET, value="45.000", comment="Kho bạc")
    for period in ("2026", "2027", "2029"):
        ws.complete(period)
        ws.approve(period)
    ws.close()
    return tmp_path / "xa"


def _run(folder, capsys, *args) -> str:
    capsys.readouterr()
    assert main(["--data-dir", str(folder), *args]) == 0
    return capsys.readouterr().out


def test_complete_and_approve_name_the_year_missing(folder, capsys):
    out = _run(folder, capsys, "complete", "--period", "2030")
    assert f"Cảnh báo: {SAID}" in out, out
    assert "Năm chưa có số liệu không tính vào tổng nhiệm kỳ" in out, out
    out = _run(folder, capsys, "approve", "--period", "2030")
    assert f"Cảnh báo: {SAID}" in out, out


def test_the_gap_is_named_and_page_one_keeps_its_words(folder):
    ws = Workspace.open(folder, user="can-bo")
    try:
        ws.complete("2030")
        lines, meaning = term_total_gaps(ws.period_view("2030").rows)
        assert [str(x) for x in lines] == [SAID + " không bao gồm thu tiền sử dụng đất, thu từ xổ số kiến thiết"]
        assert term_total_gaps(ws.period_view("2029").rows)[0][0].startswith(SAID)  # 2029 leaves it out too
        # page 1 keeps the 0.2.0 paper's words, which the province compares whole in the files 0.2.0 wrote
        line = summary_line(ws.submission("2030"))
        assert "Chưa đủ số liệu 1" in line and "Chưa đủ số liệu 1 (" not in line, line
    finally:
        ws.close()
