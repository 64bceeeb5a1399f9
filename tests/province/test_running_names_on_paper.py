"""The consolidated report names units in its running text as report-format.md asks and the
communes' report does, the prefix in lowercase ("chưa gửi 78: xã Nà Phặc, …"): sections I and IV
and the chart pages' lists read "Chưa gửi 6: Xã Nà Phặc, Xã Ngân Sơn…" (paper walk, finding 1).
A table or a list keeps the catalogue's name ("Xã Nà Phặc")."""
from __future__ import annotations

import io
import re
from dataclasses import replace

import pytest
from pypdf import PdfReader

from desktop_app.core.evaluation import Verdict
from desktop_app.core.submission import running_name
from exports.consolidated_pdf import render_pdf
from tests.province.conftest import PERIOD, REPORT_DATE


@pytest.fixture(scope="module")
def con(received):
    office, _ = received
    return office.consolidation(PERIOD)


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


def test_section_one_names_the_late_the_drafts_and_the_missing_in_lowercase(con):
    one = _text(render_pdf(con, report_date=REPORT_DATE)).split("I. TÌNH HÌNH GỬI BÁO CÁO")[1].split("II. KẾT QUẢ")[0]
    cm = con.completeness
    named = [u for figure in ("late", "draft", "missing") for u in cm.units_in(figure)]
    assert len(named) > 70
    for u in named:
        assert running_name(u.name) in one, u.name
    assert f"trễ hạn 1: {running_name(cm.units_in('late')[0].name)}" in one
    assert not re.search(r"\b(Xã|Phường) ", one.split("Danh sách")[0]), one  # a list under it would keep them


def test_section_four_names_the_units_not_meeting_a_target_in_lowercase(con):
    unit = next(u for u in con.units if u.submission is not None and u.commune.kind == "phường")
    ind = next(i for i in con.assigned if con.item(unit.commune.code, i.code) is not None)
    failed = replace(con.item(unit.commune.code, ind.code), verdict=Verdict.KHONG_DAT.value)
    text = _text(render_pdf(replace(con, items={**con.items, (unit.commune.code, ind.code): failed}),
                            report_date=REPORT_DATE))
    four = text.split("CÁC ĐƠN VỊ KHÔNG ĐẠT CHỈ TIÊU TỈNH GIAO")[1]
    assert f"{ind.name} (1 đơn vị): phường {unit.commune.name.removeprefix('Phường ')}." in four


def test_a_chart_page_names_the_units_without_a_bar_in_lowercase_the_bars_keep_the_name(con):
    text = _text(render_pdf(con, report_date=REPORT_DATE))
    page = text.split("Biểu đồ 2. ")[1].split("Biểu đồ 3. ")[0]
    missing = con.completeness.units_in("missing")
    assert f"Chưa báo cáo ({len(missing)} đơn vị): {running_name(missing[0].name)}, " in page
    assert any(u.name in page for u in con.completeness.units_in("received"))  # under their bars
