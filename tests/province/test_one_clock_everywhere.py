"""Walk 23, #3 and #4: one file's dates read the same wherever the province shows them. A
revocation's time in a refusal reason was sliced from the stored text in the zone it was written
in ("thu hồi lúc 21:28 04/12/2026" on a UTC computer) while the key register said "04:28
05/12/2026"; the "Tệp chưa ký" tab judged an unsigned file's receipt by the day it was made where
the status tab took the date typed for the folder."""
from __future__ import annotations

import dataclasses

from db.rows import ReceivedRow
from desktop_app.core import keys
from desktop_app.core.intake import FROM_FILE, FROM_TYPED, row_judged_on
from desktop_app.key_register import UnsignedRow


def _row(**given) -> UnsignedRow:
    base = dict(id=1, unit_code="05503", period="2026-6M", fingerprint="ab" * 32,
                generated_at="2026-12-05T04:28:00+07:00", received_at="2026-12-05T04:30:00+07:00",
                file_name="2026-6M_05503_xa-tan-cuong.xlsx", file_sha256="cd" * 32, approved=1, class_="HOP_LE",
                reason="", catalog_version="2026.1")
    base.update(given)
    return UnsignedRow(**base)


def test_a_revocation_in_a_reason_is_in_vietnam_time_as_the_register_shows_it():
    assert keys._when("2026-12-04T21:28:10+00:00") == " lúc 04:28 05/12/2026"
    assert keys._when("2026-12-05T04:28:10+07:00") == " lúc 04:28 05/12/2026"
    assert keys._when(None) == "" and keys._when("không phải thời điểm") == ""


def test_an_unsigned_file_received_on_a_typed_date_is_judged_by_that_date_in_every_tab():
    typed = _row(received_on="2026-06-18", received_from=FROM_TYPED)
    assert typed.received_day.isoformat() == row_judged_on(typed) == "2026-06-18"


def test_an_unsigned_file_s_modification_date_still_counts_no_earlier_than_it_was_made():
    by_file = _row(received_on="2026-06-18", received_from=FROM_FILE)
    assert by_file.received_day.isoformat() == row_judged_on(by_file) == "2026-12-05"


def test_the_register_s_unsigned_row_is_a_received_row():
    assert {f.name for f in dataclasses.fields(ReceivedRow)} <= {f.name for f in dataclasses.fields(UnsignedRow)}
