"""A setting changed with sqlite3 is named by `audit verify` with the value held now against the one its
history recorded, each as it reads: a unit's code as a code («05503», not the number 5.503), a value
stored as JSON by what it says (not its JSON text with its quotes), a long one cut short."""
from __future__ import annotations

import pytest

from tests.core.test_changed_outside import _cli, _sql, office  # noqa: F401 (the fixture)

LOGGED = "nhật ký ghi «05503» ("


@pytest.mark.parametrize("stored, shown", [
    ("'\"99999\"'", "«99999»"),  # a code of no unit: its text, not «"99999"»
    ("'5503'", "«5503»"),  # a number for the code: told apart from the code, and not taken as the same value
    ("'[1]'", "«[1]»"),
    (f"'\"{'A' * 500}\"'", f"«'{'A' * 80}'… (500 ký tự)»"),
], ids=["unknown-code", "number", "list", "long"])
def test_the_unit_s_code_changed_is_shown_as_a_code(office, monkeypatch, capsys, stored, shown):  # noqa: F811
    _sql(office, f"UPDATE settings SET value = {stored} WHERE key = 'commune_code'")
    assert _cli(office, "admin", monkeypatch, "audit", "verify") == 1
    said = capsys.readouterr().err
    assert f"Cài đặt commune_code đã bị sửa ngoài chương trình: trong cơ sở dữ liệu nay là {shown}, {LOGGED}" in said
    assert "5.503" not in said and len(said) < 2_000


def test_a_signer_changed_is_shown_without_its_json_quotes(office, monkeypatch, capsys):  # noqa: F811
    _sql(office, """UPDATE settings SET value = '"Người Khác"' WHERE key = 'signer'""")
    assert _cli(office, "admin", monkeypatch, "audit", "verify") == 1
    assert ("Cài đặt signer đã bị sửa ngoài chương trình: trong cơ sở dữ liệu nay là «Người Khác», nhật ký ghi "
            "«Trần Thị Bình» (") in capsys.readouterr().err
