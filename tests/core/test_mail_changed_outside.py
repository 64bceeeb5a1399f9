"""`chitieu export --mail` (and the window's Gửi cho tỉnh…, through the same service) of files exported before the period's figures were changed outside
the program (with sqlite3): the files are the approval's, intact, but the period is held back
as for exporting; nothing is sent (no mail draft) until the administrator has checked the
change, and the refusal names it; the acknowledgement voids the approval, and the files are sent
once the leader has approved again and they are exported again."""
from __future__ import annotations

from desktop_app.core.workflow import State
from desktop_app.services import Workspace
from tests.core.test_changed_outside import BHYT, _as, _cli, _edit_bhyt, office  # noqa: F401 - the fixture

PERIOD = "2026"


def test_sending_files_exported_before_a_change_outside_the_program_is_refused(office, tmp_path, monkeypatch,
                                                                                capsys):
    ws = _as(office, "lanhdao")
    ws.approve(PERIOD)
    ws.close()
    out = tmp_path / "out"
    assert _cli(office, "lanhdao", monkeypatch, "export", "--period", PERIOD, "--out", str(out)) == 0
    exported = sorted(p.name for p in out.iterdir())
    capsys.readouterr()

    _edit_bhyt(office)  # after the export: the files in the folder still match the approval
    assert _cli(office, "lanhdao", monkeypatch, "export", "--period", PERIOD, "--out", str(out), "--mail") == 2
    err = capsys.readouterr().err
    assert "Kỳ năm 2026 chưa gửi báo cáo được: lịch sử số liệu cho thấy dữ liệu của kỳ bị sửa ngoài chương trình" in err
    assert f"Số liệu chỉ tiêu {BHYT} (năm 2026) đã bị sửa ngoài chương trình" in err
    assert "chitieu audit acknowledge" in err
    assert sorted(p.name for p in out.iterdir()) == exported  # no mail draft written

    # checked and acknowledged by the administrator: the approval the files carry is voided (a figure
    # of the approved period was changed), so they are not sent until the leader approves again
    admin = _as(office, "admin")
    admin.acknowledge_changes()
    admin.close()
    assert _cli(office, "lanhdao", monkeypatch, "export", "--period", PERIOD, "--out", str(out), "--mail") == 2
    assert "của lần duyệt không còn hiệu lực" in capsys.readouterr().err and not list(out.glob("*.eml"))
    ws = _as(office, "lanhdao")
    assert ws.period_state(PERIOD) == State.COMPLETE
    ws.approve(PERIOD)
    ws.close()
    assert _cli(office, "lanhdao", monkeypatch, "export", "--period", PERIOD, "--out", str(out), "--mail",
                "--replace") == 0
    assert list(out.glob("*.eml"))
    ws = Workspace.open(office)
    assert ws.period_state(PERIOD) == State.SENT
    ws.close()


def test_the_windows_send_is_refused_the_same_way(office, tmp_path, monkeypatch):
    """Gửi cho tỉnh… prepares the mail with the same service as the command: refused too."""
    import pytest

    from desktop_app.core.errors import ChiTieuError
    from desktop_app.mail import prepare_mail

    ws = _as(office, "lanhdao")
    ws.approve(PERIOD)
    ws.close()
    out = tmp_path / "out"
    assert _cli(office, "lanhdao", monkeypatch, "export", "--period", PERIOD, "--out", str(out)) == 0
    exported = sorted(p.name for p in out.iterdir())
    _edit_bhyt(office)
    ws = _as(office, "lanhdao")
    with pytest.raises(ChiTieuError, match="chưa gửi báo cáo được"):
        prepare_mail(ws, PERIOD, out)
    assert sorted(p.name for p in out.iterdir()) == exported  # no mail draft written
    ws.close()
