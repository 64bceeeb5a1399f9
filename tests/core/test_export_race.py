"""Two exports of one approval racing with different document numbers (red-team 16, F4): only
one is recorded as sent, and the other leaves nothing in its folder — no signed ĐÃ DUYỆT report
printing a number the period was not sent with — nor writes over the winner's files in a
common folder. Here the second export (another window or command, a second Workspace on the
same data folder) runs whole, marking the period sent with 01/BC-UBND, between the first
export's writing of its files (number 99) and its marking the period sent."""
from __future__ import annotations

import datetime as dt

import pytest

import desktop_app.services as services
from desktop_app.core.errors import InvalidInput
from desktop_app.core.workflow import State
from desktop_app.services import Workspace, export_period
from exports.submission_reader import read_submission
from tests.core.test_export_meanwhile import approved
from tests.core.test_workflow import as_, office  # noqa: F401 (the fixture)

pytestmark = pytest.mark.usefixtures("approved_before_report_date")  # dated 18/12/2026, approved before

STEM = "2026_05503_xa-tan-cuong"
DEC_18, DEC_19 = dt.date(2026, 12, 18), dt.date(2026, 12, 19)


@pytest.fixture
def other_exports_first(data_dir, monkeypatch):
    """`other_exports_first(folder)`: once the export under test has written its files (`before`:
    just before it writes them), the leader, in a second Workspace, exports the same approval
    into `folder` with number 01 and has it recorded as sent."""
    def plan(folder, before=False):
        real = services.export_files

        def other_export():
            other = Workspace.open(data_dir)
            try:
                as_(other, "lanhdao")
                export_period(other, "2026", folder, doc_number="01", report_date=DEC_18)
            finally:
                other.close()

        def export_files(sub, out_dir, **kw):
            monkeypatch.setattr(services, "export_files", real)  # the other export is undisturbed
            if before:
                other_export()
            result = real(sub, out_dir, **kw)
            if not before:
                other_export()
            return result

        monkeypatch.setattr(services, "export_files", export_files)
    return plan


def test_the_export_refused_leaves_no_file_in_its_folder(office, other_exports_first, tmp_path):  # noqa: F811
    approved(office)
    as_(office, "lanhdao")
    other_exports_first(tmp_path / "winner")
    with pytest.raises(InvalidInput) as err:
        export_period(office, "2026", tmp_path / "loser", doc_number="99", report_date=DEC_19)
    assert err.value.message.startswith("Chưa ghi nhận kỳ năm 2026 Đã xuất: trong lúc xuất, báo cáo đã duyệt đã được "
                                        "xuất gửi tỉnh ở cửa sổ hoặc lệnh khác với số 01/BC-UBND")
    assert ("Các tệp vừa ghi không phải báo cáo gửi tỉnh nên đã được xóa, thư mục không còn tệp nào của lần xuất "
            "này: xuất lại báo cáo (Tệp › Xuất báo cáo…) rồi gửi.") in err.value.message
    assert "so they were removed: nothing of this export is left in the folder" in err.value.en
    assert list((tmp_path / "loser").iterdir()) == []  # not even the hidden folder it was written in
    assert sorted(p.name for p in (tmp_path / "winner").iterdir()) == [f"{STEM}.pdf", f"{STEM}.xlsx"]
    assert office.period_state("2026") == State.SENT
    assert office.issued("2026").doc_number == "01"


def test_in_a_common_folder_the_winners_files_stay(office, other_exports_first, tmp_path):  # noqa: F811
    """Both into one folder (the Desktop): the names are the same, and what stays is the report
    recorded as sent, number 01, never the refused one written over it (the other export's
    files were written just before this one's)."""
    approved(office)
    as_(office, "lanhdao")
    desktop = tmp_path / "Desktop"
    other_exports_first(desktop, before=True)
    with pytest.raises(InvalidInput, match="với số 01/BC-UBND"):
        export_period(office, "2026", desktop, doc_number="99", report_date=DEC_19)
    assert sorted(p.name for p in desktop.iterdir()) == [f"{STEM}.pdf", f"{STEM}.xlsx"]
    kept = read_submission(desktop / f"{STEM}.xlsx")
    assert (kept.doc_number, kept.report_date) == ("01", DEC_18)


def test_an_export_alone_writes_its_two_files_under_their_names(office, tmp_path):  # noqa: F811
    approved(office)
    as_(office, "lanhdao")
    result = export_period(office, "2026", tmp_path / "out", doc_number="01", report_date=DEC_18)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [f"{STEM}.pdf", f"{STEM}.xlsx"]
    assert result.paths == [tmp_path / "out" / f"{STEM}.pdf", tmp_path / "out" / f"{STEM}.xlsx"]
    assert result.staged is None and office.period_state("2026") == State.SENT
