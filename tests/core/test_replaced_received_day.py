"""The province's note on the approval a re-approved paper says it replaces names the day the paper prints, and
compares days the way the paper prints them: red-team R30 F2 found a genuine laptop set to UTC (approved 23:30
on 5 April, 06:30 on 6 April in Vietnam) read "thay bản … duyệt ngày 06/04/2026 … tỉnh đã nhận … duyệt ngày
05/04/2026", the note cutting the date out of the ISO text while the paper prints the Vietnam day
(core/vietnam_time.stated_day); and one moment stated at another offset than the province held was said to
contradict it."""
from __future__ import annotations

import dataclasses
from pathlib import Path

from desktop_app.core.replaced_received import HeldApproval, replaced_received
from desktop_app.core.submission import Replaced
from exports.submission_reader import read_submission
from tests.core.vietnam_laptop import laptop_on_utc  # noqa: F401 (the fixture)

CODE = "6ff1b4b7" + "0" * 56
DATA = Path(__file__).resolve().parents[1] / "exports" / "data"


def this():
    sub = read_submission(DATA / "2030_05443_phuong-phan-dinh-phung_paper_gap_2028.xlsx")
    return dataclasses.replace(sub, approved=True, approved_at="2026-04-10T09:00:00+07:00")


def note(stated_at: str, held_at: str):
    return replaced_received(Replaced(CODE, stated_at, "Sửa số", True), (HeldApproval(CODE, held_at, "Đã xác nhận"),),
                             this())


def test_a_laptop_on_utc_is_said_to_have_approved_the_day_its_paper_prints(laptop_on_utc):  # noqa: F811
    ok, said = note("2026-04-05T23:30:00+00:00", "2026-04-05T23:30:00+00:00")
    assert ok is True
    assert said.startswith("tỉnh đã nhận của đơn vị bản mã 6ff1b4b700000000 duyệt ngày 06/04/2026;")


def test_one_moment_at_another_offset_is_the_version_held(laptop_on_utc):  # noqa: F811
    ok, said = note("2026-04-05T23:30:00+00:00", "2026-04-06T06:30:00+07:00")
    assert ok is True and "duyệt ngày 06/04/2026;" in said


def test_another_day_in_vietnam_with_the_same_date_written_is_said_to_contradict(laptop_on_utc):  # noqa: F811
    # 23:00 on 5 April at -12:00 is 18:00 on 6 April in Vietnam: the paper prints 06/04, the province holds 05/04
    ok, said = note("2026-04-05T23:00:00-12:00", "2026-04-05T09:00:00+07:00")
    assert ok is False
    assert said.startswith("báo cáo ghi thay thế bản mã 6ff1b4b700000000 duyệt ngày 06/04/2026, nhưng bản mã "
                           "6ff1b4b700000000 tỉnh nhận của đơn vị duyệt ngày 05/04/2026:")


def test_a_held_time_without_an_offset_is_its_stated_date(laptop_on_utc):  # noqa: F811
    ok, said = note("2026-04-05T23:30:00", "2026-04-05T23:30:00")
    assert ok is True and "duyệt ngày 05/04/2026;" in said
