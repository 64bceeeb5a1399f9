"""Two reports exported at once with one number, from two windows or a window and a command (red-team R5, F7):
each export checks the number against the reports issued in its own snapshot, before writing its files, so
both found 20/BC-UBND free, and both were recorded sent: two papers "Số: 20/BC-UBND" in one year. The number is
checked again where the period is marked sent (`ApprovalActions.mark_sent`, in the transaction recording it):
the one marked second is refused with the export's words, its files removed, and the number it may use named.
Here two Workspaces on one data folder, as two windows."""
from __future__ import annotations

import datetime as dt

import pytest

import desktop_app.services as services
from desktop_app.core.doc_number import Issued
from desktop_app.core.errors import InvalidInput
from desktop_app.core.workflow import State
from desktop_app.services import Workspace, export_period
from tests.core.test_number_issued_once import _approve
from tests.core.test_workflow import as_, office  # noqa: F401 (the fixture)

pytestmark = pytest.mark.usefixtures("approved_before_report_date")
DAY = dt.date(2026, 12, 15)
REFUSED = "Không xuất được báo cáo kỳ 6 tháng đầu năm 2026 với số văn bản 20/BC-UBND: năm 2026, số 20/BC-UBND đã " \
          "dùng cho báo cáo đã duyệt kỳ năm 2026 (mã xác thực "
REMOVED = "số tiếp theo là 21, hoặc ghi số viết tay trên bản in. Các tệp vừa ghi không phải báo cáo " \
          "gửi tỉnh nên đã được xóa, thư mục không còn tệp nào của lần xuất này."


@pytest.fixture
def second_window(office, data_dir):  # noqa: F811
    """The year and the first half approved, neither exported; a second Workspace on the same data folder, the
    leader logged in both."""
    _approve(office, "2026", "2026-6M")
    other = as_(Workspace.open(data_dir), "lanhdao")
    yield other
    other.close()


def test_two_windows_exporting_with_one_number_record_one(office, second_window, tmp_path):  # noqa: F811
    """The window's path: both exports checked and written (staged), then each marked sent on its own window."""
    year = export_period(office, "2026", tmp_path / "nam", doc_number="20", report_date=DAY,
                         mark_sent=False, keep_staged=True)
    half = export_period(second_window, "2026-6M", tmp_path / "6-thang", doc_number="20", report_date=DAY,
                         mark_sent=False, keep_staged=True)
    office.mark_sent(year.submission, files=year)

    with pytest.raises(InvalidInput) as refused:
        second_window.mark_sent(half.submission, files=half)
    half.discard()  # as the window does with an export not recorded

    assert refused.value.message.startswith(REFUSED), refused.value.message
    assert refused.value.message.endswith(REMOVED), refused.value.message
    assert refused.value.field == "Số văn bản"
    assert "the files just written are not the report for the province, so they were removed" in \
        refused.value.en.lower()
    assert list((tmp_path / "6-thang").iterdir()) == []
    assert (office.period_state("2026-6M"), office.issued("2026-6M")) == (State.APPROVED, None)
    assert office.issued("2026") == Issued("20", DAY)
    # the number named is free: the half year goes out with it
    export_period(second_window, "2026-6M", tmp_path / "6-thang", doc_number="21", report_date=DAY)
    assert office.issued("2026-6M") == Issued("21", DAY)


def test_a_command_exporting_while_another_issues_its_number_leaves_no_file(office, second_window, tmp_path,  # noqa: F811
                                                                             monkeypatch):
    """`chitieu export` of the half year with 20: the year goes out as 20 from another window while its files
    are written; the command is refused, nothing of it left in its folder."""
    real = services.export_files

    def export_files(sub, out_dir, **kw):
        monkeypatch.setattr(services, "export_files", real)  # the other export is undisturbed
        result = real(sub, out_dir, **kw)
        export_period(office, "2026", tmp_path / "nam", doc_number="20", report_date=DAY)
        return result

    monkeypatch.setattr(services, "export_files", export_files)
    with pytest.raises(InvalidInput) as refused:
        export_period(second_window, "2026-6M", tmp_path / "6-thang", doc_number="20/BC-UBND", report_date=DAY)

    assert refused.value.message.startswith(REFUSED) and refused.value.message.endswith(REMOVED)
    assert list((tmp_path / "6-thang").iterdir()) == []
    assert office.period_state("2026-6M") == State.APPROVED
    assert office.period_state("2026") == State.SENT and office.issued("2026") == Issued("20", DAY)
