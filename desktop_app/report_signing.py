"""Ký số báo cáo at the commune: the leader signs the exported report PDF (PAdES) with the
certificate on a PKCS#11 token or in a PKCS#12 file (`desktop_app.certificates`), and the
submission file is written again carrying the signed PDF's SHA-256; and the commune's
signature settings. docs/digital-signature.md says what Decree 30/2020 asks and what this follows.

`sign_report`: export → approve → "Ký số báo cáo…" / `chitieu sign`. Signs `<stem>.pdf` of the
period's export into `<stem>_ky-so.pdf` beside it (the signer's field at the signature block,
then the organisation's over it when an organisation certificate is configured), then writes
`<stem>.xlsx` again with `signed_pdf_sha256`, signed again with the installation's key. Nothing
is written until both signatures are made, and both files are written through a temporary
file; the database is not held while the token works. Whether the period still stands on the
export's approval is checked again inside the transaction that writes the pair and records it.

The leader meets its refusals in the window: each says itself in English too (`en`). pyHanko
is imported inside the functions that sign: every other command and the window's start do
not load it. The province's side, checking what was signed, is `desktop_app.signature_check`.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import io
import re
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from desktop_app.certificates import KeySource, Key, brief, nfc, opened
from desktop_app.core.errors import InvalidInput, NotFound, SignatureError, os_error_text, os_error_text_en
from desktop_app.core.intake import VIETNAM_TIME
from desktop_app.core.pdf_signature import (
    LEADER_FIELD,
    MAX_PDF,
    ORG_FIELD,
    SETTING_KEYS,
    SETTING_KEYS_EN,
    SignatureSettings,
    read_time,
    signed_name,
    time_text,
)
from desktop_app.core.periods import Period, in_sentence, parse_period
from desktop_app.core.person_names import names_person
from desktop_app.core.signing import public_key
from desktop_app.core.submission import Submission, signed
from desktop_app.core.users import Permission
from desktop_app.core.words import Words
from desktop_app.core.workflow import State, changed_since_export, refuse_unless_signable

if TYPE_CHECKING:
    from db.rows import ApprovalRow
    from desktop_app.services import Workspace

MAX_IMAGE = 2 * 1024 * 1024
TSA_TIMEOUT = 5  # seconds: a timestamp server that does not answer by then is not reachable
EXPORT_EN = "File › Export the report…"  # the menu item, as the English window names it


@dataclass(frozen=True)
class SignResult:
    pdf: Path  # <stem>_ky-so.pdf
    xlsx: Path  # <stem>.xlsx, written again with the PDF's SHA-256
    sha256: str
    signers: tuple[str, ...]  # the certificates' holders, the leader first
    signed_at: dt.datetime
    timestamped: bool  # PAdES B-T (a timestamp server answered); else B-B
    notice: str = ""  # what the officer should know beside the result (no timestamp server…)
    seconds: float = 0.0

    @property
    def signed_at_text(self) -> str:
        """The signing time as a window shows it, in Vietnam's time: "06:16 02/12/2026" (`read_time`;
        the signature itself keeps ISO 8601, `time_text`)."""
        return read_time(self.signed_at)


# --- settings (commune) ----------------------------------------------------------------------

def signature_settings(ws: Workspace) -> SignatureSettings:
    return SignatureSettings.from_json(ws.store.settings())


def set_signature_settings(ws: Workspace, **values: str) -> SignatureSettings:
    """Change some of the signature settings (keyword: the `SignatureSettings` field; "" clears
    it). Each value is checked for what it must be; each change is audited (administrator)."""
    ws.require(Permission.SETTINGS)
    checked = {}
    for name, raw in values.items():
        key = f"signature_{name}"
        if key not in SETTING_KEYS:
            names = ", ".join(k.removeprefix("signature_") for k in SETTING_KEYS)
            raise InvalidInput(f'Cài đặt chữ ký số "{name}" không có. Các cài đặt: {names}.', field="Cài đặt",
                               en=f'There is no digital signature setting "{name}". The settings: {names}.')
        checked[key] = _check_setting(key, nfc(raw).strip())
    ws._write_settings(checked)
    return signature_settings(ws)


def _check_setting(key: str, value: str) -> str:
    """A setting's value as kept, or InvalidInput naming the setting and what it accepts."""
    label, label_en = SETTING_KEYS[key], SETTING_KEYS_EN[key]
    if not value:
        return ""
    if key in ("signature_token_label", "signature_org_token_label"):
        if len(value) > 32:  # PKCS#11 token labels are 32 bytes
            raise InvalidInput(f"{label}: tối đa 32 ký tự, như tên thiết bị hiện trong phần mềm của nhà cung cấp.",
                               field=label,
                               en=f"{label_en}: at most 32 characters, as the token's name shows in its provider's "
                                  "software.")
        return value
    if key == "signature_tsa_url":
        if not re.fullmatch(r"https?://[^\s/]+(/\S*)?", value):
            raise InvalidInput(f'{label}: "{value[:80]}" không phải địa chỉ http:// hoặc https://. Để trống nếu '
                               "không dùng (chữ ký vẫn hợp lệ, không có dấu thời gian).", field=label,
                               en=f'{label_en}: "{value[:80]}" is not an http:// or https:// address. Leave it '
                                  "empty if none is used (the signature is valid all the same, without a timestamp).")
        return value
    path = Path(value)
    if not path.is_file():
        raise InvalidInput(f"{label}: không có tệp {value}. Bấm nút tìm tệp bên cạnh ô này để chọn tệp.",
                           field=label, en=f"{label_en}: there is no file {value}. Press the button beside the "
                                           "field to choose the file.")
    if key == "signature_pkcs11_module":
        if path.suffix.lower() not in (".dll", ".so", ".dylib") and ".so." not in path.name:
            raise InvalidInput(f"{label}: {path.name} không phải tệp thư viện (.dll). Chọn tệp .dll do trình cài "
                               "đặt thiết bị ký số cài, thường trong C:\\Windows\\System32 hoặc thư mục của "
                               "trình điều khiển.", field=label,
                               en=f"{label_en}: {path.name} is not a library file (.dll). Choose the .dll installed "
                                  "with the token's driver, usually in C:\\Windows\\System32 or the driver's "
                                  "folder.")
    elif key in ("signature_image", "signature_seal_image"):
        _png(path, key)
    elif key == "signature_org_p12":
        if path.suffix.lower() not in (".p12", ".pfx"):
            raise InvalidInput(f"{label}: {path.name} không phải tệp .p12 hoặc .pfx.", field=label,
                               en=f"{label_en}: {path.name} is not a .p12 or .pfx file.")
    return str(path.resolve())


def _png(path: Path, key: str) -> bytes:
    """The image of the setting `key` (the signature's, the seal's), once it is a PNG."""
    label, label_en = SETTING_KEYS[key], SETTING_KEYS_EN[key]
    try:
        data = path.read_bytes() if path.stat().st_size <= MAX_IMAGE else b""
    except OSError as err:
        raise InvalidInput(f"{label}: không đọc được tệp {path.name}: {os_error_text(err)}.", field=label,
                           en=f"{label_en}: could not read the file {path.name}: {os_error_text_en(err)}.") from None
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        raise InvalidInput(f"{label}: {path.name} phải là ảnh PNG (nền trong suốt), tối đa 2 MB.", field=label,
                           en=f"{label_en}: {path.name} must be a PNG image (transparent background), at most 2 MB.")
    return data


# --- signing (commune) ---------------------------------------------------------------------------

def refuse_unless_may_sign(ws: Workspace, period: str | Period) -> Period:
    """Who signs and what, checked before anything is asked: a token's PIN counts towards its
    lock-out, and an officer told about the token library first would think only that is missing."""
    ws.require(Permission.SIGN_REPORT)
    p = parse_period(period)
    refuse_unless_signable(p, ws.period_state(p))
    return p


def sign_report(ws: Workspace, period: str | Period, folder: str | Path, leader: KeySource,
                org: KeySource | None = None, *, tsa_url: str | None = None,
                confirm: Callable[[Words], bool] | None = None) -> SignResult | None:
    """Ký số báo cáo: sign the approved period's exported `<stem>.pdf` in `folder` into
    `<stem>_ky-so.pdf`, and write `<stem>.xlsx` again with that PDF's SHA-256 (signed again with
    the installation's key). `org`: the organisation's certificate, signed second, over the
    seal's place. `tsa_url`: a timestamp server (PAdES B-T when it answers, else B-B with a
    notice); None: the settings' one. `confirm`: asked, before the leader's certificate signs, whether
    to sign all the same when it is not the report's signer's or is self-issued (`certificate_warning`);
    False: nothing signed or written, None returned. Without it the warning is the result's notice.

    Refused with a message naming what to do (in Vietnamese and English): not a leader, the period not
    approved, the export missing or not this approval's, the token or module not found, a
    wrong PIN (never retried: tokens lock after a few wrong ones), no usable certificate, an
    expired one, a change made outside the program that holds the period back (not yet acknowledged
    by the administrator). A refusal writes nothing and holds no lock on the database."""
    started = time.perf_counter()
    p = refuse_unless_may_sign(ws, period)
    with ws.store.reading():  # the check and the approval it lets be signed: one snapshot
        ws.refuse_if_changed_outside(p, ("ký số", "signed"))
        approval = ws.approval(p)
        expected = ws.submission(p)
    folder = Path(folder)
    pdf_path, xlsx_path = folder / f"{expected.file_stem}.pdf", folder / f"{expected.file_stem}.xlsx"
    sub = _exported_submission(ws, p, xlsx_path, approval.fingerprint if approval else expected.fingerprint,
                               approval)
    data = _exported_pdf(pdf_path, replace(sub, replaces=expected.replaces))  # the paper's alone, not the workbook's
    settings = signature_settings(ws)
    tsa = settings.tsa_url if tsa_url is None else tsa_url
    images = {"image": _png(Path(settings.image), "signature_image") if settings.image else None,
              "seal": _png(Path(settings.seal_image), "signature_seal_image") if settings.seal_image else None}
    place = f"{sub.unit_name}, tỉnh Thái Nguyên"
    reason = f"Ký số {sub.report_title[:1].lower()}{sub.report_title[1:]} (mã xác thực {sub.short_fingerprint})"
    signers, notices, timestamped = [], [], False
    signed_at = dt.datetime.now(VIETNAM_TIME)
    for source, field_name in ((leader, LEADER_FIELD), (org, ORG_FIELD)):
        if source is None:
            continue
        with opened(source) as key:
            warning = certificate_warning(key, sub.signer) if field_name == LEADER_FIELD else ""
            if warning and confirm is not None and not confirm(warning):
                return None
            if warning and confirm is None:
                notices.append(warning)
            data, when, stamped, notice = _sign_field(data, key, field_name, reason, place, tsa, images)
        signers.append(key.holder)
        signed_at = when if field_name == LEADER_FIELD else signed_at
        timestamped = stamped if field_name == LEADER_FIELD else timestamped
        if notice and notice not in notices:
            notices.append(notice)
    digest = hashlib.sha256(data).hexdigest()
    out_pdf = folder / signed_name(sub.file_stem)
    with ws.store.transaction():
        # While the token worked (no lock held), another window or command may have reopened
        # the period, or approved it again: checked again where nothing can change it any more.
        _refuse_unless_still_approved(ws, p, sub)
        written = _write_pair(ws, out_pdf, data, xlsx_path, sub, digest)
        ws.store.audit(ws.user, "pdf_sign", commune=sub.unit_code, period=p.code, field="signed_pdf_sha256",
                       new=f"{out_pdf.name} {digest} ({'; '.join(signers)})")
    notice = _refresh_mail_draft(ws, folder / f"{sub.file_stem}.eml", written, [out_pdf, xlsx_path])
    if notice:
        notices.append(notice)
    return SignResult(out_pdf, xlsx_path, digest, tuple(signers), signed_at, timestamped, " ".join(notices),
                      time.perf_counter() - started)


def certificate_warning(key: Key, signer: str) -> Words:
    """What the leader should know before `key` signs the report naming `signer` ("" nothing): the
    certificate is another person's (`names_person`: the province's check says so beside its
    result), or self-issued (not from a CA: the province never trusts it)."""
    said = []
    if signer and not names_person(key.holder, signer):
        said.append(Words(f"Chứng thư số dùng để ký thuộc về {key.holder}, báo cáo ghi người ký là {signer}: tỉnh sẽ "
                          "thấy người ký khác tên trên báo cáo.",
                          f"The signing certificate belongs to {key.holder}, the report names {signer} as its signer: "
                          "the province will see that the signer is not the one the report names."))
    cert = getattr(key.signer, "signing_cert", None)
    if cert is not None and cert.self_signed != "no":
        said.append(Words(f"Chứng thư số của {key.holder} là chứng thư tự cấp (không do tổ chức cung cấp dịch vụ chứng "
                          "thực chữ ký số nào cấp): tỉnh sẽ không tin cậy chữ ký này.",
                          f"{key.holder}'s certificate is self-issued (not issued by a certification authority): the "
                          "province will not trust this signature."))
    return Words.joined(said, " ") if said else Words("", "")


def _refuse_unless_still_approved(ws: Workspace, p: Period, sub: Submission) -> None:
    """Inside the transaction that records the signing: the period still stands on the approval
    `sub` (the export being signed) is of; else refused, before anything is written."""
    row = ws.store.period_state(ws.commune.code, p.code)
    approval = ws.approval(p)
    why = changed_since_export(p, State(row.state) if row else State.ENTERING, sub, row.fingerprint if row else None,
                               approval)
    if why:
        raise SignatureError(f"Chưa ký số: trong lúc ký, {why[0]}. Không tệp nào được ghi. Xuất lại báo cáo kỳ "
                             f"{in_sentence(p.name)} (Tệp › Xuất báo cáo…) rồi ký số.", field="Trạng thái kỳ báo cáo",
                             en=f"Not signed: while signing, {why[1]}. No file was written. Export the report of "
                                f"{in_sentence(p.name_en)} again ({EXPORT_EN}), then sign.")


def _exported_submission(ws: Workspace, p: Period, xlsx_path: Path, approved_fingerprint: str,
                         approval: ApprovalRow | None) -> Submission:
    """The export's submission file, once it is known to be this installation's, intact, and
    of the approval the period stands on: its figures (`approved_fingerprint`), and when that
    `approval` was made and on which history (None: one kept without them, by versions before
    snapshots), so an export of an earlier approval of the same figures is not taken for it."""
    from desktop_app.core.errors import BadSubmission
    from exports.submission_reader import read_submission

    again = f"Xuất lại báo cáo kỳ {in_sentence(p.name)} (Tệp › Xuất báo cáo…) vào thư mục này rồi ký số."
    again_en = f"Export the report of {in_sentence(p.name_en)} again ({EXPORT_EN}) into this folder, then sign."
    if not xlsx_path.is_file():
        raise NotFound(f"Không có tệp {xlsx_path.name} trong thư mục {xlsx_path.parent}: ký số cần cả báo cáo PDF và "
                       f"tệp Excel của lần xuất (tệp Excel ghi mã của bản PDF đã ký). {again}", field="Thư mục",
                       en=f"There is no file {xlsx_path.name} in the folder {xlsx_path.parent}: signing needs both "
                          "the report PDF and the Excel file of the export (the Excel file records the signed PDF's "
                          f"code). {again_en}")
    try:
        sub = read_submission(xlsx_path)
    except BadSubmission as err:
        # The reader's reasons are the province's, in Vietnamese only: quoted as they are.
        raise SignatureError(f"{err.message} {again}", field="Tệp Excel",
                             en=f"The Excel file of the export cannot be used ({err.en or err.message}). "
                                f"{again_en}") from None
    mine = public_key(ws.signing_key())
    if sub.stated_fingerprint != sub.fingerprint or not sub.signature_valid() or sub.public_key != mine:
        raise SignatureError(f"Tệp {xlsx_path.name} đã bị sửa hoặc không do máy này lập. {again}", field="Tệp Excel",
                             en=f"The file {xlsx_path.name} was changed, or was not made on this computer. {again_en}")
    if (not sub.approved or sub.fingerprint != approved_fingerprint
            or (approval is not None and (sub.approved_at, sub.chain_head) != (approval.at, approval.chain_head))):
        raise SignatureError(f"Tệp {xlsx_path.name} không phải bản xuất của lần duyệt hiện tại kỳ {in_sentence(p.name)} (xuất trước "
                             f"khi duyệt, hoặc trước khi kỳ được mở lại và duyệt lại). {again}", field="Tệp Excel",
                             en=f"The file {xlsx_path.name} is not the export of the current approval of "
                                f"{in_sentence(p.name_en)} (exported before the approval, or before the period was reopened "
                                f"and approved again). {again_en}")
    return sub


def _exported_pdf(path: Path, sub: Submission) -> bytes:
    """The exported report's bytes, once they are the report this program renders from `sub` (the
    verified export's submission), byte for byte but for the moment it was made
    (`desktop_app.mail.is_exported_report`). Not merely a PDF naming the unit, period and figures: one
    edited after the export and saved, keeping them, was signed (red-team 22, F1). The bytes
    checked are the bytes signed: read once, and compared as a copy no other process can change
    (a file swapped back and forth around the check signs nothing of the other)."""
    import tempfile

    from desktop_app.mail import is_exported_report

    again = "Xuất lại báo cáo (Tệp › Xuất báo cáo…) rồi ký số."
    again_en = f"Export the report again ({EXPORT_EN}), then sign."
    try:
        data = path.read_bytes() if path.stat().st_size <= MAX_PDF else b""
        with tempfile.TemporaryDirectory(prefix="chitieu-ky-so-") as scratch:
            copy = Path(scratch) / path.name
            copy.write_bytes(data)
            ours = is_exported_report(copy, sub)
    except FileNotFoundError:
        raise NotFound(f"Không có tệp {path.name} trong thư mục {path.parent}: chọn thư mục đã xuất báo cáo, hoặc "
                       f"{again[0].lower()}{again[1:]}", field="Thư mục",
                       en=f"There is no file {path.name} in the folder {path.parent}: choose the folder the report "
                          f"was exported into, or export the report again ({EXPORT_EN}), then sign.") from None
    except OSError as err:
        raise SignatureError(f"Không đọc được tệp {path.name}: {os_error_text(err)}.", field="Tệp PDF",
                             en=f"Could not read the file {path.name}: {os_error_text_en(err)}.") from None
    if not ours:
        raise SignatureError(f"Tệp {path.name} không phải báo cáo PDF phần mềm xuất cho bản đã duyệt này (đã bị sửa "
                             "sau khi xuất, là tệp khác, hoặc xuất bằng phiên bản khác của phần mềm). Không tệp nào "
                             f"được ghi. {again}", field="Tệp PDF",
                             en=f"The file {path.name} is not the report PDF the program exported for this approval "
                                "(it was changed after the export, is another file, or was exported by another "
                                f"version of the program). No file was written. {again_en}")
    return data


def _sign_field(data: bytes, key: Key, field_name: str, reason: str, place: str, tsa_url: str,
                images: dict) -> tuple[bytes, dt.datetime, bool, str]:
    """`data` with `field_name` signed (PAdES, SHA-256) by `key`, an incremental update; the
    signing time, whether a timestamp server stamped it, and a notice."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.fields import SigSeedSubFilter
    from pyhanko.sign.general import SigningError
    from pyhanko.sign.timestamps.common_utils import TimestampRequestError

    style, seen = _appearance_style(field_name, key, images)
    meta = signers.PdfSignatureMetadata(
        field_name=field_name, subfilter=SigSeedSubFilter.PADES, md_algorithm="sha256",
        reason=reason, location=place, name=key.holder)
    notice = ""
    timestamper = _url_timestamper(tsa_url) if tsa_url else None
    for attempt in (timestamper, None) if timestamper else (None,):
        writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
        pdf_signer = signers.PdfSigner(meta, key.signer, timestamper=attempt, stamp_style=style)
        try:
            out = pdf_signer.sign_pdf(writer, existing_fields_only=True)
            break
        except TimestampRequestError:
            # Asked before the token signs (pyHanko sizes the signature with a first stamp):
            # an unreachable server costs no second PIN, and the signature stays valid, B-B.
            notice = (f"Không kết nối được máy chủ cấp dấu thời gian {tsa_url}: đã ký không có dấu thời gian "
                      "(PAdES B-B; thời điểm ký theo đồng hồ máy tính). Chữ ký vẫn hợp lệ.")
        except SigningError as err:
            raise SignatureError(f"Không ký được ô chữ ký {field_name} của báo cáo ({brief(err)}). Xuất lại báo cáo rồi "
                                 "ký số.", field="Tệp PDF",
                                 en=f"Could not sign the report's signature field {field_name} ({brief(err)}). "
                                    "Export the report again, then sign.") from None
        except Exception as err:  # noqa: BLE001 - a token error in the middle of signing
            from pkcs11 import exceptions as p11

            if isinstance(err, p11.PKCS11Error):
                raise SignatureError(f"Thiết bị ký số báo lỗi khi ký ({type(err).__name__}): cắm lại thiết bị rồi ký "
                                     "lại.", field="Thiết bị ký số",
                                     en=f"The token reported an error while signing ({type(err).__name__}): plug it "
                                        "in again and sign again.") from None
            raise
    return out.getvalue(), seen["signed_at"], attempt is not None, notice


def _appearance_style(field_name: str, key: Key, images: dict):
    """A pyHanko stamp style drawing our appearance (`exports.signature_appearance`) in the
    field's box, and where it records the signing time pyHanko stamps into the signature (the
    page shows exactly that time)."""
    from pyhanko.pdf_utils import layout
    from pyhanko.pdf_utils.content import PdfContent
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.stamp import StaticStampStyle, TextStampStyle
    from pyhanko.stamp.static import StaticContentStamp

    from exports.signature_appearance import organisation_appearance, signer_appearance

    class PdfPage(PdfContent):
        """A one-page PDF (bytes) as an appearance's content."""

        def __init__(self, pdf: bytes):
            super().__init__()
            self.pdf = pdf

        def render(self) -> bytes:
            xobj = self._ensure_writer.import_page_as_xobject(PdfFileReader(io.BytesIO(self.pdf)), page_ix=0)
            self.resources.xobject["/Appearance"] = xobj
            x1, y1, x2, y2 = xobj.get_object()["/BBox"]
            self.box = layout.BoxConstraints(width=abs(x2 - x1), height=abs(y2 - y1))
            return b"/Appearance Do"

    seen: dict[str, dt.datetime] = {}

    class Style(TextStampStyle):
        def create_stamp(self, writer, box, text_params):
            # "ts" is the time pyHanko writes into the signature (TextStampStyle's contract).
            when = dt.datetime.strptime(text_params["ts"], "%Y-%m-%dT%H:%M:%S%z").astimezone(VIETNAM_TIME)
            seen["signed_at"] = when
            at = time_text(when)
            if field_name == ORG_FIELD:
                pdf = organisation_appearance(box.width, organisation=key.organisation or key.holder, signed_at=at,
                                              seal=images["seal"])
            else:
                pdf = signer_appearance(box.width, box.height, signer=key.holder, signed_at=at, image=images["image"])
            whole = layout.SimpleBoxLayoutRule(x_align=layout.AxisAlignment.ALIGN_MID,
                                               y_align=layout.AxisAlignment.ALIGN_MID, margins=layout.Margins())
            return StaticContentStamp(writer=writer, box=box, style=StaticStampStyle(
                border_width=0, background=PdfPage(pdf), background_layout=whole, background_opacity=1.0))

    return Style(timestamp_format="%Y-%m-%dT%H:%M:%S%z", border_width=0), seen


def _url_timestamper(url: str):
    """A pyHanko TimeStamper over the standard library's HTTP client: an RFC 3161 request
    needs neither `requests` nor an aiohttp session."""
    import urllib.request

    from asn1crypto import tsp
    from pyhanko.sign.timestamps.api import TimeStamper
    from pyhanko.sign.timestamps.common_utils import TimestampRequestError, set_tsp_headers

    class UrlTimeStamper(TimeStamper):
        async def async_request_tsa_response(self, req):
            def post():
                request = urllib.request.Request(url, data=req.dump(), method="POST", headers=set_tsp_headers({}))
                try:
                    with urllib.request.urlopen(request, timeout=TSA_TIMEOUT) as reply:
                        if reply.headers.get("Content-Type") != "application/timestamp-reply":
                            raise TimestampRequestError("Timestamp server response is malformed.")
                        return tsp.TimeStampResp.load(reply.read(1024 * 1024))
                except (OSError, ValueError) as err:  # URLError and timeouts are OSErrors
                    raise TimestampRequestError("Error in communication with timestamp server") from err

            return await asyncio.to_thread(post)

    return UrlTimeStamper()


def _refresh_mail_draft(ws: Workspace, eml: Path, sub: Submission, attachments: list[Path]) -> str:
    """A draft e-mail to the province (`<stem>.eml`, Gửi cho tỉnh…) prepared before signing
    carries the unsigned pair: written again with the signed PDF and the workbook naming it, so
    opening it sends what was signed. "" when done (or there is none), else what to do."""
    if not eml.is_file():
        return ""
    from exports.mail_draft import write_mail_draft

    try:
        write_mail_draft(sub, attachments, eml, ws.province_email)
    except OSError as err:
        return (f"Không ghi lại được thư soạn sẵn {eml.name} ({os_error_text(err)}): thư đó còn kèm bản chưa ký, "
                "đừng gửi thư đó; dùng Tệp › Gửi cho tỉnh… để soạn lại thư kèm bản ký số.")
    return ""


def _write_pair(ws: Workspace, pdf_path: Path, pdf: bytes, xlsx_path: Path, sub: Submission,
                digest: str) -> Submission:
    """The signed PDF, then the submission file naming it (returned); if the second cannot be
    written the first is removed again, so the folder never holds a signed PDF its Excel file
    does not name."""
    from exports.atomic import write_bytes_atomic
    from exports.submission_xlsx import write_submission

    previous = pdf_path.read_bytes() if pdf_path.is_file() else None
    write_bytes_atomic(pdf_path, pdf)
    # Later than the export's: the province keeps a unit's latest version, and this one (naming
    # the signed PDF) must win even when signed within the export's second.
    made = max(dt.datetime.now().astimezone().replace(microsecond=0),
               dt.datetime.fromisoformat(sub.generated_at) + dt.timedelta(seconds=1))
    written = signed(replace(sub, signed_pdf_sha256=digest, generated_at=made.isoformat(), stated_fingerprint=None),
                     ws.signing_key())
    try:
        write_submission(written, xlsx_path)
    except BaseException:
        if previous is None:
            pdf_path.unlink(missing_ok=True)
        else:
            write_bytes_atomic(pdf_path, previous)
        raise
    return written


