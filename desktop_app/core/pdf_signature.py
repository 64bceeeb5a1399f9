"""The digital signatures (chữ ký số, PAdES) on the report PDF: where they go, what a check
of them found, and how that is said in Vietnamese.

Signing and validating a PDF is file and token work (`desktop_app.report_signing` and
`desktop_app.signature_check`, with pyHanko); this module holds the rules they apply and the
words they answer in, shared by the commune's signing, the province's intake,
`chitieu verify FILE.pdf` and the window:

- the signed report's name beside the export, and the size beyond which a file is no report;
- the names and the geometry of the two signature fields the report carries
  (docs/digital-signature.md: Decree 30/2020, Phụ lục I, Phần II): the signer's at the
  signature block of the signed page, the organisation's over the left third of it, where
  the seal goes on paper;
- `SignatureCheck` / `PdfCheck`: one signature as validated, and the file as a whole, with
  the verdict (`PdfVerdict`) the province's table shows per unit;
- which unit, period and version of the report a PDF states it is (`report_info.ReportIdentity`),
  compared with the Excel file's (`compare_identity`);
- the signature settings of a commune (`SignatureSettings`), kept in its database.

Qt-free and without I/O.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.core.intake import SIGNED_SUFFIX, VIETNAM_TIME
from desktop_app.core.pdf_verdict import PdfVerdict, compare_identity, read_time  # noqa: F401 (as before)
from desktop_app.core.pdf_words import (
    after_last,
    check_lines,
    content_line,
    pages_line,
    signature_lines,
    signer_line,
    summary,
)
from desktop_app.core.person_names import NameMatch, name_match
from desktop_app.core.report_info import ReportIdentity
from desktop_app.core.words import Words

MM = 72 / 25.4  # PDF points in a millimetre

# A report PDF is a few hundred kB (236 kB signed twice); with the signature image and the seal
# (each at most 2 MB, report_signing.MAX_IMAGE), a timestamp and a certificate chain it stays
# well under this. A file beyond it is not a report: refused unread, never parsed.
MAX_PDF = 10 * 1024 * 1024
MAX_PDF_MB = MAX_PDF // (1024 * 1024)  # as the refusal says it
# The revisions of a PDF the province checks: the export, one per signature, a timestamp or a
# long-term validation store one each. Each revision read again costs the check's time.
MAX_PDF_REVISIONS = 24
# The signatures a PDF the province checks may carry: a report has two fields (LEADER_FIELD,
# ORG_FIELD); each one checked costs a share of a second.
MAX_PDF_SIGNATURES = 8


def signed_name(stem: str) -> str:
    """The signed report's file name: the commune writes it, the province looks for it."""
    return f"{stem}{SIGNED_SUFFIX}.pdf"


# The report's two signature fields (empty in an approved report until signed). ASCII names:
# every PDF reader shows them in its signature panel.
LEADER_FIELD = "ChuKyNguoiCoThamQuyen"
ORG_FIELD = "ChuKyCoQuanToChuc"
FIELD_ROLES = {LEADER_FIELD: "Người có thẩm quyền", ORG_FIELD: "Cơ quan, tổ chức"}


# The seal of a commune's People's Committee is about 35 mm across; the organisation's
# signature is drawn "the size of the seal" (Phụ lục I) in a square of this side.
SEAL_MM = 36
# Where the signer's handwritten-signature image sits in the signature block: centred, this
# share of the block's width. The seal covers the left third of it.
SIGNATURE_IMAGE_SHARE = 0.5


@dataclass(frozen=True)
class Box:
    """A rectangle on a page, in PDF points from the page's lower left corner."""

    page: int  # 0-based page index
    x1: float
    y1: float
    x2: float
    y2: float

    @property
    def width(self) -> float:
        return self.x2 - self.x1

    @property
    def height(self) -> float:
        return self.y2 - self.y1


def seal_box(signature: Box) -> Box:
    """The organisation's signature from the signer's: a seal-sized square whose right edge
    reaches a third into the handwritten signature (centred in the block), vertically
    centred on the block, "trùm lên khoảng 1/3 chữ ký về phía bên trái" as Article 33 asks of
    the seal on paper and Phụ lục I of the organisation's digital signature."""
    side = SEAL_MM * MM
    image_width = signature.width * SIGNATURE_IMAGE_SHARE
    image_left = signature.x1 + (signature.width - image_width) / 2
    right = image_left + image_width / 3
    middle = (signature.y1 + signature.y2) / 2
    return Box(signature.page, right - side, middle - side / 2, right, middle + side / 2)


@dataclass(frozen=True)
class SignatureCheck:
    """One signature of a PDF as validated (offline, against the trust roots given)."""

    field_name: str
    signer: str  # the certificate's common name
    organisation: str  # its O, "" when none
    issuer: str  # the issuing CA's common name
    serial: str  # the certificate's serial number, hex
    not_before: dt.datetime
    not_after: dt.datetime
    signing_time: dt.datetime | None  # as the signer's computer stated it (B-B) or the TSA (B-T)
    timestamped: bool  # a timestamp token from a TSA (PAdES B-T)
    intact: bool  # the signed bytes hash to what was signed, and the signature verifies
    whole_file: bool  # it covers the whole file as received
    later_changes_allowed: bool  # what was added after it only adds signatures (not the content)
    trusted: bool  # its certificate chains to one of the trust roots
    trust_problem: str = ""  # why not trusted (Vietnamese), "" when trusted

    @property
    def role(self) -> str:
        return FIELD_ROLES.get(self.field_name, self.field_name)

    @property
    def valid_when_signed(self) -> bool:
        t = self.signing_time
        return t is None or self.not_before <= t <= self.not_after

    @property
    def verdict(self) -> PdfVerdict:
        if not self.intact or not self.later_changes_allowed:
            return PdfVerdict.DA_BI_SUA
        if not self.trusted:
            return PdfVerdict.KHONG_TIN_CAY
        if not self.valid_when_signed:
            return PdfVerdict.HET_HIEU_LUC
        return PdfVerdict.HOP_LE

    def lines(self, after: str = "") -> list[str]:
        """What `chitieu verify` and the window's tooltip say of this signature (`Words`: with their English);
        `after`: what was saved after it when it is the file's last signature (`PdfCheck.after_last`)."""
        return signature_lines(self, after)


@dataclass(frozen=True)
class PdfCheck:
    """A report PDF and its signatures; `expected_sha256` is what the submission file states
    of its signed PDF ("" when the file states none or was not found).

    `subject`, `keywords`: the PDF's document information as its first signature signed it
    (a PDF without a signature: as the file states it); `subject_later`: the Subject the file
    states now, when an update after that signature changed it ("" when not). `expected_document`:
    the Excel file's `report_document` the PDF is compared with ("" when it was not: no Excel
    file, or a check stored before the content was compared, judged as it was then).
    `revisions_before_signing`: how many times the file was saved before its first signature
    (None: not known, unsigned, or a check stored before it was counted). The program's export is
    saved once and each signature appended to it: 1; more, and the export was saved again, by
    any tool, before it was signed (`saved_again`).

    `pages_match`: whether what the first signature signed is the report this program renders from
    the Excel file beside it (`desktop_app.signature_check`, red-team R3 F2): True, False (`pages_note`
    says how it differs), None not compared (no Excel file, unsigned, a check stored before pages were
    compared; `pages_note` says why when they could not be: another version of the program)."""

    file_name: str
    sha256: str
    signatures: tuple[SignatureCheck, ...] = ()
    expected_sha256: str = ""
    unreadable: str = ""  # why the PDF could not be read ("" when it was)
    trust_roots: int = 0  # how many trust roots it was checked against
    subject: str = ""
    keywords: str = ""
    subject_later: str = ""
    expected_document: str = ""
    revisions_before_signing: int | None = None
    pages_match: bool | None = None
    pages_note: str = ""
    expected_signer: str = ""  # who the Excel file says signs the report ("" not known, or stored before)
    after_eof: int = 0  # bytes after the file's last end mark (%%EOF) but line ends: no part of the PDF
    # Whether the approval a re-approval's paper says it replaces is one the province received from the unit
    # (`desktop_app.core.replaced_received`: None not compared), and what `pages_line` says of it.
    replaced_received: bool | None = None
    replaced_note: str = ""
    # The approval the paper's "Duyệt lại …" line replaces, as the unit signed it: its fingerprint and the time
    # it states ("" when it states none), set only where the signed pages are this program's render with that
    # line (`pages_match`); the province keeps a re-approval over the version that is that approval, fingerprint
    # and time (`desktop_app.kept_choice.names_in`, walk U25 F3; the fingerprint alone is the figures, which two
    # approvals can share: red-team R32 F4)
    replaces: str = ""
    replaces_at: str = ""

    @property
    def saved_again(self) -> int:
        """How many times the file was saved after the export and before its first signature
        (0: not, or not known)."""
        n = self.revisions_before_signing
        return n - 1 if self.signatures and n is not None and n > 1 else 0

    @property
    def matches_submission(self) -> bool | None:
        """Whether the PDF is the one the submission file names (None: the file names none)."""
        return self.sha256 == self.expected_sha256 if self.expected_sha256 else None

    @property
    def identity(self) -> ReportIdentity:
        """Which report the PDF states it is (its signed Subject, else the Keywords' short code)."""
        return ReportIdentity.read(self.subject, self.keywords)

    @property
    def content(self) -> PdfVerdict | None:
        """How the report the PDF states it is compares with the Excel file beside it
        (`compare_identity`); None when the same, or not compared. Compared even when the Excel file
        names the PDF by its SHA-256: that name is under the sender's own key, which could name the
        signed PDF of another version, period or unit beside figures its signer never saw (red-team R3)."""
        if not self.expected_document:
            return None
        return compare_identity(self.identity, ReportIdentity.read(self.expected_document))

    @property
    def verdict(self) -> PdfVerdict:
        if self.unreadable:
            return PdfVerdict.KHONG_DOC_DUOC
        if not self.signatures:
            return PdfVerdict.CHUA_KY
        found = {s.verdict for s in self.signatures}
        if PdfVerdict.DA_BI_SUA in found:
            return PdfVerdict.DA_BI_SUA
        if not self.signatures[-1].whole_file:
            return PdfVerdict.KHONG_PHU_TOAN_BO
        content = self.content
        if content in (PdfVerdict.KHAC_DON_VI_KY, PdfVerdict.KHAC_BAN_BAO_CAO):
            return content
        if self.pages_match is False:
            return PdfVerdict.KHAC_TRANG_IN
        if self.matches_submission is False:
            return PdfVerdict.KHAC_TEP_SO_LIEU
        order = list(PdfVerdict)
        worst = min(found, key=order.index)
        if worst != PdfVerdict.HOP_LE:
            return worst
        if content is not None:
            return content
        if self.replaced_received is False:  # the paper's replaced approval contradicts the versions held
            return PdfVerdict.THAY_BAN_KHAC
        return PdfVerdict.CHUA_SO_TRANG_IN if self.pages_match is None and self.pages_note else worst

    @property
    def ok(self) -> bool:
        return self.verdict == PdfVerdict.HOP_LE

    @property
    def summary(self) -> str:
        """One line for a table cell: the verdict (for a PDF of another report, which one) and who signed."""
        return summary(self)

    def content_line(self) -> str:
        """What comparing the report the PDF states it is with the Excel file found ("" not compared).
        Only what the PDF states (its document information) is compared: never the figures printed
        on its pages, so a match says what the PDF states, not that its figures are the file's. Without
        an Excel file, what the PDF states it is, and that nothing was compared (red-team R3 F5)."""
        return content_line(self)

    def pages_line(self) -> str:
        """What comparing the pages the first signature signed with the report rendered from the
        Excel file found ("" not compared and nothing to say)."""
        return pages_line(self)

    def after_last(self) -> str:
        """What follows the last signature's bytes, as said where it does not cover the file (pyHanko
        calls bytes after the end mark allowed, like a later signature: they are neither)."""
        return after_last(self)

    @property
    def leader(self) -> SignatureCheck | None:
        """The leader's signature (its field's, else the first); None unsigned."""
        return next((s for s in self.signatures if s.field_name == LEADER_FIELD), self.signatures[0]) \
            if self.signatures else None

    def signer_match(self) -> NameMatch | None:
        """How the leader's signature's (its field's, else the first) certificate names the signer the
        Excel file names (`name_match`); None not known."""
        if not self.expected_signer or not self.signatures:
            return None
        leader = next((s for s in self.signatures if s.field_name == LEADER_FIELD), self.signatures[0])
        return name_match(leader.signer, self.expected_signer)

    def signer_line(self) -> str:
        """A warning when the leader's signature (its field's, else the first) is by a certificate of
        another person than the signer the Excel file names (`name_match`), or how the names were compared
        when the certificate spells its holder's without diacritics; "" when the same, or not known.
        A warning, not a verdict: the holder's name is the CA's spelling of it."""
        return signer_line(self)

    def lines(self) -> list[str]:
        """The whole check, as `chitieu verify FILE.pdf` prints it (`Words`: with their English)."""
        return check_lines(self)

    def as_json(self) -> dict:
        return {
            "file": self.file_name, "sha256": self.sha256, "verdict": str(self.verdict),
            "expected_sha256": self.expected_sha256 or None, "matches_submission": self.matches_submission,
            "unreadable": self.unreadable or None, "trust_roots": self.trust_roots,
            "signatures": [{
                "field": s.field_name, "role": s.role, "signer": s.signer, "organisation": s.organisation,
                "issuer": s.issuer, "serial": s.serial, "not_before": s.not_before.isoformat(),
                "not_after": s.not_after.isoformat(),
                "signing_time": s.signing_time.isoformat() if s.signing_time else None,
                "timestamped": s.timestamped, "intact": s.intact, "whole_file": s.whole_file,
                "later_changes_allowed": s.later_changes_allowed, "trusted": s.trusted,
                "trust_problem": s.trust_problem or None, "verdict": str(s.verdict),
                "trust_problem_en": getattr(s.trust_problem, "en", None) or None,
            } for s in self.signatures],
            "subject": self.subject or None, "keywords": self.keywords or None,
            "subject_later": self.subject_later or None, "expected_document": self.expected_document or None,
            "revisions_before_signing": self.revisions_before_signing,
            "pages_match": self.pages_match, "pages_note": self.pages_note or None,
            "expected_signer": self.expected_signer or None, "after_eof": self.after_eof,
            "replaced_received": self.replaced_received, "replaced_note": self.replaced_note or None,
            # the notes' English where they were made with it (`Words`); a check stored before has none
            "pages_note_en": getattr(self.pages_note, "en", None) or None,
            "replaced_note_en": getattr(self.replaced_note, "en", None) or None,
            "replaces": self.replaces or None, "replaces_at": self.replaces_at or None,
        }

    @classmethod
    def from_json(cls, data: dict) -> PdfCheck:
        """A check as the province stored it (`as_json`)."""
        def t(text):
            return dt.datetime.fromisoformat(text) if text else None

        return cls(data["file"], data["sha256"], tuple(SignatureCheck(
            s["field"], s["signer"], s["organisation"], s["issuer"], s["serial"], t(s["not_before"]),
            t(s["not_after"]), t(s["signing_time"]), s["timestamped"], s["intact"], s["whole_file"],
            s["later_changes_allowed"], s["trusted"], _with_english(s, "trust_problem")) for s in data["signatures"]),
            data.get("expected_sha256") or "", data.get("unreadable") or "", data.get("trust_roots", 0),
            data.get("subject") or "", data.get("keywords") or "", data.get("subject_later") or "",
            data.get("expected_document") or "", data.get("revisions_before_signing"), data.get("pages_match"),
            _with_english(data, "pages_note"), data.get("expected_signer") or "", data.get("after_eof") or 0,
            data.get("replaced_received"), _with_english(data, "replaced_note"), data.get("replaces") or "",
            data.get("replaces_at") or "")


def _with_english(data: dict, key: str) -> str:
    """A note as stored (`PdfCheck.as_json`), with its English when stored beside it."""
    note, english = data.get(key) or "", data.get(f"{key}_en")
    return Words(note, english) if note and english else note


def time_text(t: dt.datetime) -> str:
    """A time as Decree 30 prints signing times in the signature's appearance: ISO 8601 in
    Vietnam's time zone. Not for what a person reads in the program (`read_time`)."""
    if t.tzinfo is None:
        t = t.replace(tzinfo=dt.timezone.utc)
    return t.astimezone(VIETNAM_TIME).isoformat(timespec="seconds")


# --- a commune's settings ---------------------------------------------------------------------

SETTING_KEYS = {  # database setting -> what the officer reads
    "signature_pkcs11_module": "Tệp thư viện PKCS#11 của thiết bị ký số",
    "signature_token_label": "Tên thiết bị ký số (token) của người ký",
    "signature_image": "Ảnh chữ ký (PNG)",
    "signature_org_token_label": "Tên thiết bị ký số của cơ quan",
    "signature_org_p12": "Tệp chứng thư số của cơ quan (PKCS#12)",
    "signature_seal_image": "Ảnh dấu của cơ quan (PNG)",
    "signature_tsa_url": "Địa chỉ máy chủ cấp dấu thời gian",
}
# The same settings as the English of a refusal names them (the settings dialog's words).
SETTING_KEYS_EN = {
    "signature_pkcs11_module": "Token library (PKCS#11)",
    "signature_token_label": "Signer's token name",
    "signature_image": "Signature image (PNG)",
    "signature_org_token_label": "Organisation's token name",
    "signature_org_p12": "Organisation's certificate file (PKCS#12)",
    "signature_seal_image": "Organisation's seal image (PNG)",
    "signature_tsa_url": "Timestamp server address",
}


@dataclass(frozen=True)
class SignatureSettings:
    """Where the signer's token is and what the signature looks like. The PIN is never kept."""

    pkcs11_module: str = ""
    token_label: str = ""
    image: str = ""  # the signer's handwritten signature, PNG with a transparent background
    org_token_label: str = ""  # the organisation's certificate on a token (same module)...
    org_p12: str = ""  # ...or in a PKCS#12 file
    seal_image: str = ""  # the organisation's seal, red PNG
    tsa_url: str = ""  # a timestamp server: PAdES B-T when reachable, never required

    @classmethod
    def from_json(cls, values: dict) -> SignatureSettings:
        return cls(**{key.removeprefix("signature_"): values.get(key) or "" for key in SETTING_KEYS})

    @property
    def org_configured(self) -> bool:
        return bool(self.org_token_label or self.org_p12)
