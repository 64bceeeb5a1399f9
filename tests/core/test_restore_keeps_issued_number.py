"""Red-team 26, F2: a backup taken between an approval and its first export for the province does not
hold the number and date the report was issued with (core/doc_number.issued_of reads them from the
period's history). Restored, the next export of that same approval took any number and date (99 of
28/12 for a report the province holds as 07 of 15/12, one code), and the warning only asked to type
the same ones again. The restore now carries them (desktop_app/backups._carry_issued): read from the
data it replaces, written as the "sent" step the export wrote, in the restore's transaction; the
warning says they are kept."""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from desktop_app import backups
from desktop_app.cli import run
from desktop_app.core.doc_number import Issued
from desktop_app.core.errors import InvalidInput
from desktop_app.core.workflow import State
from desktop_app.services import Workspace, export_period
from tests.core.test_workflow import PW, as_, fill_year, office  # noqa: F401 - office is a fixture

pytestmark = pytest.mark.usefixtures("approved_before_report_date")
DAY = dt.date(2026, 12, 15)
KEPT = ("Báo cáo đã duyệt kỳ năm 2026 (mã xác thực {code}) đã phát hành số 15/BC-UBND ngày 15/12/2026 sau khi "
        "sao lưu, mà bản sao lưu chưa ghi: khi khôi phục, máy giữ lại số và ngày đó và ghi kỳ ở trạng thái Đã xuất. "
        "Tỉnh đang giữ báo cáo số 15/BC-UBND ngày 15/12/2026; mỗi lần duyệt chỉ có một số văn bản và một ngày báo "
        "cáo, nên mỗi lần xuất lại bản đã duyệt này vẫn mang đúng số và ngày đó.")
KEPT_EN = ("The approved report of year 2026 (code {code}) was issued with number 15/BC-UBND, dated 15/12/2026 after "
           "the backup was taken, which the backup does not record: the restore keeps that number and date and marks "
           "the period Exported. The province holds the report with number 15/BC-UBND, dated 15/12/2026; one approval has "
           "one document number and one report date, so every later export of this approved report carries them.")


def _approved(ws) -> None:
    as_(ws, "canbo")
    fill_year(ws)
    ws.complete("2026")
    as_(ws, "lanhdao")
    ws.approve("2026")
    as_(ws, "canbo")


def _export(ws, out: Path, number: str = "15", day: dt.date | None = DAY):
    return export_period(ws, "2026", out, doc_number=number, report_date=day).submission


def _restored(office, backup) -> Workspace:  # noqa: F811
    as_(office, "admin")
    backups.restore(office, backup)
    ws = Workspace.open(Path(office.store.path).parent)
    as_(ws, "canbo")
    return ws


def test_the_warning_says_the_number_and_date_issued_since_are_kept(office, tmp_path):  # noqa: F811
    _approved(office)
    backup = backups.take_backup(office, "thu")
    sent = _export(office, tmp_path / "gui-1")

    warning = backups.restore_warning(Path(office.store.path), backup)

    code = sent.fingerprint[:16]
    assert KEPT.format(code=code) in str(warning)
    assert KEPT_EN.format(code=code) in warning.en
    assert "--number" not in str(warning) and "hãy ghi đúng số" not in str(warning)
    # the export is kept, not taken back: no line says the history no longer records it
    assert "lịch sử không còn ghi việc đó" not in str(warning)


def test_the_restore_keeps_the_number_and_date_and_refuses_another(office, tmp_path, monkeypatch):  # noqa: F811
    _approved(office)
    backup = backups.take_backup(office, "thu")
    first = _export(office, tmp_path / "gui-1")
    marked = next(h.at for h in office.period_history("2026") if h.event == "sent")

    ws = _restored(office, backup)
    try:
        assert ws.issued("2026") == Issued("15", DAY)
        assert ws.period_state("2026") == State.SENT and ws.sent_at("2026") == marked  # when it was marked sent
        step = ws.period_history("2026")[-1]
        assert (step.event, step.user, step.from_state, step.to_state) == ("sent", "admin", "Đã duyệt", "Đã gửi")
        assert step.reason.startswith("Số và ngày báo cáo mang sang từ dữ liệu trước khi khôi phục (đã xuất gửi "
                                      "tỉnh lúc "), step.reason
        rows = ws.store.audit_rows(period="2026")
        assert any(r.action == "state" and r.new == "Đã gửi (số 15/BC-UBND, ngày 15/12/2026)" and r.user == "admin"
                   for r in rows)
        with pytest.raises(InvalidInput, match="đã xuất gửi tỉnh với số 15/BC-UBND ngày 15/12/2026"):
            _export(ws, tmp_path / "gui-2", "16", dt.date(2026, 12, 20))
        with pytest.raises(InvalidInput, match="đã xuất gửi tỉnh với số 15/BC-UBND ngày 15/12/2026"):
            _export(ws, tmp_path / "gui-3", "15", dt.date(2026, 12, 20))
        again = _export(ws, tmp_path / "gui-4", "", None)  # left out: the ones issued
        assert (again.fingerprint, again.doc_number, again.report_date) == (first.fingerprint, "15", DAY)
        as_(ws, "admin")
        assert ws.verify_history() == []
    finally:
        ws.close()
    monkeypatch.setenv("CHITIEU_PASSWORD", PW["admin"])
    assert run(["--data-dir", str(Path(office.store.path).parent), "--user", "admin", "audit", "verify"]) == 0


def test_a_number_left_blank_is_kept_blank_with_its_date(office, tmp_path):  # noqa: F811
    _approved(office)
    backup = backups.take_backup(office, "thu")
    _export(office, tmp_path / "gui-1", "")
    assert "đã phát hành số để trống, viết tay trên bản in, ngày 15/12/2026 sau khi sao lưu" in str(
        backups.restore_warning(Path(office.store.path), backup))

    ws = _restored(office, backup)
    try:
        assert ws.issued("2026") == Issued("", DAY) and ws.period_state("2026") == State.SENT
        with pytest.raises(InvalidInput, match="Ngày báo cáo|ngày 15/12/2026"):
            _export(ws, tmp_path / "gui-2", "", dt.date(2026, 12, 20))
    finally:
        ws.close()


def test_an_approval_reopened_since_comes_back_sent_with_its_number(office, tmp_path):  # noqa: F811
    _approved(office)
    backup = backups.take_backup(office, "thu")
    first = _export(office, tmp_path / "gui-1")
    as_(office, "lanhdao")
    office.reopen("2026", "sửa số liệu")
    assert (f"kỳ trở lại trạng thái Đã xuất với bản đã duyệt mã xác thực {first.fingerprint[:16]}"
            in str(backups.restore_warning(Path(office.store.path), backup)))
    as_(office, "canbo")
    office.complete("2026")
    as_(office, "lanhdao")
    office.approve("2026")
    as_(office, "canbo")
    _export(office, tmp_path / "gui-2", "16", dt.date(2026, 12, 20))

    warning = str(backups.restore_warning(Path(office.store.path), backup))
    # the restore brings back the approval issued as 15, Đã gửi; approved again with the same figures, the one
    # issued as 16 has the same code: the province keeps the first, 15, and drops no code (red-team 28)
    assert KEPT.format(code=first.fingerprint[:16]) in warning
    assert "số 16/BC-UBND" not in warning and "bỏ bản mã" not in warning
    assert (f"cùng mã xác thực {first.fingerprint[:16]}, ở trạng thái Đã xuất với số 15/BC-UBND ngày 15/12/2026, số "
            f"và ngày tỉnh nhận báo cáo mã {first.fingerprint[:16]} lần đầu") in warning

    ws = _restored(office, backup)
    try:
        assert ws.approval("2026").fingerprint == first.fingerprint
        assert ws.issued("2026") == Issued("15", DAY) and ws.period_state("2026") == State.SENT
    finally:
        ws.close()


def test_nothing_is_carried_from_a_database_whose_history_does_not_continue_the_backup(office, tmp_path):  # noqa: F811
    """The history of the database in use does not carry on the backup's (it was restored from an older
    backup since): its own export is no number that approval was issued with after the backup. The number the
    restore recorded for that code is (red-team 31 F1): the same figures approved again print it, not another."""
    before = backups.take_backup(office, "truoc")
    _approved(office)
    backup = backups.take_backup(office, "thu")
    _export(office, tmp_path / "gui-1")
    ws = _restored(office, backup)  # carried: the histories continue
    assert ws.issued("2026") == Issued("15", DAY)
    ws = _restored(ws, before)  # back before the approval (the restore closes `ws`); approved again, same code
    _approved(ws)
    with pytest.raises(InvalidInput, match="15/BC-UBND"):
        _export(ws, tmp_path / "gui-2", "16", dt.date(2026, 12, 20))
    assert _export(ws, tmp_path / "gui-2", "", None).doc_number == "15"
    db = Path(ws.store.path)
    assert backups.sqlite_backup.continues(db, backup) is False
    assert "số 16/BC-UBND" not in str(backups.restore_warning(db, backup) or "")
    ws = _restored(ws, backup)
    try:
        assert ws.issued("2026") == Issued("15", DAY) and ws.period_state("2026") == State.SENT
    finally:
        ws.close()


def test_a_number_the_backup_holds_already_or_never_issued_is_not_named(office, tmp_path):  # noqa: F811
    _approved(office)
    backup = backups.take_backup(office, "thu")
    assert "phát hành" not in str(backups.restore_warning(Path(office.store.path), backup) or "")
    _export(office, tmp_path / "gui-1")
    after = backups.take_backup(office, "thu")
    _export(office, tmp_path / "gui-2", "", None)  # the same again, as issued

    assert "phát hành" not in str(backups.restore_warning(Path(office.store.path), after) or "")
    ws = _restored(office, after)  # nothing to carry: the backup holds it, one "sent" step
    try:
        assert ws.issued("2026") == Issued("15", DAY)
        assert [h.event for h in ws.period_history("2026")].count("sent") == 1
    finally:
        ws.close()


def test_the_number_is_kept_with_the_symbol_the_approved_report_prints(office, tmp_path):  # noqa: F811
    as_(office, "admin")
    office.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "VP")
    _approved(office)
    backup = backups.take_backup(office, "thu")
    _export(office, tmp_path / "gui-1", "15/BC-VP")

    assert "đã phát hành số 15/BC-VP ngày 15/12/2026 sau khi sao lưu" in str(
        backups.restore_warning(Path(office.store.path), backup))
    ws = _restored(office, backup)
    try:
        assert ws.issued("2026") == Issued("15", DAY)
        assert any(r.new == "Đã gửi (số 15/BC-VP, ngày 15/12/2026)" for r in ws.store.audit_rows(period="2026"))
    finally:
        ws.close()


def test_a_number_written_by_another_tool_is_not_carried(office, tmp_path):  # noqa: F811
    """The data a restore replaces may be why it is restored: a "sent" step another tool rewrote (number
    99 for the 15 exported) is neither said nor carried into the restored data as the administrator's."""
    _approved(office)
    backup = backups.take_backup(office, "thu")
    _export(office, tmp_path / "gui-1")
    conn = sqlite3.connect(office.store.path)
    step, snapshot = conn.execute("SELECT id, snapshot FROM period_history WHERE event = 'sent'").fetchone()
    forged = json.loads(snapshot)
    forged["doc_number"] = "99"
    conn.execute("UPDATE period_history SET snapshot = ? WHERE id = ?", (json.dumps(forged), step))
    conn.commit()
    conn.close()
    assert "99/BC-UBND" not in str(backups.restore_warning(Path(office.store.path), backup))

    ws = _restored(office, backup)
    try:
        assert ws.issued("2026") is None and ws.period_state("2026") == State.APPROVED
        assert all(h.event != "sent" for h in ws.period_history("2026"))
    finally:
        ws.close()


def _approved_again(ws) -> None:
    """Reopened and approved again with the same figures: a new approval, the same code."""
    as_(ws, "lanhdao")
    ws.reopen("2026", "xem lại")
    as_(ws, "canbo")
    ws.complete("2026")
    as_(ws, "lanhdao")
    ws.approve("2026")
    as_(ws, "canbo")


def test_the_number_of_the_same_code_issued_under_a_later_approval_is_kept(office, tmp_path):  # noqa: F811
    """Red-team 28: approval A backed up unsent, reopened and approved again (B) with the same figures, B
    exported as 16 of 20/12. Restored, A came back Đã duyệt with no number and was exported as 17 of 28/12
    under the code the province holds as 16; the warning asked the province to drop that very code."""
    _approved(office)
    code = office.approval("2026").fingerprint
    backup = backups.take_backup(office, "thu")
    _approved_again(office)
    sent = _export(office, tmp_path / "gui-1", "16", dt.date(2026, 12, 20))
    assert sent.fingerprint == code

    warning = backups.restore_warning(Path(office.store.path), backup)
    short = code[:16]
    assert (f"Báo cáo đã duyệt kỳ năm 2026 (mã xác thực {short}) đã phát hành số 16/BC-UBND ngày 20/12/2026 sau "
            "khi sao lưu") in str(warning)
    assert (f"trở lại lần duyệt trong bản sao lưu, cùng mã xác thực {short}, ở trạng thái Đã xuất với số 16/BC-UBND "
            "ngày 20/12/2026, số và ngày tỉnh nhận báo cáo") in str(warning)
    assert "bỏ bản mã" not in str(warning) and "mà cơ sở dữ liệu khôi phục không còn" not in str(warning)
    assert "drop the file" not in warning.en

    ws = _restored(office, backup)
    try:
        assert ws.issued("2026") == Issued("16", dt.date(2026, 12, 20)) and ws.period_state("2026") == State.SENT
        with pytest.raises(InvalidInput, match="đã xuất gửi tỉnh với số 16/BC-UBND ngày 20/12/2026"):
            _export(ws, tmp_path / "gui-2", "17", dt.date(2026, 12, 28))
        again = _export(ws, tmp_path / "gui-3", "", None)
        assert (again.fingerprint, again.doc_number, again.report_date) == (code, "16", dt.date(2026, 12, 20))
        as_(ws, "admin")
        assert ws.verify_history() == []
    finally:
        ws.close()


def test_the_same_code_issued_then_reopened_comes_back_sent_with_its_number(office, tmp_path):  # noqa: F811
    """As above, the later approval reopened after its export: the restore brings A back Đã gửi as 16."""
    _approved(office)
    code = office.approval("2026").fingerprint
    backup = backups.take_backup(office, "thu")
    _approved_again(office)
    _export(office, tmp_path / "gui-1", "16", dt.date(2026, 12, 20))
    as_(office, "lanhdao")
    office.reopen("2026", "sửa tiếp")

    warning = str(backups.restore_warning(Path(office.store.path), backup))
    assert f"kỳ trở lại trạng thái Đã xuất với bản đã duyệt mã xác thực {code[:16]}" in warning
    assert "đã phát hành số 16/BC-UBND ngày 20/12/2026 sau khi sao lưu" in warning

    ws = _restored(office, backup)
    try:
        assert ws.issued("2026") == Issued("16", dt.date(2026, 12, 20)) and ws.period_state("2026") == State.SENT
    finally:
        ws.close()


def test_an_approval_edited_outside_the_program_in_the_backup_is_not_carried(office, tmp_path):  # noqa: F811
    """Red-team 28: a backup whose approval was edited outside the program, restored (only warned): its
    forged approval was marked Đã gửi by the administrator with the number the genuine one was issued with."""
    _approved(office)
    backup = backups.take_backup(office, "thu")
    _export(office, tmp_path / "gui-1")
    conn = sqlite3.connect(backup)
    approval, snapshot = conn.execute("SELECT id, snapshot FROM approvals").fetchone()
    forged = snapshot.replace("50000", "90000")
    assert forged != snapshot
    conn.execute("UPDATE approvals SET snapshot = ? WHERE id = ?", (forged, approval))
    conn.commit()
    conn.close()

    warning = str(backups.restore_warning(Path(office.store.path), backup))
    assert "phát hành" not in warning and "bị sửa ngoài chương trình" in warning
    # nor does it vouch for the approval it brings back (it said "các tệp đã gửi vẫn đúng")
    assert "vẫn đúng" not in warning
    assert "nên không biết bản đã duyệt được khôi phục có còn đúng như các tệp đã gửi" in warning

    ws = _restored(office, backup)
    try:
        assert ws.issued("2026") is None and ws.period_state("2026") == State.APPROVED
        assert all(h.event != "sent" for h in ws.period_history("2026"))
    finally:
        ws.close()
