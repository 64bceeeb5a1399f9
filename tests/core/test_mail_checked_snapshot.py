"""Gửi cho tỉnh… sends what its check for changes made outside the program looked at: the check
and the reading of the files it lets go out are one snapshot of the database, so an approval or a
figure edited with sqlite3 in the moment between them does not change what the mail carries (and
the next send is refused, naming the change)."""
from __future__ import annotations

import email

import pytest

from desktop_app.core.errors import ChangedOutside
from desktop_app.core.workflow import State
from desktop_app.mail import prepare_mail
from desktop_app.services import export_period
from exports.submission_reader import read_submission
from tests.core.test_export_checked_snapshot import _edit_right_after_the_check
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)


def _attached_workbook(eml, tmp_path):
    """The workbook the mail carries, as the province reads it."""
    message = email.message_from_bytes(eml.read_bytes())
    part = next(p for p in message.walk() if (p.get_filename() or "").endswith(".xlsx"))
    path = tmp_path / "attached.xlsx"
    path.write_bytes(part.get_payload(decode=True))
    return read_submission(path)


def _next_send_refused(ws, out, monkeypatch) -> None:
    """Once the other program is done, the next send is refused, naming the change; no mail."""
    monkeypatch.undo()
    for eml in out.glob("*.eml"):
        eml.unlink()
    with pytest.raises(ChangedOutside, match="chưa gửi báo cáo được"):
        prepare_mail(ws, "2026", out, mark_sent=False)
    assert not list(out.glob("*.eml"))


def test_an_approval_taken_away_between_the_check_and_the_reading_is_not_what_is_sent(office, tmp_path, monkeypatch):  # noqa: F811
    as_(office, "canbo")
    fill_year(office)
    office.complete("2026")
    as_(office, "lanhdao")
    office.approve("2026")
    out = tmp_path / "out"
    exported = export_period(office, "2026", out, pdf=True, mark_sent=False)
    _edit_right_after_the_check(office, monkeypatch, f"UPDATE period_states SET state = '{State.COMPLETE.value}', approval_id = NULL")
    draft = prepare_mail(office, "2026", out, mark_sent=False)
    assert not draft.exported  # the approved files the check saw, sent as they are
    sent = _attached_workbook(draft.path, tmp_path)
    assert sent.approved_by == "lanhdao" and sent.fingerprint == exported.submission.fingerprint
    _next_send_refused(office, out, monkeypatch)


def test_a_figure_edited_between_the_check_and_the_reading_is_not_what_is_sent(office, tmp_path, monkeypatch):  # noqa: F811
    as_(office, "canbo")
    fill_year(office)  # thu_ngan_sach 50.000, a draft
    out = tmp_path / "out"
    exported = export_period(office, "2026", out, pdf=True, mark_sent=False)
    _edit_right_after_the_check(office, monkeypatch, "UPDATE entries SET value = '777777' WHERE indicator = 'thu_ngan_sach'")
    draft = prepare_mail(office, "2026", out, mark_sent=False)
    sent = _attached_workbook(draft.path, tmp_path)
    assert sent.fingerprint == exported.submission.fingerprint
    assert next(i.value for i in sent.items if i.code == "thu_ngan_sach") == "50000"  # not 777777
    _next_send_refused(office, out, monkeypatch)
