"""A copy out of the laptop (Tệp › Sao lưu ra…) is due after an approval or an export since the last one, or
after a month with figures saved since (desktop_app/core/copy_out.py); each copy out is recorded with its audit
row (desktop_app/copied_out.py), and `chitieu status` says the reminder (walk U9: nothing reminded anyone)."""
from __future__ import annotations

import datetime as dt

from desktop_app import copied_out
from desktop_app.cli import run as main
from desktop_app.core.copy_out import CopyOut, Step, copy_out_due
from desktop_app.core.periods import parse_period
from tests.core.test_workflow import PW, as_, fill_year, office  # noqa: F401 (the fixture)
from tests.core.vietnam_laptop import laptop_in_vietnam  # noqa: F401 (the fixture)


def local(*args) -> dt.datetime:
    return dt.datetime(*args).astimezone()


YEAR = parse_period("2026")
COPIED = CopyOut(local(2026, 12, 20, 9, 0), r"E:\SaoLuu")


def test_nothing_recorded_nothing_due():
    assert copy_out_due(None, [], None, local(2027, 1, 5)) is None


def test_never_copied_out_after_an_approval_or_a_month_of_records():
    began, saved = local(2026, 11, 2, 8, 0), local(2026, 12, 1, 8, 0)
    assert copy_out_due(None, [], saved, local(2026, 12, 1, 9, 0), began) is None  # 29 days
    assert copy_out_due(None, [], saved, local(2026, 12, 2), None) is None  # when they began not known
    assert copy_out_due(None, [Step(saved, "approve", YEAR)], saved, local(2026, 12, 1, 9, 0), began) is not None
    due = copy_out_due(None, [], saved, local(2026, 12, 2, 8, 0), began)  # 30 days
    assert due.why == "Chưa từng sao lưu ra ngoài máy." and due.last is None
    assert due.words == "Chưa từng sao lưu ra ngoài máy. Sao lưu ra USB: Tệp › Sao lưu ra…"
    assert due.words.en == "Never backed up outside this computer. Back up to a USB stick: File › Back up to…"


def test_an_approval_after_the_last_copy_out_makes_one_due_at_once():
    approved = Step(local(2027, 1, 5, 23, 30), "approve", YEAR)
    due = copy_out_due(COPIED, [approved], approved.at, local(2027, 1, 6))
    assert due.why == "Chưa sao lưu ra ngoài máy từ khi duyệt năm 2026 (ngày 05/01/2027)."
    assert due.why.en == "Not backed up outside this computer since year 2026 was approved (05/01/2027)."
    assert due.last == r"Lần sao lưu ra ngoài máy gần nhất: ngày 20/12/2026, vào E:\SaoLuu."
    assert due.words.endswith("Sao lưu ra USB: Tệp › Sao lưu ra…")


def test_the_first_step_since_the_copy_is_named_an_export_too():
    steps = [Step(local(2026, 12, 1), "approve", YEAR), Step(local(2027, 1, 7), "sent", YEAR),
             Step(local(2027, 1, 9), "approve", parse_period("2027-Q1"))]
    due = copy_out_due(COPIED, steps, None, local(2027, 1, 10))
    assert due.why == "Chưa sao lưu ra ngoài máy từ khi xuất báo cáo năm 2026 (ngày 07/01/2027)."


def test_an_approval_before_the_copy_out_is_in_it():
    steps = [Step(local(2026, 12, 19), "approve", YEAR), Step(local(2026, 12, 19), "reopen", YEAR)]
    assert copy_out_due(COPIED, steps, local(2026, 12, 19), local(2027, 6, 1)) is None


def test_figures_saved_since_make_one_due_after_30_days_only():
    saved = local(2026, 12, 22, 10, 0)
    assert copy_out_due(COPIED, [], saved, local(2027, 1, 18, 9, 0)) is None  # 29 days
    due = copy_out_due(COPIED, [], saved, local(2027, 1, 19, 9, 0))
    assert due.why == "Đã 30 ngày chưa sao lưu ra ngoài máy, số liệu đã được lưu sau lần sao lưu đó."
    assert copy_out_due(COPIED, [], local(2026, 12, 19), local(2027, 3, 1)) is None  # nothing saved since


def test_a_copy_out_is_recorded_with_its_audit_row_and_ends_the_reminder(office, data_dir, tmp_path, capsys,
                                                                         monkeypatch):  # noqa: F811
    as_(office, "canbo")
    assert copied_out.due(office) is None  # accounts and the unit only: nothing of the commune's yet
    fill_year(office)
    assert copied_out.due(office) is None  # figures typed today: the month not run
    assert copied_out.due(office, now=dt.datetime.now() + dt.timedelta(days=31)).why == (
        "Chưa từng sao lưu ra ngoài máy.")
    before = office.store.last_audit_id()
    copied_out.record(office, tmp_path / "usb")
    rows = [r for r in office.store.audit_rows() if r.id > before]
    assert [(r.action, r.user, r.field) for r in rows] == [("setting", "canbo", "last_copy_out")]
    last = copied_out.last_copy_out(office)
    assert last.folder == str(tmp_path / "usb") and abs(last.at - dt.datetime.now().astimezone()) < dt.timedelta(1)
    assert copied_out.due(office) is None  # the figures saved before it are in the copy
    office.complete("2026")
    as_(office, "lanhdao")
    office.approve("2026")
    due = copied_out.due(office)
    assert due.why == f"Chưa sao lưu ra ngoài máy từ khi duyệt năm 2026 (ngày {dt.date.today():%d/%m/%Y})."
    monkeypatch.setenv("CHITIEU_PASSWORD", PW["canbo"])
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "--user", "canbo", "status"]) == 0
    *_, said, key = capsys.readouterr().out.splitlines()
    assert said == due.words and key.startswith("Mã khóa ký của máy này: ")
    copied_out.record(office, tmp_path / "usb")
    assert copied_out.due(office) is None
    assert main(["--data-dir", str(data_dir), "--user", "canbo", "status"]) == 0
    assert "sao lưu ra ngoài máy" not in capsys.readouterr().out


def test_automatic_backups_are_not_copies_out(office, data_dir):  # noqa: F811
    from desktop_app import backups

    as_(office, "canbo")
    fill_year(office)
    backups.auto_backup(office, "mo")
    backups.take_backup(office, copied_out.MANUAL, target_dir=data_dir)  # the service alone: the window records
    assert copied_out.last_copy_out(office) is None
    later = dt.datetime.now() + dt.timedelta(days=31)
    assert copied_out.due(office, now=later).why == "Chưa từng sao lưu ra ngoài máy."


def test_after_the_copy_reads_the_history_s_order_not_the_clock():
    copied = CopyOut(local(2027, 1, 5, 20, 0), "E:\\", last_step=5)  # the clock hours ahead when it was made
    later = Step(local(2027, 1, 5, 8, 0), "approve", YEAR, order=6)  # set right since, then approved
    assert copy_out_due(copied, [later], None, local(2027, 1, 5, 9, 0)).why == (
        "Chưa sao lưu ra ngoài máy từ khi duyệt năm 2026 (ngày 05/01/2027).")
    held = Step(copied.at, "approve", YEAR, order=5)  # approved in the copy's second, before it
    assert copy_out_due(copied, [held], None, local(2027, 1, 10, 9, 0)) is None


def test_the_change_log_names_the_copy_out_and_says_when_and_where(office, tmp_path, laptop_in_vietnam):  # noqa: F811
    """Its line read "last_copy_out" and the stored mapping, as the store wrote it."""
    from desktop_app.core.audit import describe

    as_(office, "canbo")
    copied_out.record(office, tmp_path / "usb", now=dt.datetime(2026, 12, 6, 19, 3, 40))
    [line] = [ln for ln in describe(office.store.audit_rows(), office.catalog) if ln.field_code == "last_copy_out"]
    # its own line, not a "Cài đặt" one (U13 F3): "Sao lưu ra ngoài máy: <folder>, <dd/mm/yyyy HH:MM>"
    assert (line.action, line.field) == ("Sao lưu ra ngoài máy", "Thư mục, thời điểm")
    assert line.new == f"{tmp_path / 'usb'}, 06/12/2026 19:03" and line.old == ""
    assert line.action_code == "setting"  # stored as a setting: the history's chain checks it as one


def test_a_copy_holds_the_history_read_before_it_is_made(office, tmp_path, monkeypatch):  # noqa: F811
    """R23 F2: the record read the history after the copy: a period approved by another window during a long
    copy was taken as held, and never reminded."""
    from desktop_app import backups

    as_(office, "canbo")
    fill_year(office)
    office.complete("2026")
    as_(office, "lanhdao")
    real = backups.take_backup

    def slow_copy(*args, **kwargs):  # another window approves while the copy is made
        path = real(*args, **kwargs)
        office.approve("2026")
        return path

    monkeypatch.setattr(backups, "take_backup", slow_copy)
    monkeypatch.setattr(copied_out, "same_disk", lambda folder, database: False)
    (tmp_path / "usb").mkdir()
    assert copied_out.copy_out(office, tmp_path / "usb").out
    assert copied_out.due(office).why.startswith("Chưa sao lưu ra ngoài máy từ khi duyệt năm 2026")


def test_a_record_no_copy_made_reads_as_none(office, tmp_path):  # noqa: F811
    """R23 F4: a setting put in by hand (then acknowledged) with a time to come or history not written yet
    silenced the reminder for good."""
    as_(office, "canbo")
    fill_year(office)
    office.complete("2026")
    as_(office, "lanhdao")
    office.approve("2026")
    for forged in ({"at": "2099-01-01T00:00:00+07:00", "folder": "E:\\", "last_step": 1},
                   {"at": "2026-01-01T00:00:00+07:00", "folder": "E:\\", "last_step": 10**15}):
        with office.store.transaction():
            office.store.put_setting(copied_out.LAST_COPY_OUT, forged)
        due = copied_out.due(office)  # not "never backed up": a record that cannot be trusted, said so
        assert due.untrusted and due.why.endswith("không chắc bản sao đó có đủ số liệu, cần sao lưu lại.")
        assert due.short == "Cần sao lưu lại ra ngoài máy (USB)"


def test_a_copy_dated_after_tomorrow_cannot_be_trusted_and_one_is_due():
    """A copy made while the clock was days ahead, and a record forged with a date to come, read alike: not
    "Chưa từng sao lưu ra ngoài máy" (wrong for the laptop whose clock was ahead), nor trusted: one is due."""
    copied = CopyOut(local(2027, 1, 10, 9, 0), "E:\\", last_step=5)
    due = copy_out_due(copied, [], None, local(2027, 1, 5, 9, 0))
    assert due.why == ("Lần sao lưu ra ngoài máy gần nhất ghi ngày 10/01/2027, muộn hơn hôm nay (05/01/2027) theo "
                       "đồng hồ của máy: không chắc bản sao đó có đủ số liệu, cần sao lưu lại.")
    assert due.why.en.startswith("The last backup outside this computer is dated 10/01/2027, later than today")
    assert due.short == "Cần sao lưu lại ra ngoài máy (USB)" and due.short.en == (
        "Back up outside this computer again (USB)")
    assert due.words.endswith("Sao lưu ra USB: Tệp › Sao lưu ra…")
    assert copy_out_due(copied, [], None, local(2027, 1, 9, 9, 0)) is None  # tomorrow: a clock a little ahead
    assert copy_out_due(copied, [], None, local(2027, 1, 9, 9, 0), history_end=4).untrusted  # history not written


def test_the_service_says_the_same_of_a_copy_made_with_the_clock_ahead(office, tmp_path):  # noqa: F811
    as_(office, "canbo")
    fill_year(office)
    copied_out.record(office, tmp_path / "usb", now=dt.datetime.now() + dt.timedelta(days=5))
    due = copied_out.due(office)
    assert due.untrusted and due.why.startswith("Lần sao lưu ra ngoài máy gần nhất ghi ngày ")
    assert copied_out.due(office, now=dt.datetime.now() + dt.timedelta(days=5)) is None  # read once it is that day
