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
from enum import StrEnum

from desktop_app.core.intake import SIGNED_SUFFIX, VIETNAM_TIME
from desktop_app.core.person_names import NameMatch, name_match
from desktop_app.core.replaced_received import NOT_COMPARED
from desktop_app.core.report_info import ReportIdentity

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


# --- what a check found -----------------------------------------------------------------------

class PdfVerdict(StrEnum):
    """The one word the province's table shows for a unit's signed PDF, worst first."""

    KHONG_DOC_DUOC = "PDF không đọc được"
    DA_BI_SUA = "Đã bị sửa sau khi ký"
    KHONG_PHU_TOAN_BO = "Chữ ký không phủ toàn bộ tệp"
    KHAC_DON_VI_KY = "PDF của đơn vị/kỳ khác"
    KHAC_BAN_BAO_CAO = "PDF của bản báo cáo khác"
    KHAC_TRANG_IN = "Trang in khác số liệu tệp Excel"
    KHAC_TEP_SO_LIEU = "Khác bản ghi trong tệp Excel"
    KHONG_TIN_CAY = "Chứng thư số không tin cậy"
    HET_HIEU_LUC = "Chứng thư số hết hiệu lực khi ký"
    KHONG_DOI_CHIEU_DUOC = "Không đối chiếu được PDF với tệp Excel"
    CHUA_KY = "PDF chưa ký số"
    # Signed, but its pages could not be compared with the workbook's figures (red-team R5 F1): never
    # "hợp lệ", whose pages were; not a finding on the file either.
    CHUA_SO_TRANG_IN = "Chưa so được trang in với số liệu"
    # the paper's replaced approval is not as the province holds it (core/replaced_received)
    THAY_BAN_KHAC = "Ghi thay bản khác bản tỉnh đã nhận"
    HOP_LE = "Chữ ký số hợp lệ"


# --- which report a PDF is (`ReportIdentity`, desktop_app/core/report_info.py) ----------------

def compare_identity(pdf: ReportIdentity, excel: ReportIdentity) -> PdfVerdict | None:
    """How the report a PDF states it is compares with the Excel file's (`excel` states all
    three): None the same (as far as the PDF states: a unit and period without a fingerprint
    is that unit's report of that period); another unit or period; the same unit and period
    but another fingerprint (another version: the figures differ); or nothing to compare."""
    if pdf.empty:
        return PdfVerdict.KHONG_DOI_CHIEU_DUOC
    if (pdf.unit and pdf.unit != excel.unit) or (pdf.period and pdf.period != excel.period):
        return PdfVerdict.KHAC_DON_VI_KY
    if pdf.fingerprint and not excel.fingerprint.startswith(pdf.fingerprint):
        return PdfVerdict.KHAC_BAN_BAO_CAO
    return None


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
        """What `chitieu verify` and the window's tooltip say of this signature; `after`: what was
        saved after it when it is the file's last signature (`PdfCheck.after_last`)."""
        who = self.signer + (f" ({self.organisation})" if self.organisation and self.organisation != self.signer
                             else "")
        when = (read_time(self.signing_time) + (" (dấu thời gian của máy chủ cấp dấu thời gian)" if self.timestamped
                                                 else " (theo đồng hồ máy ký, không có dấu thời gian)")
                if self.signing_time else "không ghi")
        validity = (f"hiệu lực từ {read_time(self.not_before)} đến {read_time(self.not_after)}"
                    + ("" if self.valid_when_signed else ": KHÔNG còn hiệu lực tại thời điểm ký"))
        integrity = "nguyên vẹn" if self.intact else "KHÔNG nguyên vẹn (nội dung đã bị sửa sau khi ký)"
        if not self.intact:
            coverage = ""
        elif self.whole_file:
            coverage = "; phủ toàn bộ tệp"
        elif self.later_changes_allowed:
            coverage = f"; {after}" if after else "; phần thêm sau chữ ký này chỉ là chữ ký khác (được phép)"
        else:
            coverage = "; KHÔNG phủ toàn bộ tệp: nội dung đã được thêm hoặc sửa sau khi ký"
        trust = ("tin cậy (chuỗi chứng thư đến chứng thư gốc tỉnh đã nhập)" if self.trusted
                 else f"KHÔNG tin cậy: {self.trust_problem}")
        return [f"{self.role}: {who}",
                f"  Chứng thư số: số sê-ri {self.serial}, do {self.issuer} cấp, {validity}",
                f"  Thời điểm ký: {when}",
                f"  Toàn vẹn: {integrity}{coverage}",
                f"  Tin cậy: {trust}"]


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
        if self.unreadable or not self.signatures:
            return str(self.verdict)
        verdict = str(self.verdict)
        pdf, excel = self.identity, ReportIdentity.read(self.expected_document)
        if self.verdict == PdfVerdict.KHAC_DON_VI_KY:
            verdict += f" ({pdf.where()}; tệp Excel: {excel.where()})"
        elif self.verdict == PdfVerdict.KHAC_BAN_BAO_CAO:
            verdict += f" (mã xác thực {pdf.fingerprint[:16]}, tệp Excel {excel.fingerprint[:16]})"
        if self.saved_again:
            verdict += f" (tệp lưu lại {self.saved_again} lần sau khi xuất, trước khi ký)"
        if self.pages_match is None and self.pages_note and self.verdict != PdfVerdict.CHUA_SO_TRANG_IN:
            verdict += " (chưa so được trang in với số liệu)"
        if self.signer_match() == NameMatch.OTHER:
            verdict += " (người ký khác tên trên báo cáo)"
        return f"{verdict}: " + "; ".join(s.signer for s in self.signatures)

    def content_line(self) -> str:
        """What comparing the report the PDF states it is with the Excel file found ("" not compared).
        Only what the PDF states (its document information) is compared: never the figures printed
        on its pages, so a match says what the PDF states, not that its figures are the file's. Without
        an Excel file, what the PDF states it is, and that nothing was compared (red-team R3 F5)."""
        pdf = self.identity
        stated = ", ".join(part for part in (pdf.where() and f"của {pdf.where()}",
                                             pdf.fingerprint and f"mã xác thực {pdf.fingerprint[:16]}") if part)
        stated = stated if pdf.where() else f"có {stated}"  # the Keywords' code alone
        if not self.expected_document:
            if not self.signatures or pdf.empty:
                return ""
            return (f"Nội dung: tệp PDF ghi là báo cáo {stated}; không có tệp Excel gửi kèm bên cạnh (cùng tên, đuôi "
                    ".xlsx) nên chưa so với số liệu nào.")
        excel = ReportIdentity.read(self.expected_document)
        compared = compare_identity(pdf, excel)
        if compared is None:
            return (f"Nội dung: tệp PDF ghi là báo cáo {stated}, khớp với tệp Excel gửi kèm"
                    + ("" if pdf.fingerprint else " (tệp PDF không ghi mã xác thực)")
                    + ("; trang in được so ở dòng dưới." if self.pages_match is not None
                       else "; số liệu in trong tệp PDF không được so với tệp Excel."))
        if compared == PdfVerdict.KHAC_DON_VI_KY:
            return (f"Nội dung: tệp PDF ghi là báo cáo của {pdf.where()}, KHÔNG phải của {excel.where()} như tệp Excel "
                    "gửi kèm: không phải báo cáo đơn vị gửi cùng số liệu này.")
        if compared == PdfVerdict.KHAC_BAN_BAO_CAO:
            which = (f"một bản khác của báo cáo {excel.where()}" if pdf.unit and pdf.period
                     else "báo cáo khác")  # only the fingerprint stated: which unit's is not known
            return (f"Nội dung: tệp PDF ghi là {which} (mã xác thực {pdf.fingerprint[:16]}, tệp Excel gửi kèm mã "
                    f"{excel.fingerprint[:16]}): không phải bản báo cáo có số liệu trong tệp Excel.")
        return ("Nội dung: thông tin tài liệu của tệp PDF (Subject) không ghi đơn vị, kỳ và mã xác thực báo cáo như "
                "báo cáo do phần mềm Chỉ tiêu xã xuất (hoặc ghi hai giá trị khác nhau), nên không đối chiếu được với "
                "tệp Excel gửi kèm: không biết là báo cáo của đơn vị, kỳ nào.")

    def pages_line(self) -> str:
        """What comparing the pages the first signature signed with the report rendered from the
        Excel file found ("" not compared and nothing to say)."""
        if self.pages_match:
            return ("Trang in: phần chữ ký đầu tiên đã ký đúng là báo cáo phần mềm in từ số liệu tệp Excel gửi kèm "
                    "(so từng byte, trừ thời điểm xuất); sau đó chỉ thêm chữ ký."
                    + (f" Dòng “Duyệt lại …” ({self.pages_note}, và lý do) in theo điều tệp PDF ghi, tệp Excel không "
                       f"ghi: {self.replaced_note or NOT_COMPARED}." if self.pages_note else ""))
        if self.pages_match is False:
            return (f"Trang in: tệp {self.file_name} KHÔNG phải báo cáo phần mềm in từ số liệu tệp Excel gửi kèm "
                    f"({self.pages_note}): bản người ký đã ký có thể ghi số liệu khác số liệu tỉnh tổng hợp. Liên hệ "
                    "đơn vị gửi lại bản PDF xuất và ký số bằng phần mềm Chỉ tiêu xã cùng tệp Excel.")
        if self.pages_note:
            return (f"Trang in: {self.pages_note}: chưa so được nội dung trang in với số liệu, nên chưa biết số liệu "
                    "in trong tệp PDF có đúng số liệu tệp Excel không: đừng dựa vào số liệu in trong tệp PDF. Đề nghị "
                    "đơn vị xuất lại báo cáo và ký số ở (Kỳ báo cáo › Ký số báo cáo…) của phần mềm Chỉ tiêu xã cùng "
                    "phiên bản với máy của tỉnh (không vẽ thêm gì lên bản in) rồi gửi lại cả tệp Excel và tệp PDF."
                    + (f" Dòng “Duyệt lại …”: {self.replaced_note}." if self.replaced_note else ""))  # R31 F3
        return ""

    def after_last(self) -> str:
        """What follows the last signature's bytes, as said where it does not cover the file (pyHanko
        calls bytes after the end mark allowed, like a later signature: they are neither)."""
        if not self.after_eof:
            return "tệp được lưu thêm sau chữ ký này một phần không phải chữ ký (được phép: không đổi nội dung trang)"
        return (f"tệp có thêm {self.after_eof} byte sau dấu kết thúc tệp (%%EOF): không phải chữ ký, không thuộc "
                "tài liệu PDF (thường do công cụ chép hoặc gửi tệp thêm vào)")

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
        match = self.signer_match()
        if match is None:
            return ""
        leader = next((s for s in self.signatures if s.field_name == LEADER_FIELD), self.signatures[0])
        if match == NameMatch.SAME_WITHOUT_DIACRITICS:
            return (f"Người ký: chứng thư ghi tên không dấu ({leader.signer}), so không dấu với người ký báo cáo ghi "
                    f"({self.expected_signer}): trùng tên.")
        if match == NameMatch.SAME:
            return ""
        return (f"Cảnh báo: chứng thư ký thuộc về {leader.signer}, báo cáo ghi người ký là {self.expected_signer}: "
                "hỏi lại đơn vị ai đã ký báo cáo này.")

    def lines(self) -> list[str]:
        """The whole check, as `chitieu verify FILE.pdf` prints it."""
        out = [f"Tệp {self.file_name}: {self.verdict}."]
        if self.unreadable:
            return out + [self.unreadable]
        if not self.signatures:
            out.append("Tệp không có chữ ký số nào (bản xuất chưa ký; tệp đã ký số có tên kết thúc bằng _ky-so.pdf).")
        for s in self.signatures:
            out += s.lines(self.after_last() if s is self.signatures[-1] else "")
        if self.signatures and not self.signatures[-1].whole_file and self.signatures[-1].intact:
            out.append(f"Sau chữ ký cuối cùng, {self.after_last()}: không được chữ ký nào bảo đảm."
                       if self.after_eof else
                       "Sau chữ ký cuối cùng, tệp đã được thêm nội dung: phần thêm không được chữ ký nào bảo đảm.")
        if self.matches_submission is True:
            out.append(f"Mã SHA-256 của tệp khớp mã ghi trong tệp Excel gửi kèm ({self.sha256[:16]}…).")
        elif self.matches_submission is False:
            out.append(f"Mã SHA-256 của tệp ({self.sha256[:16]}…) KHÁC mã tệp Excel gửi kèm ghi cho bản PDF đã ký "
                       f"({self.expected_sha256[:16]}…): không phải bản đơn vị đã ký cùng số liệu này.")
        else:
            out.append(f"Mã SHA-256 của tệp: {self.sha256}.")
        if self.content_line():
            out.append(self.content_line())
        if self.pages_line():
            out.append(self.pages_line())
        if self.signer_line():
            out.append(self.signer_line())
        if self.saved_again:
            out.append(f"Cảnh báo: tệp PDF đã được lưu lại {self.saved_again} lần sau khi xuất, trước khi ký: nội dung "
                       "có thể đã bị sửa (bản xuất của phần mềm được ký ngay, mỗi chữ ký là một lần lưu nối tiếp).")
        if self.subject_later and self.signatures:
            out.append(f"Sau chữ ký đầu tiên, thông tin tài liệu đã bị đổi thành “{self.subject_later}”: phần đổi đó "
                       "không được chữ ký ấy bảo đảm, nội dung được đối chiếu theo bản đã ký.")
        if not self.trust_roots and self.signatures:
            out.append("Chưa có chứng thư gốc nào để đối chiếu: tỉnh nhập chứng thư gốc (chitieu trust add TỆP) "
                       "rồi kiểm tra lại.")
        return out

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
            } for s in self.signatures],
            "subject": self.subject or None, "keywords": self.keywords or None,
            "subject_later": self.subject_later or None, "expected_document": self.expected_document or None,
            "revisions_before_signing": self.revisions_before_signing,
            "pages_match": self.pages_match, "pages_note": self.pages_note or None,
            "expected_signer": self.expected_signer or None, "after_eof": self.after_eof,
            "replaced_received": self.replaced_received, "replaced_note": self.replaced_note or None,
            "replaces": self.replaces or None, "replaces_at": self.replaces_at or None,
        }

    @classmethod
    def from_json(cls, data: dict) -> "PdfCheck":
        """A check as the province stored it (`as_json`)."""
        def t(text):
            return dt.datetime.fromisoformat(text) if text else None

        return cls(data["file"], data["sha256"], tuple(SignatureCheck(
            s["field"], s["signer"], s["organisation"], s["issuer"], s["serial"], t(s["not_before"]),
            t(s["not_after"]), t(s["signing_time"]), s["timestamped"], s["intact"], s["whole_file"],
            s["later_changes_allowed"], s["trusted"], s["trust_problem"] or "") for s in data["signatures"]),
            data.get("expected_sha256") or "", data.get("unreadable") or "", data.get("trust_roots", 0),
            data.get("subject") or "", data.get("keywords") or "", data.get("subject_later") or "",
            data.get("expected_document") or "", data.get("revisions_before_signing"), data.get("pages_match"),
            data.get("pages_note") or "", data.get("expected_signer") or "", data.get("after_eof") or 0,
            data.get("replaced_received"), data.get("replaced_note") or "", data.get("replaces") or "",
            data.get("replaces_at") or "")


def time_text(t: dt.datetime) -> str:
    """A time as Decree 30 prints signing times in the signature's appearance: ISO 8601 in
    Vietnam's time zone. Not for what a person reads in the program (`read_time`)."""
    if t.tzinfo is None:
        t = t.replace(tzinfo=dt.timezone.utc)
    return t.astimezone(VIETNAM_TIME).isoformat(timespec="seconds")


def read_time(t: dt.datetime) -> str:
    """A certificate's, a signature's or a file's time as the signing, `chitieu verify` and the window
    say it: the hour and the day in Vietnam's time, "16:53 02/12/2026" (`periods.format_time`'s form),
    whatever zone the computer is set to, so the times of one check are never of two zones; a time
    without a zone is UTC, as certificates and signatures state their times."""
    return f"{(t if t.tzinfo else t.replace(tzinfo=dt.timezone.utc)).astimezone(VIETNAM_TIME):%H:%M %d/%m/%Y}"


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
    def from_json(cls, values: dict) -> "SignatureSettings":
        return cls(**{key.removeprefix("signature_"): values.get(key) or "" for key in SETTING_KEYS})

    @property
    def org_configured(self) -> bool:
        return bool(self.org_token_label or self.org_p12)
