"""Gửi cho tỉnh: the period's two files and an e-mail draft (.eml) beside them with both
attached, addressed to the province's address from the settings. The window opens the draft in
the mail program, shows the folder and copies subject and body for webmail.

The files already in the folder are sent as they are when they are the export of what the
period stands on now (`plan_mail`): after Ký số báo cáo that is the signed `<stem>_ky-so.pdf`
with the `<stem>.xlsx` naming its SHA-256, never exported again (a new export would write a
workbook without that hash, and the signature would be lost); else the `<stem>.pdf` this program
wrote beside the workbook, byte for byte (`is_exported_report`: not any PDF naming the unit, period and
figures, as an edited or made-up one may; red-team 17, F3). Only when the folder has no usable
export is one made; files of an earlier export are replaced only when the caller says so
(`replace=True`, after asking): the province may already hold them.

Files exported here, and the draft, are written in hidden folders (exports/staging.py) and take
their names only once the send is recorded (`record_sent`, inside `mark_sent`'s transaction for an
approved report): of two sends racing with different numbers, the one refused leaves neither its
signed ĐÃ DUYỆT report nor a draft carrying it (red-team 16, F4, as for `export_period`)."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace as replaced
from pathlib import Path

from desktop_app.core.errors import BadSubmission, ChiTieuError, InvalidInput
from desktop_app.core.mail import mail_body, mail_subject
from desktop_app.core.pdf_signature import MAX_PDF, signed_name
from desktop_app.core.periods import Period, parse_period
from desktop_app.core.signing import public_key
from desktop_app.core.submission import Submission
from desktop_app.core.words import Words
from desktop_app.core.workflow import State, changed_since_export
from desktop_app.services import Workspace, export_period
from exports import staging
from exports.bundle import ExportResult
from exports.mail_draft import write_mail_draft


@dataclass(frozen=True)
class MailDraft:
    export: ExportResult
    path: Path  # the .eml
    to: str
    subject: str
    body: str
    exported: bool = True  # False: the files already in the folder were attached as they are
    staged: Path | None = None  # the hidden folder holding the .eml until the send is recorded (`record_sent`)

    @property
    def signed(self) -> bool:
        """The digitally signed report is attached (with the workbook naming it)."""
        return bool(self.export.submission.signed_pdf_sha256)


@dataclass(frozen=True)
class MailPlan:
    """What "Gửi cho tỉnh…" does in a folder: send `ready` (the files there, as they are), or
    export anew; `in_the_way`: the files of an earlier export that a new export would replace
    or leave stale (names), `why`: why they cannot be sent (None when there are none)."""
    ready: ExportResult | None
    in_the_way: tuple[str, ...] = ()
    why: Words | None = None

    @property
    def signed_in_the_way(self) -> bool:
        return any(name.endswith(signed_name("")) for name in self.in_the_way)


def plan_mail(ws: Workspace, period: str | Period, folder: str | Path) -> MailPlan:
    """Whether `folder` already holds the period's export of what it stands on now (its
    approval, or its draft figures): made here (this installation's key), intact, its PDF
    beside it: the signed one when the workbook names one. Read only, nothing written."""
    p = parse_period(period)
    current = ws.submission(p)
    stem = current.file_stem
    folder = Path(folder)
    xlsx, pdf, signed_pdf = folder / f"{stem}.xlsx", folder / f"{stem}.pdf", folder / signed_name(stem)
    present = tuple(f.name for f in (pdf, signed_pdf, xlsx) if f.is_file())
    if not present:
        return MailPlan(None)
    if not xlsx.is_file():
        return MailPlan(None, present, Words(f"không có tệp Excel {xlsx.name} đi cùng báo cáo",
                                             f"there is no Excel file {xlsx.name} to go with the report"))
    sub, why = _current_export(ws, p, xlsx, current)
    if sub is None:
        return MailPlan(None, present, why)
    if sub.signed_pdf_sha256:
        if _sha256(signed_pdf) == sub.signed_pdf_sha256:
            return MailPlan(ExportResult(sub, signed_pdf, xlsx))
        return MailPlan(None, present, Words(
            f"tệp {xlsx.name} ghi mã của bản báo cáo đã ký số {signed_pdf.name}, nhưng tệp đó không có trong thư mục "
            "hoặc đã bị thay đổi",
            f"{xlsx.name} records the digitally signed report {signed_pdf.name}, but that file is not in the folder "
            "or was changed"))
    if not pdf.is_file():
        return MailPlan(None, present, Words(
            f"báo cáo {pdf.name} của lần xuất này không có trong thư mục",
            f"the report {pdf.name} of this export is not in the folder"))
    if is_exported_report(pdf, replaced(sub, replaces=current.replaces)):  # the paper's alone, never in the workbook
        return MailPlan(ExportResult(sub, pdf, xlsx))
    return MailPlan(None, present, Words(
        f"tệp {pdf.name} không phải bản báo cáo chương trình đã xuất cùng tệp {xlsx.name} (đã được sửa hoặc lưu lại "
        "bằng chương trình khác, hay là một tệp khác)",
        f"{pdf.name} is not the report the program exported with {xlsx.name} (it was edited or saved again by "
        "another program, or is another file)"))


def _current_export(ws: Workspace, p: Period, xlsx: Path, current: Submission
                    ) -> tuple[Submission | None, Words | None]:
    """The submission of `xlsx` when it is this installation's, intact, and of what the period
    stands on now; else None and why, in a few words."""
    from exports.submission_reader import read_submission

    try:
        sub = read_submission(xlsx)
    except BadSubmission as err:
        return None, Words(f"tệp {xlsx.name} không đọc được ({err.message})",
                           f"{xlsx.name} cannot be read ({err.en or err.message})")
    if (sub.stated_fingerprint != sub.fingerprint or not sub.signature_valid()
            or sub.public_key != public_key(ws.signing_key())):
        return None, Words(f"tệp {xlsx.name} đã bị sửa hoặc không do máy này lập",
                           f"{xlsx.name} was changed, or was not made on this computer")
    row = ws.store.period_state(ws.commune.code, p.code)
    state = State(row.state) if row else State.ENTERING
    changed = changed_since_export(p, state, sub, row.fingerprint if row else None, ws.approval(p))
    if changed:  # said for a moment ago in another window: here it may be any time since
        return None, Words(changed[0].replace(" ở cửa sổ hoặc lệnh khác", ""),
                           changed[1].replace(" in another window or command", ""))
    if not sub.approved and sub.fingerprint != current.fingerprint:
        return None, Words("tệp đã có là bản dự thảo xuất trước khi số liệu được sửa",
                           "the files there are a draft exported before the figures were changed")
    return sub, None


def _sha256(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest() if path.stat().st_size <= MAX_PDF else ""
    except OSError:
        return ""


def is_exported_report(path: Path, sub: Submission) -> bool:
    """Whether `path` is the report PDF this program wrote from `sub`, byte for byte but for the
    moment it was made (`exports.rendered_report`): what is sent (here) and signed (`report_signing`)
    is the export itself, not any PDF naming the unit, period and figures, as one edited and saved
    keeps them (red-team 17, F3; red-team 22, F1)."""
    try:
        data = path.read_bytes() if path.stat().st_size <= MAX_PDF else b""
    except OSError:
        return False
    # imported here: reportlab is loaded only when a report is to be compared
    from exports.rendered_report import is_rendered_report

    return is_rendered_report(data, sub)


def prepare_mail(ws: Workspace, period: str | Period, out_dir: str | Path, *, progress=None,
                 cancelled=None, mark_sent: bool = True, keep_staged: bool = False, replace: bool = False,
                 **document) -> MailDraft:
    """Write `<stem>.eml` in `out_dir` with the period's two files: those already there when
    they are its current export (the signed PDF when there is one), else exported now
    (`document`: the report's `doc_number` and `report_date`, as for `export_period`). Files
    of an earlier export are replaced only with `replace`; without it they are refused,
    named, with why and what to do. Refused, as exporting is, while a change made outside the
    program holds the period back: the files in the folder may be of an export made before it.

    The files exported and the draft are named only once the period is marked sent
    (`record_sent`); refused, an approved report's files and the draft are removed, the
    refusal saying so. `mark_sent=False`: named at once, the caller marks the period sent;
    with `keep_staged`, they stay hidden for the caller to `record_sent` on its own thread
    (the window), or `discard_mail`."""
    with ws.store.reading():  # the check and the files it lets go out: one snapshot, whatever lands meanwhile
        ws.refuse_if_changed_outside(period, ("gửi báo cáo", "sent"))
        plan = plan_mail(ws, period, out_dir)
    if plan.ready is not None:
        result, exported = plan.ready, False
    else:
        if plan.in_the_way and not replace:
            raise files_in_the_way(plan)
        # named (or removed) only once the send is recorded
        result, exported = export_period(ws, period, out_dir, progress=progress, cancelled=cancelled,
                                         mark_sent=False, keep_staged=True, **document), True
    try:
        draft = _staged_draft(ws, result, Path(out_dir), exported)
    except BaseException:
        result.discard()
        raise
    if mark_sent:
        return record_sent(ws, draft)
    if keep_staged:
        return draft
    try:
        result.publish()
        staging.publish(draft.staged, [draft.path])
    except BaseException:
        discard_mail(draft)
        raise
    return _named(draft)


def _staged_draft(ws: Workspace, result: ExportResult, folder: Path, exported: bool) -> MailDraft:
    """The draft written in a hidden folder of its own, attaching the files where they are now
    (an export's still hidden), under the names they will have."""
    sub, to = result.submission, ws.province_email
    where = result.staged or folder
    stage = staging.make_stage(folder)
    try:
        write_mail_draft(sub, [where / p.name for p in result.paths], stage / f"{sub.file_stem}.eml", to)
    except BaseException:
        staging.discard(stage)
        raise
    return MailDraft(result, folder / f"{sub.file_stem}.eml", to, mail_subject(sub),
                     mail_body(sub, [p.name for p in result.paths]), exported, stage)


def record_sent(ws: Workspace, draft: MailDraft) -> MailDraft:
    """Mark the draft's period sent (`ApprovalActions.mark_sent`), naming its files and the .eml:
    an approved report's inside the transaction recording it (a failed move undoes the mark).
    Refused (approved, reopened or approved again, or sent with another number meanwhile): an
    approved report exported here and the draft are removed, nothing of this send left in the
    folder (a draft's files stay, named as a draft, as an export's do); the refusal says so."""
    result = draft.export
    if result.staged is not None and result.submission.approved:
        files = _Together(draft, result)
    else:
        files = result if result.staged is not None else None
    try:
        ws.mark_sent(result.submission, files=files)
        staging.publish(draft.staged, [draft.path])  # nothing when named already, with the files
    except ChiTieuError as err:
        discard_mail(draft)
        err.message = f"{err.message} Thư gửi tỉnh ({draft.path.name}) chưa được soạn."
        if err.en:
            err.en = f"{err.en} No e-mail to the province ({draft.path.name}) was written."
        err.args = (err.message,)
        raise
    except BaseException:
        discard_mail(draft)
        raise
    return _named(draft)


def discard_mail(draft: MailDraft) -> None:
    """Remove what of `draft` is still hidden (an export's files, the .eml); nothing already named."""
    draft.export.discard()
    if draft.staged is not None:
        staging.discard(draft.staged)


def _named(draft: MailDraft) -> MailDraft:
    return replaced(draft, export=replaced(draft.export, staged=None), staged=None)


@dataclass(frozen=True)
class _Together:
    """An approved report's files and the draft carrying them, named together by `mark_sent`."""
    draft: MailDraft
    export: ExportResult

    def publish(self) -> None:
        staging.publish(self.draft.staged, [self.draft.path])
        try:
            self.export.publish()
        except BaseException:  # the mark is undone: no draft of it either
            self.draft.path.unlink(missing_ok=True)
            raise


def files_in_the_way(plan: MailPlan, how: Words | None = None) -> InvalidInput:
    """The refusal of a send that would replace the files of an earlier export; `how`: how to
    export again where the refusal is read (the command line's option)."""
    names = ", ".join(plan.in_the_way)
    signed_vi = (" Bản ký số trong thư mục là của lần xuất đó: sau khi xuất lại, Lãnh đạo ký số lại "
                 "(Kỳ báo cáo › Ký số báo cáo…) rồi gửi.") if plan.signed_in_the_way else ""
    signed_en = (" The signed report in the folder is of that export: after exporting again, the leader signs "
                 "again (Period › Sign the report…), then sends.") if plan.signed_in_the_way else ""
    why = plan.why or Words("", "")
    return InvalidInput(
        f"Chưa gửi: thư mục đã có {names}, không gửi được như vậy vì {why}. Gửi thì phải xuất lại và thay các tệp "
        f"đó, mà tỉnh có thể đã nhận chúng: chọn thư mục khác, hoặc xuất lại{how or ''}.{signed_vi}",
        field="Thư mục",
        en=f"Not sent: the folder already has {names}, which cannot be sent as they are because {why.en}. Sending "
           f"needs a new export that replaces them, and the province may already hold them: choose another folder, "
           f"or export again{how.en if how else ''}.{signed_en}")
