"""A province database from before the rule "an approved report is kept over any draft"
(review of today's changes, finding 3): it had kept a draft made after the approved report.
Opened by this version, the approved report is kept again, once, as a database given the same
files today keeps it; the log lines of the two versions and the change log say so."""
from __future__ import annotations

from desktop_app.core.audit import describe
from desktop_app.core.consolidation import ReportStatus
from desktop_app.core.intake import FileClass
from desktop_app.kept_again import KEPT_RULE, KEPT_RULE_NOW
from desktop_app.province import ProvinceOffice
from tests.province.conftest import PERIOD
from tests.province.test_approved_kept import (  # noqa: F401
    FIGURE,
    _draft,
    _figure,
    _inbox,
    _status,
    units,
)
from tests.province.test_older_approval_replayed import FIGURE as REVENUE
from tests.province.test_older_approval_replayed import _read, versions  # noqa: F401 (the fixture)

OLD_DRAFT_LINE = ("Đã nhận bản mới của {unit}, 6 tháng đầu năm 2026, thay tệp da-duyet.xlsx đã nhận (lập lúc 09:00 "
                  "18/06/2026). Giữ bản lập sau: tệp này (lập lúc 10:30 18/06/2026, mã xác thực …); bản trước được "
                  "lưu trong lịch sử. Bản DỰ THẢO (chưa được Lãnh đạo duyệt).")


def _old_database(tmp_path, sub):
    """A province that received `sub` approved, then a draft made 90 minutes later, which the
    earlier rule kept (the latest generation time first), written as that version left it: the
    draft kept, its log line saying it replaced the approved report, no date source (schema 8),
    and no record of the current rule."""
    office = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    office.intake(_inbox(tmp_path / "1", {"da-duyet.xlsx": sub}), PERIOD)
    [d] = office.intake(_inbox(tmp_path / "2", {"du-thao.xlsx": _draft(sub, 90)}), PERIOD).results
    store = office.store
    assert store.get_setting(KEPT_RULE) is None  # as in a database of the earlier version
    with store.transaction():
        store.set_kept_version(sub.unit_code, PERIOD, d.received_id)
        store.conn.execute("UPDATE received SET received_from = NULL")
        [line] = [log for log in store.intake_log(period=PERIOD) if log.received_id == d.received_id]
        store.set_intake_reason(line.id, OLD_DRAFT_LINE.format(unit=d.unit_name))
    assert _status(office, sub.unit_code).status == ReportStatus.DU_THAO  # what the earlier version counted
    office.close()
    return tmp_path / "tinh"


def _lines(office, name):
    return [log.reason for log in office.store.intake_log(period=PERIOD) if log.file_name == name]


def _changes(office):
    return [r for r in office.store.audit_rows() if r.field == KEPT_RULE]


def test_an_older_database_counts_the_approved_report_once_opened(units, tmp_path):
    sub = units[0]
    office = ProvinceOffice.open(_old_database(tmp_path, sub), user="van-thu")
    try:
        status = _status(office, sub.unit_code)
        assert status.status == ReportStatus.DA_NHAN and not status.draft and status.file_name == "da-duyet.xlsx"
        assert "Đã nhận bản dự thảo lập sau bản đã duyệt (tệp du-thao.xlsx, lập lúc 10:30 18/06/2026)" in status.reason
        assert office.consolidation(PERIOD).item(sub.unit_code, FIGURE).value == _figure(sub) != "999999"
        # the log line that said the draft replaced the approved report says what stands now
        [draft_line] = _lines(office, "du-thao.xlsx")
        assert draft_line.startswith(OLD_DRAFT_LINE.format(unit=status.name))
        assert ("khi nâng cấp chương trình, tỉnh chọn lại bản giữ theo quy tắc hiện hành. Giữ bản ĐÃ DUYỆT (bản dự "
                "thảo lập sau không thay bản đơn vị gửi là đã duyệt và không được tính vào tổng hợp): tỉnh giữ bản "
                "đã duyệt (tệp da-duyet.xlsx, lập lúc 09:00 18/06/2026); tệp này không còn được tính vào tổng hợp"
                in draft_line)
        [approved_line] = _lines(office, "da-duyet.xlsx")
        assert ("tệp này được giữ và tính vào tổng hợp thay bản dự thảo (tệp du-thao.xlsx, lập lúc 10:30 18/06/2026)"
                in approved_line)
        [change] = _changes(office)
        assert change.action == "setting" and change.user == "van-thu"
        [line] = describe([change], office.catalog)
        assert line.field == "Quy tắc chọn bản giữ của các đơn vị"  # the change log names it, not its key
        assert change.new == ("Chọn lại bản giữ của các đơn vị theo quy tắc hiện hành (bản đã duyệt được giữ trước mọi "
                              "bản dự thảo; giữa các bản đã duyệt, bản duyệt sau được giữ; bản ký bằng khóa đã xác "
                              "nhận của đơn vị được giữ trước bản ký bằng khóa đã được thay): "
                              f"{sub.unit_code} kỳ {PERIOD}: giữ bản đã duyệt (tệp da-duyet.xlsx, lập "
                              "lúc 09:00 18/06/2026) thay bản dự thảo (tệp du-thao.xlsx, lập lúc 10:30 18/06/2026).")
        assert office.store.get_setting(KEPT_RULE) == KEPT_RULE_NOW
        # the draft's file read again changes nothing
        [again] = office.intake(_inbox(tmp_path / "3", {"du-thao.xlsx": _draft(sub, 90)}), PERIOD).results
        assert again.class_ == FileClass.TRUNG and not again.new and not again.kept
    finally:
        office.close()
    # once: opened again, nothing more is written
    office = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    try:
        assert len(_changes(office)) == 1 and _lines(office, "du-thao.xlsx")[0] == draft_line
        assert _status(office, sub.unit_code).file_name == "da-duyet.xlsx"
    finally:
        office.close()


def test_a_database_kept_by_the_current_rule_records_no_change(units, tmp_path):
    """A database given the same files today: opened again, it keeps the approved report and
    its change log has no line about choosing again."""
    sub = units[0]
    office = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    office.intake(_inbox(tmp_path / "1", {"da-duyet.xlsx": sub, "du-thao.xlsx": _draft(sub, 90)}), PERIOD)
    lines = [log.reason for log in office.store.intake_log(period=PERIOD)]
    office.close()
    office = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    try:
        assert _status(office, sub.unit_code).file_name == "da-duyet.xlsx"
        assert _changes(office) == [] and office.store.get_setting(KEPT_RULE) == KEPT_RULE_NOW
        assert [log.reason for log in office.store.intake_log(period=PERIOD)] == lines
    finally:
        office.close()


def test_a_database_that_kept_an_older_approval_exported_again_keeps_the_later_approval_once_opened(
        tmp_path, versions):  # noqa: F811
    """Rule 3 (red-team 13, finding 3): a database of the previous version had kept the first
    approval exported again after the unit reopened and approved corrected figures (the later file
    won); opened by this version, the later approval is kept and counted, and the change log says so."""
    office = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    _b, r = _read(office, tmp_path / "in", versions, "b.xlsx", "r.xlsx")
    unit = versions["b.xlsx"].unit_code
    assert office.consolidation(PERIOD).item(unit, REVENUE).value == "1"  # this version keeps B
    store = office.store
    with store.transaction():  # as the previous version left it: R kept, rule 2 recorded
        store.set_kept_version(unit, PERIOD, r.received_id)
        store.put_setting(KEPT_RULE, 2)
    assert office.consolidation(PERIOD).item(unit, REVENUE).value == "51494"
    office.close()
    office = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    try:
        assert office.consolidation(PERIOD).item(unit, REVENUE).value == "1"
        [change] = _changes(office)
        assert f"{unit} kỳ {PERIOD}: giữ bản đã duyệt (tệp b.xlsx" in change.new
        assert office.store.get_setting(KEPT_RULE) == KEPT_RULE_NOW
    finally:
        office.close()
