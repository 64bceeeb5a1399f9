"""Red-team 29, MEDIUM: one key signs both A's and B's reports, pending, so neither counts ("Chờ tỉnh
đối chiếu khóa"). Revoking it for A, the question said A's reports "không còn được tính vào tổng
hợp" (they never counted) and not that B's start to count. It says what the consolidation counts
differently, for A and for B, and the command prints the same words."""
from __future__ import annotations

from desktop_app.core.consolidation import ReportStatus
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import ON_TIME, delivered, forged_by_a_neighbour


def test_revoking_a_shared_pending_key_says_the_other_unit_starts_counting(office, tmp_path):
    a, b = pick_units(2, 0)
    f = forged_by_a_neighbour(tmp_path / "may", a, b)
    inbox = tmp_path / "in"
    inbox.mkdir()
    for sub in (f["t"], f["forged"]):
        delivered(write_submission(sub, inbox / f"{sub.file_stem}.xlsx"), ON_TIME)
    office.intake(inbox, PERIOD)
    status = lambda: {u.code: u.status for u in office.checked_completeness(PERIOD).units if u.code in (a, b)}
    assert set(status().values()) == {ReportStatus.CHO_DOI_CHIEU} and office.submissions(PERIOD) == {}
    code = office.keys(a)[0].key_code
    b_name = next(u.name for u in office.checked_completeness(PERIOD).units if u.code == b)

    question = office.revoke_question(a, code)
    effect, _ = office.revoke_effect(a, code)
    assert "không còn được tính" not in question and "no longer count" not in question.en
    assert "tỉnh vẫn không tính bản nào của" in question
    assert (f"các bản của {b_name} (mã {b}) đang chờ tỉnh đối chiếu khóa được tính vào tổng hợp "
            "(6 tháng đầu năm 2026)") in question
    assert f"of {b_name} (code {b}) awaiting the key's check count in the consolidation" in question.en

    revoked = office.revoke_key(a, code)
    assert str(revoked.effect) == str(effect) and str(effect) in question  # `chitieu keys revoke` prints it
    assert status()[b] == ReportStatus.DA_NHAN and set(office.submissions(PERIOD)) == {b}
