"""Values the program never writes, put with sqlite3 in records the program reads outside the
chain's own walk (db/integrity.py): an account's user name made binary and acknowledged (the
replay of the accounts' roles, db/acting_roles.py), a setting that is no JSON (db/settings.py), a
catalogue version that is binary data (db/catalogs.py), a file name of megabytes or binary data in
a finding's name (db/tamper_names.py). Each is reported, acknowledged, or refused with words; none
stops a command with a traceback."""
from __future__ import annotations

import pytest

from tests.acknowledge_code import listed_code
from tests.core.test_changed_outside import PW, _as, _cli, _sql, office  # noqa: F401 (the fixture)


def _acknowledge(data_dir, monkeypatch, capsys) -> None:
    code = listed_code("--data-dir", str(data_dir), "--user", "admin")
    assert _cli(data_dir, "admin", monkeypatch, "audit", "acknowledge", "--yes", code) == 0, capsys.readouterr().err
    capsys.readouterr()


def test_an_account_s_name_made_binary_and_acknowledged_leaves_audit_verify_working(office, monkeypatch, capsys):
    _sql(office, "UPDATE users SET username = x'00ff' WHERE username = 'canbo'")
    assert _cli(office, "admin", monkeypatch, "audit", "verify") == 1
    assert "x'00ff'" in capsys.readouterr().err
    _acknowledge(office, monkeypatch, capsys)
    assert _cli(office, "admin", monkeypatch, "audit", "verify") == 0, capsys.readouterr().err
