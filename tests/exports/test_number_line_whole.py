"""The number line of a report's header never splits the document's number and symbol: "Số:
1234/BC-UBND-" over "VP.HĐND&UBND" was copied into the province's register as "1234/BC-UBND-"
(walk U4 F4). A longer symbol is printed smaller, down to 10 pt, then broken after "Số:"."""
from __future__ import annotations

from exports.fonts import report_fonts
from exports.official_page import OfficialHeader

MM = 72 / 25.4
PLACE_DATE = "Phan Đình Phùng, ngày 06 tháng 12 năm 2026"


def _number_lines(text: str) -> tuple[float, list[str]]:
    header = OfficialHeader(("ỦY BAN NHÂN DÂN", "PHƯỜNG PHAN ĐÌNH PHÙNG"), text, PLACE_DATE, report_fonts(), 165 * MM)
    return header.number_size, header.number_lines


def test_a_twenty_letter_symbol_is_printed_whole_on_one_line():
    size, lines = _number_lines("Số: 1234/BC-UBND-VP.HĐND&UBND")
    assert lines == ["Số: 1234/BC-UBND-VP.HĐND&UBND"] and size >= 10


def test_a_symbol_too_long_for_one_line_goes_whole_under_so():
    size, lines = _number_lines("Số: 1234/BC-UBND-VPHĐND&UBND-KT")
    assert (size, lines) == (10, ["Số:", "1234/BC-UBND-VPHĐND&UBND-KT"])


def test_the_room_for_a_number_written_by_hand_stays():
    size, lines = _number_lines("Số:       /BC-UBND-VPHĐND&UBND-KTW")
    assert (size, lines) == (10, ["Số:", "      /BC-UBND-VPHĐND&UBND-KTW"])
