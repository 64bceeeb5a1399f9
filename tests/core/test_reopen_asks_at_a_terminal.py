"""`chitieu reopen` of a period whose targets changed since its approval (walk U18 F1) lists the changes and, at
a terminal, asks "Vẫn mở lại? (c/K)", No the default, as `chitieu keys revoke` asks (helper S103: it refused
without --yes even at a keyboard, the leader then typing the whole command again). Without a terminal (a script)
it still refuses without --yes. What it reopens with is the list it printed: an import another window made while
the question waited is refused, not reopened under targets nobody was shown."""
from __future__ import annotations

import builtins
import io
import sys

from desktop_app import catalog_update as cu
from tests.core.test_reopen_says_targets import (  # noqa: F401 (the fixtures)
    ADMISSIONS,
    GROWTH,
    PERIOD,
    PROVINCE,
    _reopen,
    office,
    updated,
)
from tests.core.test_workflow import as_

ASKED = "Vẫn mở lại? (c/K)"


class _Terminal(io.StringIO):
    """What the leader types, at a terminal."""

    def isatty(self):
        return True


def test_at_a_terminal_enter_keeps_it_approved(updated, data_dir, capsys, monkeypatch):  # noqa: F811
    monkeypatch.setattr(sys, "stdin", _Terminal("\n"))  # Enter: the default
    code, out = _reopen(data_dir, capsys, monkeypatch)
    assert code == 1, out
    assert out.index(f"• {GROWTH}") < out.index(ASKED), out  # the list, then the question
    assert f"• {ADMISSIONS}" in out and "Chưa mở lại: kỳ vẫn là kỳ đã duyệt" in out, out
    assert "--yes" not in out and "Đã mở lại" not in out, out
    assert updated.period_state(PERIOD).frozen


def test_at_a_terminal_c_reopens_with_the_list_printed(updated, data_dir, capsys, monkeypatch):  # noqa: F811
    monkeypatch.setattr(sys, "stdin", _Terminal("c\n"))
    code, out = _reopen(data_dir, capsys, monkeypatch)
    assert code == 0, out
    assert ASKED in out and "Đã mở lại kỳ báo cáo" in out, out
    assert not updated.period_state(PERIOD).frozen
    row = [r for r in updated.store.audit_rows(period=PERIOD) if r.action == "state"][-1]
    assert ADMISSIONS in row.new and GROWTH in row.new  # the changes accepted, as printed


def test_an_import_while_it_asks_is_refused(updated, data_dir, capsys, monkeypatch, tmp_path):  # noqa: F811
    """The province's 2026.3 imported (another window) while the leader reads the list: "c" answers the list
    printed, which no longer says what reopening would do; refused, the period left approved."""
    def meanwhile(prompt):
        print(prompt, end="")
        as_(updated, "admin")
        doc = cu.set_target(updated.catalog.document, "tang_gia_tri_san_pham", ">=", "7", unit="all")
        update = cu.build_update(doc, "2026.2", "2026.3", issuer="UBND tỉnh Thái Nguyên", private_key=PROVINCE)
        cu.import_update(updated, cu.write_update(update, tmp_path / f"bo-chi-tieu-2026.3{cu.SUFFIX}"))
        return "c"

    monkeypatch.setattr(sys, "stdin", _Terminal(""))
    monkeypatch.setattr(builtins, "input", meanwhile)
    code, out = _reopen(data_dir, capsys, monkeypatch)
    assert code != 0 and ASKED in out, out
    assert "Chưa mở lại" in out and "đang dùng 2026.3" in out, out
    assert updated.period_state(PERIOD).frozen


def test_without_a_terminal_it_refuses_without_yes(updated, data_dir, capsys, monkeypatch):  # noqa: F811
    """Kept as it was (passes before the change too): a script's input is no answer."""
    def never(prompt):
        raise AssertionError(f"asked {prompt!r} without a terminal")

    monkeypatch.setattr(sys, "stdin", io.StringIO("c\n"))
    monkeypatch.setattr(builtins, "input", never)
    code, out = _reopen(data_dir, capsys, monkeypatch)
    assert code == 2, out
    assert f"• {ADMISSIONS}" in out and "Chưa mở lại: kỳ sẽ được đánh giá theo chỉ tiêu như trên" in out, out
    assert "thêm --yes" in out and ASKED not in out, out
    assert updated.period_state(PERIOD).frozen
