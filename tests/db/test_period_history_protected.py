"""The history of a period's states (period_history: each approval's code, each reopening's reason) is in
the audit chain (red-team 12, finding 1). The approved paper prints it ("Duyệt lại ngày …, thay bản mã …
đã duyệt ngày …; lý do mở lại: …"): a reason edited with sqlite3, the first approval's row deleted, or a
row added are named by `audit verify` with the period's name and hold the period back (export refused)
until an administrator acknowledges them, which voids the period's approval as a change to its approval
or state does; a database of schema 13 upgrades with its history taken in as it is, intact."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from db.schema import SCHEMA_VERSION
from desktop_app.core.errors import ChangedOutside, DatabaseDamaged
from desktop_app.core.workflow import State
from desktop_app.province import ProvinceOffice
from desktop_app.services import Workspace, export_period
from tests.core.test_changed_outside import _as, _cli, office  # noqa: F401 (the fixture)
from tests.edited_outside import edit_with_sqlite3

DATA = Path(__file__).parent / "data"
REASON = "Sửa số BHYT theo công văn 12"
FORGED = "Theo chỉ đạo của Bí thư"
# tests/db/data/README.md: schema13_commune.db's 2026, approved, reopened with this reason, approved again
OLD_PW = {"quantri": "Admin!2026pw", "canbo": "Nhap!2026pw", "lanhdao": "Lanh!2026pw"}
OLD_REASON = "Sửa số BHYT theo công văn 12 của BHXH huyện"


def _reapproved(office) -> None:  # noqa: F811
    """2026 approved, reopened with REASON, corrected, marked complete and approved again."""
    leader = _as(office, "lanhdao")
    leader.approve("2026")
    leader.reopen("2026", REASON)
    leader.close()
    officer = _as(office, "canbo")
    officer.set_entry("2026", "bhyt", numerator="9.600", denominator="10.000")
    officer.complete("2026")
    officer.close()
    leader = _as(office, "lanhdao")
    leader.approve("2026")
    assert leader.submission("2026").replaces.reason == REASON
    leader.close()


def _found(data_dir) -> list[str]:
    ws = _as(data_dir, "admin")
    try:
        return [t.message for t in ws.verify_history()]
    finally:
        ws.close()


def test_a_reopen_reason_edited_with_sqlite3_is_named_and_holds_the_period_back(office, tmp_path, monkeypatch,  # noqa: F811
                                                                             capsys):
    _reapproved(office)
    edit_with_sqlite3(office, f"UPDATE period_history SET reason = '{FORGED}' WHERE event = 'reopen'")
    found = _found(office)
    assert found == ["Dòng số 3 của lịch sử trạng thái kỳ năm 2026 (Đã duyệt → Đang nhập) đã bị sửa ngoài chương "
                     "trình."]
    assert _cli(office, "admin", monkeypatch, "audit", "verify") == 1
    assert found[0] in capsys.readouterr().err

    officer = _as(office, "canbo")
    with pytest.raises(ChangedOutside, match="Dòng số 3 của lịch sử trạng thái kỳ năm 2026"):
        export_period(officer, "2026", tmp_path / "refused")
    assert officer.changes_outside("2026") and not officer.changes_outside("2026-6M")  # its own period only
    officer.close()
    assert not (tmp_path / "refused").exists() or not any((tmp_path / "refused").iterdir())

    admin = _as(office, "admin")
    assert admin.acknowledge_changes() == found
    # the leader's words on the approved paper are not what is stored now: the approval is voided
    assert admin.period_state("2026") == State.COMPLETE and len(admin.approvals_voided) == 1
    assert admin.verify_history() == []
    admin.close()
    leader = _as(office, "lanhdao")
    leader.approve("2026")
    result = export_period(leader, "2026", tmp_path / "again", pdf=False)
    assert result.submission.approved and FORGED not in result.submission.replaces.reason
    assert not result.submission.replaces.reopened  # it replaces the voided approval
    leader.close()


def test_the_first_approval_s_row_deleted_is_found(office, tmp_path, monkeypatch, capsys):  # noqa: F811
    _reapproved(office)
    edit_with_sqlite3(office, "DELETE FROM period_history WHERE event = 'approve' AND id = "
                              "(SELECT min(id) FROM period_history WHERE event = 'approve')")
    found = _found(office)
    assert found[0] == "Dòng số 2 của lịch sử trạng thái kỳ năm 2026 đã bị xóa ngoài chương trình."
    # the first approval kept no step of its own in the history (db/approvals_agree.py)
    assert len(found) == 2 and found[1].startswith("Bản duyệt số 1 của kỳ năm 2026, Xã Tân Cương (mã 05503)")
    assert "nhưng lịch sử trạng thái kỳ không ghi lần duyệt nào ứng với nó" in found[1]
    officer = _as(office, "canbo")
    with pytest.raises(ChangedOutside, match="Dòng số 2 của lịch sử trạng thái kỳ năm 2026 đã bị xóa"):
        export_period(officer, "2026", tmp_path / "refused")
    officer.close()
    assert _cli(office, "canbo", monkeypatch, "export", "--period", "2026", "--out", str(tmp_path / "cli")) != 0
    assert "Dòng số 2 của lịch sử trạng thái kỳ năm 2026 đã bị xóa" in capsys.readouterr().err


def test_a_row_put_back_and_a_row_added_are_found(office):  # noqa: F811
    """rt12's variant: the deleted approval row inserted again by hand beside the forged reason, and a
    row that never was."""
    _reapproved(office)
    edit_with_sqlite3(
        office, "DELETE FROM period_history WHERE id = 2",
        "INSERT INTO period_history (id, commune, period, at, user, event, from_state, to_state, fingerprint)"
        " SELECT 2, commune, period, at, user, 'approve', 'Hoàn thành', 'Đã duyệt', 'ab' FROM period_history"
        " WHERE id = 1",
        "INSERT INTO period_history (commune, period, at, user, event, from_state, to_state, reason)"
        " SELECT commune, '2026-6M', at, 'lanhdao', 'reopen', 'Đã duyệt', 'Đang nhập', 'x' FROM period_history"
        " WHERE id = 1")
    found = _found(office)
    assert found[:2] == [
        "Dòng số 2 của lịch sử trạng thái kỳ năm 2026 (Hoàn thành → Đã duyệt) đã bị sửa ngoài chương trình.",
        "Dòng số 6 của lịch sử trạng thái kỳ 6 tháng đầu năm 2026 (Đã duyệt → Đang nhập) đã được thêm ngoài "
        "chương trình."], found
    # the row put back does not carry the first approval's code (db/approvals_agree.py)
    assert len(found) == 3 and found[2].startswith("Bản duyệt số 1 của kỳ năm 2026")
    assert "(dòng số 2) ghi lần duyệt đó mã ab," in found[2]


def _old_commune(tmp_path) -> Path:
    folder = tmp_path / "xa"
    folder.mkdir()
    shutil.copy(DATA / "schema13_commune.db", folder / "chitieu.db")
    return folder


def _old_as(folder, who: str) -> Workspace:
    ws = Workspace.open(folder)
    ws.login(who, OLD_PW[who])
    return ws


def test_a_schema_13_commune_database_upgrades_with_its_history_taken_in(tmp_path):
    folder = _old_commune(tmp_path)
    ws = _old_as(folder, "canbo")
    try:
        assert ws.store.schema_version == SCHEMA_VERSION and ws.verify_history() == []
        assert ws.period_state("2026") == State.SENT
        replaced = ws.submission("2026").replaces
        assert replaced.reason == OLD_REASON and replaced.fingerprint.startswith("a2485afdef6214af")
        export_period(ws, "2026", tmp_path / "out", pdf=False)  # not held back
    finally:
        ws.close()
    # from then on an edit of the history taken in is found
    edit_with_sqlite3(folder, f"UPDATE period_history SET reason = '{FORGED}' WHERE event = 'reopen'")
    ws = _old_as(folder, "quantri")
    try:
        assert [t.message for t in ws.verify_history()] == [
            "Dòng số 3 của lịch sử trạng thái kỳ năm 2026 (Đã duyệt → Đang nhập) đã bị sửa ngoài chương trình."]
    finally:
        ws.close()


def test_a_history_edited_then_the_schema_set_back_is_not_taken_in(tmp_path):
    """The migration that takes the history in does not run again on a number set back."""
    folder = _old_commune(tmp_path)
    _old_as(folder, "canbo").close()  # upgraded by this version
    edit_with_sqlite3(folder, f"UPDATE period_history SET reason = '{FORGED}' WHERE event = 'reopen'",
                      "PRAGMA user_version = 13")  # before the history was taken in (_v14)
    with pytest.raises(DatabaseDamaged, match="số lược đồ đã bị sửa ngoài chương trình"):
        Workspace.open(folder)
    edit_with_sqlite3(folder, "DELETE FROM audit WHERE action = 'schema'")  # and its rows deleted too
    ws = _old_as(folder, "quantri")
    try:
        found = [t.message for t in ws.verify_history()]
        assert any(m.startswith("Nhật ký thay đổi bị sửa ngoài chương trình từ dòng số ") for m in found), found
        assert "Dòng số 3 của lịch sử trạng thái kỳ năm 2026 (Đã duyệt → Đang nhập) đã được thêm ngoài chương " \
               "trình." in found, found
    finally:
        ws.close()


@pytest.mark.parametrize("fixture", ["schema12_province.db", "schema2_commune.db"])
def test_older_databases_upgrade_clean(tmp_path, fixture):
    folder = tmp_path / "d"
    folder.mkdir()
    shutil.copy(DATA / fixture, folder / "chitieu.db")
    if "province" in fixture:
        ws = ProvinceOffice.open(folder, user="van-thu")
        found = ws.store.verify_integrity()
    else:
        ws = Workspace.open(folder)
        ws.login("quantri", "Admin!2026pw")
        found = ws.verify_history()
        assert [h.event for h in ws.period_history("2026-Q1")][-1] == "reopen"
    try:
        assert ws.store.schema_version == SCHEMA_VERSION and found == []
    finally:
        ws.close()
