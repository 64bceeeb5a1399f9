"""The consolidated report numbers each indicator as the catalogue does (Phụ lục 2 then the
supplementary ones, `Indicator.no`), as the communes' reports and the window number them: its
section III ran 1-13 where a commune's report read 10-22 for the same indicators."""
from __future__ import annotations

import re
import subprocess

from exports.consolidated_pdf import render_pdf
from tests.province.conftest import PERIOD, REPORT_DATE


def _section(text: str, start: str, end: str) -> list[str]:
    return text.split(start)[1].split(end)[0].splitlines()


def test_section_iii_numbers_the_supplementary_indicators_as_the_catalogue(received):
    office, _ = received
    con = office.consolidation(PERIOD)
    pdf = render_pdf(con, report_date=REPORT_DATE)
    text = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True,
                          check=True).stdout.decode()
    present = [i for i in con.supplementary if con.summaries[i.code].applicable]
    rows = _section(text, "III. KẾT QUẢ CÁC CHỈ TIÊU BỔ SUNG", "IV. CÁC ĐƠN VỊ")
    numbers = [int(m.group(1)) for line in rows if (m := re.match(r"\s*(\d+)\s+\S", line))]
    assert numbers == [i.no for i in present] and numbers[0] == 10
    assert "STT theo bộ chỉ tiêu" in " ".join(" ".join(rows).split())
    # the province's own indicators keep 1-9, the charts their numbers
    assigned = _section(text, "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU TỈNH GIAO", "Biểu đồ chung")
    first = [int(m.group(1)) for line in assigned if (m := re.match(r"\s*(\d+)\s+\S", line))]
    assert [i.no for i in con.assigned] == list(range(1, 10))
    assert first == [i.no for i in con.assigned]
    for ind in con.assigned:
        if con.summaries[ind.code].due:
            assert f"Biểu đồ {ind.no}. {ind.name}" in " ".join(text.split())
