"""A period approved and reopened since (its latest approval exists, it is no longer approved) counts in
another period's evaluation with the figures of that approval, what a leader signed and the province
holds, not with its draft and not as missing (red team R21 F2: 2027 approved and sent, reopened and
corrected 41.200 -> 44.200; the signed 2028 paper said "Năm 2027 chưa được duyệt" and left it out, the
province counted the signed 41.200 and found two differences). A period never approved is still left out
(tests/core/test_term_total_approved_only.py)."""
from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal as D

import pytest

from desktop_app.core.evaluation import Verdict
from desktop_app.core.periods import approval_day, format_date
from desktop_app.core.rows import Inputs, inputs_from_json, period_view
from desktop_app.core.submission import build_submission
from desktop_app.province import ProvinceOffice
from desktop_app.services import Workspace
from exports.submission_xlsx import write_submission
from tests.province.helpers import VN, delivered, fill_unit, sign_with

BUDGET = "thu_ngan_sach"
AMOUNTS = {"2026": "38.500", "2027": "41.200", "2028": "43.900", "2029": "45.800", "2030": "46.100"}


@pytest.fixture
def ws(tmp_path):
    ws = Workspace.open(tmp_path / "xa", user="can-bo")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch")
    yield ws
    ws.close()


def _filled(ws, *periods):
    for period in periods:
        fill_unit(ws, period, seed=3)
        ws.set_entry(period, BUDGET, value=AMOUNTS[period], comment="Kho bạc")


def _approved(ws, *periods):
    for period in periods:
        ws.complete(period)
        ws.approve(period)


def _corrected_2027(ws):
    """2027 approved, then reopened and its budget typed 44.200 (not approved again)."""
    ws.reopen("2027", "Kho bạc đối chiếu lại")
    ws.set_entry("2027", BUDGET, value="44.200", comment="Kho bạc")


def _day(ws, period):
    return format_date(approval_day(ws.store.last_approval(ws.commune.code, period).at))


def _budget(rows):
    return next(r for r in rows if r.indicator.code == BUDGET)


def test_a_reopened_year_counts_as_last_approved_and_says_so(ws):
    _filled(ws, "2026", "2027", "2028")
    _approved(ws, "2026", "2027")
    _corrected_2027(ws)

    row = ws.row("2028", BUDGET)
    assert (row.earlier_total, row.missing_years, row.unapproved_years) == (D(79700), (), ())  # 41.200, signed
    assert row.compared_text == "56,9% chỉ tiêu. Lũy kế 2026-2028: 123.600 (còn 93.773 để đạt chỉ tiêu nhiệm kỳ)"
    day = _day(ws, "2027")
    note = next(n for n in row.notes if "2027" in n)
    assert note == f"Năm 2027 đang được sửa: tính theo bản đã duyệt ngày {day}"
    assert note.en == f"2027 is being corrected: counted as approved on {day}"
    assert not any("chưa được duyệt" in n for n in row.notes)
    assert ws.row("2027", BUDGET).computed.value == D(44200)  # its own row is its draft

    # approved again: the corrected figure counts, and nothing is said of 2027
    _approved(ws, "2027")
    row = ws.row("2028", BUDGET)
    assert row.earlier_total == D(82700) and not any("2027" in n for n in row.notes)


def test_the_term_end_judges_with_a_reopened_year(ws):
    _filled(ws, *AMOUNTS)
    _approved(ws, "2026", "2027", "2028", "2029")
    _corrected_2027(ws)
    row = ws.row("2030", BUDGET)
    assert row.verdict == Verdict.KHONG_DAT  # not "Chưa đủ số liệu": 2027 is counted as signed
    assert row.compared_text == "Lũy kế 2026-2030: 215.500, thiếu 1.873 so với chỉ tiêu"


def test_the_approval_of_a_later_year_keeps_the_approved_figures_and_replays_them(ws):
    _filled(ws, "2026", "2027", "2028")
    _approved(ws, "2026", "2027")
    _corrected_2027(ws)
    _approved(ws, "2028")

    approval = ws.approval("2028")
    data = json.loads(approval.snapshot)["inputs"]
    kept = {(p, c): e["value"] for p, c, e in data["entries"] if c == BUDGET}
    assert kept[("2027", BUDGET)] == "41200"  # the approved figure, not the draft 44.200
    assert data["unapproved"] == [] and list(data["reopened"]) == ["2027"]
    # replayed: the same paper, code for code, and no drift while 2027 is being corrected
    view = ws._approved(approval, as_approved=False)[0]
    again = build_submission(view, ws.settings, approval.catalog_version, approved=True)
    assert again.fingerprint == approval.fingerprint
    assert _budget(view.rows).notes == ws.row("2028", BUDGET).notes
    assert ws.drift("2028") == []
    # a version before 12/2026 reads the entries alone: it counts the signed 41.200 too
    read = inputs_from_json(data)
    old = period_view(ws.catalog, ws.commune, view.period, Inputs(read.entries, read.baselines, read.own_targets),
                      {}, view.rules)
    assert _budget(old.rows).earlier_total == D(79700)
    # 2027 approved again with 44.200: 2028 now drifts, by the correction
    _approved(ws, "2027")
    assert [d.indicator.code for d in ws.drift("2028")] == [BUDGET]


def test_road_accidents_compare_with_the_same_period_as_last_approved(ws):
    fill_unit(ws, "2026-6M", seed=3)
    ws.set_entry("2026-6M", "tngt_so_vu", value="20")
    _approved(ws, "2026-6M")
    ws.reopen("2026-6M", "Công an huyện đối chiếu lại")
    ws.set_entry("2026-6M", "tngt_so_vu", value="25")
    row = ws.set_entry("2027-6M", "tngt_so_vu", value="18")
    assert row.last_year == D(20) and row.compared_text == "Giảm 10% so với cùng kỳ"
    day = _day(ws, "2026-6M")
    note = f"Cùng kỳ năm trước (6 tháng đầu năm 2026) đang được sửa: so sánh theo bản đã duyệt ngày {day}"
    assert note in row.notes
    assert not any("chưa được duyệt" in n for n in row.notes)


def test_the_commune_and_the_province_agree_on_a_reopened_year(tmp_path, ws):
    """R21 F2's steps: 2026 and 2027 approved and sent, 2027 reopened and corrected, 2028 approved and
    sent: the 2028 paper counts the 41.200 the province holds, and the province finds no difference."""
    _filled(ws, "2026", "2027", "2028")
    key = ws.signing_key()
    office = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    inbox = tmp_path / "hop-thu"
    inbox.mkdir()

    def sent(period):
        when = dt.datetime(int(period) + 1, 1, 10, 9, tzinfo=VN)
        sub = sign_with(ws.submission(period, approved=True, generated_at=when), key)
        delivered(write_submission(sub, inbox / f"{sub.file_stem}.xlsx"), when)
        office.intake(inbox, period)

    try:
        for period in ("2026", "2027"):
            _approved(ws, period)
            sent(period)
        _corrected_2027(ws)
        _approved(ws, "2028")
        ours = next(i for i in ws.submission("2028").items if i.code == BUDGET)
        assert (ours.earlier_total, ours.earlier_missing) == ("79700", "")
        assert "Lũy kế 2026-2028: 123.600" in ours.compared_text
        sent("2028")
        con = office.consolidation("2028")
        theirs = con.items[(ws.commune.code, BUDGET)]
        assert (theirs.earlier_total, theirs.earlier_missing, theirs.compared_text) == (
            ours.earlier_total, ours.earlier_missing, ours.compared_text)
        assert ws.commune.code not in con.differences
    finally:
        office.close()
