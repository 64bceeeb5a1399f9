"""Refusals on the command line name what was refused, and its words are the user's (walk 3,
L6, L5, L9): the start-of-term figure or own target of an approved period, --date as
dd/mm/yyyy, the environment variables in the help."""
from __future__ import annotations

import pytest

from desktop_app.core.errors import InvalidInput, NotPermitted
from tests.core.test_cli import chitieu  # noqa: F401 (the fixture)
from tests.core.test_workflow import PW, as_, fill_year, office  # noqa: F401 (the fixture)

pytestmark = pytest.mark.usefixtures("approved_before_report_date")  # dated 18/12/2026, approved before


def _login(who):
    return {"CHITIEU_USER": who, "CHITIEU_PASSWORD": PW[who]}


@pytest.fixture
def approved_q1(office):
    as_(office, "canbo")
    fill_year(office, "2026-Q1")
    office.complete("2026-Q1")
    as_(office, "lanhdao")
    office.approve("2026-Q1")
    return office


def test_the_start_of_term_figure_refused_after_approval_is_named(approved_q1, data_dir, chitieu):
    r = chitieu(data_dir, "baseline", "--indicator", "ket_nap_dang_vien", "--value", "280", env=_login("canbo"))
    assert r.returncode != 0
    assert ('Số liệu đầu nhiệm kỳ của "Tỷ lệ kết nạp đảng viên mới hằng năm" không sửa được vì kỳ đã duyệt '
            "dùng nó: quý I năm 2026 (Đã duyệt ngày ") in r.stderr
    assert "Lãnh đạo phải mở lại kỳ đó" in r.stderr


def test_the_own_target_refused_after_approval_is_named(approved_q1, data_dir, chitieu):
    r = chitieu(data_dir, "target", "--year", "2026", "--indicator", "bhyt", "--op", ">=", "--value", "97",
                env=_login("lanhdao"))
    assert r.returncode != 0
    assert 'Chỉ tiêu xã tự đặt năm 2026 của "Tỷ lệ người dân tham gia bảo hiểm y tế" không sửa được' in r.stderr
    assert "quý I năm 2026 (Đã duyệt ngày " in r.stderr


def test_the_refusal_in_english_names_it_too(approved_q1):
    as_(approved_q1, "canbo")
    with pytest.raises(Exception) as err:
        approved_q1.set_baseline("ket_nap_dang_vien", "280")
    assert err.value.en.startswith('The start-of-term figure of "')
    assert "Quarter I 2026 (approved on " in err.value.en


def test_check_reopen_refuses_the_role_then_a_period_not_approved(approved_q1):
    as_(approved_q1, "canbo")
    with pytest.raises(NotPermitted, match=r"canbo \(Cán bộ nhập liệu\) không được mở lại"):
        approved_q1.check_reopen("2026-Q1")
    as_(approved_q1, "lanhdao")
    approved_q1.check_reopen("2026-Q1")  # approved: the reason is asked next
    with pytest.raises(InvalidInput, match="Đang nhập; chưa duyệt nên không cần mở lại"):
        approved_q1.check_reopen("2026-6M")
    with pytest.raises(InvalidInput, match="không cần mở lại"):
        approved_q1.reopen("2026-6M", "lý do")


@pytest.mark.parametrize("typed", ["18/12/2026", "18-12-2026", "2026-12-18"])
def test_export_takes_the_date_as_the_user_writes_it(approved_q1, data_dir, tmp_path, chitieu, typed):
    r = chitieu(data_dir, "export", "--period", "2026-Q1", "--out", str(tmp_path / "out"), "--xlsx-only",
                "--date", typed, env=_login("canbo"))
    assert r.returncode == 0, r.stderr


@pytest.mark.parametrize("typed, said", [
    ("181226", 'Ngày báo cáo "181226" chưa rõ phần nào là ngày, tháng, năm'),
    ("31/09/2026", "Ngày báo cáo 31/09/2026 không có: tháng 9/2026 có 30 ngày."),
    ("hôm qua", 'Ngày báo cáo "hôm qua" không phải ngày/tháng/năm, ví dụ 18/12/2026'),
])
def test_export_refuses_an_ambiguous_or_wrong_date_in_vietnamese(approved_q1, data_dir, tmp_path, chitieu,
                                                                 typed, said):
    r = chitieu(data_dir, "export", "--period", "2026-Q1", "--out", str(tmp_path / "out"), "--date", typed,
                env=_login("canbo"))
    assert r.returncode == 2 and said in r.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_the_help_names_the_environment_and_every_command_says_what_it_does(tmp_path, chitieu):
    top = chitieu(tmp_path, "--help").stdout
    assert "CHITIEU_NEW_PASSWORD" in top and "CHITIEU_PASSWORD" in top
    add = chitieu(tmp_path, "user", "add", "--help").stdout
    assert "CHITIEU_NEW_PASSWORD" in add.split("tùy chọn:")[1]  # after the options, not only in the list
    ack = chitieu(tmp_path, "audit", "acknowledge", "--help").stdout
    assert "xác nhận đã kiểm tra các thay đổi ngoài chương trình" in ack
    export = " ".join(chitieu(tmp_path, "export", "--help").stdout.split())
    assert "ngày/tháng/năm, ví dụ 18/12/2026" in export and "YYYY-MM-DD" not in export
