"""A page margin beyond what a double holds (`left="1e999"`, read as infinity) is refused as a
margin that cannot be read, as an unreadable one is, naming the margin: before, the sum check
said "cộng lại inf inch". Two margins whose sum would overflow (1e308 each) likewise."""
from __future__ import annotations

import pytest

from tests.exports.test_margins_print_the_heading import _margins
from tests.exports.test_report_shows_the_data import REPORT, _not_intact
from tests.exports.test_sheets_prompt_and_print_as_signed import _fresh


@pytest.fixture(scope="module")
def draft(tmp_path_factory):
    return _fresh(tmp_path_factory.mktemp("draft"))


@pytest.mark.parametrize("said, side", [({"left": "1e999"}, "left"), ({"left": "1e308", "right": "1e308"}, "left"),
                                        ({"top": "-1E999"}, "top")], ids=["infinite", "sum-overflows", "minus-infinite"])
def test_a_margin_beyond_any_paper_is_said_unreadable(draft, tmp_path, said, side):
    verdict = _not_intact(_margins(tmp_path, draft, (REPORT,), **said),
                          f'trang "Báo cáo": lề {"trái" if side == "left" else "trên"} (pageMargins {side}="{said[side]}") '
                          "không đọc được (phần mềm ghi lề bằng inch, từ 0 trở lên)")
    assert "inf" not in verdict.message.replace("Thông tin", ""), verdict.message
