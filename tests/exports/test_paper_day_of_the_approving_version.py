"""The day of an approval on its paper is the one the version that approved it printed (S131): 0.2.0 printed the
date the stored time states, 0.3.0 the day in Vietnam time. They differ for a time stored after 17:00 UTC."""
from __future__ import annotations

import dataclasses

from desktop_app.core.submission import Replaced
from exports.report_pdf import approval_line

FP = "6ff1b4b7" + "0" * 56


def test_an_approval_of_0_2_0_keeps_the_stated_date_one_of_0_3_0_prints_vietnam_s_day(commune_sub):
    sub = dataclasses.replace(commune_sub, approved=True, approved_at="2026-12-07T18:30:00+00:00", replaces=None,
                              app_version="0.3.0", paper_version="")
    assert approval_line(sub) == "<b>Duyệt ngày</b> 08/12/2026."  # 01:30 on 8 December in Vietnam
    of_0_2 = dataclasses.replace(sub, paper_version="0.2.0")
    assert approval_line(of_0_2) == "<b>Duyệt ngày</b> 07/12/2026."  # as 0.2.0 printed it
    again = dataclasses.replace(of_0_2, replaces=Replaced(FP, "2026-04-05T23:30:00+00:00", "Sửa số"))
    assert approval_line(again) == ("<b>Duyệt lại ngày</b> 07/12/2026, thay bản mã 6ff1b4b700000000 đã duyệt ngày "
                                    "05/04/2026; lý do mở lại: Sửa số.")
    written_by_0_2 = dataclasses.replace(again, app_version="0.2.0", paper_version="")
    assert approval_line(written_by_0_2) == approval_line(again)
