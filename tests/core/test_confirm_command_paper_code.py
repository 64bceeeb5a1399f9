"""A command that confirms a key never carries the file's own code (walk U5, F1). Confirmation
compares the code on the signed PAPER with the file's key; `consolidate --dhis2`, the intake notes
and the refusals printed "(chitieu keys confirm 05500 2AGD-74DB-XAPR-HE6P)" with the code read from
the file, so a reviewer could paste it and confirm without looking. The command names the
placeholder MÃ_TRÊN_GIẤY and the text says to type the code printed on the paper; the file's code
may still be named, outside the command."""
from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from desktop_app.core.kept_version import awaiting_key_note
from desktop_app.core.keys import (
    KeyState,
    UnitKey,
    mismatch_reason,
    revoked_refusal,
    shared_refusal,
)
from desktop_app.core.refused_before import RefusedFile
from desktop_app.intake_notes import pending_note
from desktop_app.province import waiting_note
from exports import dhis2

CODE, OTHER = "2AGD-74DB-XAPR-HE6P", "GSGI-B6J5-AAMA-AWQH"
_COMMANDS = re.compile(r"chitieu keys confirm [^();]*")


def _key(unit: str, code: str, state: KeyState) -> UnitKey:
    return UnitKey(None, unit, f"pk-{code}", code, state.value, "2026-06-18T01:00:00+00:00")


def _texts() -> dict[str, str]:
    mine = _key("05500", OTHER, KeyState.XAC_NHAN)
    other = _key("05503", CODE, KeyState.CHO)
    barred = _key("05503", CODE, KeyState.THU_HOI)
    refused = RefusedFile("moi.xlsx", "2026-6M", "hop-thu", "2026-06-19T02:00:00+00:00", None, "2026-06-19")
    return {
        "pending_note": pending_note(CODE, "05500"),
        "mismatch_reason": mismatch_reason("moi.xlsx", "Phường Tích Lương", CODE, mine, None, "05500"),
        "awaiting_key_note": awaiting_key_note(CODE, "05500", OTHER),
        "waiting_note": waiting_note("05500", CODE, [refused], "cu.xlsx"),
        "revoked_refusal": revoked_refusal(_key("05500", CODE, KeyState.CHO), "Phường Tích Lương", barred,
                                           str).message,
        "shared_refusal": shared_refusal(_key("05500", CODE, KeyState.CHO), "Phường Tích Lương", [other],
                                         str).message,
    }


@pytest.mark.parametrize("which", sorted(_texts()))
def test_each_confirm_command_names_the_paper_code_not_the_files(which):
    text = _texts()[which]
    commands = _COMMANDS.findall(text)
    assert commands, text
    for command in commands:
        assert CODE not in command and OTHER not in command, (which, command)
        assert command.split()[4] == "MÃ_TRÊN_GIẤY", (which, command)
    # the refusal of a code just typed names the paper already: "(giấy của hai đơn vị cùng in mã …)"
    assert "gõ mã in trên" in text or which == "shared_refusal", (which, text)


def test_the_dhis2_lines_name_the_files_code_as_information_only(monkeypatch):
    units = [SimpleNamespace(name="Phường Tích Lương", code="05500", key_code=CODE)]
    monkeypatch.setattr(dhis2, "left_out", lambda con: units)
    lines = dhis2.left_out_lines(None)
    assert lines[1] == (f"- Phường Tích Lương (mã 05500): tệp ký bằng khóa mã {CODE} "
                        "(chitieu keys confirm 05500 MÃ_TRÊN_GIẤY)")
    assert "gõ mã in trên giấy thay cho MÃ_TRÊN_GIẤY" in lines[-1]
    assert not any(CODE in c for line in lines for c in _COMMANDS.findall(line))


def test_a_reason_stored_before_names_the_paper_s_code_when_printed_again():
    """Red-team R15, F5: intake lines stored before 0198f7c gave the file's own code in the command
    ("chitieu keys confirm 05500 2AGD-74DB-XAPR-HE6P"); `chitieu consolidate` printed them again."""
    from desktop_app.core.keys import paper_code_asked

    stored = ("Đã nhận: Phường Tích Lương, khóa mã 2AGD-74DB-XAPR-HE6P chờ xác nhận (chitieu keys confirm 05500 "
              "2AGD-74DB-XAPR-HE6P).")
    assert paper_code_asked(stored) == ("Đã nhận: Phường Tích Lương, khóa mã 2AGD-74DB-XAPR-HE6P chờ xác nhận "
                                        "(chitieu keys confirm 05500 MÃ_TRÊN_GIẤY).")
    assert paper_code_asked("(chitieu keys confirm 05500 MÃ_TRÊN_GIẤY --shared)") == \
        "(chitieu keys confirm 05500 MÃ_TRÊN_GIẤY --shared)"
