"""Red-team h4, F3: one document number issued for two different approved reports. `chitieu export --number 01`
of the year 2026 and then of the nine months of 2026, same date: both went out as "Số: 01/BC-UBND"; and the
year approved, exported as 01, reopened, corrected and approved again, exported as 01 again: two approved
papers with one number and one date, and other figures. A number and symbol issued in a year is now refused
for another report that year, naming --number, the report that carries it and the next number free
(core/number_taken.py); the same paper exported again keeps its number."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.doc_number import Issued
from desktop_app.core.errors import InvalidInput
from desktop_app.core.workflow import State
from desktop_app.services import export_period
from tests.core.test_workflow import PW, as_, fill_year, office  # noqa: F401 - office is a fixture

pytestmark = pytest.mark.usefixtures("approved_before_report_date")
DAY = dt.date(2026, 12, 15)


def _approve(ws, *periods: str) -> str:
    """`periods` filled (the start-of-term figures with the first: an approved period then uses them), completed
    and approved; the code of the first."""
    as_(ws, "canbo")
    for period in periods:
        fill_year(ws, period)
    for period in periods:
        ws.complete(period)
    as_(ws, "lanhdao")
    for period in periods:
        ws.approve(period)
    return ws.approval(periods[0]).fingerprint


def _export(ws, tmp_path, period: str, number: str, day: dt.date = DAY, folder: str = "gui"):
    return export_period(ws, period, tmp_path / folder, doc_number=number, report_date=day).submission


def test_the_nine_months_are_refused_the_number_the_year_was_issued_with(office, tmp_path):  # noqa: F811
    year = _approve(office, "2026", "2026-9M")
    _export(office, tmp_path, "2026", "01", folder="nam")

    with pytest.raises(InvalidInput) as refused:
        _export(office, tmp_path, "2026-9M", "01", folder="9-thang")

    said = refused.value
    assert said.field == "Số văn bản"
    assert said.message.startswith(
        "Không xuất được báo cáo kỳ 9 tháng năm 2026 với số văn bản 01/BC-UBND: năm 2026, số 01/BC-UBND đã dùng cho "
        f"báo cáo đã duyệt kỳ năm 2026 (mã xác thực {year[:16]}), xuất gửi tỉnh lúc "), said.message
    assert "(số 01/BC-UBND ngày 15/12/2026). Mỗi văn bản một số: dùng số chưa dùng trong năm 2026, số tiếp theo là " \
           "02, hoặc ghi số viết tay trên bản in. Chưa ghi tệp nào." in said.message
    assert not (tmp_path / "9-thang").exists() or not any((tmp_path / "9-thang").iterdir())
    assert office.period_state("2026-9M") == State.APPROVED
    # "1", "01/BC-UBND" are the same number
    for typed in ("1", "01/BC-UBND"):
        with pytest.raises(InvalidInput, match="số tiếp theo là 02,"):
            _export(office, tmp_path, "2026-9M", typed, folder="9-thang")
    assert _export(office, tmp_path, "2026-9M", "02", folder="9-thang").doc_number == "02"
    assert office.issued("2026-9M") == Issued("02", DAY)


def test_an_approval_corrected_and_approved_again_is_refused_the_first_one_s_number(office, tmp_path):  # noqa: F811
    first = _approve(office, "2026")
    _export(office, tmp_path, "2026", "01", folder="lan-1")
    office.reopen("2026", "Sai số bảo hiểm y tế")
    as_(office, "canbo")
    office.set_entry("2026", "bhyt", numerator="9.000", denominator="10.000")
    office.complete("2026")
    as_(office, "lanhdao")
    office.approve("2026")

    with pytest.raises(InvalidInput) as refused:
        _export(office, tmp_path, "2026", "01", folder="lan-2")

    assert ("năm 2026, số 01/BC-UBND đã dùng cho một lần duyệt trước của kỳ năm 2026, với số liệu khác "
            f"(mã xác thực {first[:16]})") in refused.value.message
    assert office.period_state("2026") == State.APPROVED
    assert _export(office, tmp_path, "2026", "02", folder="lan-2").doc_number == "02"


def test_the_same_paper_exported_again_and_the_same_figures_approved_again_keep_their_number(office, tmp_path):  # noqa: F811
    code = _approve(office, "2026")
    _export(office, tmp_path, "2026", "01", folder="lan-1")
    assert _export(office, tmp_path, "2026", "01", folder="lan-2").doc_number == "01"  # the same approval
    assert _export(office, tmp_path, "2026", "", folder="lan-3").doc_number == "01"
    office.reopen("2026", "Xem lại thuyết minh")
    as_(office, "canbo")
    office.complete("2026")
    as_(office, "lanhdao")
    office.approve("2026")
    assert office.approval("2026").fingerprint == code

    # one code, one number: the province knows the report by its code
    assert _export(office, tmp_path, "2026", "01", folder="lan-4").doc_number == "01"


def test_another_year_or_a_number_left_blank_is_not_refused(office, tmp_path):  # noqa: F811
    _approve(office, "2026", "2026-9M", "2027-Q1")
    _export(office, tmp_path, "2026", "01", folder="nam")
    assert _export(office, tmp_path, "2026-9M", "", folder="9-thang").doc_number == ""  # written by hand
    assert _export(office, tmp_path, "2027-Q1", "01", dt.date(2027, 4, 2), folder="quy-1").doc_number == "01"


def test_the_command_names_the_field(office, tmp_path, monkeypatch, capsys):  # noqa: F811
    from pathlib import Path

    from desktop_app.cli import run

    _approve(office, "2026", "2026-9M")
    _export(office, tmp_path, "2026", "01", folder="nam")
    folder = Path(office.store.path).parent
    office.close()
    monkeypatch.setenv("CHITIEU_PASSWORD", PW["lanhdao"])

    assert run(["--data-dir", str(folder), "--user", "lanhdao", "export", "--period", "2026-9M", "--number", "01",
                "--date", "15/12/2026", "--out", str(tmp_path / "9-thang")]) == 2
    assert "với số văn bản 01/BC-UBND: năm 2026, số 01/BC-UBND đã dùng cho báo cáo đã duyệt kỳ năm 2026" \
           in capsys.readouterr().err
