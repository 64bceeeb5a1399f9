"""`chitieu sign` refuses who may not sign, and a period that cannot be signed, before it looks
at the token settings or asks any PIN (red-team 18, F5: an officer was told to choose the token
library first, as if that were all that was missing)."""
from __future__ import annotations

import getpass
from pathlib import Path

from desktop_app.cli import run
from tests.signature.conftest import approved  # noqa: F401 (the fixture)

PW = "mat-khau-du-dai-1"


def test_an_officer_is_refused_for_the_role_not_for_the_token_library(approved, capsys, monkeypatch):  # noqa: F811
    ws, out, _ = approved
    ws.add_user("quantri", "Quản Trị", "admin", PW)
    ws.login("quantri", PW)
    ws.add_user("vanthu", "Lê Thị Thu", "officer", PW)
    data = str(Path(ws.store.path).parent)
    ws.close()
    monkeypatch.setenv("CHITIEU_PASSWORD", PW)
    asked = []
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": asked.append(prompt) or "000000")
    assert run(["--data-dir", data, "--user", "vanthu", "sign", "--period", "2026", "--out", str(out)]) == 2
    said = capsys.readouterr().err
    assert "ký số báo cáo" in said and "Cán bộ nhập liệu" in said
    assert "PKCS#11" not in said and "thư viện" not in said
    assert asked == []


def test_a_leader_is_refused_a_period_not_approved_before_any_pin(approved, capsys, monkeypatch):  # noqa: F811
    ws, out, _ = approved
    data = str(Path(ws.store.path).parent)
    ws.close()
    monkeypatch.delenv("CHITIEU_TOKEN_PIN", raising=False)
    asked = []
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": asked.append(prompt) or "000000")
    assert run(["--data-dir", data, "sign", "--period", "2026-6M", "--pkcs11", str(out / "token.dll"),
                "--out", str(out)]) == 2
    said = capsys.readouterr().err
    assert "chỉ ký số được báo cáo của kỳ đã duyệt" in said
    assert asked == []
