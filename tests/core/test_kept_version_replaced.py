"""The kept version and what the unit signed as replaced (walk U25 F3, `core.kept_version.supersedes`): a
re-approval whose signed PDF names another version's approval is kept over it whatever the times its files
state, through a chain (v3 replaces v2 replaces v1); the rules above the times still decide first (a draft never
beats an approval, a key still pending never displaces a version the province vouched for); a loop is believed
for none; where the times agree with the replacement, the reason is today's."""
from __future__ import annotations

from desktop_app.core.kept_version import Version, choose, preference

FP1, FP2, FP3 = "1" * 64, "2" * 64, "3" * 64


def _v(n: int, fp: str, approved_at: str, made: str, names: tuple = (), **kw) -> Version:
    """Version n; `names`: the approval (fingerprint, time) its signed paper replaces."""
    return Version(n, f"v{n}.xlsx", made, kw.pop("approved", True), f"{n:064d}", received_on="2026-12-08",
                   approved_at=approved_at, names=names[0] if names else "", names_at=names[1] if names else "",
                   fingerprint=fp, **kw)


V1 = _v(1, FP1, "2026-12-08T09:00:00+07:00", "2026-12-08T09:05:00+07:00", issued="số 12/BC-UBND ngày 08/12/2026")
N1 = (FP1, V1.approved_at)  # V1's approval as a re-approval's paper names it
AHEAD = _v(2, FP2, "2028-01-12T09:00:00+07:00", "2028-01-12T09:05:00+07:00", names=N1)  # clock +400 days


def test_a_signed_replacement_beats_a_clock_ahead_and_the_reason_says_both():
    assert choose([V1, AHEAD]).id == 2 and choose([AHEAD, V1]).id == 2
    why = preference(choose([V1, AHEAD]), V1)
    assert why == ("Giữ bản duyệt lại (duyệt lúc 09:00 12/01/2028) vì bản này ghi thay thế bản mã 1111111111111111 "
                   "(Báo cáo số 12/BC-UBND ngày 08/12/2026, duyệt lúc 09:00 08/12/2026), dù thời điểm ghi trong tệp là "
                   "lập sau ngày tỉnh nhận (lập lúc 09:05 12/01/2028, nhận ngày 08/12/2026); kiểm tra đồng hồ máy tính "
                   "của đơn vị")


def test_a_chain_v3_v2_v1_keeps_v3_whatever_the_times():
    v2 = _v(2, FP2, "2026-12-09T09:00:00+07:00", "2026-12-09T09:05:00+07:00", names=N1)
    v3 = _v(3, FP3, "2026-12-01T09:00:00+07:00", "2026-12-01T09:05:00+07:00", names=(FP2, v2.approved_at))  # clock a week behind
    assert choose([V1, v2, v3]).id == 3
    why = preference(choose([V1, v2, v3]), V1)
    assert "vì bản này ghi thay thế bản mã 2222222222222222, là bản duyệt lại sau bản mã 1111111111111111" in why
    assert "là duyệt trước bản kia (duyệt lúc 09:00 01/12/2026; bản kia duyệt lúc 09:00 08/12/2026)" in why


def test_the_rules_above_the_times_still_come_first():
    draft = _v(2, FP2, "", "2026-12-09T09:05:00+07:00", names=N1, approved=False)
    assert choose([V1, draft]).id == 1  # a draft never beats an approval
    pending = _v(2, FP2, "2028-01-12T09:00:00+07:00", "2028-01-12T09:05:00+07:00", names=N1, awaits_key=True)
    assert choose([V1, pending]).id == 1  # nor a key still pending a version the province vouched for
    revoked = _v(2, FP2, "2028-01-12T09:00:00+07:00", "2028-01-12T09:05:00+07:00", names=N1, eligible=False)
    assert choose([V1, revoked]).id == 1


def test_an_older_approval_exported_again_is_named_by_the_later_one_and_both_rules_agree():
    later = _v(2, FP2, "2026-12-09T09:00:00+07:00", "2026-12-09T09:05:00+07:00", names=N1)
    again = _v(3, FP1, V1.approved_at, "2026-12-10T09:00:00+07:00")  # the first approval exported again, later
    assert choose([V1, later, again]).id == 2
    assert preference(choose([V1, later, again]), again).startswith("Giữ bản duyệt sau (duyệt lúc 09:00 09/12/2026")


def test_a_loop_is_believed_for_neither_and_said():
    a = _v(1, FP1, "2026-12-08T09:00:00+07:00", "2026-12-08T09:10:00+07:00", names=(FP2, "2026-12-08T09:00:00+07:00"))
    b = _v(2, FP2, "2026-12-08T09:00:00+07:00", "2026-12-08T09:05:00+07:00", names=N1)
    kept = choose([a, b])
    assert kept.id == 1  # made later: today's rule
    assert preference(kept, b) == ("Giữ bản lập sau, theo thời điểm ghi trong tệp vì các bản mã 1111111111111111 và "
                                   "2222222222222222 ghi thay thế lẫn nhau (không dựa được vào dòng thay thế)")


def test_two_approvals_of_the_same_figures_are_told_apart_by_their_time():
    """Red-team R32 F4: the fingerprint is the figures; A (15/06) and C (17/06, the figures put back) share it.
    B's paper replaces A: it must not count as replacing C, the unit's latest approval."""
    a = _v(1, FP1, "2026-06-15T09:00:00+07:00", "2026-06-15T09:05:00+07:00")
    b = _v(2, FP2, "2026-06-16T09:00:00+07:00", "2026-06-16T09:05:00+07:00", names=(FP1, a.approved_at))
    c = _v(3, FP1, "2026-06-17T09:00:00+07:00", "2026-06-17T09:05:00+07:00")
    assert choose([a, b, c]).id == 3 and choose([c, b, a]).id == 3
    assert "thay thế" not in preference(choose([a, b, c]), b)
    assert choose([a, b]).id == 2
    # a paper naming an approval at a time no version states replaces none: the times decide
    forged = _v(4, FP2, "2026-06-14T09:00:00+07:00", "2026-06-18T09:05:00+07:00", names=(FP1, "2026-06-14T08:00:00+07:00"))
    assert choose([c, forged]).id == 3
