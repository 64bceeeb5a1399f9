"""`chitieu keys revoke` asks before it revokes (walk U5, F3): it revoked at once, with no question
(the window asks, Không the default), for a unit typed loosely. On a terminal it now says which
key of which unit (name and code) it would revoke and what that means, and asks "Thu hồi? (c/K)",
No the default; `--yes` skips the question for scripts; without a terminal and without --yes it
refuses, saying to add --yes."""
from __future__ import annotations

import io
import sys

import pytest

from desktop_app.cli import run
from desktop_app.core.keys import KeyState
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import ON_TIME, delivered, make_submissions


class _Terminal(io.StringIO):
    """What the person types, on a terminal."""

    def isatty(self):
        return True


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    root = tmp_path_factory.mktemp("revoke-asks")
    [code] = pick_units(1, 0)
    ws, subs = make_submissions(root, [code], PERIOD, data_dir=root / "db")
    ws.close()
    return subs[code]


@pytest.fixture
def received(office, report, tmp_path):
    folder = tmp_path / "hop-thu"
    folder.mkdir()
    delivered(write_submission(report, folder / "a.xlsx"), ON_TIME)
    office.intake(folder, PERIOD)
    return office


def _state(office, sub) -> str:
    return {k.key_code: k.state for k in office.keys(sub.unit_code)}[sub.key_code]


def _revoke(tmp_path, unit, *more):
    return run(["--data-dir", str(tmp_path / "tinh"), "keys", "revoke", unit, *more])


def test_on_a_terminal_it_says_what_it_revokes_and_no_is_the_default(received, report, tmp_path, capsys,
                                                                     monkeypatch):
    name = received.catalog.commune_by_code(report.unit_code).name
    monkeypatch.setattr(sys, "stdin", _Terminal("\n"))  # Enter: the default
    assert _revoke(tmp_path, report.unit_code) == 1
    out = capsys.readouterr().out
    assert f"Sắp thu hồi khóa {report.key_code} của {name} (mã {report.unit_code})." in out
    assert "Từ nay tệp ký bằng khóa này không được nhận cho đơn vị nào" in out
    assert "Thu hồi? (c/K)" in out and "Không thu hồi" in out and "Đã thu hồi" not in out
    assert _state(received, report) == KeyState.CHO

    monkeypatch.setattr(sys, "stdin", _Terminal("c\n"))
    assert _revoke(tmp_path, report.unit_code) == 0
    assert f"Đã thu hồi khóa {report.key_code} của {name}" in capsys.readouterr().out
    assert _state(received, report) == KeyState.THU_HOI


def test_without_a_terminal_it_refuses_unless_yes(received, report, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("c\n"))  # a script's input, no terminal
    assert _revoke(tmp_path, report.unit_code, "--code", report.key_code) == 2
    err = capsys.readouterr().err
    assert f"Chưa thu hồi khóa {report.key_code}" in err and "thêm --yes" in err
    assert f"chitieu keys revoke {report.unit_code} --code {report.key_code} --yes" in err
    assert _state(received, report) == KeyState.CHO

    assert _revoke(tmp_path, report.unit_code, "--yes") == 0
    assert f"Đã thu hồi khóa {report.key_code}" in capsys.readouterr().out
    assert _state(received, report) == KeyState.THU_HOI


def test_it_revokes_the_key_it_asked_about_not_one_confirmed_meanwhile(office, report, tmp_path, capsys,
                                                                        monkeypatch):
    """Red-team R15, F2: asked about the pending key K1, and while the question waited another
    window confirmed K2 from the paper (K1 revoked by that): "c" revoked K2, the key just compared
    with the paper, leaving the unit no key. It revokes what it named, or refuses."""
    import builtins
    from dataclasses import replace

    from desktop_app.core.signing import new_private_key
    from desktop_app.province import ProvinceOffice
    from tests.province.helpers import sign_with

    k2 = sign_with(replace(report, generated_at=report.generated_at.replace("09:", "10:"), stated_fingerprint=None),
                   new_private_key())
    for n, sub in enumerate((report, k2)):
        folder = tmp_path / f"hop-thu-{n}"
        folder.mkdir()
        delivered(write_submission(sub, folder / "a.xlsx"), ON_TIME)
        office.intake(folder, PERIOD)

    def meanwhile(prompt):
        other = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
        other.confirm_key(report.unit_code, k2.key_code)
        other.close()
        return "c"

    monkeypatch.setattr(sys, "stdin", _Terminal(""))
    monkeypatch.setattr(builtins, "input", meanwhile)
    _revoke(tmp_path, report.unit_code)
    assert f"Sắp thu hồi khóa {report.key_code}" in capsys.readouterr().out
    assert {k.key_code: k.state for k in office.keys(report.unit_code)}[k2.key_code] == KeyState.XAC_NHAN


def test_a_prefix_of_yes_is_not_yes(received, report, tmp_path, capsys, monkeypatch):
    """Red-team R15, F4: argparse took "--ye" for --yes and revoked with no question."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # no terminal
    with pytest.raises(SystemExit) as refused:  # argparse: an option it does not know
        _revoke(tmp_path, report.unit_code, "--ye")
    assert refused.value.code == 2 and "--ye" in capsys.readouterr().err
    assert _state(received, report) == KeyState.CHO
