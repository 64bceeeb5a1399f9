"""Document numbers as offices write them, compared as the paper prints them (red-team R7 F5, F6).

F5: an older version issued the year 2026 as "2O" (letter O) and the six months as "l5" (letter l); the current one
then issued the nine months as "20" and "15": two papers "Số: 20/BC-UBND". A letter O/o beside a digit reads 0 and
l/I reads 1 when a number is compared with those issued, so "20" is taken by "2O", named as it was issued.
F6: "1-I", "1.l", "2-O", "15.I" (printed like 1-1, 1.1, 2-0, 15.1) were accepted, a separator between the letter and
the digit; and a register padding to three digits ("001", "012") was refused for its leading zero, though numbers
are compared without them."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop_app import services
from desktop_app.core.doc_number import without_symbol
from desktop_app.core.errors import InvalidInput
from desktop_app.services import export_period
from tests.core.test_number_issued_once import _approve, _export
from tests.core.test_workflow import office  # noqa: F401 (the fixture)

pytestmark = pytest.mark.usefixtures("approved_before_report_date")
DAY = dt.date(2026, 12, 15)


def _nothing_written(ws, tmp_path, period: str, folder: str) -> None:
    assert not (tmp_path / folder).exists() or not any((tmp_path / folder).iterdir())
    assert ws.issued(period) is None


@pytest.mark.parametrize("older, typed, read", [("2O", "20", "20"), ("l5", "15", "15"), ("1-I", "01-1", "1-1")])
def test_a_number_an_older_version_issued_with_a_look_alike_letter_is_taken(office, tmp_path, monkeypatch,  # noqa: F811
                                                                             older, typed, read):
    year = _approve(office, "2026", "2026-9M")
    with monkeypatch.context() as older_version:  # which took any register's characters as they were typed
        older_version.setattr(services, "checked_number", without_symbol)
        _export(office, tmp_path, "2026", older, folder="nam")

    with pytest.raises(InvalidInput) as refused:
        _export(office, tmp_path, "2026-9M", typed, folder="9-thang")

    said = refused.value
    assert said.field == "Số văn bản"
    assert said.message.startswith(
        f"Không xuất được báo cáo kỳ 9 tháng năm 2026 với số văn bản {typed}/BC-UBND: năm 2026, số {typed}/BC-UBND đã "
        f"dùng cho báo cáo đã duyệt kỳ năm 2026 (mã xác thực {year[:16]}), xuất gửi tỉnh lúc "), said.message
    assert (f"(số {older}/BC-UBND ngày 15/12/2026, trên bản in đọc như số {read}/BC-UBND). Mỗi văn bản một số: "
            "dùng số chưa dùng trong năm 2026") in said.message
    _nothing_written(office, tmp_path, "2026-9M", "9-thang")


def test_the_next_number_free_counts_an_older_version_s_look_alike_number(office, tmp_path, monkeypatch):  # noqa: F811
    _approve(office, "2026", "2026-9M")
    with monkeypatch.context() as older_version:
        older_version.setattr(services, "checked_number", without_symbol)
        _export(office, tmp_path, "2026", "2O", folder="nam")

    with pytest.raises(InvalidInput, match="số tiếp theo là 21,"):
        _export(office, tmp_path, "2026-9M", "20", folder="9-thang")
    assert _export(office, tmp_path, "2026-9M", "21", folder="9-thang").doc_number == "21"


@pytest.mark.parametrize("typed, why, digits", [
    ("1-I", 'chữ "I" đứng một mình, không liền chữ cái nào, in ra giống chữ số 1', "1-1"),
    ("1.l", 'chữ "l" đứng một mình, không liền chữ cái nào, in ra giống chữ số 1', "1.1"),
    ("2-O", 'chữ "O" đứng một mình, không liền chữ cái nào, in ra giống chữ số 0', "2-0"),
    ("15.I", 'chữ "I" đứng một mình, không liền chữ cái nào, in ra giống chữ số 1', "15.1"),
    ("2-OI", 'các chữ "OI" đứng một mình, không liền chữ cái nào, in ra giống các chữ số 01', "2-01"),
    ("2OO", 'các chữ "OO" đứng cạnh chữ số, in ra giống các chữ số 00', "200")])
def test_a_look_alike_letter_beyond_a_separator_is_refused(office, tmp_path, typed, why, digits):  # noqa: F811
    _approve(office, "2026")
    with pytest.raises(InvalidInput) as refused:
        export_period(office, "2026", tmp_path / "gui", doc_number=typed, report_date=DAY)
    assert refused.value.message == (f'Số văn bản "{typed}" dễ đọc nhầm trên bản in: {why}. Gõ số bằng chữ số, '
                                     f"ví dụ {digits}; chữ cái kèm theo số như 152a, 03-TH vẫn dùng được.")
    assert refused.value.field == "Số văn bản"
    _nothing_written(office, tmp_path, "2026", "gui")


@pytest.mark.parametrize("typed", ["152a", "03-TH", "05-BC", "1a", "001", "012", "012/BC-UBND"])
def test_letters_of_a_suffix_and_a_register_s_leading_zeros_are_printed(office, tmp_path, typed):  # noqa: F811
    _approve(office, "2026")
    export_period(office, "2026", tmp_path / "gui", doc_number=typed, report_date=DAY)
    assert office.issued("2026").said()[0] == f"số {typed.removesuffix('/BC-UBND')}/BC-UBND ngày 15/12/2026"


@pytest.mark.parametrize("first, then", [("12", "012"), ("012", "12"), ("1", "001")])
def test_a_number_with_leading_zeros_is_the_number_without_them(office, tmp_path, first, then):  # noqa: F811
    _approve(office, "2026", "2026-9M")
    _export(office, tmp_path, "2026", first, folder="nam")

    with pytest.raises(InvalidInput) as refused:
        _export(office, tmp_path, "2026-9M", then, folder="9-thang")

    printed = {"1": "01"}.get(first, first)
    assert f"năm 2026, số {then}/BC-UBND đã dùng cho báo cáo đã duyệt kỳ năm 2026" in refused.value.message
    assert f"(số {printed}/BC-UBND ngày 15/12/2026). Mỗi văn bản một số" in refused.value.message
    _nothing_written(office, tmp_path, "2026-9M", "9-thang")
