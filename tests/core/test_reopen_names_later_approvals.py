"""A year reopened after later periods worked out from it were approved (walk U11 F6): the reopening
names those approved periods and what a leader does about them; once the year is corrected and approved
again, `show` and `export` of a later approved period say its report keeps the figures from before."""
from __future__ import annotations

from desktop_app.__main__ import main
from desktop_app.core.periods import parse_period
from desktop_app.core.periods_using import periods_using
from tests.core.test_workflow import PW, as_, fill_year, office  # noqa: F401 (the fixture)

LATER = "2027-Q1"


def test_the_periods_a_year_feeds_are_the_later_ones_of_the_term_and_last_years_same_period(office):
    indicators = office.catalog.indicators_for(office.commune)
    codes = [q.code for q in periods_using(parse_period("2027"), indicators)]
    assert codes[0] == "2028-Q1" and codes[-1] == "2030" and len(codes) == 12  # term totals: every later period
    assert "2027" not in codes and "2026" not in codes
    # a quarter feeds no term total: only the same quarter a year later (road accidents compared with last year)
    assert [q.code for q in periods_using(parse_period("2027-Q1"), indicators)] == ["2028-Q1"]
    assert periods_using(parse_period("2030"), indicators) == []


def approve(office, period):
    as_(office, "canbo")
    office.complete(period)
    as_(office, "lanhdao")
    office.approve(period)


def cli(data_dir, who, *args) -> list[str]:
    return ["--data-dir", str(data_dir), "--user", who, *args]


def test_reopening_a_year_names_the_approved_periods_it_feeds_and_show_and_export_say_what_changed(
        office, data_dir, tmp_path, capsys, monkeypatch):
    as_(office, "canbo")
    fill_year(office, "2026")
    approve(office, "2026")
    as_(office, "canbo")
    fill_year(office, LATER, baselines=False)
    office.set_entry(LATER, "thu_ngan_sach", value="20.000")
    approve(office, LATER)
    office.logout()

    monkeypatch.setenv("CHITIEU_PASSWORD", PW["lanhdao"])
    capsys.readouterr()
    assert main(cli(data_dir, "lanhdao", "reopen", "--period", "2026", "--reason", "Sửa thu ngân sách")) == 0
    out = capsys.readouterr().out
    assert "Các kỳ đã duyệt sau đây tính kết quả từ số liệu năm 2026: quý I năm 2027." in out
    assert "Lãnh đạo mở lại và duyệt lại từng kỳ đó" in out

    office.login("canbo", PW["canbo"])
    office.set_entry("2026", "thu_ngan_sach", value="90.000")  # the term total 2027-Q1 adds up
    approve(office, "2026")
    office.logout()

    capsys.readouterr()
    assert main(cli(data_dir, "lanhdao", "show", "--period", LATER)) == 0
    out = capsys.readouterr().out
    assert "! Tổng thu ngân sách" in out
    assert "Kỳ này đã duyệt, nhưng số liệu của kỳ khác mà các dòng đánh dấu ! dùng đã được sửa sau đó" in out

    assert main(cli(data_dir, "lanhdao", "export", "--period", LATER, "--out", str(tmp_path / "out"),
                    "--xlsx-only")) == 0
    err = capsys.readouterr().err
    assert "Chú ý: báo cáo giữ số đã duyệt" in err and "! Tổng thu ngân sách" in err
    assert "Lãnh đạo mở lại quý I năm 2027 rồi duyệt lại và xuất lại." in err

    # reopening the last period of the term names nothing more
    assert main(cli(data_dir, "lanhdao", "reopen", "--period", LATER, "--reason", "Cập nhật lũy kế")) == 0
    assert "Các kỳ đã duyệt sau đây" not in capsys.readouterr().out


def test_approving_a_year_late_names_the_approved_years_that_left_it_out(office, data_dir, capsys, monkeypatch):
    """2028 approved while 2027 was a draft (not counted in its term total); 2027 approved afterwards: the
    approval names 2028, whose paper still leaves 2027 out (walk R21 F4)."""
    as_(office, "canbo")
    fill_year(office, "2026")
    approve(office, "2026")
    as_(office, "canbo")
    fill_year(office, "2027", baselines=False)
    fill_year(office, "2028", baselines=False)
    approve(office, "2028")
    as_(office, "canbo")
    office.complete("2027")
    office.logout()
    monkeypatch.setenv("CHITIEU_PASSWORD", PW["lanhdao"])
    capsys.readouterr()
    assert main(cli(data_dir, "lanhdao", "approve", "--period", "2027")) == 0
    out = capsys.readouterr().out
    assert "Các kỳ đã duyệt sau đây tính kết quả từ số liệu năm 2027 và nay tính ra khác: năm 2028." in out
    assert "dùng số liệu năm 2027 vừa duyệt" in out
