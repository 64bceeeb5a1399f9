"""Red-team 26, F2: a backup taken between an approval and its first export for the province does not
hold the number and date the report was issued with (core/doc_number.issued_of reads them from the
period's history). Restored, the next export of that same approval took any number and date (99 of
28/12 for a report the province holds as 07 of 15/12, one code), and the warning said only that "lịch
sử không còn ghi việc đó … các tệp đã gửi vẫn đúng". The warning now names the number and date issued
since the backup, and what to type when exporting again."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop_app import backups
from desktop_app.services import export_period
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 - office is a fixture

pytestmark = pytest.mark.usefixtures("approved_before_report_date")
ISSUED = ("Báo cáo đã duyệt kỳ năm 2026 (mã xác thực {code}) đã phát hành số 07/BC-UBND ngày 15/12/2026 sau khi "
          "sao lưu, mà bản sao lưu chưa ghi: sau khi khôi phục, máy không còn giữ số và ngày đó. Tỉnh đang giữ báo "
          "cáo số 07/BC-UBND ngày 15/12/2026; mỗi lần duyệt chỉ có một số văn bản và một ngày báo cáo, nên khi xuất "
          "lại bản đã duyệt này hãy ghi đúng số 07 và ngày 15/12/2026 (ô Số văn bản và Ngày báo cáo; lệnh xuất: "
          "--number 07 --date 15/12/2026).")


def _approved(ws) -> None:
    as_(ws, "canbo")
    fill_year(ws)
    ws.complete("2026")
    as_(ws, "lanhdao")
    ws.approve("2026")
    as_(ws, "canbo")


def _export(ws, out: Path, number: str = "07", day: dt.date = dt.date(2026, 12, 15)):
    return export_period(ws, "2026", out, doc_number=number, report_date=day).submission


def test_the_number_and_date_issued_after_the_backup_are_named_with_what_to_type(office, tmp_path):  # noqa: F811
    _approved(office)
    backup = backups.take_backup(office, "thu")
    sent = _export(office, tmp_path / "gui-1")
    db = Path(office.store.path)

    warning = backups.restore_warning(db, backup)

    assert ISSUED.format(code=sent.fingerprint[:16]) in str(warning)
    assert "was issued with number 07/BC-UBND, dated 15/12/2026 after the backup was taken" in warning.en
    assert "--number 07 --date 15/12/2026" in warning.en


def test_an_approval_reopened_and_approved_again_since_is_named_by_the_number_it_was_issued_with(
        office, tmp_path):  # noqa: F811
    _approved(office)
    backup = backups.take_backup(office, "thu")
    first = _export(office, tmp_path / "gui-1")
    as_(office, "lanhdao")
    office.reopen("2026", "sửa số liệu")
    as_(office, "canbo")
    office.complete("2026")
    as_(office, "lanhdao")
    office.approve("2026")
    as_(office, "canbo")
    _export(office, tmp_path / "gui-2", "08", dt.date(2026, 12, 20))

    warning = str(backups.restore_warning(Path(office.store.path), backup))

    # the restore brings back the approval issued as 07; the one issued as 08 is not in the backup
    assert ISSUED.format(code=first.fingerprint[:16]) in warning
    assert "số 08/BC-UBND" not in warning


def test_a_number_the_backup_holds_already_or_never_issued_is_not_named(office, tmp_path):  # noqa: F811
    _approved(office)
    backup = backups.take_backup(office, "thu")
    assert "phát hành" not in str(backups.restore_warning(Path(office.store.path), backup) or "")
    _export(office, tmp_path / "gui-1")
    after = backups.take_backup(office, "thu")
    _export(office, tmp_path / "gui-2", "", None)  # the same again, as issued

    assert "phát hành" not in str(backups.restore_warning(Path(office.store.path), after) or "")


def test_a_number_left_blank_says_to_leave_it_blank(office, tmp_path):  # noqa: F811
    _approved(office)
    backup = backups.take_backup(office, "thu")
    _export(office, tmp_path / "gui-1", "")

    warning = backups.restore_warning(Path(office.store.path), backup)

    assert ("đã phát hành số để trống (viết tay) /BC-UBND ngày 15/12/2026 sau khi sao lưu" in str(warning))
    assert "hãy để trống số và ghi đúng ngày 15/12/2026 (lệnh xuất: --date 15/12/2026)." in str(warning)


def test_the_restore_itself_still_frees_them_as_the_warning_says(office, tmp_path):  # noqa: F811
    """What the warning tells is what happens: restored, the approval exports with another number."""
    _approved(office)
    backup = backups.take_backup(office, "thu")
    first = _export(office, tmp_path / "gui-1")
    as_(office, "admin")
    db = Path(office.store.path)
    backups.restore(office, backup)
    from desktop_app.services import Workspace
    again = Workspace.open(db.parent)
    try:
        as_(again, "canbo")
        second = _export(again, tmp_path / "gui-2", "07", dt.date(2026, 12, 15))
    finally:
        again.close()
    assert (second.fingerprint, second.doc_number, second.report_date) == (
        first.fingerprint, "07", dt.date(2026, 12, 15))


def test_the_number_is_said_with_the_symbol_the_approved_report_prints(office, tmp_path):  # noqa: F811
    as_(office, "admin")
    office.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "VP")
    _approved(office)
    backup = backups.take_backup(office, "thu")
    _export(office, tmp_path / "gui-1", "07/BC-VP")

    warning = str(backups.restore_warning(Path(office.store.path), backup))

    assert "đã phát hành số 07/BC-VP ngày 15/12/2026 sau khi sao lưu" in warning
    assert "--number 07 --date 15/12/2026" in warning
