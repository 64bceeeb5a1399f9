"""`chitieu export` of a period approved again after a reopening (walk U20 F4): without --number it silently
locked a blank, handwritten number, and --number 46 afterwards was refused "… số để trống (viết tay) /BC-UBND …".
Without --number it now says the earlier approval went out as số 45 and the next is 46, and writes nothing;
--number 46 or --handwritten export. A blank number issued reads "số để trống, viết tay trên bản in"."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.__main__ import main
from desktop_app.services import export_period
from tests.core.test_number_issued_once import _approve
from tests.core.test_workflow import PW, as_, office  # noqa: F401 - office is a fixture

pytestmark = pytest.mark.usefixtures("approved_before_report_date")
DAY = dt.date(2026, 12, 15)


def _approved_again(office, tmp_path):
    _approve(office, "2026")
    export_period(office, "2026", tmp_path / "lan-1", doc_number="45", report_date=DAY)
    office.reopen("2026", "Sửa thu ngân sách")
    as_(office, "canbo")
    office.set_entry("2026", "thu_ngan_sach", value="52.000")
    office.complete("2026")
    as_(office, "lanhdao")
    office.approve("2026")
    office.logout()


def _export(data_dir, monkeypatch, out, *more) -> int:
    monkeypatch.setenv("CHITIEU_PASSWORD", PW["lanhdao"])
    return main(["--data-dir", str(data_dir), "--user", "lanhdao", "export", "--period", "2026", "--out", str(out),
                 "--date", "15/12/2026", *more])


def test_no_number_names_the_earlier_one_and_the_next_and_writes_nothing(office, data_dir, tmp_path, capsys,
                                                                         monkeypatch):  # noqa: F811
    _approved_again(office, tmp_path)
    out = tmp_path / "lan-2"
    capsys.readouterr()
    assert _export(data_dir, monkeypatch, out) == 2
    said = " ".join(capsys.readouterr().err.split())
    assert ("Lần duyệt trước của kỳ này đã xuất gửi tỉnh với số 45/BC-UBND ngày 15/12/2026. Lần duyệt này cần số "
            "văn bản riêng: số tiếp theo năm 2026 là 46/BC-UBND. Chạy lại lệnh với --number 46, hoặc thêm "
            "--handwritten để để trống số, viết tay trên bản in. Chưa ghi tệp nào.") in said, said
    assert not out.exists() or not any(out.iterdir())
    assert _export(data_dir, monkeypatch, out, "--number", "46") == 0  # nothing was locked in
    office.login("lanhdao", PW["lanhdao"])
    assert office.issued("2026").doc_number == "46"


def test_handwritten_exports_blank_and_a_number_after_reads_well(office, data_dir, tmp_path, capsys,
                                                                monkeypatch):  # noqa: F811
    _approved_again(office, tmp_path)
    assert _export(data_dir, monkeypatch, tmp_path / "lan-2", "--handwritten") == 0
    capsys.readouterr()
    assert _export(data_dir, monkeypatch, tmp_path / "lan-3", "--number", "46") == 2
    said = " ".join(capsys.readouterr().err.split())
    assert "đã xuất gửi tỉnh với số để trống, viết tay trên bản in, ngày 15/12/2026:" in said, said
    assert "(viết tay) /BC-UBND" not in said


def test_a_taken_number_says_handwritten_where_leaving_it_out_is_refused(office, data_dir, tmp_path, capsys,
                                                                        monkeypatch):  # noqa: F811
    _approved_again(office, tmp_path)
    capsys.readouterr()
    assert _export(data_dir, monkeypatch, tmp_path / "lan-2", "--number", "45") == 2
    said = " ".join(capsys.readouterr().err.split())
    assert "số tiếp theo là 46, hoặc ghi số viết tay trên bản in: chạy lại lệnh với --handwritten thay cho " \
           "--number." in said, said
