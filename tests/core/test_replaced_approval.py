"""Which approval a re-approval replaces, read from the period's history as the store keeps it
(`core.submission.replaced_approval`): what the printed report says under its code."""
from __future__ import annotations

from types import SimpleNamespace

from desktop_app.core.submission import Replaced, replaced_approval


def _h(event, to_state, at="2026-04-05T09:00:00+07:00", reason=None, fingerprint=None):
    return SimpleNamespace(event=event, to_state=to_state, at=at, reason=reason, fingerprint=fingerprint)


FIRST = _h("approve", "Đã duyệt", "2026-04-05T09:00:00+07:00", fingerprint="a" * 64)


def test_a_first_approval_replaces_nothing():
    history = [_h("complete", "Hoàn thành"), FIRST, _h("sent", "Đã gửi")]
    assert replaced_approval(history, "a" * 64) is None


def test_the_reason_is_the_one_that_took_the_period_out_of_the_earlier_approval():
    """Sent, reopened (the leader's reason), completed, reopened again from Hoàn thành (a second
    reason, not the one the approval was left for), approved again."""
    history = [
        _h("complete", "Hoàn thành"), FIRST, _h("sent", "Đã gửi"),
        _h("reopen", "Đang nhập", reason="Sửa  số BHYT\ntheo BHXH"), _h("complete", "Hoàn thành"),
        _h("reopen", "Đang nhập", reason="Thêm giải thích"), _h("complete", "Hoàn thành"),
        _h("approve", "Đã duyệt", "2026-04-09T15:00:00+07:00", fingerprint="b" * 64),
    ]
    assert replaced_approval(history, "b" * 64) == Replaced("a" * 64, "2026-04-05T09:00:00+07:00",
                                                            "Sửa số BHYT theo BHXH", reopened=True)


def test_a_voided_approval_is_replaced_with_the_voiding_reason():
    history = [FIRST, _h("approval_voided", "Hoàn thành", reason="bản duyệt bị hủy"),
               _h("approve", "Đã duyệt", fingerprint="b" * 64)]
    assert replaced_approval(history, "b" * 64) == Replaced("a" * 64, FIRST.at, "bản duyệt bị hủy", reopened=False)


def test_only_the_latest_approval_of_the_stated_code_is_read():
    """The last approval in the history is not the one asked about: nothing is claimed."""
    history = [FIRST, _h("reopen", "Đang nhập", reason="x"), _h("approve", "Đã duyệt", fingerprint="b" * 64)]
    assert replaced_approval(history, "c" * 64) is None
