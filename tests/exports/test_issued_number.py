"""One approval, one document number and date (red-team 14, F3): an approved period's number and
date are fixed at its first export for the province; later exports, from a command or the window,
print them again, another is refused with nothing written, and a new approval takes a new number.
A number typed whole ("01/BC-UBND") is printed with its symbol once. Read back as the province and
a reader of the paper do: the workbook's "Số văn bản" and pdftotext's words."""
from __future__ import annotations

import datetime as dt
import subprocess

import openpyxl
import pytest

from desktop_app.cli import run
from desktop_app.core.errors import InvalidInput
from desktop_app.services import Workspace, export_period
from tests.exports.sample_data import fill_commune_2026

pytestmark = pytest.mark.usefixtures("approved_before_report_date")  # dated 18/12/2026, approved before

STEM = "2026_05503_xa-tan-cuong"


@pytest.fixture
def approved(tmp_path):
    """Xã Tân Cương's 2026 entered, completed and approved; the database's folder."""
    ws = Workspace.open(tmp_path / "d", user="can-bo")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    fill_commune_2026(ws)
    ws.complete("2026")
    ws.approve("2026")
    ws.close()
    return tmp_path / "d"


def _export(data_dir, out, *options) -> int:
    return run(["--data-dir", str(data_dir), "export", "--period", "2026", "--out", str(out), *options])


def _paper(out) -> str:
    return subprocess.run(["pdftotext", "-layout", str(out / f"{STEM}.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout


def _info(out) -> dict:
    sheet = openpyxl.load_workbook(out / f"{STEM}.xlsx")["Thông tin"]
    return {r[0]: r[2] for r in sheet.iter_rows(min_row=2, values_only=True)}


def test_a_second_export_with_another_number_is_refused_and_nothing_written(approved, tmp_path, capsys):
    """The report's steps: exported as 01/BC-UBND of 18/12/2026, then again as 99/BC-UBND of
    19/12/2026. The second is refused, naming the number issued and how to get another; its folder
    stays empty; the paper prints the number typed whole once."""
    assert _export(approved, tmp_path / "a", "--number", "01/BC-UBND", "--date", "18/12/2026") == 0
    paper = _paper(tmp_path / "a")
    assert "Số: 01/BC-UBND" in paper and "BC-UBND/BC-UBND" not in paper
    assert (_info(tmp_path / "a")["doc_number"], _info(tmp_path / "a")["report_date"]) == ("01", "2026-12-18")
    capsys.readouterr()

    assert _export(approved, tmp_path / "b", "--number", "99/BC-UBND", "--date", "19/12/2026") != 0
    said = capsys.readouterr().err
    assert "đã xuất gửi tỉnh với số 01/BC-UBND ngày 18/12/2026" in said
    assert "số 99/BC-UBND ngày 19/12/2026" in said and "Lãnh đạo mở lại kỳ báo cáo rồi duyệt lại" in said
    assert not (tmp_path / "b").exists() or not any((tmp_path / "b").iterdir())
    assert _export(approved, tmp_path / "c", "--date", "19/12/2026") != 0  # the date alone, too
    assert "không xuất thành ngày 19/12/2026 được" in capsys.readouterr().err


def test_exporting_again_with_the_same_number_or_none_prints_the_one_issued(approved, tmp_path):
    assert _export(approved, tmp_path / "a", "--number", "1", "--date", "18/12/2026") == 0
    assert _export(approved, tmp_path / "same", "--number", "01/BC-UBND", "--date", "2026-12-18") == 0
    assert _export(approved, tmp_path / "none") == 0  # as the window exports: no number, no date
    for out in ("a", "same", "none"):
        paper = _paper(tmp_path / out)
        assert "Số: 01/BC-UBND" in paper and "ngày 18 tháng 12 năm 2026" in paper, out
        assert _info(tmp_path / out)["report_date"] == "2026-12-18"
    assert _info(tmp_path / "same")["doc_number"] == _info(tmp_path / "none")["doc_number"]


def test_reopened_and_approved_again_a_new_number_is_taken(approved, tmp_path):
    assert _export(approved, tmp_path / "a", "--number", "01", "--date", "18/12/2026") == 0
    ws = Workspace.open(approved, user="can-bo")
    ws.reopen("2026", "Sửa số BHYT theo BHXH")
    ws.set_entry("2026", "bhyt", numerator="9.500", denominator="9.870")
    ws.complete("2026")
    ws.approve("2026")
    ws.close()
    assert _export(approved, tmp_path / "b", "--number", "07/BC-UBND", "--date", "21/12/2026") == 0
    assert "Số: 07/BC-UBND" in _paper(tmp_path / "b") and _info(tmp_path / "b")["doc_number"] == "07"


def test_a_draft_takes_any_number(tmp_path):
    ws = Workspace.open(tmp_path / "d", user="can-bo")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    fill_commune_2026(ws)
    first = export_period(ws, "2026", tmp_path / "a", doc_number="01", report_date=dt.date(2026, 12, 18))
    second = export_period(ws, "2026", tmp_path / "b", doc_number="02", report_date=dt.date(2026, 12, 19))
    assert (first.submission.doc_number, second.submission.doc_number) == ("01", "02")
    assert ws.issued("2026") is None
    ws.close()


def test_two_windows_exporting_with_two_numbers_the_second_is_not_marked_sent(approved, tmp_path):
    """Two exports started before either was recorded (the window writes, then records): the
    second file's number is not the one issued meanwhile, so it is not recorded as sent, and the
    number issued stays the first."""
    one, two = Workspace.open(approved, user="can-bo"), Workspace.open(approved, user="can-bo")
    first = export_period(one, "2026", tmp_path / "a", doc_number="01", report_date=dt.date(2026, 12, 18),
                          mark_sent=False)
    second = export_period(two, "2026", tmp_path / "b", doc_number="02", report_date=dt.date(2026, 12, 18),
                           mark_sent=False)
    one.mark_sent(first.submission)
    with pytest.raises(InvalidInput) as refused:
        two.mark_sent(second.submission)
    assert "số 01/BC-UBND ngày 18/12/2026" in str(refused.value) and "số 02/BC-UBND" in str(refused.value)
    assert two.issued("2026").doc_number == "01"
    one.close()
    two.close()


def test_mail_without_a_number_sends_the_numbered_files_as_they_are(approved, tmp_path, capsys):
    """`export --mail` beside the files exported as 01/BC-UBND: no --number given (its default, "")
    and the number typed whole both send them as they are; another number is refused."""
    out = tmp_path / "a"
    assert _export(approved, out, "--number", "01", "--date", "18/12/2026") == 0
    assert _export(approved, out, "--mail") == 0
    assert _export(approved, out, "--mail", "--number", "01/BC-UBND") == 0
    assert "Không xuất lại" in capsys.readouterr().out
    assert _export(approved, out, "--mail", "--number", "02") != 0
