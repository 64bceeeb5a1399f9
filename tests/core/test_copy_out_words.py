"""The words after Tệp › Sao lưu ra… (core/copy_out.py, walk U14 F7, F8): when the reminder comes back after a copy
out (the rule's own 30 days, from the copy's date), and the own disk's box saying the reminder stays only while a
copy out is due."""
from __future__ import annotations

import datetime as dt

from desktop_app.core.copy_out import (
    DAYS_WITHOUT_COPY,
    CopyOut,
    copied_out_said,
    copy_out_due,
    same_disk_said,
    standing_short,
)

AT = dt.datetime(2027, 12, 18, 8, 44).astimezone()
LAST = CopyOut(AT, "E:\\SaoLuu", last_step=5, saved_until=211)


def test_the_next_reminder_s_day_is_the_rule_s():
    said = copied_out_said(LAST)
    assert "từ ngày 17/01/2028" in said and "from 17/01/2028" in said.en, said
    day_before = AT + dt.timedelta(days=DAYS_WITHOUT_COPY) - dt.timedelta(minutes=1)
    assert copy_out_due(LAST, [], day_before, day_before, saved_step=212) is None  # figures saved, not yet
    due_then = AT + dt.timedelta(days=DAYS_WITHOUT_COPY)
    assert copy_out_due(LAST, [], due_then, due_then, saved_step=212) is not None  # that day: due
    assert standing_short(LAST) == "Sao lưu ngoài máy: 18/12/2027"
    assert standing_short(LAST).en == "Backed up outside on 18/12/2027"


def test_the_own_disk_s_box_says_the_reminder_stays_only_while_one_is_due():
    due = copy_out_due(None, [], AT, AT + dt.timedelta(days=40), since=AT)
    assert due is not None
    stays = same_disk_said(due, None)
    assert "đến lúc đó lời nhắc vẫn còn" in stays and "until then the reminder stays" in stays.en
    stands = same_disk_said(None, LAST)
    assert "lời nhắc" not in stands and "reminder" not in stands.en
    assert "(ngày 18/12/2027, vào E:\\SaoLuu) vẫn được tính, chưa cần sao lưu lại" in stands
    none = same_disk_said(None, None)
    assert "lời nhắc" not in none and "không được tính là sao lưu ra ngoài máy" in none
