"""A key the province revoked is confirmed again only when said so, never silently, and the revocation
stays said after (walk U10, F1: "Xác nhận khóa…" on a revoked row, the code from an old paper typed,
Enter: the key counted again, the "Thay, thu hồi" cell emptied; on the command line, the lost laptop's
old key confirmed over the new laptop's, `keys list` no longer saying it had been revoked)."""
from __future__ import annotations

import json
import re

import pytest

from desktop_app.cli import run
from desktop_app.core.keys import KeyState, kept_change_words
from desktop_app.core.reconfirm import RevokedAgain
from desktop_app.core.signing import new_private_key
from desktop_app.core.submission import signed
from tests.province.conftest import PERIOD
from tests.province.helpers import later
from tests.province.test_keys import _inbox, units  # noqa: F401 - the module fixture

WHEN = r"\d\d:\d\d \d\d/\d\d/\d{4}"


def _leader(office):
    """The register's person by name: the office's user "van-thu" is Lê Thị Thu, a leader, logged in."""
    office.ws.add_user("quantri", "Hoàng Văn Quản", "Quản trị", "cay-tre-2026")
    office.ws.login("quantri", "cay-tre-2026")
    office.ws.add_user("van-thu", "Lê Thị Thu", "Lãnh đạo", "so-van-2026")
    office.ws.login("van-thu", "so-van-2026")


def test_a_revoked_key_is_refused_until_confirmed_again_and_the_revocation_stays_said(office, units, tmp_path):
    sub = units["subs"][units["codes"][0]]
    office.intake(_inbox(tmp_path, {"a.xlsx": sub}), PERIOD)
    _leader(office)
    office.confirm_key(sub.unit_code, sub.key_code)
    office.revoke_key(sub.unit_code)
    with pytest.raises(RevokedAgain) as refused:
        office.confirm_key(sub.unit_code, sub.key_code)
    said = refused.value.message
    assert re.search(f"Khóa mã {sub.key_code} của .+ đã bị tỉnh thu hồi lúc {WHEN} bởi Lê Thị Thu \\(van-thu\\)\\.", said)
    assert "khi máy của đơn vị bị mất hoặc khóa bị lộ" in said
    assert "các tệp ký bằng khóa này lại được tính vào tổng hợp" in said
    assert said.endswith(f"gõ lại lệnh kèm --again (chitieu keys confirm {sub.unit_code} MÃ_TRÊN_GIẤY --again).")
    assert "when the unit's laptop was lost or the key leaked" in refused.value.en
    assert refused.value.en.endswith("type the command again with --again.")
    [key] = office.keys(sub.unit_code)
    assert key.state == KeyState.THU_HOI and sub.unit_code not in office.submissions(PERIOD)

    again = office.confirm_key(sub.unit_code, sub.key_code, again=True)
    assert again.state == KeyState.XAC_NHAN and sub.unit_code in office.submissions(PERIOD)
    row = [r for r in office.store.audit_rows() if r.action == "key_confirm"][-1]
    assert re.fullmatch(f"{sub.key_code}; xác nhận lại khóa đã thu hồi lúc {WHEN} bởi Lê Thị Thu \\(van-thu\\)", row.new)
    [key] = office.keys(sub.unit_code)
    assert key.revoked_at is None  # "revoked or replaced since" for any state: never kept on a confirmed key
    assert re.fullmatch(f"đã thu hồi lúc {WHEN} \\(Lê Thị Thu \\(van-thu\\)\\), xác nhận lại lúc {WHEN} "
                        "\\(Lê Thị Thu \\(van-thu\\)\\)", key.reconfirmed)
    assert key.reconfirmed.en.startswith("revoked at ")
    assert office.store.verify_integrity() == []


def test_a_key_revoked_by_confirming_another_is_refused_too(office, units, tmp_path):
    """Two pending keys, the new laptop's confirmed: the first, revoked automatically, is revoked too."""
    sub = units["subs"][units["codes"][1]]
    new = signed(later(sub, 30), new_private_key())
    office.intake(_inbox(tmp_path, {"a.xlsx": sub}), PERIOD)
    office.intake(_inbox(tmp_path / "2", {"b.xlsx": new}), PERIOD)
    office.confirm_key(sub.unit_code, new.key_code)
    assert {k.key_code: k.state for k in office.keys(sub.unit_code)}[sub.key_code] == KeyState.THU_HOI
    with pytest.raises(RevokedAgain, match=f"thu hồi lúc {WHEN} bởi van-thu \\(tự động, khi xác nhận khóa mã "
                                           f"{new.key_code} của đơn vị\\)") as refused:
        office.confirm_key(sub.unit_code, sub.key_code)
    assert f"Khóa đang dùng mã {new.key_code} sẽ thành «Đã thay»." in refused.value.message
    office.confirm_key(sub.unit_code, sub.key_code, again=True)
    assert {k.key_code: k.state for k in office.keys(sub.unit_code)} == {sub.key_code: KeyState.XAC_NHAN,
                                                                         new.key_code: KeyState.DA_THAY}


def test_the_command_line_refuses_a_revoked_key_without_again(office, units, tmp_path, capsys):
    """The lost laptop: the unit reinstalled, its new key confirmed; the old key revoked; `keys confirm`
    with the old code (printed on every paper the unit sent) refused; with --again, confirmed, and
    `keys list` says the revocation and the confirmation again."""
    sub = units["subs"][units["codes"][2]]
    new = signed(later(sub, 30), new_private_key())
    office.intake(_inbox(tmp_path, {"a.xlsx": sub}), PERIOD)
    office.confirm_key(sub.unit_code, sub.key_code)
    office.intake(_inbox(tmp_path / "2", {"b.xlsx": new}), PERIOD)
    office.confirm_key(sub.unit_code, new.key_code)
    office.close()
    data = str(tmp_path / "tinh")
    assert run(["--data-dir", data, "keys", "revoke", sub.unit_code, "--code", sub.key_code, "--yes"]) == 0
    capsys.readouterr()
    assert run(["--data-dir", data, "keys", "confirm", sub.unit_code, sub.key_code]) == 2
    err = capsys.readouterr().err
    assert f"Khóa mã {sub.key_code}" in err and "đã bị tỉnh thu hồi lúc" in err and "--again" in err
    assert run(["--data-dir", data, "keys", "list", sub.unit_code, "--json"]) == 0
    states = {k["key_code"]: k["state"] for k in json.loads(capsys.readouterr().out)}
    assert states == {sub.key_code: "Thu hồi", new.key_code: "Đã xác nhận"}  # nothing changed

    assert run(["--data-dir", data, "keys", "confirm", sub.unit_code, sub.key_code, "--again"]) == 0
    assert f"Đã xác nhận khóa {sub.key_code}" in capsys.readouterr().out
    assert run(["--data-dir", data, "keys", "list", sub.unit_code]) == 0
    [old] = [line for line in capsys.readouterr().out.splitlines() if sub.key_code in line]
    assert "Đã xác nhận" in old
    # the command line's user: the computer's account, no account being made
    assert re.search(f"; đã thu hồi lúc {WHEN} \\([^()]+\\), xác nhận lại lúc {WHEN} \\([^()]+\\)$", old)
    assert run(["--data-dir", data, "keys", "list", sub.unit_code, "--json"]) == 0
    listed = {k["key_code"]: k for k in json.loads(capsys.readouterr().out)}
    assert listed[sub.key_code]["reconfirmed"].startswith("đã thu hồi lúc ")
    assert listed[new.key_code]["state"] == "Đã thay" and listed[new.key_code]["reconfirmed"] is None
    with pytest.raises(SystemExit):
        run(["--data-dir", data, "keys", "confirm", "--help"])
    assert "--again" in capsys.readouterr().out


def test_nothing_kept_before_reads_as_not_kept_yet():
    """Walk U10, F7: "(trước đó giữ không bản nào)"."""
    class Row:
        approved, fingerprint, key_code = True, "ab" * 32, "AAAA-BBBB-CCCC-DDDD"

    class Key:
        key_code = "AAAA-BBBB-CCCC-DDDD"

    said = kept_change_words("Xã A", [(PERIOD, None, Row())], Key(), lambda code: ("6 tháng", "6 months"))
    assert "(trước đó chưa giữ bản nào)" in said and "giữ không bản nào" not in said
