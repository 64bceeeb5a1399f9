"""Walk 23, M2: a unit whose only version is an unsigned draft awaiting the province's acceptance is
not counted, yet "dự thảo 1" stood among the counted figures: the command line's and the workbook's
line "Đã nhận 0/92, …, dự thảo 1, chưa ký chờ chấp nhận 1", the window's counts line, and the report
PDF's "Đã nhận 0/92, được tính vào tổng hợp (trễ hạn 0; dự thảo 1: xã …)" then "Chưa ký chờ chấp
nhận 1, chưa tính vào tổng hợp: xã …". A draft is counted among the received only when it is counted;
the unit is named once, where it belongs. Accepted, it is a counted draft."""
from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader

from desktop_app.core.submission import running_name
from exports.consolidated_pdf import render_pdf
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, REPORT_DATE, pick_units
from tests.province.helpers import ON_TIME, delivered, make_submissions


@pytest.fixture(scope="module")
def draft(tmp_path_factory):
    root = tmp_path_factory.mktemp("unsigned-draft")
    (unit,) = pick_units(1, 0)
    ws, subs = make_submissions(root / "made", [unit], PERIOD, data_dir=root / "db", sign=False)
    ws.close()
    sub = replace(subs[unit], approved=False, approved_by="", approved_at="")
    (root / "in").mkdir()
    delivered(write_submission(sub, root / "in" / f"{sub.file_stem}.xlsx"), ON_TIME)
    return root / "in", sub


def _pdf_text(con) -> str:
    return " ".join(" ".join(p.extract_text().split())
                    for p in PdfReader(io.BytesIO(render_pdf(con, report_date=REPORT_DATE))).pages[:2])


def test_an_unsigned_draft_waiting_is_not_a_counted_draft(office, draft):
    folder, sub = draft
    office.intake(folder, PERIOD)
    cm = office.consolidation(PERIOD).completeness
    name = next(running_name(u.name) for u in cm.units if u.code == sub.unit_code)  # "xã …" in running text
    assert cm.counts["unsigned"] == 1 and cm.counts["received"] == 0
    assert cm.counts["draft"] == 0 and "dự thảo" not in cm.text
    text = _pdf_text(office.consolidation(PERIOD))
    assert "dự thảo 1" not in text and "Đã nhận 0/" in text
    assert f"Chưa ký chờ chấp nhận 1, chưa tính vào tổng hợp: {name}." in text
    assert text.count(name) == 1


def test_the_window_counts_line_says_no_draft(qtbot, office, draft):
    from ui.province_window import ProvinceWindow

    folder, sub = draft
    office.intake(folder, PERIOD)
    w = ProvinceWindow(office.ws)
    qtbot.addWidget(w)
    w.period_box.setCurrentIndex(w.period_box.findData(PERIOD))
    assert "dự thảo" not in w.counts.text() and "chưa ký chờ chấp nhận 1" in w.counts.text()


def test_accepted_it_is_a_counted_draft(office, draft):
    folder, sub = draft
    office.intake(folder, PERIOD)
    office.accept_unsigned(sub.unit_code, PERIOD)
    cm = office.consolidation(PERIOD).completeness
    assert cm.counts["received"] == cm.counts["draft"] == 1
    assert "dự thảo 1: " in _pdf_text(office.consolidation(PERIOD))
