"""The commune and the province count a term total from the same years: the approved ones. The
province counts only the approved reports it received (core/recompute.py); the commune, from 12/2026,
only the years it approved (`rows.Inputs.unapproved`). Walk U11 F1: the commune's signed 2028 paper
added a draft 2027 the province never received ("tỉnh chưa nhận báo cáo năm 2027")."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.province import ProvinceOffice
from desktop_app.services import Workspace
from exports.submission_xlsx import write_submission
from tests.province.helpers import VN, delivered, fill_unit, sign_with

BUDGET = "thu_ngan_sach"
AMOUNTS = {"2026": "38.500", "2027": "41.200", "2028": "43.900"}


@pytest.fixture
def three_years(tmp_path):
    """Xã Tân Cương with 2026-2028 typed (budget as in walk U11), a province office and an inbox."""
    ws = Workspace.open(tmp_path / "xa", user="can-bo")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch")
    for period, amount in AMOUNTS.items():
        fill_unit(ws, period, seed=3)
        ws.set_entry(period, BUDGET, value=amount, comment="Số của Kho bạc")
    office = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    inbox = tmp_path / "hop-thu"
    inbox.mkdir()
    yield ws, ws.signing_key(), office, inbox
    office.close()
    ws.close()


def _approved_and_sent(ws, key, office, inbox, period):
    ws.complete(period)
    ws.approve(period)
    when = dt.datetime(int(period) + 1, 1, 10, 9, tzinfo=VN)
    sub = sign_with(ws.submission(period, approved=True, generated_at=when), key)
    delivered(write_submission(sub, inbox / f"{sub.file_stem}.xlsx"), when)
    office.intake(inbox, period)


def _said(ws, period):
    item = next(i for i in ws.submission(period).items if i.code == BUDGET)
    return item.earlier_total, item.earlier_missing, item.verdict, item.compared_text


def test_three_approved_years_agree_with_no_difference(three_years):
    ws, key, office, inbox = three_years
    for period in AMOUNTS:
        _approved_and_sent(ws, key, office, inbox, period)
    unit = ws.commune.code
    con = office.consolidation("2028")
    item = con.items[(unit, BUDGET)]
    assert (item.earlier_total, item.earlier_missing, item.verdict, item.compared_text) == _said(ws, "2028") == (
        "79700", "", "Đang thực hiện",
        "56,9% chỉ tiêu. Lũy kế 2026-2028: 123.600 (còn 93.773 để đạt chỉ tiêu nhiệm kỳ)")
    assert unit not in con.differences


def test_a_year_not_approved_is_missing_on_both_sides(three_years):
    ws, key, office, inbox = three_years
    for period in ("2026", "2028"):  # 2027 typed whole, never approved nor sent
        _approved_and_sent(ws, key, office, inbox, period)
    unit = ws.commune.code
    assert _said(ws, "2028")[:2] == ("38500", "2027")
    con = office.consolidation("2028")
    item = con.items[(unit, BUDGET)]
    assert (item.earlier_total, item.earlier_missing, item.verdict, item.compared_text) == _said(ws, "2028") == (
        "38500", "2027", "Đang thực hiện",
        "37,9% chỉ tiêu. Lũy kế 2026, 2028 (chưa tính năm 2027): 82.400 (còn 134.973 để đạt chỉ tiêu nhiệm kỳ)")
    assert unit not in con.differences


def test_the_texts_of_a_version_before_the_running_total_are_not_differences(three_years):
    """A file of a version before 12/2026 prints "56,9% chỉ tiêu" (before the term's end) or "Lũy kế
    215.500" (at it) where this version prints the running total too: the same figures, no difference;
    another text still is one."""
    from dataclasses import replace

    from desktop_app.core.printed_texts import text_differences

    ws, key, office, inbox = three_years
    for period in AMOUNTS:
        ws.complete(period)
        ws.approve(period)
    ours = next(i for i in ws.submission("2028").items if i.code == BUDGET)
    assert ours.compared_text.startswith("56,9% chỉ tiêu. Lũy kế 2026-2028: 123.600")
    assert text_differences("Thu", replace(ours, compared_text="56,9% chỉ tiêu"), ours) == []
    assert text_differences("Thu", replace(ours, compared_text="60% chỉ tiêu"), ours) != []
    final = replace(ours, compared_text="Lũy kế 2026-2030: 215.500, thiếu 1.873 so với chỉ tiêu", progress=None)
    assert text_differences("Thu", replace(final, compared_text="Lũy kế 215.500"), final) == []
    assert text_differences("Thu", replace(final, compared_text="Lũy kế 215.600"), final) != []
