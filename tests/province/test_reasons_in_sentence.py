"""The province's intake reasons name a period inside their sentence in lower case, as the rest
of the program does ("Đã nhận Xã Đại Phúc, quý I năm 2026, …", not "…, Quý I năm 2026, …")."""
from __future__ import annotations

from types import SimpleNamespace

from desktop_app.core.periods import Period
from desktop_app.intake_notes import draft_after_approved_reason, received_reason, replacing_reason

Q1 = Period(2026, "Q1")
EARLIER = SimpleNamespace(file_name="2026-Q1_01234_xa-dai-phuc.xlsx", generated_at="2026-04-05T09:00:00+07:00")


def test_a_received_file_names_its_period_in_lower_case():
    assert received_reason("Xã Đại Phúc", Q1, "ab12", "") == "Đã nhận Xã Đại Phúc, quý I năm 2026, mã xác thực ab12."
    assert received_reason("Xã Đại Phúc", Period(2026, "Y"), "ab12", "").startswith("Đã nhận Xã Đại Phúc, năm 2026,")


def test_a_correction_and_a_late_draft_name_their_period_in_lower_case():
    again = replacing_reason("Xã Đại Phúc", Q1, EARLIER, "Bản mới hơn", "lập lúc 10:00 06/04/2026", "cd34", "")
    assert again.startswith("Đã nhận bản mới của Xã Đại Phúc, quý I năm 2026, thay tệp 2026-Q1_01234")
    draft = draft_after_approved_reason("Xã Đại Phúc", Q1, "lập lúc 10:00 06/04/2026", "cd34", EARLIER, "")
    assert draft.startswith("Đã nhận bản DỰ THẢO của Xã Đại Phúc, quý I năm 2026 (lập lúc")
