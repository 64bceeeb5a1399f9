"""A commune's comment reaches DHIS2 (red-team 17, F6), and DHIS2 hands it on in its own CSV and
Excel exports of data values, which people open in a spreadsheet: one starting as a formula
("=HYPERLINK(…)", "+cmd|…", "@SUM(…)", "-2+3") would run there. It goes with an apostrophe
before it, as the CSV convention writes text; the officer's words stay as typed after it."""
from __future__ import annotations

from dataclasses import replace

import pytest

from exports.dhis2 import data_value_sets, no_formula
from tests.province.conftest import PERIOD


def _sent_comment(received, comment: str) -> str:
    """The comment of one unit's "bhyt" as the DHIS2 file states it, the unit's key confirmed."""
    office, _ = received
    con = office.consolidation(PERIOD)
    con = replace(con, units=[replace(u, status=replace(u.status, key_state="Đã xác nhận")) for u in con.units])
    unit = next(u for u in con.units if u.submission is not None)
    items = tuple(replace(it, comment=comment) if it.code == "bhyt" else it for it in unit.submission.items)
    con = replace(con, units=[replace(u, submission=replace(u.submission, items=items)) if u is unit else u
                              for u in con.units])
    [sent] = [s for s in data_value_sets(con) if s["orgUnit"] == unit.commune.code]
    [bhyt] = [v for v in sent["dataValues"] if v["dataElement"] == "bhyt"]
    return bhyt["comment"]


@pytest.mark.parametrize("comment", [
    '=HYPERLINK("http://evil.example/x","Bấm xem")',
    "+cmd|' /C calc'!A0 thêm",
    "@SUM(1+1)*cmd|'/C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "\t=1+1",  # a tab before: the line is trimmed, then the sign leads
])
def test_a_comment_starting_as_a_formula_goes_with_an_apostrophe(received, comment):
    assert _sent_comment(received, comment) == "'" + comment.strip()


def test_other_comments_go_as_typed(received):
    assert _sent_comment(received, "Số liệu đến 30/6 = 95%") == "Số liệu đến 30/6 = 95%"
    assert _sent_comment(received, "'=1+1") == "'=1+1"  # already written as text
    assert no_formula("") == ""
