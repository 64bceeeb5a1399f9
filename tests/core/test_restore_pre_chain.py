"""A backup made by a version of the program before the audit chain (schema 4: no approvals kept, no key
register, no versions told apart), restored over the database that version was upgraded into (edge 3 of
"Restore edges"). Its periods' states were not read at all (the warning read a column the old file lacks):
a period reopened since came back Đã duyệt unsaid, one approved again since was said to go back to Đang nhập.
A report the old version sent after the backup was said to rest on a backup changed outside the program (its
chain could not be checked: it has none). At the province its reports and key register were not read either:
the keys confirmed since went unsaid, the reports it holds were said to be received since. The warning now
reads the old file as the restore brings it back. Nothing is carried from it: its approvals, kept by no
version, cannot be exported again as they are, so no number is issued for them after it."""
from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop_app import backups
from desktop_app.core.workflow import State
from desktop_app.province import ProvinceOffice
from desktop_app.services import Workspace, export_period
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 - office is a fixture
from tests.province.helpers import make_submissions

pytestmark = pytest.mark.usefixtures("approved_before_report_date")
PRE_CHAIN = 4  # db/store.CHAIN_SCHEMA - 1
OLD_TABLES = ("meta", "settings", "catalogs", "users", "entries", "baselines", "own_targets", "narratives",
              "period_states", "period_history", "audit", "received", "intake_runs", "intake_log")


def _as_an_old_version_wrote_it(live: Path, old: Path) -> None:
    """`live`'s data in the tables of schema 4, as that version wrote them: its columns only, no chain rows."""
    import sqlite_utils

    from db.schema import MIGRATIONS

    old.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(old)
    db = sqlite_utils.Database(conn, execute_plugins=False)
    for migration in MIGRATIONS[:PRE_CHAIN]:
        migration(db)
    conn.execute(f"PRAGMA user_version = {PRE_CHAIN}")
    conn.execute("ATTACH ? AS live", (str(live),))
    for table in OLD_TABLES:
        cols = ",".join(c[1] for c in conn.execute(f"PRAGMA main.table_info({table})"))
        chain = " WHERE action NOT IN ('record_state', 'schema')" if table == "audit" else ""
        conn.execute(f"INSERT INTO main.{table} ({cols}) SELECT {cols} FROM live.{table}{chain}")
    conn.commit()
    conn.execute("DETACH live")
    conn.close()


def _upgraded(live: Path, old: Path) -> None:
    """The database in use becomes what the old version left, then upgraded by this one (at its next start)."""
    _as_an_old_version_wrote_it(live, old)
    for leftover in live.parent.glob(live.name + "*"):
        leftover.unlink()
    shutil.copy(old, live)


def test_a_period_reopened_since_a_pre_chain_backup_is_said_to_come_back_approved(office, tmp_path):  # noqa: F811
    as_(office, "canbo")
    fill_year(office)
    office.complete("2026")
    as_(office, "lanhdao")
    office.approve("2026")
    code = office.store.period_state("05503", "2026").fingerprint
    live, old = Path(office.store.path), tmp_path / "usb" / "chitieu-ban-cu.db"
    office.close()
    _upgraded(live, old)
    ws = as_(Workspace.open(live.parent), "lanhdao")
    try:
        ws.reopen("2026", "sửa số thu ngân sách")
    finally:
        ws.close()

    warning = backups.restore_warning(live, old)  # was None

    assert warning is not None
    assert str(warning).startswith("Kỳ năm 2026 đã được Lãnh đạo mở lại lúc "), str(warning)
    assert ("(lý do: sửa số thu ngân sách) sau khi sao lưu: sau khi khôi phục, kỳ trở lại trạng thái Đã duyệt với bản "
            f"đã duyệt mã xác thực {code[:16]}") in str(warning), str(warning)
    assert "reopened by a leader" in warning.en
    backups.restore(live, old, administrator=("admin", "cay-tre-2026"))
    ws = Workspace.open(live.parent)
    try:
        assert ws.period_state("2026") == State.APPROVED  # as the warning said
    finally:
        ws.close()


def test_a_period_approved_again_since_a_pre_chain_backup_is_said_to_go_back_to_the_old_approval(office,  # noqa: F811
                                                                                                 tmp_path):
    as_(office, "canbo")
    fill_year(office)
    office.complete("2026")
    as_(office, "lanhdao")
    office.approve("2026")
    old_code = office.store.period_state("05503", "2026").fingerprint
    live, old = Path(office.store.path), tmp_path / "usb" / "chitieu-ban-cu.db"
    office.close()
    _upgraded(live, old)
    ws = as_(Workspace.open(live.parent), "lanhdao")
    try:
        ws.reopen("2026", "sửa số")
        as_(ws, "canbo")
        ws.set_entry("2026", "thu_ngan_sach", value="51.200")
        ws.complete("2026")
        as_(ws, "lanhdao")
        ws.approve("2026")
        as_(ws, "canbo")
        export_period(ws, "2026", tmp_path / "gui", doc_number="15", report_date=dt.date(2026, 12, 15))
    finally:
        ws.close()

    warning = str(backups.restore_warning(live, old))

    # it said "trở lại trạng thái Đang nhập như trong bản sao lưu và phải duyệt lại": the old approval comes back
    assert "Đang nhập như trong bản sao lưu" not in warning, warning
    assert (f"kỳ đó trở lại lần duyệt trước trong bản sao lưu (mã xác thực {old_code[:16]}, trạng thái Đã duyệt)"
            in warning), warning
    backups.restore(live, old, administrator=("admin", "cay-tre-2026"))
    ws = Workspace.open(live.parent)
    try:
        assert ws.period_state("2026") == State.APPROVED
        assert ws.store.period_state("05503", "2026").fingerprint == old_code
    finally:
        ws.close()


TAN_CUONG = "05503"


def test_a_province_pre_chain_backup_says_the_keys_confirmed_and_reports_received_since(tmp_path):
    first = tmp_path / "hop-thu-1"
    first.mkdir()
    communes, subs = make_submissions(first, [TAN_CUONG], "2026-6M", data_dir=tmp_path / "xa")
    province = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    province.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    province.intake(first, "2026-6M")
    live, old = Path(province.store.path), tmp_path / "usb" / "chitieu-tinh-cu.db"
    province.close()
    _upgraded(live, old)
    second = tmp_path / "hop-thu-2"
    second.mkdir()
    others = [c.code for c in communes.catalog.communes if c.code != TAN_CUONG][:2]
    communes.close()
    later, _subs = make_submissions(second, others, "2026-6M", data_dir=tmp_path / "xa-khac")
    later.close()
    province = ProvinceOffice.open(live.parent, user="van-thu")
    try:
        code = subs[TAN_CUONG].key_code
        province.confirm_key(TAN_CUONG, code)
        province.intake(second, "2026-6M")
    finally:
        province.close()

    warning = backups.restore_warning(live, old)  # was None

    assert warning is not None
    assert (f"Khóa {code} của Xã Tân Cương đã được xác nhận (đối chiếu với báo cáo giấy) sau lúc sao lưu"
            in str(warning)), str(warning)
    assert "khóa lại ở trạng thái Chờ xác nhận như trong bản sao lưu" in str(warning)
    assert "Tỉnh đã nhận 2 bản báo cáo sau lúc sao lưu" in str(warning), str(warning)


def _sent_by_the_old_version(old_db: Path) -> None:
    """The old version exports the approved period for the province after the backup: it marks it Đã gửi, with
    a step of the period's history and a row of the change log, as it wrote them (no number, no chain)."""
    conn = sqlite3.connect(old_db)
    at = "2026-12-05T08:00:00+07:00"
    fingerprint = conn.execute("SELECT fingerprint FROM period_states WHERE period = '2026'").fetchone()[0]
    conn.execute("UPDATE period_states SET state = 'Đã gửi', sent_at = ?, updated_at = ? WHERE period = '2026'",
                 (at, at))
    conn.execute("INSERT INTO period_history (commune, period, at, user, event, from_state, to_state, fingerprint)"
                 " VALUES ('05503', '2026', ?, 'canbo', 'sent', 'Đã duyệt', 'Đã gửi', ?)", (at, fingerprint))
    conn.execute("INSERT INTO audit (at, user, action, commune, period, field, old, new)"
                 " VALUES (?, 'canbo', 'state', '05503', '2026', 'state', 'Đã duyệt', 'Đã gửi')", (at,))
    conn.commit()
    conn.close()


def test_a_report_sent_by_the_old_version_since_its_backup_is_not_called_tampering(office, tmp_path):  # noqa: F811
    as_(office, "canbo")
    fill_year(office)
    office.complete("2026")
    as_(office, "lanhdao")
    office.approve("2026")
    code = office.store.period_state("05503", "2026").fingerprint
    live, old = Path(office.store.path), tmp_path / "usb" / "chitieu-ban-cu.db"
    office.close()
    _upgraded(live, old)
    _sent_by_the_old_version(live)  # before this version first opened it
    Workspace.open(live.parent).close()

    warning = str(backups.restore_warning(live, old))

    assert "đã xuất gửi tỉnh lúc" in warning and "lịch sử không còn ghi việc đó" in warning, warning
    # it said the backup's approvals or history were changed outside the program: nothing was
    assert "có việc duyệt hoặc lịch sử bị sửa ngoài chương trình" not in warning, warning
    assert (f"bản đã duyệt (mã xác thực {code[:16]}) trở lại như trong bản sao lưu; bản sao lưu do phiên bản cũ của "
            "chương trình tạo ra") in warning, warning
