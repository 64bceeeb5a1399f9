"""A number already issued is refused "… số tiếp theo là 02, hoặc để trống số văn bản để viết tay trên bản in":
right for `chitieu export` (no --number: written by hand), not in the window, whose box asks to tick "Số viết tay
trên bản in" (an empty number and Enter are not accepted there; walk U17). The core now says "hoặc ghi số viết
tay trên bản in" and each surface says how: here, run again without --number (the window's:
tests/ui/test_document_box_number_taken_says_tick.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.__main__ import main
from desktop_app.services import export_period
from tests.core.test_number_issued_once import _approve
from tests.core.test_workflow import PW, office  # noqa: F401 - office is a fixture

pytestmark = pytest.mark.usefixtures("approved_before_report_date")


def test_the_command_line_says_to_leave_out_number(office, data_dir, tmp_path, capsys, monkeypatch):  # noqa: F811
    _approve(office, "2026", "2026-9M")
    export_period(office, "2026", tmp_path / "nam", doc_number="01", report_date=dt.date(2026, 12, 15))
    monkeypatch.setenv("CHITIEU_PASSWORD", PW["lanhdao"])
    out = tmp_path / "9-thang"
    assert main(["--data-dir", str(data_dir), "--user", "lanhdao", "export", "--period", "2026-9M", "--out", str(out),
                 "--number", "01", "--date", "15/12/2026"]) == 2
    said = " ".join(capsys.readouterr().err.split())
    assert ("số tiếp theo là 02, hoặc ghi số viết tay trên bản in: chạy lại lệnh không có --number. Chưa ghi tệp "
            "nào.") in said, said
    assert "để trống số văn bản" not in said
    assert not out.exists() or not any(out.iterdir())


def test_english_says_the_same(office, tmp_path):  # noqa: F811
    """The core's sentence alone (a surface adds how): in English too, without "leave the document number blank"."""
    from desktop_app.core.number_taken import NumberTaken

    _approve(office, "2026", "2026-9M")
    export_period(office, "2026", tmp_path / "nam", doc_number="01", report_date=dt.date(2026, 12, 15))
    with pytest.raises(NumberTaken) as refused:
        export_period(office, "2026-9M", tmp_path / "9", doc_number="01", report_date=dt.date(2026, 12, 15))
    said = refused.value.saying_how("chạy lại lệnh không có --number", "run the command again without --number")
    assert said.en.endswith("the next being 02, or write the number by hand on the paper: run the command again "
                            "without --number. No file was written."), said.en
    assert refused.value.en.endswith("or write the number by hand on the paper. No file was written.")


def test_a_number_not_a_register_s_says_it_too(office, data_dir, tmp_path, capsys, monkeypatch):  # noqa: F811
    _approve(office, "2026")
    monkeypatch.setenv("CHITIEU_PASSWORD", PW["lanhdao"])
    assert main(["--data-dir", str(data_dir), "--user", "lanhdao", "export", "--period", "2026", "--out",
                 str(tmp_path / "gui"), "--number", "0", "--date", "15/12/2026"]) == 2
    said = " ".join(capsys.readouterr().err.split())
    assert said.endswith("ví dụ 15 hoặc 15/BC-UBND; hoặc ghi số viết tay trên bản in: chạy lại lệnh không có "
                         "--number."), said
