"""The rule choosing a unit's kept version once the province confirmed a new key (red-team 15,
finding 2): a version signed by the key it replaced, received once the new key had appeared (a
copy of the database that left the office, approving other figures while the new key waited for
the paper), never wins over the new key's version, whatever its time of approval; between two
approved versions the confirmed key's is kept; an approved report of the old key received before
the new key appeared still wins over a draft of the new key."""
from __future__ import annotations

from desktop_app.core.kept_version import Version, choose, preference
from desktop_app.core.keys import KeyState, UnitKey, key_standing

K2 = UnitKey(2, "05503", "PUB-K2", "BBBB-BBBB-BBBB-BBBB", KeyState.XAC_NHAN.value, "2026-12-03T10:00:00+07:00")
DAY = "2026-12-03T"


def _version(n: int, key: str, code: str, received_at: str, approved_at: str | None, made: str) -> Version:
    current, after_new = key_standing(key, f"{DAY}{received_at}+07:00", K2)
    return Version(n, f"{n}.xlsx", f"{DAY}{made}+07:00", approved_at is not None, f"v{n}", "2026-12-03",
                   approved_at=f"{DAY}{approved_at}+07:00" if approved_at else "", key_code=code,
                   current_key=current, after_new_key=after_new)


# K1's approved report, received before K2 first appeared
OLD = _version(1, "PUB-K1", "AAAA-AAAA-AAAA-AAAA", "09:00:00", "08:50:00", "08:55:00")
# K2's approved report from the reinstalled laptop (its file refused until K2 was confirmed)
NEW = _version(2, "PUB-K2", K2.key_code, "10:30:00", "09:59:00", "10:00:00")
# K1 again, from the copy: approved after K2's report, received while K2 waited
COPY = _version(3, "PUB-K1", "AAAA-AAAA-AAAA-AAAA", "10:05:00", "10:04:00", "10:05:00")


def test_the_standing_of_a_version_against_the_units_confirmed_key():
    assert key_standing("PUB-K2", f"{DAY}09:00:00+07:00", K2) == (True, False)  # the key itself, whenever
    assert key_standing("PUB-K1", f"{DAY}09:59:59+07:00", K2) == (False, False)  # before K2 appeared
    assert key_standing("PUB-K1", f"{DAY}10:00:00+07:00", K2) == (False, False)  # the same second: not known after
    assert key_standing("PUB-K1", f"{DAY}10:00:01+07:00", K2) == (False, True)
    assert key_standing("", f"{DAY}10:05:00+07:00", K2) == (False, True)  # unsigned, after: not K2's either
    assert key_standing("PUB-K1", f"{DAY}10:05:00+07:00", None) == (False, False)  # no key confirmed: no change


def test_the_new_keys_report_is_kept_over_the_old_keys_later_approval():
    assert choose([OLD, NEW, COPY]).id == NEW.id
    assert choose([COPY, NEW]).id == NEW.id
    assert preference(NEW, COPY).startswith(
        f"Giữ bản ký bằng khóa đã xác nhận của đơn vị (mã {K2.key_code}) (bản kia ký bằng khóa mã AAAA-AAAA-AAAA-AAAA, "
        "không phải khóa đã xác nhận của đơn vị, và tỉnh nhận sau khi khóa mới của đơn vị xuất hiện")


def test_without_the_new_keys_report_the_old_keys_report_received_before_it_is_kept():
    """K2's file not read again yet: the report K1 signed before K2 appeared, not the copy's."""
    assert choose([OLD, COPY]).id == OLD.id
    assert "tỉnh nhận trước khi khóa mới của đơn vị xuất hiện" in preference(OLD, COPY)


def test_between_two_approvals_the_confirmed_keys_is_kept_whatever_their_times():
    earlier_new = _version(4, "PUB-K2", K2.key_code, "10:30:00", "08:00:00", "08:01:00")
    assert choose([OLD, earlier_new]).id == earlier_new.id
    assert preference(earlier_new, OLD) == (f"Giữ bản ký bằng khóa đã xác nhận của đơn vị (mã {K2.key_code}; bản kia "
                                            "ký bằng khóa mã AAAA-AAAA-AAAA-AAAA, không phải khóa đã xác nhận)")


def test_an_approved_report_of_the_old_key_still_wins_over_a_draft_of_the_new_one():
    draft = _version(5, "PUB-K2", K2.key_code, "10:30:00", None, "10:20:00")
    assert choose([OLD, draft]).id == OLD.id
    assert choose([COPY, draft]).id == draft.id  # but not the copy's approval, received once K2 appeared
