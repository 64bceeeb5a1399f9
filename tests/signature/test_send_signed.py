"""Gửi cho tỉnh after Ký số báo cáo: the draft e-mail attaches the signed `<stem>_ky-so.pdf` and
the workbook naming it, as they are; nothing in the folder is exported again (a new export wrote
a workbook without the signed PDF's hash over the signed one, attached the unsigned PDF, and
`verify` then said the workbook was exported before signing). Files of an earlier approval are
not replaced without being asked; a draft e-mail made before signing is written again."""
from __future__ import annotations

import datetime as dt
import email
import email.policy
import hashlib
import time
from pathlib import Path

import pytest

from desktop_app.certificates import KeySource
from desktop_app.core.errors import InvalidInput
from desktop_app.core.workflow import State
from desktop_app.mail import plan_mail, prepare_mail
from desktop_app.report_signing import sign_report
from desktop_app.services import export_period
from tests.signature.conftest import P12_PASSWORD, approved, pki  # noqa: F401 (the fixtures)


def folder_state(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def attachments(eml):
    message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    return {part.get_filename(): part.get_content() for part in message.iter_attachments()}


def sign(ws, out, pki):  # noqa: F811
    return sign_report(ws, "2026", out, KeySource("p12", str(pki.leader_p12), secret=P12_PASSWORD))


def test_sending_after_signing_attaches_the_signed_pair_as_it_is(pki, approved):  # noqa: F811
    ws, out, export = approved
    signed = sign(ws, out, pki)
    before = folder_state(out)
    draft = prepare_mail(ws, "2026", out)
    stem = export.submission.file_stem
    assert folder_state(out) == {**before, f"{stem}.eml": folder_state(out)[f"{stem}.eml"]}  # only the draft added
    assert not draft.exported and draft.signed
    assert [p.name for p in draft.export.paths] == [f"{stem}_ky-so.pdf", f"{stem}.xlsx"]
    files = attachments(draft.path)
    assert sorted(files) == [f"{stem}.xlsx", f"{stem}_ky-so.pdf"]
    assert files[f"{stem}_ky-so.pdf"] == signed.pdf.read_bytes()
    assert files[f"{stem}.xlsx"] == signed.xlsx.read_bytes()
    assert f"- {stem}_ky-so.pdf" in draft.body
    assert ws.period_state("2026") == State.SENT


def test_the_command_line_sends_the_signed_pair_without_exporting_again(pki, approved, capsys,  # noqa: F811
                                                                        monkeypatch):
    from desktop_app.__main__ import main

    ws, out, export = approved
    sign(ws, out, pki)
    before = folder_state(out)
    monkeypatch.setenv("CHITIEU_DATA_DIR", str(Path(ws.store.path).parent))
    assert main(["export", "--period", "2026", "--out", str(out), "--mail"]) == 0
    printed = capsys.readouterr().out
    stem = export.submission.file_stem
    assert printed.startswith("Không xuất lại: thư mục đã có tệp của Xã Tân Cương, năm 2026, báo cáo đã ký số, "
                              "xuất lúc "), printed
    assert f"{stem}_ky-so.pdf" in printed
    after = folder_state(out)
    assert {k: v for k, v in after.items() if not k.endswith(".eml")} == before
    assert sorted(attachments(out / f"{stem}.eml")) == [f"{stem}.xlsx", f"{stem}_ky-so.pdf"]


def test_files_of_an_earlier_approval_are_replaced_only_when_asked(pki, approved, capsys, monkeypatch):  # noqa: F811
    from desktop_app.__main__ import main

    ws, out, export = approved
    sign(ws, out, pki)
    ws.reopen("2026", "Sửa số liệu bảo hiểm y tế")
    ws.complete("2026")
    ws.approve("2026")
    before = folder_state(out)
    stem = export.submission.file_stem
    plan = plan_mail(ws, "2026", out)
    assert plan.ready is None and plan.signed_in_the_way
    assert set(plan.in_the_way) == {f"{stem}.pdf", f"{stem}_ky-so.pdf", f"{stem}.xlsx"}
    with pytest.raises(InvalidInput) as refused:
        prepare_mail(ws, "2026", out)
    message = refused.value.message
    assert message.startswith(f"Chưa gửi: thư mục đã có {stem}.pdf, {stem}_ky-so.pdf, {stem}.xlsx, không gửi được "
                              "như vậy vì kỳ năm 2026 đã được mở lại và duyệt lại")
    assert "tỉnh có thể đã nhận chúng" in message and "ký số lại" in message
    assert folder_state(out) == before

    monkeypatch.setenv("CHITIEU_DATA_DIR", str(Path(ws.store.path).parent))
    assert main(["export", "--period", "2026", "--out", str(out), "--mail"]) == 2
    assert "(thêm --replace)" in capsys.readouterr().err
    assert folder_state(out) == before

    assert main(["export", "--period", "2026", "--out", str(out), "--mail", "--replace"]) == 0
    assert capsys.readouterr().out.startswith("Đã xuất Xã Tân Cương")
    assert sorted(attachments(out / f"{stem}.eml")) == [f"{stem}.pdf", f"{stem}.xlsx"]


def test_a_draft_e_mail_made_before_signing_is_written_again_with_the_signed_pair(pki, approved):  # noqa: F811
    ws, out, export = approved
    early = prepare_mail(ws, "2026", out)
    stem = export.submission.file_stem
    assert sorted(attachments(early.path)) == [f"{stem}.pdf", f"{stem}.xlsx"]
    signed = sign(ws, out, pki)
    files = attachments(early.path)
    assert sorted(files) == [f"{stem}.xlsx", f"{stem}_ky-so.pdf"]
    assert files[f"{stem}_ky-so.pdf"] == signed.pdf.read_bytes() and files[f"{stem}.xlsx"] == signed.xlsx.read_bytes()


def test_verify_says_when_the_workbook_was_exported_again_after_signing(pki, approved, capsys):  # noqa: F811
    from desktop_app.__main__ import main

    ws, out, _ = approved
    signed = sign(ws, out, pki)
    assert main(["verify", str(signed.pdf), "--trust", str(pki.root_pem)]) == 0
    assert "bên cạnh" not in capsys.readouterr().out  # the workbook names it
    time.sleep(1.1)  # the files' times are in seconds: a leader exports again later than the signing's second
    export_period(ws, "2026", out)  # Xuất báo cáo again, after signing
    main(["verify", str(signed.pdf), "--trust", str(pki.root_pem)])
    printed = capsys.readouterr()
    said = printed.out + printed.err
    assert "được xuất lại lúc" in said and "sau khi ký số" in said and "xuất trước khi ký số" not in said


def test_the_restore_warning_names_the_approval_signature_and_sending_it_undoes(pki, approved):  # noqa: F811
    """A backup of the first approval; then reopened, approved again, exported for the province
    and signed: the restore warning names the new approval's code, the signing and the sending,
    that the province may hold that file, and what to do after (it said only "phải duyệt lại")."""
    from desktop_app.backups import restore_warning, take_backup

    ws, out, export = approved
    first = ws.store.period_state(ws.commune.code, "2026").fingerprint[:16]
    backup = take_backup(ws, "thu-cong", target_dir=out.parent / "usb")
    ws.reopen("2026", "Sửa số liệu bảo hiểm y tế")
    ws.set_entry("2026", "bhyt", numerator="9.600", denominator="10.000")
    ws.complete("2026")
    ws.approve("2026")
    export_period(ws, "2026", out)
    sign(ws, out, pki)
    code = ws.store.period_state(ws.commune.code, "2026").fingerprint[:16]
    said = restore_warning(Path(ws.store.path), backup)
    assert f"Kỳ năm 2026 đã được Lãnh đạo duyệt sau khi sao lưu (mã xác thực {code}, duyệt lúc " in said
    assert ", đã ký số báo cáo lúc " in said and ", đã xuất gửi tỉnh lúc " in said
    assert f"kỳ đó trở lại lần duyệt trước trong bản sao lưu (mã xác thực {first}, trạng thái Đã xuất)" in said
    assert f"tỉnh có thể đang giữ tệp đã duyệt mã xác thực {code} mà cơ sở dữ liệu khôi phục không còn" in said
    assert f"gửi lại tỉnh và báo tỉnh bỏ bản mã {code}." in said
    assert f"the province may hold the approved file with code {code}" in said.en
    print(said)


def test_the_signing_time_reads_as_the_window_writes_times(pki, approved):  # noqa: F811
    """For the window's "Đã ký số … lúc …": hours and date, not ISO 8601."""
    import re

    ws, out, _ = approved
    result = sign(ws, out, pki)
    assert re.fullmatch(r"\d\d:\d\d \d\d/\d\d/\d{4}", result.signed_at_text)
    assert result.signed_at_text == f"{result.signed_at.astimezone(dt.timezone(dt.timedelta(hours=7))):%H:%M %d/%m/%Y}"


def test_sending_the_exported_files_later_keeps_the_time_they_were_exported(approved, monkeypatch):  # noqa: F811
    """'Đã gửi' records when the file for the province was exported: sending the same files again
    later (Gửi cho tỉnh…, attached as they are) leaves that time, where it took the sending's."""
    from desktop_app import approval

    ws, out, export = approved
    assert ws.sent_at("2026") == export.submission.generated_at
    later = (dt.datetime.fromisoformat(export.submission.generated_at) + dt.timedelta(minutes=2)).isoformat()
    monkeypatch.setattr(approval, "now", lambda: later)
    draft = prepare_mail(ws, "2026", out)
    assert not draft.exported and ws.period_state("2026") == State.SENT
    assert ws.sent_at("2026") == export.submission.generated_at


def test_verify_of_a_signed_pdf_compares_the_code_typed_from_the_paper(pki, approved, capsys):  # noqa: F811
    """Red-team R3 F5: `verify FILE.pdf --code` ignored the code: a wrong one left 'hợp lệ' and exit 0, and the
    person who typed it from the paper believed it matched. It is compared with the fingerprint the PDF's signed
    Subject states."""
    from desktop_app.__main__ import main

    ws, out, export = approved
    signed = sign(ws, out, pki)
    short = export.submission.fingerprint[:16]
    trust = ["--trust", str(pki.root_pem)]
    assert main(["verify", str(signed.pdf), *trust, "--code", short.upper()]) == 0
    assert f"khớp mã xác thực tệp PDF ghi ({short})" in capsys.readouterr().out
    assert main(["verify", str(signed.pdf), *trust, "--code", "0000000000000000"]) == 1
    assert f"KHÔNG khớp mã xác thực tệp PDF ghi ({short})" in capsys.readouterr().err
    assert main(["verify", str(signed.pdf), *trust, "--code", "K7QX-3M2P-ABCD-EFGH"]) == 1
    assert "không phải mã xác thực" in capsys.readouterr().err


def test_verify_of_a_signed_pdf_alone_says_which_report_it_claims_and_that_nothing_was_compared(pki, approved, capsys,
                                                                                               tmp_path):  # noqa: F811
    """Red-team R3 F5: a signed PDF without its workbook (renamed 'bao-cao-xa-khac-2026-9M.pdf') was 'hợp lệ' and
    never said which report it states it is: the unit, period and fingerprint its signed Subject states are said,
    with the fact that no figures were compared."""
    import shutil

    from desktop_app.__main__ import main

    ws, out, export = approved
    signed = sign(ws, out, pki)
    alone = tmp_path / "bao-cao-xa-khac-2026-9M.pdf"
    shutil.copy(signed.pdf, alone)
    assert main(["verify", str(alone), "--trust", str(pki.root_pem)]) == 0
    said = capsys.readouterr().out
    assert (f"Nội dung: tệp PDF ghi là báo cáo của đơn vị 05503, năm 2026, mã xác thực "
            f"{export.submission.fingerprint[:16]}; không có tệp Excel gửi kèm bên cạnh (cùng tên, đuôi .xlsx) nên chưa "
            "so với số liệu nào.") in said
