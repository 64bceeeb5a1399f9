"""What a check of a report PDF says (`pdf_signature.PdfCheck`, `SignatureCheck`), in Vietnamese as
`chitieu verify` prints it and the province keeps it, and in English for the window's English
interface (`words.Words`: each line a string, the Vietnamese, with its `en`).

The lines are made here from what the check recorded, so each has its English where it is made. The
notes a check stores in words (`PdfCheck.pages_note`, `replaced_note`: `desktop_app.signed_pages`,
`core.replaced_received`) carry their English when they were made with it (`Words`, stored beside
them); a note stored without one (a check stored before, a certificate's trust problem) is quoted in
Vietnamese and said to be (`_en`): never guessed. Names, codes, file names and times as they are.

Qt-free and without I/O.
"""
from __future__ import annotations

from desktop_app.core.pdf_verdict import PdfVerdict, compare_identity, read_time
from desktop_app.core.periods import in_sentence, parse_period
from desktop_app.core.person_names import NameMatch
from desktop_app.core.replaced_received import NOT_COMPARED, NOT_COMPARED_EN
from desktop_app.core.report_info import ReportIdentity
from desktop_app.core.words import Words

# A verdict (`pdf_signature.PdfVerdict`, by its Vietnamese) as the English window says it.
VERDICTS_EN = {
    "PDF không đọc được": "PDF cannot be read",
    "Đã bị sửa sau khi ký": "Changed after signing",
    "Chữ ký không phủ toàn bộ tệp": "Signature does not cover the whole file",
    "PDF của đơn vị/kỳ khác": "PDF of another unit/period",
    "PDF của bản báo cáo khác": "PDF of another version of the report",
    "Trang in khác số liệu tệp Excel": "Printed pages differ from the Excel file's figures",
    "Khác bản ghi trong tệp Excel": "Not the one the Excel file records",
    "Chứng thư số không tin cậy": "Certificate not trusted",
    "Chứng thư số hết hiệu lực khi ký": "Certificate expired when signing",
    "Không đối chiếu được PDF với tệp Excel": "PDF cannot be compared with the Excel file",
    "PDF chưa ký số": "PDF not digitally signed",
    "Chưa so được trang in với số liệu": "Printed pages not yet compared with the figures",
    "Ghi thay bản khác bản tỉnh đã nhận": "States it replaces a version other than the one received",
    "Chữ ký số hợp lệ": "Valid digital signature",
}
ROLES_EN = {"Người có thẩm quyền": "Authorised signer", "Cơ quan, tổ chức": "Organisation"}


def verdict(text: str) -> Words:
    """A verdict, or a `PdfSeen`'s stored one, in both languages (an unknown one as it is)."""
    return Words(str(text), VERDICTS_EN.get(str(text), str(text)))


def recorded(summary: str) -> Words:
    """A check's summary as an intake line recorded it (`desktop_app.intake_pdf.checked_verdict`: the verdict, then
    who signed): the verdict in English and the names as they are; a summary saying more (which other report, how
    many saves) is quoted in Vietnamese and said to be."""
    text = str(summary)
    for vi, en in VERDICTS_EN.items():
        if text == vi or (text.startswith(f"{vi}: ") and "(" not in text[len(vi):]):
            return Words(text, en + text[len(vi):])
    return Words(text, _en(text))


def _en(note: str) -> str:
    """A stored note's English: its own (`Words`), else the Vietnamese quoted and said to be."""
    english = getattr(note, "en", "")
    return english or (f"“{note}” (in Vietnamese)" if note else "")


def where(identity: ReportIdentity) -> Words:
    """"đơn vị 05488, 6 tháng đầu năm 2026" / "unit 05488, first half of 2026" (`ReportIdentity.where`)."""
    vi = identity.where()
    try:
        name = in_sentence(parse_period(identity.period).name_en) if identity.period else ""
    except (ValueError, KeyError):
        return Words(vi, vi)
    if not identity.unit:
        return Words(vi, f"period {name}" if name else "")
    return Words(vi, f"unit {identity.unit}" + (f", {name}" if name else ""))


def signature_lines(s, after: Words | str = "") -> list[Words]:
    """What `chitieu verify` and the window's tooltip say of the signature `s`; `after`: what was saved after
    it when it is the file's last signature (`after_last`)."""
    who = s.signer + (f" ({s.organisation})" if s.organisation and s.organisation != s.signer else "")
    if s.signing_time:
        at = read_time(s.signing_time)
        when = Words(at + (" (dấu thời gian của máy chủ cấp dấu thời gian)" if s.timestamped
                           else " (theo đồng hồ máy ký, không có dấu thời gian)"),
                     at + (" (a timestamp from a timestamp server)" if s.timestamped
                           else " (by the signing computer's clock, no timestamp)"))
    else:
        when = Words("không ghi", "not stated")
    start, end = read_time(s.not_before), read_time(s.not_after)
    validity = Words(f"hiệu lực từ {start} đến {end}" + ("" if s.valid_when_signed else ": KHÔNG còn hiệu lực tại thời điểm ký"),
                     f"valid from {start} to {end}" + ("" if s.valid_when_signed else ": NOT valid at the time of signing"))
    integrity = (Words("nguyên vẹn", "intact") if s.intact
                 else Words("KHÔNG nguyên vẹn (nội dung đã bị sửa sau khi ký)",
                            "NOT intact (the content was changed after signing)"))
    if not s.intact:
        coverage = Words("", "")
    elif s.whole_file:
        coverage = Words("; phủ toàn bộ tệp", "; covers the whole file")
    elif s.later_changes_allowed:
        coverage = (Words(f"; {after}", f"; {_en(after)}") if after else
                    Words("; phần thêm sau chữ ký này chỉ là chữ ký khác (được phép)",
                          "; what was added after this signature is only other signatures (allowed)"))
    else:
        coverage = Words("; KHÔNG phủ toàn bộ tệp: nội dung đã được thêm hoặc sửa sau khi ký",
                         "; does NOT cover the whole file: content was added or changed after signing")
    trust = (Words("tin cậy (chuỗi chứng thư đến chứng thư gốc tỉnh đã nhập)",
                   "trusted (its certificate chain reaches a root certificate the province imported)") if s.trusted
             else Words(f"KHÔNG tin cậy: {s.trust_problem}", f"NOT trusted: {_en(s.trust_problem)}"))
    role = s.role
    return [Words(f"{role}: {who}", f"{ROLES_EN.get(role, role)}: {who}"),
            Words(f"  Chứng thư số: số sê-ri {s.serial}, do {s.issuer} cấp, {validity}",
                  f"  Certificate: serial number {s.serial}, issued by {s.issuer}, {validity.en}"),
            Words(f"  Thời điểm ký: {when}", f"  Signing time: {when.en}"),
            Words(f"  Toàn vẹn: {integrity}{coverage}", f"  Integrity: {integrity.en}{coverage.en}"),
            Words(f"  Tin cậy: {trust}", f"  Trust: {trust.en}")]


def after_last(check) -> Words:
    """What follows the last signature's bytes, as said where it does not cover the file."""
    if not check.after_eof:
        return Words("tệp được lưu thêm sau chữ ký này một phần không phải chữ ký (được phép: không đổi nội dung trang)",
                     "the file was saved again after this signature with a part that is no signature (allowed: the "
                     "pages' content is unchanged)")
    n = check.after_eof
    return Words(f"tệp có thêm {n} byte sau dấu kết thúc tệp (%%EOF): không phải chữ ký, không thuộc "
                 "tài liệu PDF (thường do công cụ chép hoặc gửi tệp thêm vào)",
                 f"the file has {n} more bytes after its end mark (%%EOF): no signature, no part of the PDF document "
                 "(usually added by a tool that copied or sent the file)")


def summary(check) -> Words:
    """One line for a table cell: the verdict (for a PDF of another report, which one) and who signed."""
    said = verdict(check.verdict)
    if check.unreadable or not check.signatures:
        return said
    vi, en = str(said), said.en
    pdf, excel = check.identity, ReportIdentity.read(check.expected_document)
    if check.verdict == PdfVerdict.KHAC_DON_VI_KY:
        theirs, ours = where(pdf), where(excel)
        vi, en = vi + f" ({theirs}; tệp Excel: {ours})", en + f" ({theirs.en}; Excel file: {ours.en})"
    elif check.verdict == PdfVerdict.KHAC_BAN_BAO_CAO:
        vi += f" (mã xác thực {pdf.fingerprint[:16]}, tệp Excel {excel.fingerprint[:16]})"
        en += f" (fingerprint {pdf.fingerprint[:16]}, Excel file {excel.fingerprint[:16]})"
    if check.saved_again:
        vi += f" (tệp lưu lại {check.saved_again} lần sau khi xuất, trước khi ký)"
        en += f" (the file saved {check.saved_again} more time(s) after export, before signing)"
    if check.pages_match is None and check.pages_note and check.verdict != PdfVerdict.CHUA_SO_TRANG_IN:
        vi, en = vi + " (chưa so được trang in với số liệu)", en + " (printed pages not yet compared with the figures)"
    if check.signer_match() == NameMatch.OTHER:
        vi, en = vi + " (người ký khác tên trên báo cáo)", en + " (signer not the one named on the report)"
    signers = "; ".join(s.signer for s in check.signatures)
    return Words(f"{vi}: {signers}", f"{en}: {signers}")


def content_line(check) -> Words:
    """What comparing the report the PDF states it is with the Excel file found ("" not compared)."""
    pdf = check.identity
    at = where(pdf)
    code = pdf.fingerprint[:16]
    parts = [(f"của {at}", f"of {at.en}") if at else None, (f"mã xác thực {code}", f"fingerprint {code}") if code else None]
    parts = [p for p in parts if p]
    stated = Words(", ".join(p[0] for p in parts), ", ".join(p[1] for p in parts))
    if not at:  # the Keywords' code alone
        stated = Words(f"có {stated}", f"with {stated.en}")
    if not check.expected_document:
        if not check.signatures or pdf.empty:
            return Words("", "")
        return Words(f"Nội dung: tệp PDF ghi là báo cáo {stated}; không có tệp Excel gửi kèm bên cạnh (cùng tên, đuôi "
                     ".xlsx) nên chưa so với số liệu nào.",
                     f"Content: the PDF states it is the report {stated.en}; no Excel file was sent beside it (the same "
                     "name, ending .xlsx), so it was compared with no figures.")
    excel = ReportIdentity.read(check.expected_document)
    ours = where(excel)
    compared = compare_identity(pdf, excel)
    if compared is None:
        return Words(f"Nội dung: tệp PDF ghi là báo cáo {stated}, khớp với tệp Excel gửi kèm"
                     + ("" if pdf.fingerprint else " (tệp PDF không ghi mã xác thực)")
                     + ("; trang in được so ở dòng dưới." if check.pages_match is not None
                        else "; số liệu in trong tệp PDF không được so với tệp Excel."),
                     f"Content: the PDF states it is the report {stated.en}, matching the Excel file sent with it"
                     + ("" if pdf.fingerprint else " (the PDF states no fingerprint)")
                     + ("; its printed pages are compared on the line below." if check.pages_match is not None
                        else "; the figures printed in the PDF were not compared with the Excel file."))
    if compared == PdfVerdict.KHAC_DON_VI_KY:
        return Words(f"Nội dung: tệp PDF ghi là báo cáo của {at}, KHÔNG phải của {ours} như tệp Excel "
                     "gửi kèm: không phải báo cáo đơn vị gửi cùng số liệu này.",
                     f"Content: the PDF states it is the report of {at.en}, NOT of {ours.en} as the Excel file sent "
                     "with it: not the report the unit sent with these figures.")
    if compared == PdfVerdict.KHAC_BAN_BAO_CAO:
        which = ((f"một bản khác của báo cáo {ours}", f"another version of the report of {ours.en}")
                 if pdf.unit and pdf.period else ("báo cáo khác", "another report"))  # only the fingerprint stated
        theirs = excel.fingerprint[:16]
        return Words(f"Nội dung: tệp PDF ghi là {which[0]} (mã xác thực {code}, tệp Excel gửi kèm mã "
                     f"{theirs}): không phải bản báo cáo có số liệu trong tệp Excel.",
                     f"Content: the PDF states it is {which[1]} (fingerprint {code}, the Excel file sent with it "
                     f"{theirs}): not the version of the report with the Excel file's figures.")
    return Words("Nội dung: thông tin tài liệu của tệp PDF (Subject) không ghi đơn vị, kỳ và mã xác thực báo cáo như "
                 "báo cáo do phần mềm Chỉ tiêu xã xuất (hoặc ghi hai giá trị khác nhau), nên không đối chiếu được với "
                 "tệp Excel gửi kèm: không biết là báo cáo của đơn vị, kỳ nào.",
                 "Content: the PDF's document information (Subject) does not state the report's unit, period and "
                 "fingerprint as a report exported by Chỉ tiêu xã does (or states two different ones), so it cannot be "
                 "compared with the Excel file sent with it: which unit's and period's report it is is not known.")


def pages_line(check) -> Words:
    """What comparing the pages the first signature signed with the report rendered from the Excel file found
    ("" not compared and nothing to say)."""
    note, replaced = check.pages_note, check.replaced_note or NOT_COMPARED
    replaced_en = _en(check.replaced_note) if check.replaced_note else NOT_COMPARED_EN
    if check.pages_match:
        return Words("Trang in: phần chữ ký đầu tiên đã ký đúng là báo cáo phần mềm in từ số liệu tệp Excel gửi kèm "
                     "(so từng byte, trừ thời điểm xuất); sau đó chỉ thêm chữ ký."
                     + (f" Dòng “Duyệt lại …” ({note}, và lý do) in theo điều tệp PDF ghi, tệp Excel không "
                        f"ghi: {replaced}." if note else ""),
                     "Printed pages: what the first signature signed is the report the software prints from the "
                     "figures of the Excel file sent with it (compared byte for byte, but for the moment of export); "
                     "only signatures were added after it."
                     + (f" The line “Duyệt lại …” ({_en(note)}, and the reason) is printed as the PDF states it, which "
                        f"the Excel file does not: {replaced_en}." if note else ""))
    if check.pages_match is False:
        name = check.file_name
        return Words(f"Trang in: tệp {name} KHÔNG phải báo cáo phần mềm in từ số liệu tệp Excel gửi kèm "
                     f"({note}): bản người ký đã ký có thể ghi số liệu khác số liệu tỉnh tổng hợp. Liên hệ "
                     "đơn vị gửi lại bản PDF xuất và ký số bằng phần mềm Chỉ tiêu xã cùng tệp Excel.",
                     f"Printed pages: the file {name} is NOT the report the software prints from the figures of the "
                     f"Excel file sent with it ({_en(note)}): what the signer signed may state other figures than "
                     "those the province consolidates. Ask the unit to send again the PDF exported and digitally "
                     "signed with Chỉ tiêu xã, with the Excel file.")
    if note:
        return Words(f"Trang in: {note}: chưa so được nội dung trang in với số liệu, nên chưa biết số liệu "
                     "in trong tệp PDF có đúng số liệu tệp Excel không: đừng dựa vào số liệu in trong tệp PDF. Đề nghị "
                     "đơn vị xuất lại báo cáo và ký số ở (Kỳ báo cáo › Ký số báo cáo…) của phần mềm Chỉ tiêu xã cùng "
                     "phiên bản với máy của tỉnh (không vẽ thêm gì lên bản in) rồi gửi lại cả tệp Excel và tệp PDF."
                     + (f" Dòng “Duyệt lại …”: {check.replaced_note}." if check.replaced_note else ""),
                     f"Printed pages: {_en(note)}: the printed pages could not be compared with the figures, so "
                     "whether the figures printed in the PDF are the Excel file's is not known: do not rely on the "
                     "figures printed in the PDF. Ask the unit to export the report again and sign it (Period › Sign the "
                     "report digitally…) in Chỉ tiêu xã of the same version as the province's computer (drawing nothing more "
                     "on the paper), then send both the Excel file and the PDF again."
                     + (f" The line “Duyệt lại …”: {replaced_en}." if check.replaced_note else ""))
    return Words("", "")


def signer_line(check) -> Words:
    """A warning when the leader's signature is by a certificate of another person than the signer the Excel
    file names, or how the names were compared; "" when the same, or not known."""
    match = check.signer_match()
    if match is None or match == NameMatch.SAME:
        return Words("", "")
    leader = check.leader
    named = check.expected_signer
    if match == NameMatch.SAME_WITHOUT_DIACRITICS:
        return Words(f"Người ký: chứng thư ghi tên không dấu ({leader.signer}), so không dấu với người ký báo cáo ghi "
                     f"({named}): trùng tên.",
                     f"Signer: the certificate writes the name without diacritics ({leader.signer}), compared "
                     f"without diacritics with the signer the report names ({named}): the same name.")
    return Words(f"Cảnh báo: chứng thư ký thuộc về {leader.signer}, báo cáo ghi người ký là {named}: "
                 "hỏi lại đơn vị ai đã ký báo cáo này.",
                 f"Warning: the signing certificate belongs to {leader.signer}, the report names {named} as its "
                 "signer: ask the unit who signed this report.")


def check_lines(check) -> list[Words]:
    """The whole check, as `chitieu verify FILE.pdf` prints it."""
    said = verdict(check.verdict)
    out = [Words(f"Tệp {check.file_name}: {said}.", f"File {check.file_name}: {said.en}.")]
    if check.unreadable:
        return out + [Words(check.unreadable, _en(check.unreadable))]
    if not check.signatures:
        out.append(Words("Tệp không có chữ ký số nào (bản xuất chưa ký; tệp đã ký số có tên kết thúc bằng _ky-so.pdf).",
                         "The file has no digital signature (an export not signed; a signed file's name ends in "
                         "_ky-so.pdf)."))
    for s in check.signatures:
        out += signature_lines(s, after_last(check) if s is check.signatures[-1] else "")
    if check.signatures and not check.signatures[-1].whole_file and check.signatures[-1].intact:
        after = after_last(check)
        out.append(Words(f"Sau chữ ký cuối cùng, {after}: không được chữ ký nào bảo đảm.",
                         f"After the last signature, {after.en}: no signature vouches for it.") if check.after_eof else
                   Words("Sau chữ ký cuối cùng, tệp đã được thêm nội dung: phần thêm không được chữ ký nào bảo đảm.",
                         "After the last signature, content was added to the file: no signature vouches for it."))
    ours, theirs = check.sha256[:16], check.expected_sha256[:16]
    if check.matches_submission is True:
        out.append(Words(f"Mã SHA-256 của tệp khớp mã ghi trong tệp Excel gửi kèm ({ours}…).",
                         f"The file's SHA-256 is the one written in the Excel file sent with it ({ours}…)."))
    elif check.matches_submission is False:
        out.append(Words(f"Mã SHA-256 của tệp ({ours}…) KHÁC mã tệp Excel gửi kèm ghi cho bản PDF đã ký "
                         f"({theirs}…): không phải bản đơn vị đã ký cùng số liệu này.",
                         f"The file's SHA-256 ({ours}…) is NOT the one the Excel file sent with it writes for the "
                         f"signed PDF ({theirs}…): not the one the unit signed with these figures."))
    else:
        out.append(Words(f"Mã SHA-256 của tệp: {check.sha256}.", f"The file's SHA-256: {check.sha256}."))
    out += [line for line in (content_line(check), pages_line(check), signer_line(check)) if line]
    if check.saved_again:
        n = check.saved_again
        out.append(Words(f"Cảnh báo: tệp PDF đã được lưu lại {n} lần sau khi xuất, trước khi ký: nội dung "
                         "có thể đã bị sửa (bản xuất của phần mềm được ký ngay, mỗi chữ ký là một lần lưu nối tiếp).",
                         f"Warning: the PDF was saved {n} more time(s) after export, before signing: its content may "
                         "have been changed (the software's export is signed as it is, each signature saved after it)."))
    if check.subject_later and check.signatures:
        later = check.subject_later
        out.append(Words(f"Sau chữ ký đầu tiên, thông tin tài liệu đã bị đổi thành “{later}”: phần đổi đó "
                         "không được chữ ký ấy bảo đảm, nội dung được đối chiếu theo bản đã ký.",
                         f"After the first signature, the document information was changed to “{later}”: that "
                         "change is not vouched for by the signature; the content is compared as signed."))
    if not check.trust_roots and check.signatures:
        out.append(Words("Chưa có chứng thư gốc nào để đối chiếu: tỉnh nhập chứng thư gốc (chitieu trust add TỆP) "
                         "rồi kiểm tra lại.",
                         "No root certificate to check against yet: the province imports a root certificate (chitieu "
                         "trust add FILE) and checks again."))
    return out
