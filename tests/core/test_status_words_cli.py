"""`chitieu status` says each period's status in the window's words (`period_status.standing`:
"Chưa nhập", "Chưa đến kỳ", "Quá hạn"), where it printed the sign-off state: "Đang nhập" for a
period nothing was entered in, one not begun yet, and one past its deadline ("Đang nhập — QUÁ HẠN")."""
from __future__ import annotations

import json
from types import SimpleNamespace

from desktop_app.cli import run
from desktop_app.core.period_status import Standing
from desktop_app.reading_cli import due_soon_flag
from desktop_app.services import Workspace


def test_each_period_reads_as_in_the_window(tmp_path, capsys):
    data = str(tmp_path / "xa")
    assert run(["--data-dir", data, "setup", "--commune", "tan cuong", "--preparer", "A B", "--signer", "C D"]) == 0
    capsys.readouterr()
    ws = Workspace.open(data, user="can-bo")
    standings = {s.period.code: s.standing.value for s in ws.overview()}
    ws.close()
    assert run(["--data-dir", data, "status"]) == 0
    *lines, key = capsys.readouterr().out.splitlines()
    assert key.startswith("Mã khóa ký của máy này: ")  # said last, read out when the province phones
    assert len(lines) == len(standings)
    for line in lines:
        code = line.split()[0]
        assert f" {standings[code]} " in line, line
    assert "Đang nhập" not in "\n".join(lines)  # nothing entered anywhere: no period is being entered
    assert run(["--data-dir", data, "status", "--json"]) == 0
    said = json.loads(capsys.readouterr().out)
    assert {s["period"]: s["standing"] for s in said} == standings
    assert {s["state"] for s in said} == {"Đang nhập"}  # the sign-off state, kept for those who read it


def test_a_signed_off_period_due_soon_is_still_flagged():
    def period(standing, due_soon):
        return SimpleNamespace(standing=standing, due_soon=due_soon)

    assert due_soon_flag(period(Standing.COMPLETE, True)) == " — sắp đến hạn"
    assert due_soon_flag(period(Standing.DUE_SOON, True)) == ""  # its words say it
    assert due_soon_flag(period(Standing.COMPLETE, False)) == ""
