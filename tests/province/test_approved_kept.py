"""What a sender cannot do to the province's count (trust review 3): a signed draft made after
the approved report (a reopened period, a backup from before the approval restored) does not
replace the approved report it holds; a file whose modification date is before it was made (a
zip entry's date kept by the extraction) is judged by the day it was made, while a date of
receipt the province typed stands; an unsigned file is not accepted in the
name of a unit that signs its reports with a key still awaiting confirmation."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from openpyxl import load_workbook

from desktop_app.cli import run
from desktop_app.core.consolidation import ReportStatus
from desktop_app.core.errors import InvalidInput
from desktop_app.core.intake import FileClass, vietnam_today
from desktop_app.intake import Intake
from desktop_app.province import ProvinceOffice
from exports.consolidated_xlsx import SHEET_COMPLETENESS
from exports.submission_xlsx import write_submission
from tests.edited_outside import edit_with_sqlite3
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import LATE, ON_TIME, delivered, later, make_submissions

FIGURE = "thu_ngan_sach"


@pytest.fixture(scope="module")
def units(tmp_path_factory):
    """Two units, each approved and signed by its own laptop's key."""
    root = tmp_path_factory.mktemp("approved-kept")
    ws, subs = make_submissions(root, pick_units(2, 0), PERIOD, data_dir=root / "db")
    ws.close()
    return list(subs.values())


def _inbox(folder, files: dict, when=ON_TIME):
    folder.mkdir(parents=True, exist_ok=True)
    for name, sub in files.items():
        delivered(write_submission(sub, folder / name), when)
    return folder


def _figure(sub) -> str:
    return next(i.value for i in sub.items if i.code == FIGURE)


def _with_figure(sub, value: str):
    return replace(sub, items=tuple(replace(i, value=value, input_value=value) if i.code == FIGURE else i
                                    for i in sub.items))


def _draft(sub, minutes: int, value: str = "999999"):
    """`sub` made again `minutes` later as a draft with another figure, signed by the same key
    (the period reopened, or a backup from before the approval restored, then exported)."""
    return later(_with_figure(sub, value), minutes, approved=False, approved_by="", approved_at="")


def _status(office, code):
    return {u.code: u for u in office.checked_completeness(PERIOD).units}[code]


def _counted(office, code) -> str:
    return office.consolidation(PERIOD).item(code, FIGURE).value


def test_a_draft_made_after_the_approved_report_is_received_but_not_counted(office, units, tmp_path):
    """Approved, then a signed draft made 90 minutes later with 999999: the draft is listed as
    received and not counted, the unit stays approved with the approved figure, and its note
    says a later draft arrived and the approved report is kept (window, workbook)."""
    sub = units[0]
    draft = _draft(sub, 90)
    office.intake(_inbox(tmp_path / "1", {"da-duyet.xlsx": sub}), PERIOD)
    run_ = office.intake(_inbox(tmp_path / "2", {"du-thao.xlsx": draft}), PERIOD)
    [r] = run_.results
    assert r.class_ == FileClass.TRUNG and r.new and not r.kept  # as any valid version not kept
    assert "Đã đọc 1 tệp: Đã nhận (không giữ) 1." in run_.summary_text  # as the window counts it
    assert "Đã nhận bản DỰ THẢO" in r.reason and "lập sau bản ĐÃ DUYỆT đã nhận (tệp da-duyet.xlsx" in r.reason
    assert "KHÔNG tính vào tổng hợp, tỉnh giữ bản đơn vị gửi là đã duyệt (có chữ ký của đơn vị)" in r.reason
    assert "được tính" not in r.reason.replace("KHÔNG tính", "")  # not the pending key's "figures count"
    assert r.reason.count("DỰ THẢO") == 1 and "chưa được Lãnh đạo duyệt" not in r.reason  # said once
    assert r.reason.endswith(f" Khóa ký mã {r.key_code} của đơn vị chưa được xác nhận.")
    status = _status(office, sub.unit_code)
    assert status.status == ReportStatus.DA_NHAN and not status.draft and status.file_name == "da-duyet.xlsx"
    assert "Đã nhận bản dự thảo lập sau bản đã duyệt (tệp du-thao.xlsx, lập lúc 10:30 18/06/2026)" in status.reason
    assert "không tính vào tổng hợp, giữ bản đơn vị gửi là đã duyệt" in status.reason
    assert _counted(office, sub.unit_code) == _figure(sub) != "999999"
    path = office.export_xlsx(PERIOD, tmp_path / "tong-hop.xlsx")
    rows = [[c for c in row] for row in load_workbook(path)[SHEET_COMPLETENESS].iter_rows(values_only=True)]
    row = next(r for r in rows if sub.unit_code in r)
    assert any(isinstance(c, str) and "Đã nhận bản dự thảo lập sau bản đã duyệt" in c for c in row)


def test_the_approved_report_is_kept_whichever_arrives_first(office, units, tmp_path):
    """The later draft read first, the approved report after it: the approved one replaces it,
    saying why; a second draft later still changes nothing."""
    sub = units[0]
    [d] = office.intake(_inbox(tmp_path / "1", {"du-thao.xlsx": _draft(sub, 90)}), PERIOD).results
    assert d.kept and _status(office, sub.unit_code).status == ReportStatus.DU_THAO
    [a] = office.intake(_inbox(tmp_path / "2", {"da-duyet.xlsx": sub}), PERIOD).results
    assert a.class_ == FileClass.HOP_LE and a.kept and "Giữ bản ĐÃ DUYỆT" in a.reason
    [d2] = office.intake(_inbox(tmp_path / "3", {"du-thao-2.xlsx": _draft(sub, 180, "888888")}), PERIOD).results
    assert not d2.kept and "KHÔNG tính vào tổng hợp" in d2.reason
    assert _status(office, sub.unit_code).status == ReportStatus.DA_NHAN
    assert "và 1 bản khác" in _status(office, sub.unit_code).reason
    assert _counted(office, sub.unit_code) == _figure(sub)


def test_the_latest_approved_report_wins_and_drafts_count_when_nothing_is_approved(office, units, tmp_path):
    """Among approved reports the later one is kept (a correction approved again); a unit with
    drafts only is counted from its latest draft, marked "Dự thảo"."""
    a, b = units
    approved_again = later(_with_figure(a, "55555"), 240)
    office.intake(_inbox(tmp_path / "1", {"a1.xlsx": a, "a-du-thao.xlsx": _draft(a, 90)}), PERIOD)
    [r] = office.intake(_inbox(tmp_path / "2", {"a2.xlsx": approved_again}), PERIOD).results
    assert r.kept and "Giữ bản lập sau" in r.reason
    assert _counted(office, a.unit_code) == "55555"
    assert _status(office, a.unit_code).reason == ""  # the draft was made before this approval
    office.intake(_inbox(tmp_path / "3", {"b1.xlsx": _draft(b, 10, "11111"), "b2.xlsx": _draft(b, 20, "22222")}),
                  PERIOD)
    status = _status(office, b.unit_code)
    assert status.status == ReportStatus.DU_THAO and status.received
    assert _counted(office, b.unit_code) == "22222"


def test_a_file_dated_before_it_was_made_is_judged_by_the_day_it_was_made(office, units, tmp_path):
    """Made on 25/06 (after the 20/06 deadline), its modification date set to 18/06 (a zip
    entry's date kept by the extraction): late, received on 25/06, and the line says so in one
    sentence (not three, the last blaming the sender's clock); the status says it too."""
    sub = units[0]
    made_late = later(sub, int((LATE - ON_TIME).total_seconds() // 60))
    [r] = office.intake(_inbox(tmp_path / "1", {"tre.xlsx": made_late}, when=ON_TIME), PERIOD).results
    assert r.class_ == FileClass.HOP_LE and r.late and r.received_on == "2026-06-25"
    assert ("mã xác thực " + r.fingerprint[:16] + ". Ngày sửa đổi của tệp (18/06/2026) sớm hơn ngày lập (25/06/2026): "
            "tính trễ hạn theo ngày lập; trễ hạn so với hạn 20/06/2026. Khóa ký") in r.reason
    assert r.reason.count("18/06/2026") == 1 and r.reason.count("25/06/2026") == 1
    assert "đồng hồ" not in r.reason and "ưu tiên" not in r.reason
    status = _status(office, sub.unit_code)
    assert status.status == ReportStatus.TRE_HAN and status.late and status.received_on == "2026-06-25"
    assert status.reason == "Ngày sửa đổi của tệp (18/06/2026) sớm hơn ngày lập (25/06/2026): tính trễ hạn theo ngày lập."
    # read again in a later batch: judged the same way
    [again] = office.intake(tmp_path / "1", PERIOD).results
    assert again.class_ == FileClass.TRUNG and again.late and again.received_on == "2026-06-25"
    # the date of receipt it names is the one the status gives (walk 23, #4: "nhận ngày 18/06/2026")
    assert again.reason.startswith("Đã nhận trước đó chính tệp này (nhận ngày 25/06/2026): ") and "18/06/2026" not in again.reason


def test_a_clock_far_ahead_never_dates_a_receipt_after_the_day_the_file_was_read(office, units, tmp_path,
                                                                                  monkeypatch):
    """Red-team 25, F3: a signed file whose clock says it was made a year ahead, its modification date
    18/06, was judged received on that future day ("nhận ngày 01/06/2027" read in 2026). A file is in
    the folder the day it is read: lateness is judged by that day, the line saying why."""
    sub = units[0]
    monkeypatch.setattr(Intake, "read_on", None)  # read today, the day the program records it read them
    read_on = vietnam_today()
    ahead = later(sub, int((dt.datetime.combine(read_on + dt.timedelta(days=200), dt.time(9), ON_TIME.tzinfo)
                            - ON_TIME).total_seconds() // 60))
    [r] = office.intake(_inbox(tmp_path / "1", {"truoc.xlsx": ahead}, when=ON_TIME), PERIOD).results
    assert r.class_ == FileClass.HOP_LE and r.received_on == read_on.isoformat()
    assert (f"mà ngày lập lại sau ngày đọc tệp ({read_on:%d/%m/%Y}): kiểm tra đồng hồ máy tính của đơn vị; tính trễ "
            "hạn theo ngày đọc tệp") in r.reason
    assert _status(office, sub.unit_code).received_on == read_on.isoformat()
    [again] = office.intake(tmp_path / "1", PERIOD).results
    assert again.class_ == FileClass.TRUNG and again.received_on == read_on.isoformat()
    assert again.reason.startswith(f"Đã nhận trước đó chính tệp này (nhận ngày {read_on:%d/%m/%Y}): ")


def test_a_batch_date_typed_stands_whatever_the_files_clock_says(office, units, tmp_path, capsys):
    """The folder's date of receipt typed as 19/06 (the e-mail's date): a signed file whose clock says
    25/06 is on time all the same, received on 19/06 (issue 14, point 5: never by the file's own
    clock; red-team 25, F2: a unit whose clock runs ahead sent on time); its line and the unit's note
    (window, workbook; the command line's line) say the typed date is before the day the file was
    made, to be checked, worded right for the unit's only file; the province's date stands."""
    a, b = units
    made_late = later(b, int((LATE - ON_TIME).total_seconds() // 60))
    folder = _inbox(tmp_path / "1", {"a.xlsx": a, "b.xlsx": made_late}, when=LATE)
    got = {r.file_name: r for r in office.intake(folder, PERIOD, received=dt.date(2026, 6, 19)).results}
    assert not got["a.xlsx"].late and got["a.xlsx"].received_on == "2026-06-19"
    assert not got["b.xlsx"].late and got["b.xlsx"].received_on == "2026-06-19"
    check = ("Ngày nhận 19/06/2026 (ngày nhập khi đọc thư mục) sớm hơn ngày lập tệp 25/06/2026: "
             "kiểm tra lại ngày nhận đã nhập (hoặc đồng hồ máy tính của đơn vị); trễ hạn tính theo ngày nhận đã nhập.")
    assert check in got["b.xlsx"].reason and "ưu tiên" not in got["b.xlsx"].reason
    assert "tính theo ngày lập" not in got["b.xlsx"].reason and "kiểm tra" not in got["a.xlsx"].reason
    status = _status(office, b.unit_code)
    assert status.status == ReportStatus.DA_NHAN and status.reason == check
    assert _status(office, a.unit_code).reason == ""
    path = office.export_xlsx(PERIOD, tmp_path / "tong-hop.xlsx")
    rows = list(load_workbook(path)[SHEET_COMPLETENESS].iter_rows(values_only=True))
    assert check in next(r for r in rows if b.unit_code in r)
    office.close()
    assert run(["--data-dir", str(tmp_path / "tinh-2"), "consolidate", str(folder), "--period", PERIOD,
                "--received", "2026-06-19"]) == 0
    out = capsys.readouterr().out
    assert "tính theo ngày lập" not in out and "trễ hạn 0" in out and check in out


def test_an_unsigned_file_is_judged_by_the_date_typed(office, units, tmp_path):
    """An unsigned file's time is anybody's to write: a date typed for the folder stands, the line
    saying to check it."""
    a, b = units
    unsigned = replace(later(b, int((LATE - ON_TIME).total_seconds() // 60)), public_key="", signature="")
    folder = _inbox(tmp_path / "1", {"b.xlsx": unsigned}, when=LATE)
    [r] = office.intake(folder, PERIOD, received=dt.date(2026, 6, 19)).results
    assert not r.late and r.received_on == "2026-06-19"
    assert ("Ngày nhận 19/06/2026 (ngày nhập khi đọc thư mục) sớm hơn ngày lập tệp 25/06/2026: "
            "kiểm tra lại ngày nhận đã nhập (hoặc đồng hồ máy tính của đơn vị); trễ hạn tính theo ngày nhận đã nhập.") in r.reason


def test_versions_received_before_the_source_was_recorded_stand_as_judged(office, units, tmp_path):
    """A version whose row says nothing of where its date of receipt came from (as every row written
    before schema 9): a unit judged on time stays on time. The row is made so with sqlite3 and the
    change acknowledged (a schema number set back no longer has the upgrade take it in: red-team 8)."""
    sub = units[0]
    made_late = later(sub, int((LATE - ON_TIME).total_seconds() // 60))
    office.intake(_inbox(tmp_path / "1", {"tre.xlsx": made_late}, when=ON_TIME), PERIOD)
    assert _status(office, sub.unit_code).late  # this version judges the modification date
    edit_with_sqlite3(office.store.path, "UPDATE received SET received_from = NULL")  # as earlier versions wrote
    office.ws.acknowledge_changes()
    upgraded = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    status = _status(upgraded, sub.unit_code)
    assert not status.late and status.received_on == "2026-06-18"
    assert upgraded.store.verify_integrity() == []
    upgraded.close()


def test_an_unsigned_file_is_not_accepted_for_a_unit_that_signs_with_a_pending_key(office, units, tmp_path,
                                                                                   capsys):
    """The unit's signed report received (its key awaiting confirmation), then an unsigned file
    in its name made 30 minutes later: accepting it is refused, saying the unit signs its
    reports with that key and what to do, and the signed report stays the one counted; once
    the key is revoked (the unit's laptop lost it), the unsigned file can be accepted."""
    sub = units[0]
    forged = replace(later(_with_figure(sub, "1"), 30), public_key="", signature="")
    office.intake(_inbox(tmp_path / "1", {"ky.xlsx": sub, "chua-ky.xlsx": forged}), PERIOD)
    with pytest.raises(InvalidInput) as refused:
        office.accept_unsigned(sub.unit_code, PERIOD)
    err = refused.value
    assert err.field == "Tệp chưa ký"
    assert (f"đơn vị đã gửi báo cáo 6 tháng đầu năm 2026 có chữ ký bằng khóa mã {sub.key_code}, đang chờ xác "
            "nhận (tệp ky.xlsx)") in err.message
    assert f"chitieu keys confirm {sub.unit_code} MÃ_TRÊN_GIẤY" in err.message  # the paper's code, never the file's
    assert f"chitieu keys confirm {sub.unit_code} {sub.key_code}" not in err.message
    assert f"chitieu keys revoke {sub.unit_code} --code {sub.key_code}" in err.message
    assert f"signed with key code {sub.key_code}, awaiting confirmation" in err.en
    assert _status(office, sub.unit_code).file_name == "ky.xlsx"
    assert _counted(office, sub.unit_code) == _figure(sub)
    assert office.unsigned(PERIOD)[0].accepted_at is None
    office.close()
    assert run(["--data-dir", str(tmp_path / "tinh"), "unsigned", "accept", sub.unit_code, "--period", PERIOD]) == 2
    assert f"khóa mã {sub.key_code}, đang chờ xác nhận" in capsys.readouterr().err


def test_an_unsigned_file_can_be_accepted_once_the_pending_key_is_revoked(office, units, tmp_path):
    """What the refusal says to do when the unit's laptop lost its key: revoke, then accept."""
    sub = units[0]
    forged = replace(later(_with_figure(sub, "1"), 30), public_key="", signature="")
    office.intake(_inbox(tmp_path / "1", {"ky.xlsx": sub, "chua-ky.xlsx": forged}), PERIOD)
    office.revoke_key(sub.unit_code, sub.key_code)
    row = office.accept_unsigned(sub.unit_code, PERIOD)
    assert row.current and row.file_name == "chua-ky.xlsx"
    assert _counted(office, sub.unit_code) == "1"
