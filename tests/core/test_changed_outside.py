"""A period whose figures were changed outside the program (with sqlite3) is not marked complete,
approved, exported or signed until the administrator has checked the change and said so, in
the window's services and on the command line alike; the acknowledgement is itself recorded,
and a change made after it holds the period back again."""
from __future__ import annotations

import sqlite3

import pytest

from desktop_app.__main__ import main
from desktop_app.core.errors import ChangedOutside, InvalidInput, NotPermitted
from desktop_app.core.users import Role
from desktop_app.core.workflow import State
from desktop_app.report_signing import sign_report
from desktop_app.services import Workspace, export_period
from tests.acknowledge_code import listed_code
from tests.edited_outside import edit_with_sqlite3
from tests.exports.sample_data import fill_commune_2026

PW = {"admin": "cay-tre-2026", "canbo": "nhaplieu-2026", "lanhdao": "duyet-so-2026"}
BHYT = "Tỷ lệ người dân tham gia bảo hiểm y tế"


@pytest.fixture
def office(data_dir):
    """Xã Tân Cương's 2026 annual report entered and marked complete by the officer, with an
    administrator and a leader."""
    ws = Workspace.open(data_dir)
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình")
    fill_commune_2026(ws)  # before the first account, which any action then needs
    ws.complete("2026")
    ws.add_user("admin", "Hoàng Văn Quản", Role.ADMIN, PW["admin"])
    ws.login("admin", PW["admin"])
    ws.add_user("canbo", "Nguyễn Văn An", Role.OFFICER, PW["canbo"])
    ws.add_user("lanhdao", "Trần Thị Bình", Role.LEADER, PW["lanhdao"])
    ws.close()
    return data_dir


def _as(data_dir, who: str) -> Workspace:
    ws = Workspace.open(data_dir)
    ws.login(who, PW[who])
    return ws


_sql = edit_with_sqlite3


def _edit_bhyt(data_dir, period: str = "2026", numerator: str = "9870") -> None:
    _sql(data_dir, f"UPDATE entries SET numerator = '{numerator}' WHERE indicator = 'bhyt' AND period = '{period}'")


def _cli(data_dir, who: str, monkeypatch, *args) -> int:
    monkeypatch.setenv("CHITIEU_PASSWORD", PW[who])
    return main(["--data-dir", str(data_dir), "--user", who, *args])


def test_an_untouched_database_approves_and_exports_as_before(office, tmp_path):
    ws = _as(office, "lanhdao")
    assert ws.changes_outside("2026") == []
    ws.approve("2026")
    result = export_period(ws, "2026", tmp_path / "out")
    assert result.submission.approved and ws.period_state("2026") == State.SENT
    ws.close()


def test_a_figure_edited_with_sqlite3_stops_the_approval_naming_the_indicator(office):
    _edit_bhyt(office)
    ws = _as(office, "lanhdao")
    with pytest.raises(ChangedOutside) as refused:
        ws.approve("2026")
    err = refused.value
    assert err.field == "Lịch sử số liệu"
    assert err.message.startswith("Kỳ năm 2026 chưa duyệt được: lịch sử số liệu cho thấy dữ liệu của kỳ bị sửa "
                                  "ngoài chương trình")
    assert f"Số liệu chỉ tiêu {BHYT} (năm 2026) đã bị sửa ngoài chương trình" in err.message
    assert "Quản trị › Xác nhận đã kiểm tra thay đổi ngoài chương trình…" in err.message
    assert "chitieu audit acknowledge" in err.message
    assert err.en.startswith("Year 2026 cannot be approved yet: the data history shows") and BHYT in err.en
    assert ws.period_state("2026") == State.COMPLETE  # nothing approved
    ws.close()


def test_completing_exporting_and_signing_are_refused_too(office, tmp_path):
    leader = _as(office, "lanhdao")
    leader.reopen("2026", "Rà soát lại")
    leader.close()
    _edit_bhyt(office)
    officer = _as(office, "canbo")
    with pytest.raises(ChangedOutside, match="chưa đánh dấu hoàn thành được"):
        officer.complete("2026")
    with pytest.raises(ChangedOutside, match="chưa xuất báo cáo được: .*bảo hiểm y tế"):
        export_period(officer, "2026", tmp_path / "draft")
    assert not (tmp_path / "draft").exists() or not any((tmp_path / "draft").iterdir())
    officer.close()


def test_signing_an_approved_period_edited_since_is_refused_before_the_token(office, tmp_path):
    """Approved, exported; then the approval's record is edited with sqlite3: signing is refused
    (before any token or PIN is asked for), and so is exporting it again."""
    ws = _as(office, "lanhdao")
    ws.approve("2026")
    export_period(ws, "2026", tmp_path / "out", mark_sent=False)
    ws.close()
    _sql(office, "UPDATE approvals SET user = 'nguoi-khac'")
    ws = _as(office, "lanhdao")
    with pytest.raises(ChangedOutside, match="chưa ký số được: .*Bản duyệt số 1 đã bị sửa"):
        sign_report(ws, "2026", tmp_path / "out", leader=None)
    with pytest.raises(ChangedOutside, match="chưa xuất báo cáo được"):
        export_period(ws, "2026", tmp_path / "again")
    ws.close()


def test_entering_the_figure_again_does_not_clear_it_an_acknowledgement_does(office):
    _edit_bhyt(office)
    officer = _as(office, "canbo")
    officer.set_entry("2026", "bhyt", numerator="9.412")  # the right figure, through the program
    with pytest.raises(ChangedOutside, match="ghi đè lên số liệu bị sửa"):
        officer.complete("2026")
    officer.close()
    leader = _as(office, "lanhdao")
    with pytest.raises(NotPermitted, match="Quản trị"):
        leader.acknowledge_changes()  # the leader cannot clear what holds back their own approval
    leader.close()

    admin = _as(office, "admin")
    shown = admin.verify_history()
    assert admin.acknowledge_changes(shown) == [t.message for t in shown]
    assert admin.verify_history() == []
    line = admin.audit_trail()[-1]
    assert (line.action, line.user, line.field) == ("Xác nhận đã kiểm tra thay đổi ngoài chương trình", "admin",
                                                    "Lịch sử số liệu")
    assert BHYT in line.new
    admin.close()

    officer = _as(office, "canbo")
    officer.complete("2026")
    officer.close()
    leader = _as(office, "lanhdao")
    assert len(leader.approve("2026")) == 64
    assert leader.store.verify_integrity() == []  # the program's writes after it verify as ever
    leader.close()


def test_a_change_after_the_acknowledgement_holds_the_period_back_again(office):
    _edit_bhyt(office)
    admin = _as(office, "admin")
    admin.acknowledge_changes()
    admin.close()
    _sql(office, "UPDATE narratives SET text = 'Sửa tay' WHERE section = 'ket_qua'")
    leader = _as(office, "lanhdao")
    with pytest.raises(ChangedOutside) as refused:
        leader.approve("2026")
    assert "Nội dung báo cáo năm 2026 (mục ket_qua) đã bị sửa ngoài chương trình" in refused.value.message
    assert BHYT not in refused.value.message  # acknowledged: not named again
    leader.close()


def test_the_acknowledgement_is_refused_when_the_history_found_more_than_was_read(office):
    _edit_bhyt(office)
    admin = _as(office, "admin")
    shown = admin.verify_history()
    _sql(office, "UPDATE narratives SET text = 'Sửa tay' WHERE section = 'ket_qua'")
    with pytest.raises(InvalidInput, match="khác với danh sách đã xem"):
        admin.acknowledge_changes(shown)
    assert len(admin.verify_history()) == 2  # nothing recorded
    admin.close()


def test_only_changes_that_concern_the_period_hold_it_back(office):
    """A figure of 2027 edited by hand does not stop 2026; one of 2026 stops 2027, which is
    evaluated from the years before it; an account edited by hand stops every period."""
    officer = _as(office, "canbo")
    officer.set_entry("2027", "bhyt", numerator="9.500", denominator="9.900")
    officer.close()
    _edit_bhyt(office, period="2027")
    ws = _as(office, "lanhdao")
    assert ws.changes_outside("2026") == [] and len(ws.changes_outside("2027")) == 1
    ws.approve("2026")
    ws.close()
    _sql(office, "UPDATE users SET role = 'Lãnh đạo' WHERE username = 'canbo'")
    ws = _as(office, "lanhdao")
    assert [t.message for t in ws.changes_outside("2026-Q1")] == ["Tài khoản canbo đã bị sửa ngoài chương trình."]
    ws.close()


def test_a_broken_chain_holds_every_period_back_until_acknowledged_and_later_edits_are_still_found(office):
    conn = sqlite3.connect(office / "chitieu.db")
    entry_id = conn.execute("SELECT min(id) FROM audit WHERE action = 'entry'").fetchone()[0]
    conn.close()
    _sql(office, f"UPDATE audit SET new = '1' WHERE id = {entry_id}")
    ws = _as(office, "lanhdao")
    with pytest.raises(ChangedOutside, match=f"Nhật ký thay đổi bị sửa ngoài chương trình từ dòng số {entry_id} "):
        ws.approve("2026")
    ws.close()
    admin = _as(office, "admin")
    admin.acknowledge_changes()
    admin.close()
    _edit_bhyt(office)  # after the acknowledgement, past the broken row: found
    ws = _as(office, "lanhdao")
    assert [t.message for t in ws.verify_history()] == [
        f"Số liệu chỉ tiêu {BHYT} (năm 2026) đã bị sửa ngoài chương trình."]
    ws.close()


def test_the_command_line_refuses_and_the_administrator_acknowledges(office, monkeypatch, capsys, tmp_path):
    _edit_bhyt(office)
    assert _cli(office, "lanhdao", monkeypatch, "approve", "--period", "2026") == 2
    err = capsys.readouterr().err
    assert err.startswith("Lỗi: Kỳ năm 2026 chưa duyệt được") and BHYT in err
    assert _cli(office, "canbo", monkeypatch, "export", "--period", "2026", "--out", str(tmp_path / "out")) == 2
    assert "chưa xuất báo cáo được" in capsys.readouterr().err

    assert _cli(office, "lanhdao", monkeypatch, "audit", "acknowledge", "--yes") == 2  # not the leader's to do
    assert "Quản trị" in capsys.readouterr().err
    assert _cli(office, "admin", monkeypatch, "audit", "acknowledge") == 1  # without --yes: only named
    err = capsys.readouterr().err
    assert BHYT in err and "--yes" in err
    code = listed_code("--data-dir", str(office), "--user", "admin")
    assert _cli(office, "admin", monkeypatch, "audit", "acknowledge", "--yes", code) == 0
    out = capsys.readouterr().out
    assert "Đã ghi nhận đã kiểm tra 1 thay đổi ngoài chương trình" in out and BHYT in out  # named, not a count
    assert _cli(office, "admin", monkeypatch, "audit", "verify") == 0
    assert _cli(office, "lanhdao", monkeypatch, "approve", "--period", "2026") == 0
    assert "Đã duyệt" in capsys.readouterr().out
