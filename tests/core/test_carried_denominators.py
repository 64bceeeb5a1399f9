"""A denominator carried over from an earlier period (walk 17, M1): shown grey, it counts only
once the officer accepts it; until then the completion refusal names it as a proposal, with its
figure, the period it comes from and how to accept it, and accepting them all at once saves each
as if typed, with its audit row."""
from __future__ import annotations

from decimal import Decimal as D

import pytest

from desktop_app.core.errors import InvalidInput
from desktop_app.core.workflow import State
from tests.ui.test_entry_help import PARTY, fill_required


def _six_months_then_numerators(workspace):
    fill_required(workspace, "2026-6M")
    for code, num in (("bhyt", "9600"), ("giam_ngheo", "40"), ("truong_chuan", "3"),
                      ("lao_dong_dao_tao", "2200"), ("nuoc_sach_nong_thon", "1420")):
        workspace.set_entry("2026-9M", code, numerator=num)
    workspace.set_entry("2026-9M", "thu_ngan_sach", value="30000")
    workspace.set_entry("2026-9M", PARTY, value="5")


def test_the_refusal_names_a_proposed_denominator_and_how_to_accept_it(workspace):
    _six_months_then_numerators(workspace)
    with pytest.raises(InvalidInput) as refused:
        workspace.complete("2026-9M")
    said = str(refused.value)
    assert "bảo hiểm y tế — Dân số: 10.000 đề xuất từ kỳ 6 tháng đầu năm 2026, chưa được nhận;" in said
    assert said.count("Số màu xám ở cột Mẫu số là số đề xuất") == 1  # how to accept, once
    assert "chọn ô đó và nhấn Enter" in said
    assert "chưa nhập Dân số" not in said
    en = refused.value.en
    assert "Population: 10.000 proposed from" in en and "select the cell and press Enter" in en
    assert workspace.period_state("2026-9M") == State.ENTERING  # the core still refuses: not accepted


def test_accepting_the_proposals_saves_each_with_its_audit_row(workspace):
    _six_months_then_numerators(workspace)
    waiting = workspace.waiting_proposals("2026-9M")
    assert {code: value for code, (value, _) in waiting.items()} == {
        "bhyt": D(10000), "giam_ngheo": D(1500), "truong_chuan": D(4), "lao_dong_dao_tao": D(3000),
        "nuoc_sach_nong_thon": D(1500)}
    assert {p.code for _, p in waiting.values()} == {"2026-6M"}
    workspace.accept_proposals("2026-9M", list(waiting))
    assert workspace.row("2026-9M", "bhyt").entry.denominator == D(10000)
    rows = workspace.store.audit_rows(period="2026-9M", indicator="bhyt")
    assert [(r.field, r.old, r.new) for r in rows][-1] == ("denominator", None, "10000")
    assert workspace.waiting_proposals("2026-9M") == {}
    assert workspace.complete("2026-9M") == State.COMPLETE
