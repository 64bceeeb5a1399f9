"""`chitieu show` still prints a period's figures when the history finds changes made outside the
program, but says first, on stderr, how many and that the figures may not be the ones entered or
approved (red-team 22: the forged approved figure 19.990 printed with no word); and `chitieu setup`
says, as `set` does, which Complete period went back to Đang nhập because a person named on its
paper changed."""
from __future__ import annotations

from desktop_app.core.workflow import State
from tests.core.test_changed_outside import _as, _cli, _edit_bhyt, office  # noqa: F401 (the fixture)
from tests.db.test_approval_forged_with_program_code import _forge

WARNING = ("Cảnh báo: có {n} thay đổi ngoài chương trình chưa được Quản trị viên xem xét (chitieu audit verify); "
           "số liệu dưới đây có thể không phải số liệu đã nhập/duyệt.")


def test_show_of_a_forged_approval_warns_and_still_shows_the_figures(office, monkeypatch, capsys):  # noqa: F811
    leader = _as(office, "lanhdao")
    leader.approve("2026")
    leader.close()
    _forge(office, "2026", "bhyt", "19990")
    assert _cli(office, "canbo", monkeypatch, "show", "--period", "2026") == 0
    out, err = capsys.readouterr()
    # the approval rewritten after it was written, and it and the period's state no longer agree with the history
    assert WARNING.format(n=3) in err
    assert "Số người tham gia BHYT: 19.990" in out


def test_show_json_warns_on_stderr_and_a_clean_database_says_nothing(office, monkeypatch, capsys):  # noqa: F811
    assert _cli(office, "canbo", monkeypatch, "show", "--period", "2026") == 0
    assert "Cảnh báo" not in capsys.readouterr().err
    _edit_bhyt(office)
    assert _cli(office, "canbo", monkeypatch, "show", "--period", "2026", "--json") == 0
    out, err = capsys.readouterr()
    assert out.startswith("{") and WARNING.format(n=1) in err


def test_setup_says_which_complete_period_went_back(office, monkeypatch, capsys):  # noqa: F811
    assert _cli(office, "admin", monkeypatch, "setup", "--commune", "tan cuong", "--preparer", "Nguyễn Văn An",
                "--signer", "Lê Văn Cường") == 0
    out = capsys.readouterr().out
    assert ("Kỳ năm 2026 trở lại trạng thái Đang nhập vì người ký in trên báo cáo vừa được đổi sau khi đánh dấu "
            "Hoàn thành. Đánh dấu Hoàn thành lại để Lãnh đạo duyệt.") in out
    ws = _as(office, "admin")
    assert ws.period_state("2026") == State.ENTERING
    ws.close()
