"""A comment that is only a number is said wherever the report is signed off, never refused (walk U9 F2):
"80%" typed in Ghi chú of BHYT and "1234.5" on the poverty row were warned about once at typing, then the
approval question said nothing and the signed paper printed "80%" beside 95 with no other word. One rule
(core/checks.number_only_comment): the window's note, Hoàn thành and Duyệt, and the command line's set,
complete and approve all say it; `chitieu status` says this computer's signing key code (walk U9 F6)."""
from __future__ import annotations

import pytest

from desktop_app.core.checks import (
    is_number_only,
    number_only_comment,
    number_only_comments,
)
from tests.core.test_cli import chitieu  # noqa: F401 (the fixture)
from tests.core.test_cli_workflow import office_dir, run_as  # noqa: F401 (the fixtures)
from tests.core.test_workflow import fill_year, office  # noqa: F401 (the fixture)

BHYT = "Tỷ lệ người dân tham gia bảo hiểm y tế"
POOR = "Mức giảm tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều đến năm 2030"


@pytest.mark.parametrize("comment, alone", [("80%", True), ("1234.5", True), ("  12 ", True), ("1.234,5", True),
                                            ("80% hộ dân", False), ("Rà soát lại 40 hộ", False), ("", False)])
def test_a_number_alone_is_told_from_words(comment, alone):
    assert is_number_only(comment) is alone


def test_the_line_names_the_indicator_and_the_comment(office):  # noqa: F811
    office.login("canbo", "nhaplieu-2026")
    fill_year(office)
    office.set_entry("2026", "bhyt", comment="80%")
    office.set_entry("2026", "giam_ngheo", comment="  1234.5 ")
    rows = office.period_view("2026").rows
    lines = number_only_comments(rows)
    assert lines == [f"Ghi chú chỉ có một số: {BHYT}: “80%”", f"Ghi chú chỉ có một số: {POOR}: “1234.5”"]
    assert lines[0].en.startswith("Comment is only a number: ") and lines[0].en.endswith(": “80%”")
    office.set_entry("2026", "bhyt", comment="80% hộ dân")
    assert number_only_comment(office.row("2026", "bhyt")) is None


def test_the_command_line_saves_and_says_it_at_set_complete_and_approve(office_dir, run_as):  # noqa: F811
    d = office_dir
    r = run_as(d, "canbo", "set", "--period", "2026", "--indicator", "bhyt", "--numerator", "19.000",
               "--denominator", "20.000", "--comment", "80%")
    assert r.returncode == 0, r.stderr
    warning = f"Cảnh báo: Ghi chú chỉ có một số: {BHYT}: “80%”."
    assert warning in r.stdout.splitlines()
    assert "Báo cáo in nguyên ghi chú này" in r.stdout
    r = run_as(d, "canbo", "set", "--period", "2026", "--indicator", "giam_ngheo", "--comment", "Rà soát 40 hộ")
    assert r.returncode == 0 and "Cảnh báo" not in r.stdout, r.stdout
    for step in [("baseline", "--indicator", "giam_ngheo", "--value", "6%"),
                 ("baseline", "--indicator", "ket_nap_dang_vien", "--value", "300"),
                 ("set", "--period", "2026", "--indicator", "thu_ngan_sach", "--value", "150.000"),
                 ("set", "--period", "2026", "--indicator", "giam_ngheo", "--numerator", "50", "--denominator", "1.000",
                  "--comment", "1234.5"),
                 ("set", "--period", "2026", "--indicator", "truong_chuan", "--numerator", "21", "--denominator", "22"),
                 ("set", "--period", "2026", "--indicator", "lao_dong_dao_tao", "--numerator", "850",
                  "--denominator", "1.000"),
                 ("set", "--period", "2026", "--indicator", "nuoc_sach_nong_thon", "--numerator", "830",
                  "--denominator", "1.000"),
                 ("set", "--period", "2026", "--indicator", "ket_nap_dang_vien", "--value", "12"),
                 ("set", "--period", "2026", "--indicator", "to_chuc_dang_htt", "--numerator", "30",
                  "--denominator", "31")]:
        assert run_as(d, "canbo", *step).returncode == 0, step
    poor = f"Cảnh báo: Ghi chú chỉ có một số: {POOR}: “1234.5”."
    r = run_as(d, "canbo", "complete", "--period", "2026")
    assert r.returncode == 0, r.stderr
    assert [warning, poor] == [line for line in r.stdout.splitlines() if line.startswith("Cảnh báo")], r.stdout
    r = run_as(d, "lanhdao", "approve", "--period", "2026")
    assert r.returncode == 0, r.stderr
    assert [warning, poor] == [line for line in r.stdout.splitlines() if line.startswith("Cảnh báo")], r.stdout


def test_status_says_this_computers_signing_key_code(office_dir, run_as):  # noqa: F811
    from desktop_app.services import Workspace

    ws = Workspace.open(office_dir)
    code = ws.key_code_made()
    ws.close()
    assert len(code) == 19 and code.count("-") == 3
    r = run_as(office_dir, "canbo", "status")
    assert r.returncode == 0, r.stderr
    assert f"Mã khóa ký của máy này: {code}" in r.stdout.splitlines()


def test_status_says_a_key_it_cannot_read_and_the_periods_still(office_dir, run_as):  # noqa: F811
    import sqlite3

    with sqlite3.connect(office_dir / "chitieu.db") as conn:
        conn.execute("UPDATE settings SET value = 'abc' WHERE key = 'signing_key'")
    conn.close()
    r = run_as(office_dir, "canbo", "status")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[-1].startswith("Mã khóa ký của máy này: không đọc được: Cài đặt signing_key")
