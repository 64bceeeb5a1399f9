"""A key's state when a file was read, and now (`key_then_now`): what the consolidated workbook's
"Kết quả nhận tệp" says of a reason written before the province decided on the key. The register
keeps only the times of a key's first file, its confirmation and its revocation (or replacement);
these examples are the rule read from them."""
from __future__ import annotations

from desktop_app.core.keys import (
    UNSIGNED,
    UNSIGNED_ACCEPTED,
    KeyState,
    KeyThenNow,
    UnitKey,
    key_then_now,
    unit_key_then_now,
    unsigned_then_now,
)

CODE = "GWDC-WSW7-ISDG-UIOJ"
READ = "2026-06-30T09:00:00+07:00"  # when the file was read
BEFORE, AFTER = "2026-06-30T08:00:00+07:00", "2026-06-30T16:30:00+07:00"


def _key(state: KeyState, first_seen: str = READ, confirmed_at: str | None = None,
         revoked_at: str | None = None) -> UnitKey:
    return UnitKey(1, "05503", "pk", CODE, state.value, first_seen, confirmed_at=confirmed_at, revoked_at=revoked_at)


def test_a_key_registered_by_the_file_and_confirmed_since_was_pending_then():
    got = key_then_now(_key(KeyState.XAC_NHAN, confirmed_at=AFTER), READ)
    assert got == KeyThenNow(CODE, "Chờ xác nhận", "Đã xác nhận", since=AFTER)
    assert got.changed


def test_a_key_confirmed_before_the_file_was_read_has_not_changed():
    got = key_then_now(_key(KeyState.XAC_NHAN, BEFORE, confirmed_at=BEFORE), READ)
    assert got == KeyThenNow(CODE, "Đã xác nhận", "Đã xác nhận") and not got.changed


def test_a_decision_in_the_second_the_file_was_read_came_after_it():
    """The file's reason was written before anyone could decide on its key."""
    got = key_then_now(_key(KeyState.XAC_NHAN, BEFORE, confirmed_at=READ), READ)
    assert (got.then, got.now, got.since) == ("Chờ xác nhận", "Đã xác nhận", READ)


def test_a_key_revoked_after_the_file_was_read_says_when():
    got = key_then_now(_key(KeyState.THU_HOI, BEFORE, revoked_at=AFTER), READ)
    assert (got.then, got.now, got.since) == ("Chờ xác nhận", "Thu hồi", AFTER)


def test_a_key_replaced_before_the_file_was_read_was_replaced_then():
    got = key_then_now(_key(KeyState.DA_THAY, BEFORE, confirmed_at=BEFORE, revoked_at=BEFORE), READ)
    assert (got.then, got.now, got.since) == ("Đã thay", "Đã thay", "")


def test_a_key_registered_after_the_file_was_read_was_not_in_the_register_then():
    got = key_then_now(_key(KeyState.CHO, first_seen=AFTER), READ)
    assert (got.then, got.now, got.since) == ("", "Chờ xác nhận", AFTER)


def test_a_key_confirmed_again_after_a_revocation_reads_pending_before_its_confirmation():
    """The register keeps the latest confirmation and no revocation time once confirmed again."""
    got = key_then_now(_key(KeyState.XAC_NHAN, BEFORE, confirmed_at=AFTER), READ)
    assert got.then == "Chờ xác nhận"


def test_an_unsigned_file_is_accepted_before_after_or_not_yet():
    assert unsigned_then_now(None, READ) == KeyThenNow("", UNSIGNED, UNSIGNED)
    assert unsigned_then_now(BEFORE, READ) == KeyThenNow("", UNSIGNED_ACCEPTED, UNSIGNED_ACCEPTED)
    assert unsigned_then_now(AFTER, READ) == KeyThenNow("", UNSIGNED, UNSIGNED_ACCEPTED, since=AFTER)


def test_a_file_refused_for_its_signature_is_told_of_the_units_key_in_use():
    pending = _key(KeyState.CHO, BEFORE)
    confirmed = UnitKey(2, "05503", "pk2", "AAAA-BBBB-CCCC-DDDD", "Đã xác nhận", BEFORE, confirmed_at=AFTER)
    got = unit_key_then_now([pending, confirmed], READ)
    assert got == KeyThenNow("AAAA-BBBB-CCCC-DDDD", "Chờ xác nhận", "Đã xác nhận", AFTER, unit_key=True)
    assert unit_key_then_now([], READ) == KeyThenNow("", "", "", unit_key=True)
