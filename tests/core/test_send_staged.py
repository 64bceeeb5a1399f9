"""Gửi cho tỉnh… names its files and its e-mail draft only once the send is recorded (red-team 16,
F4, what c2d93f9 and ac53a84 left for the send): two sends of one approval racing with different
document numbers, the refused one leaves in its folder neither its signed ĐÃ DUYỆT report nor an
.eml carrying it, and in a common folder it writes over none of the winner's files. Here the other
send (another window or command, a second Workspace on the same data folder) exports with number
01 and is recorded as sent between this send's writing of its files (number 99) and its marking."""
from __future__ import annotations

import datetime as dt
import email

import pytest

import desktop_app.mail as mail
import desktop_app.services as services
from desktop_app.core.errors import InvalidInput
from desktop_app.core.workflow import State
from desktop_app.mail import prepare_mail, record_sent
from desktop_app.services import Workspace, export_period
from exports.submission_reader import read_submission
from tests.core.test_export_meanwhile import approved
from tests.core.test_workflow import as_, office  # noqa: F401 (the fixture)

pytestmark = pytest.mark.usefixtures("approved_before_report_date")  # dated 18/12/2026, approved before

STEM = "2026_05503_xa-tan-cuong"
DEC_18, DEC_19 = dt.date(2026, 12, 18), dt.date(2026, 12, 19)
REFUSED = "Chưa ghi nhận kỳ năm 2026 Đã xuất: trong lúc xuất, báo cáo đã duyệt đã được xuất gửi tỉnh ở cửa sổ hoặc lệnh khác với số 01/BC-UBND"


def _other_sends(data_dir, folder) -> None:
    """The leader, in a second Workspace, exports the approval into `folder` with number 01, recorded as sent."""
    other = Workspace.open(data_dir)
    try:
        as_(other, "lanhdao")
        export_period(other, "2026", folder, doc_number="01", report_date=DEC_18)
    finally:
        other.close()


@pytest.fixture
def other_sends_first(data_dir, monkeypatch):
    """`other_sends_first(folder)`: once this send has written its files (`before`: just before)."""
    def plan(folder, before=False):
        real = services.export_files

        def export_files(sub, out_dir, **kw):
            monkeypatch.setattr(services, "export_files", real)  # the other export is undisturbed
            if before:
                _other_sends(data_dir, folder)
            result = real(sub, out_dir, **kw)
            if not before:
                _other_sends(data_dir, folder)
            return result

        monkeypatch.setattr(services, "export_files", export_files)
    return plan


def _everything_in(folder):
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_the_send_refused_leaves_no_report_and_no_email_in_its_folder(office, other_sends_first, tmp_path):  # noqa: F811
    approved(office)
    as_(office, "lanhdao")
    other_sends_first(tmp_path / "winner")
    with pytest.raises(InvalidInput) as err:
        prepare_mail(office, "2026", tmp_path / "loser", doc_number="99", report_date=DEC_19)
    assert err.value.message.startswith(REFUSED)
    assert ("Các tệp vừa ghi không phải báo cáo gửi tỉnh nên đã được xóa, thư mục không còn tệp nào của lần xuất "
            "này: xuất lại báo cáo (Tệp › Xuất báo cáo…) rồi gửi. Thư gửi tỉnh (2026_05503_xa-tan-cuong.eml) chưa "
            "được soạn.") in err.value.message
    assert err.value.en.endswith("No e-mail to the province (2026_05503_xa-tan-cuong.eml) was written.")
    assert _everything_in(tmp_path / "loser") == []  # no report, no .eml, not even a hidden folder
    assert office.period_state("2026") == State.SENT and office.issued("2026").doc_number == "01"


def test_in_a_common_folder_the_winners_files_stay_and_no_email_carries_the_refused_report(
        office, other_sends_first, tmp_path):  # noqa: F811
    approved(office)
    as_(office, "lanhdao")
    desktop = tmp_path / "Desktop"
    other_sends_first(desktop, before=True)
    with pytest.raises(InvalidInput, match="với số 01/BC-UBND"):
        prepare_mail(office, "2026", desktop, doc_number="99", report_date=DEC_19)
    assert _everything_in(desktop) == [f"{STEM}.pdf", f"{STEM}.xlsx"]
    kept = read_submission(desktop / f"{STEM}.xlsx")
    assert (kept.doc_number, kept.report_date) == ("01", DEC_18)


def test_the_windows_send_is_named_only_when_recorded_on_its_thread(office, data_dir, tmp_path):  # noqa: F811
    """The window prepares in the background (`keep_staged`) and records on its own thread: nothing
    is named before; another send recorded meanwhile, the record is refused and removes it all."""
    approved(office)
    as_(office, "lanhdao")
    out = tmp_path / "out"
    draft = prepare_mail(office, "2026", out, mark_sent=False, keep_staged=True, doc_number="99", report_date=DEC_19)
    assert [p.name for p in out.iterdir() if not p.name.startswith(".")] == []  # hidden until recorded
    _other_sends(data_dir, tmp_path / "winner")
    with pytest.raises(InvalidInput, match="với số 01/BC-UBND.*chưa được soạn"):
        record_sent(office, draft)
    assert _everything_in(out) == []
    assert office.issued("2026").doc_number == "01"


def test_the_windows_send_alone_names_the_files_and_the_email_once_recorded(office, tmp_path):  # noqa: F811
    approved(office)
    as_(office, "lanhdao")
    out = tmp_path / "out"
    draft = record_sent(office, prepare_mail(office, "2026", out, mark_sent=False, keep_staged=True,
                                             doc_number="01", report_date=DEC_18))
    assert _everything_in(out) == [f"{STEM}.eml", f"{STEM}.pdf", f"{STEM}.xlsx"]
    assert draft.path == out / f"{STEM}.eml" and draft.export.paths == [out / f"{STEM}.pdf", out / f"{STEM}.xlsx"]
    message = email.message_from_bytes(draft.path.read_bytes())
    attached = {p.get_filename(): p.get_payload(decode=True) for p in message.walk() if p.get_filename()}
    assert attached == {p.name: p.read_bytes() for p in draft.export.paths}  # the files named, byte for byte
    assert office.period_state("2026") == State.SENT and office.issued("2026").doc_number == "01"


def test_files_already_there_refused_meanwhile_get_no_email(office, data_dir, tmp_path, monkeypatch):  # noqa: F811
    """The folder holds this approval's export (number 99, not yet recorded): sent as it is, but
    another send recorded with 01 before this one marks it, no .eml is left to carry it."""
    approved(office)
    as_(office, "lanhdao")
    out = tmp_path / "out"
    export_period(office, "2026", out, mark_sent=False, doc_number="99", report_date=DEC_19)
    real = mail.write_mail_draft

    def write_then_other_sends(*args, **kw):
        path = real(*args, **kw)
        _other_sends(data_dir, tmp_path / "winner")
        return path

    monkeypatch.setattr(mail, "write_mail_draft", write_then_other_sends)
    with pytest.raises(InvalidInput, match="với số 01/BC-UBND.*chưa được soạn"):
        prepare_mail(office, "2026", out)
    assert _everything_in(out) == [f"{STEM}.pdf", f"{STEM}.xlsx"]  # what was there, and no draft carrying it
