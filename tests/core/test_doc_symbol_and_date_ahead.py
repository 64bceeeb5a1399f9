"""Red-team 26, F4 and F5.

F4: the document symbol ("Ký hiệu văn bản") was saved with a line break or 20 000 characters, and the
unit's own genuine file was then called tampered by the province's reader ("ghi nhiều dòng hoặc dài
quá 200 ký tự"). Setup now refuses it, naming the field; a setup without --doc-prefix keeps the one
stored (it cleared it), and says the preparer as stored; a database an older version left with such
a symbol still opens, and its export is refused naming the setting, nothing written.

F5: a report date typed years ahead ("18/12/2062") was accepted, then fixed for the approval. A date
more than a month after today is refused, naming the last day accepted; one an older version
already issued is kept (one approval, one date: core/doc_number.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop_app import services
from desktop_app.approval import ApprovalActions
from desktop_app.cli import run
from desktop_app.core.errors import InvalidInput
from desktop_app.core.workflow import State
from desktop_app.services import Workspace, export_period
from tests.core.test_workflow import fill_year

TODAY = dt.date(2026, 12, 15)  # the year's figures end 14/12/2026; approved 04/12 (approved_before_report_date)


def _setup(ws, doc_prefix):
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", doc_prefix)


# --- F4: the document symbol ------------------------------------------------------------------

@pytest.mark.parametrize("typed, why", [
    ("UBND\r\nGIẢ MẠO", "có dấu xuống dòng"),
    ("UBND\u2028GIẢ MẠO", "có dấu xuống dòng"),
    ("UB\tND", "có dấu tab"),
    ("UB/ND", 'có ký tự "/"'),
    ("X" * 20000, "dài 20003 ký tự"),
    ("UBND-VPHĐND&UBND-VP", "dài 22 ký tự"),
], ids=["crlf", "line-separator", "tab", "slash", "20000", "22"])
def test_setup_refuses_a_symbol_on_more_than_one_line_or_too_long(workspace, typed, why):
    with pytest.raises(InvalidInput) as refused:
        _setup(workspace, typed)
    assert refused.value.field == "Ký hiệu văn bản"
    assert str(refused.value).startswith('Ký hiệu văn bản "') and why in str(refused.value)
    assert "tối đa 20 ký tự" in str(refused.value) and "\n" not in str(refused.value)
    assert workspace.settings.doc_prefix == "UBND"  # nothing saved


@pytest.mark.parametrize("typed, stored", [("", ""), (" ubnd-vp ", "ubnd-vp"), ("UBND-VPHĐND&UBND", "UBND-VPHĐND&UBND"),
                                           ("BC-UBND-VPHĐND&UBND", "BC-UBND-VPHĐND&UBND"), ("UBND\u200b", "UBND")])
def test_real_symbols_are_taken(workspace, typed, stored):
    _setup(workspace, typed)
    assert workspace.settings.doc_prefix == stored


def test_setup_without_doc_prefix_keeps_it_and_says_the_name_stored(workspace, data_dir, capsys):
    workspace.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Phó Chủ tịch", "UBND-VP")
    assert run(["--data-dir", str(data_dir), "setup", "--commune", "tan cuong", "--preparer", "Lê\nVăn  Mới",
                "--signer", "Trần Thị Bình"]) == 0
    assert "Người lập biểu: Lê Văn Mới." in capsys.readouterr().out
    s = workspace.settings
    assert (s.preparer, s.signer_title, s.doc_prefix) == ("Lê Văn Mới", "Phó Chủ tịch", "UBND-VP")
    assert run(["--data-dir", str(data_dir), "setup", "--commune", "tan cuong", "--preparer", "Lê Văn Mới",
                "--signer", "Trần Thị Bình", "--doc-prefix", "", "--signer-title", "Chủ tịch"]) == 0
    assert (workspace.settings.signer_title, workspace.settings.doc_prefix) == ("Chủ tịch", "")


def test_the_command_line_refuses_it_naming_the_field(workspace, data_dir, capsys):
    assert run(["--data-dir", str(data_dir), "setup", "--commune", "tan cuong", "--preparer", "Nguyễn Văn An",
                "--signer", "Trần Thị Bình", "--doc-prefix", "UBND\r\nGIẢ MẠO"]) == 2
    assert 'Ký hiệu văn bản "UBND GIẢ MẠO": có dấu xuống dòng.' in capsys.readouterr().err
    assert workspace.settings.doc_prefix == "UBND"


def _older_version_saved(ws, prefix):
    ws._write_settings({"doc_prefix": prefix})  # as an older version's setup did: audited, no check


def test_an_older_symbol_with_a_line_break_opens_and_its_export_is_refused(workspace, data_dir, tmp_path):
    _older_version_saved(workspace, "UBND\nGIẢ MẠO")
    again = Workspace.open(data_dir)
    assert again.settings.doc_prefix == "UBND\nGIẢ MẠO" and again.commune.code  # opens
    again.close()
    fill_year(workspace, "2026")
    out = tmp_path / "nhap"
    with pytest.raises(InvalidInput) as refused:
        export_period(workspace, "2026", out, report_date=dt.date(2026, 12, 18))
    assert refused.value.field == "Ký hiệu văn bản"
    assert 'ký hiệu văn bản "BC-UBND GIẢMẠO" có dấu xuống dòng' in str(refused.value)
    assert 'Hãy sửa "Ký hiệu văn bản" ở Tệp › Cài đặt' in str(refused.value) and "duyệt lại" not in str(refused.value)
    assert not out.exists() or not any(out.iterdir())
    _setup(workspace, "UBND")
    assert export_period(workspace, "2026", out, report_date=dt.date(2026, 12, 18)).submission.doc_symbol == "BC-UBND"


def test_an_approval_that_kept_such_a_symbol_asks_for_a_new_approval(workspace, tmp_path, approved_before_report_date,
                                                                     monkeypatch):
    _older_version_saved(workspace, "X" * 250)
    fill_year(workspace, "2026")
    workspace.complete("2026")
    with pytest.raises(InvalidInput, match="Không duyệt được kỳ năm 2026: ký hiệu văn bản .* dài 253 ký tự"):
        workspace.approve("2026")  # refused at the approval now (6d4b558)
    with monkeypatch.context() as older:  # approved as an older version did, before that refusal
        older.setattr("desktop_app.approval.refuse_unsendable_symbol", lambda *args, **kwargs: None)
        workspace.approve("2026")
    _setup(workspace, "UBND")  # the setting mended: the approval keeps the symbol it was approved with
    with pytest.raises(InvalidInput, match="dài 253 ký tự.*rồi Lãnh đạo mở lại kỳ và duyệt lại"):
        export_period(workspace, "2026", tmp_path / "gui", report_date=dt.date(2026, 12, 18))
    assert workspace.period_state("2026") == State.APPROVED and workspace.issued("2026") is None


# --- F5: a report date far ahead ----------------------------------------------------------------

def _approved_year(ws):
    ws.today_is = TODAY
    fill_year(ws, "2026")
    ws.complete("2026")
    ws.approve("2026")


def test_a_date_years_ahead_is_refused_naming_the_last_day(workspace, tmp_path, approved_before_report_date):
    _approved_year(workspace)
    out = tmp_path / "gui"
    with pytest.raises(InvalidInput) as refused:
        export_period(workspace, "2026", out, report_date=dt.date(2062, 12, 18))
    assert refused.value.field == "Ngày báo cáo"
    assert str(refused.value).startswith("Ngày báo cáo 18/12/2062 sau hôm nay (15/12/2026")
    assert "đề muộn nhất ngày 14/01/2027" in str(refused.value)
    with pytest.raises(InvalidInput, match="15/01/2027"):
        export_period(workspace, "2026", out, report_date=dt.date(2027, 1, 15))
    assert not out.exists() or not any(out.iterdir())
    assert workspace.issued("2026") is None
    assert export_period(workspace, "2026", out, report_date=dt.date(2027, 1, 14)).submission.report_date == \
        dt.date(2027, 1, 14)


def test_the_command_line_refuses_it(workspace, data_dir, tmp_path, capsys, monkeypatch, approved_before_report_date):
    _approved_year(workspace)
    monkeypatch.setattr(ApprovalActions, "today_is", TODAY)
    assert run(["--data-dir", str(data_dir), "export", "--period", "2026", "--out", str(tmp_path / "gui"),
                "--date", "18/12/2062"]) == 2
    assert "Ngày báo cáo 18/12/2062 sau hôm nay (15/12/2026" in capsys.readouterr().err
    assert workspace.issued("2026") is None


def test_a_far_date_an_older_version_issued_is_kept(workspace, tmp_path, monkeypatch, approved_before_report_date):
    _approved_year(workspace)
    far = dt.date(2062, 12, 18)
    with monkeypatch.context() as m:  # the older version: no upper bound
        m.setattr(services, "check_report_date", lambda *args, **kwargs: None)
        export_period(workspace, "2026", tmp_path / "cu", report_date=far)
    assert workspace.issued("2026").report_date == far
    assert export_period(workspace, "2026", tmp_path / "lai").submission.report_date == far
    assert export_period(workspace, "2026", tmp_path / "lai2", report_date=far).submission.report_date == far


def test_the_province_s_own_symbol_is_checked_the_same_way(tmp_path):
    """The consolidated report prints the province's symbol in its "Số: …" line as a commune's does."""
    from desktop_app.province import ProvinceOffice
    office = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    try:
        with pytest.raises(InvalidInput) as refused:
            office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch", doc_prefix="VPUBND\nGIẢ MẠO")
        assert refused.value.field == "Ký hiệu văn bản" and "có dấu xuống dòng" in refused.value.message
        office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch", doc_prefix="VPUBND")
        assert office.settings.doc_symbol == "BC-VPUBND"
    finally:
        office.close()
