"""A database written by an early version (schema 2, tests/db/data/README.md), opened by this
one: what was entered is kept, and a period approved then, of which that version kept no copy,
is never sent again as an approved report this version judged anew."""
from __future__ import annotations

import json
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.__main__ import main
from desktop_app.core.errors import PeriodFrozen
from desktop_app.core.workflow import State
from desktop_app.services import Workspace, export_period

OLD = Path(__file__).parent / "data" / "schema2_commune.db"
PW = {"quantri": "Admin!2026pw", "nhaplieu": "Nhap!2026pw", "lanhdao": "Lanh!2026pw"}


@pytest.fixture
def old_folder(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(OLD, folder / "chitieu.db")
    return folder


def as_(ws, who):
    ws.logout()
    ws.login(who, PW[who])
    return ws


def test_figures_accounts_and_history_survive_the_upgrade(old_folder):
    ws = Workspace.open(old_folder)
    as_(ws, "nhaplieu")
    assert ws.row("2026-6M", "bhyt").entry.numerator == Decimal(9200)
    assert ws.own_targets()[(2026, "bhyt")].value == Decimal(90)
    assert ws.verify_history() == []
    ws.close()


def test_an_approval_kept_without_a_copy_is_not_exported_as_approved(old_folder, tmp_path):
    ws = as_(Workspace.open(old_folder), "lanhdao")
    assert ws.period_state("2026").frozen and ws.kept_without_copy("2026").startswith("70965086932252b7")
    with pytest.raises(PeriodFrozen) as err:
        export_period(ws, "2026", tmp_path / "out")
    assert "được duyệt bằng phiên bản cũ" in err.value.message and "duyệt lại" in err.value.message
    assert not (tmp_path / "out").exists()
    # Approved again with this version: kept, and exported as approved.
    ws.reopen("2026", "Duyệt lại bằng phiên bản mới")
    as_(ws, "nhaplieu").complete("2026")
    as_(ws, "lanhdao").approve("2026")
    assert ws.kept_without_copy("2026") is None
    result = export_period(ws, "2026", tmp_path / "out")
    assert result.submission.approved and ws.period_state("2026") == State.SENT
    ws.close()


def test_status_says_which_approvals_were_kept_without_a_copy(old_folder, capsys, monkeypatch):
    args = ["--data-dir", str(old_folder), "--user", "nhaplieu"]
    monkeypatch.setenv("CHITIEU_PASSWORD", PW["nhaplieu"])
    assert main(args + ["status"]) == 2  # a command that only looks does not upgrade it (tests/test_read_only.py)
    assert "phiên bản cũ hơn" in capsys.readouterr().err
    Workspace.open(old_folder).close()  # the program opened once: upgraded
    assert main(args + ["status"]) == 0
    out = capsys.readouterr().out
    assert main(args + ["status", "--json"]) == 0
    rows = {r["period"]: r for r in json.loads(capsys.readouterr().out)}
    assert "năm 2026 được duyệt bằng phiên bản cũ" in out
    assert rows["2026"]["approved_without_copy"] and not rows["2026-Q1"]["approved_without_copy"]
