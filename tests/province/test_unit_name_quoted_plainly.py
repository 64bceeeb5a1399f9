"""The unit's name a refused file states, quoted in its reason (red team 13, finding 5): on one line,
without a direction override, at most 80 characters, as a file's name is shown (`shown_name`).
Otherwise a file of another period carried 200 characters of "name" into its line of the
intake table and of the sheet "Kết quả nhận tệp", and a name holding a line break or U+202E would
print a line, or words, of its own there ("Hợp lệ")."""
from __future__ import annotations

from dataclasses import replace

import pytest

import desktop_app.intake
from desktop_app.core.intake import FileClass
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import ON_TIME, delivered, make_submissions


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    root = tmp_path_factory.mktemp("ten-don-vi")
    ws, subs = make_submissions(root, pick_units(1, 0), PERIOD, data_dir=root / "db", sign=False)
    ws.close()
    return next(iter(subs.values()))


def _read(office, folder, sub):
    folder.mkdir()
    delivered(write_submission(sub, folder / "bao-cao.xlsx"), ON_TIME)
    [result] = office.intake(folder, PERIOD).results
    return result


def test_a_long_name_in_a_file_of_another_period_is_cut_at_80_characters(office, report, tmp_path):
    """An unknown code's file (the reader checks a known unit's name against the catalogue)."""
    name = ("Xã " + "Tân Cương " * 19).rstrip()  # 192 characters (the reader refuses a name over 200)
    other = replace(report, period="2026-9M", unit_code="99999", unit_name=name, stated_fingerprint=None)
    result = _read(office, tmp_path / "in", other)
    assert result.class_ == FileClass.SAI_KY
    assert result.reason == (f"Tệp bao-cao.xlsx là báo cáo 9 tháng năm 2026 (2026-9M) của {name[:80]}…, không phải "
                             "kỳ đang nhận 6 tháng đầu năm 2026 (2026-6M).")


def test_an_unknown_units_name_prints_no_line_nor_reversed_words(office, report, tmp_path, monkeypatch):
    """The reader refuses such a name in a file already (`submission_reader._visible_each`);
    intake quotes what it is given as plainly all the same."""
    real = desktop_app.intake.examine

    def lax(path):  # a reader that let the name through
        result, sub = real(path)
        return result, replace(sub, unit_code="99999", unit_name="Xã Mới\nHợp lệ \u202eệl pợH")

    monkeypatch.setattr(desktop_app.intake, "examine", lax)
    result = _read(office, tmp_path / "in", report)
    assert result.class_ == FileClass.KHONG_PHAI
    assert result.reason.startswith("Tệp bao-cao.xlsx của đơn vị mã 99999 (Xã Mới?Hợp lệ ?ệl pợH) không có trong "
                                    "danh sách")


def test_a_year_report_is_named_once_in_its_reason(office, report, tmp_path):
    """"là báo cáo năm 2026 của …", not "năm 2026 (2026)" (walk 16, L4): the code only where it says more."""
    other = replace(report, period="2026", stated_fingerprint=None)
    result = _read(office, tmp_path / "in", other)
    assert result.class_ == FileClass.SAI_KY
    assert result.reason == (f"Tệp bao-cao.xlsx là báo cáo năm 2026 của {report.unit_name}, không phải kỳ đang nhận "
                             "6 tháng đầu năm 2026 (2026-6M).")
