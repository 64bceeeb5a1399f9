"""Only the approval that was exported is marked Đã gửi. Writing the report takes a moment,
and another window or a command may act on the period in it: the leader approves a draft
being exported, or reopens, corrects and approves again an approved period being exported.
A draft written stays as a file, an approved report not recorded is removed; the period is not
marked sent, and the person exporting is told why and what to do. Here the other person works through a second Workspace on the same
data folder, between the export's writing of its files and its marking the period sent."""
from __future__ import annotations

import datetime as dt

import pytest

import desktop_app.services as services
from desktop_app.__main__ import main
from desktop_app.core.errors import InvalidInput
from desktop_app.core.workflow import State
from desktop_app.mail import prepare_mail
from desktop_app.services import Workspace, export_period
from exports.submission_reader import read_submission
from tests.core.test_workflow import PW, as_, fill_year, office  # noqa: F401 (the fixture)

LATE = dt.date(2026, 12, 24)  # past the year report's deadline (20/12/2026)


def completed(office):  # noqa: F811
    as_(office, "canbo")
    fill_year(office, "2026")
    office.complete("2026")


def approved(office):  # noqa: F811
    completed(office)
    as_(office, "lanhdao")
    fingerprint = office.approve("2026")
    as_(office, "canbo")
    return fingerprint


@pytest.fixture
def meanwhile(data_dir, monkeypatch):
    """`meanwhile(step, …)`: each step — (user, method, *args), a dict last for keywords — is
    done by another person, in a second Workspace on the same data folder, once the export has
    written its files and before it marks the period sent."""
    def plan(*steps):
        real = services.export_files

        def export_files(sub, out_dir, **kw):
            result = real(sub, out_dir, **kw)
            monkeypatch.setattr(services, "export_files", real)  # once: a later export is undisturbed
            other = Workspace.open(data_dir)
            try:
                for who, method, *args in steps:
                    kw = args.pop() if args and isinstance(args[-1], dict) else {}
                    as_(other, who)
                    getattr(other, method)(*args, **kw)
            finally:
                other.close()
            return result

        monkeypatch.setattr(services, "export_files", export_files)
    return plan


def sent_rows(office):  # noqa: F811
    """What the history and the audit trail record of a period marked sent."""
    return ([h for h in office.period_history("2026") if h.event == "sent"],
            [a for a in office.store.audit_rows(period="2026") if a.action == "state" and a.new == "Đã gửi"])


def test_a_draft_exported_while_the_leader_approves_is_not_marked_sent(office, meanwhile, tmp_path):  # noqa: F811
    """The reviewer's case A: the file is a DỰ THẢO; the period stays Đã duyệt, unsent, overdue."""
    completed(office)
    meanwhile(("lanhdao", "approve", "2026"))
    with pytest.raises(InvalidInput) as err:
        export_period(office, "2026", tmp_path / "out", pdf=False)
    assert err.value.message.startswith("Chưa ghi nhận kỳ năm 2026 Đã xuất: trong lúc xuất, kỳ năm 2026 đã được "
                                        "duyệt ở cửa sổ hoặc lệnh khác: tệp là bản DỰ THẢO")
    assert "đừng gửi tệp đó: xuất lại báo cáo (Tệp › Xuất báo cáo…)" in err.value.message
    assert err.value.field == "Trạng thái kỳ báo cáo"
    assert "is not recorded as Exported: while exporting, " in err.value.en and "the file is a DRAFT" in err.value.en
    row = office.store.period_state(office.commune.code, "2026")
    assert row.state == State.APPROVED.value and row.sent_at is None
    assert sent_rows(office) == ([], [])
    statuses = {s.period.code: s for s in office.overview(LATE)}
    assert statuses["2026"].overdue  # the province has no approved file yet
    written = read_submission(tmp_path / "out" / "2026_05503_xa-tan-cuong.xlsx")  # the file stays, a draft
    assert not written.approved
    # exported again, the approved report is marked sent
    result = export_period(office, "2026", tmp_path / "again", pdf=False)
    assert result.submission.approved and office.period_state("2026") == State.SENT
    assert not {s.period.code: s for s in office.overview(LATE)}["2026"].overdue


def test_an_export_while_the_period_is_reopened_and_approved_again_is_not_marked_sent(
        office, meanwhile, tmp_path):  # noqa: F811
    """The reviewer's case B: the file carries the first approval's code; the second approval,
    never exported, is not marked sent."""
    first = approved(office)
    meanwhile(("lanhdao", "reopen", "2026", "Sửa thu ngân sách"),
              ("canbo", "set_entry", "2026", "thu_ngan_sach", {"value": "65.000"}),
              ("canbo", "complete", "2026"),
              ("lanhdao", "approve", "2026"))
    with pytest.raises(InvalidInput) as err:
        export_period(office, "2026", tmp_path / "out", pdf=False)
    row = office.store.period_state(office.commune.code, "2026")
    assert row.state == State.APPROVED.value and row.fingerprint != first and row.sent_at is None
    assert (f"kỳ năm 2026 đã được mở lại và duyệt lại ở cửa sổ hoặc lệnh khác (mã xác thực {row.fingerprint[:16]}, "
            f"duyệt lúc ") in err.value.message
    assert f"tệp là của lần duyệt trước (mã xác thực {first[:16]})" in err.value.message
    assert f"(code {row.fingerprint[:16]}, approved at " in err.value.en
    assert sent_rows(office) == ([], [])
    # the first approval's report, ĐÃ DUYỆT and signed, is not left in the folder to be sent
    assert "thư mục không còn tệp nào của lần xuất này" in err.value.message
    assert list((tmp_path / "out").iterdir()) == []


def test_approved_again_with_the_same_figures_is_another_approval(office, meanwhile, tmp_path):  # noqa: F811
    """Reopened and approved again unchanged, within the same second: the same code, but the
    file names the first approval (the history it was made on), so it is not the second's and
    is not marked sent for it."""
    first = approved(office)
    meanwhile(("lanhdao", "reopen", "2026", "Kiểm tra lại"), ("canbo", "complete", "2026"),
              ("lanhdao", "approve", "2026"))
    with pytest.raises(InvalidInput, match="đã được mở lại và duyệt lại"):
        export_period(office, "2026", tmp_path / "out", pdf=False)
    row = office.store.period_state(office.commune.code, "2026")
    assert row.fingerprint == first and row.state == State.APPROVED.value and row.sent_at is None


def test_an_export_while_the_period_is_reopened_is_not_marked_sent(office, meanwhile, tmp_path):  # noqa: F811
    approved(office)
    meanwhile(("lanhdao", "reopen", "2026", "Sửa thu ngân sách"))
    with pytest.raises(InvalidInput, match=r"kỳ năm 2026 đã được mở lại ở cửa sổ hoặc lệnh khác \(nay ở trạng thái "
                                           r"Đang nhập\): tệp mang mã xác thực"):
        export_period(office, "2026", tmp_path / "out", pdf=False)
    assert office.period_state("2026") == State.ENTERING and sent_rows(office) == ([], [])


def test_a_draft_of_a_period_still_not_approved_changes_nothing(office, meanwhile, tmp_path):  # noqa: F811
    """The officer prints a draft while another completes: no refusal, no state change."""
    as_(office, "canbo")
    fill_year(office, "2026")
    meanwhile(("canbo", "complete", "2026"))
    result = export_period(office, "2026", tmp_path / "out", pdf=False)
    assert not result.submission.approved and office.period_state("2026") == State.COMPLETE


def test_marking_sent_takes_the_file_written_not_the_period(office):  # noqa: F811
    """The check is in the service, for every caller (the window calls it on its own thread):
    only the submission of the approval in force is marked sent."""
    approved(office)
    draft = office.submission("2026", approved=False)
    before = office.submission("2026")
    as_(office, "lanhdao")
    office.reopen("2026", "Sửa thu ngân sách")
    as_(office, "canbo")
    office.set_entry("2026", "thu_ngan_sach", value="65.000")
    office.complete("2026")
    as_(office, "lanhdao")
    office.approve("2026")
    for stale in (draft, before):
        with pytest.raises(InvalidInput, match="Chưa ghi nhận kỳ năm 2026 Đã xuất"):
            office.mark_sent(stale)
        assert office.period_state("2026") == State.APPROVED
    office.mark_sent(office.submission("2026"))
    assert office.period_state("2026") == State.SENT


def test_the_command_line_says_it_and_the_file_stays(office, meanwhile, data_dir, tmp_path,  # noqa: F811
                                                      capsys, monkeypatch):
    completed(office)
    meanwhile(("lanhdao", "approve", "2026"))
    monkeypatch.setenv("CHITIEU_PASSWORD", PW["canbo"])
    out = tmp_path / "out"
    assert main(["--data-dir", str(data_dir), "--user", "canbo", "export", "--period", "2026", "--out", str(out),
                 "--xlsx-only"]) == 2
    assert "Lỗi: Chưa ghi nhận kỳ năm 2026 Đã xuất" in capsys.readouterr().err
    assert [p.name for p in out.iterdir()] == ["2026_05503_xa-tan-cuong.xlsx"]
    assert office.period_state("2026") == State.APPROVED


def test_sending_by_mail_is_checked_the_same_way(office, meanwhile, tmp_path):  # noqa: F811
    completed(office)
    meanwhile(("lanhdao", "approve", "2026"))
    with pytest.raises(InvalidInput, match="tệp là bản DỰ THẢO"):
        prepare_mail(office, "2026", tmp_path / "mail")
    assert office.period_state("2026") == State.APPROVED and sent_rows(office) == ([], [])
