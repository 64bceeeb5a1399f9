"""A unit's report PDF as the province window says it under its tables, in sentences: the verdict
and who signed, then what the check compared (the SHA-256 the workbook records, which report the
PDF says it is, its printed pages) and any warning (red-team R4 F4: the pane under "Tình hình gửi
báo cáo" and the files read said nothing of the PDFs). The words are `PdfCheck`'s
(`desktop_app.core.pdf_words`), Vietnamese as the rest of the province's checks, each with its English
(`Words`) for the window's English interface (S135).

A PDF beside a file that was refused is not checked (the intake checks a PDF against the workbook
it came with, and a refused workbook is not trusted): it is said to be there, not checked, rather
than nothing, which read as "no PDF sent" beside a genuinely signed one.

Each is the PDF the reading of the file saw, as its log line records it (red-team R6 F3): a duplicate's
own PDF, not the one whose check its version keeps; and a PDF put in the folder (or changed) after the
reading is said as such, never as one that came with the file. A check shown of a PDF the folder now
holds another of beside the file, or no longer holds (red-team R8 item 3), is said to be of the PDF as
it was read, and the change said after it (`PdfSince`): the check no longer describes the file there.
"""
from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.intake import shown_name
from desktop_app.core.pasted_command import verify_command
from desktop_app.core.pdf_signature import PdfCheck, PdfVerdict
from desktop_app.core.pdf_words import ROLES_EN, recorded, verdict
from desktop_app.core.words import Words

NOT_CHECKED = Words("Có PDF kèm, chưa kiểm tra", "PDF attached, not checked")  # the signature column's cell for such a PDF
PUT_AFTER = Words("PDF đặt vào sau lần đọc", "PDF put there after the reading")  # its cell for a PDF the reading did not see


@dataclass(frozen=True)
class PdfSeen:
    """A PDF beside a file whose version keeps no check of it: `name`; `verdict`, its check's when the
    reading checked it (a duplicate's own PDF) and `kept`, the PDF whose check the version keeps; or
    `after`: in the folder now, not what the reading saw (put there or changed since), never checked."""

    name: str
    verdict: str = ""
    kept: str = ""
    after: bool = False

    @property
    def cell(self) -> str:
        return PUT_AFTER if self.after else NOT_CHECKED


@dataclass(frozen=True)
class PdfSince:
    """What the reading saw beside a file (`then`: a check, or a `PdfSeen` not put there after it) when the
    folder now holds another PDF beside that file (another name or SHA-256), or none (`gone`)."""

    then: PdfCheck | PdfSeen
    gone: bool = False

    @property
    def sentence(self) -> str:
        checked = not isinstance(self.then, PdfSeen) or self.then.verdict
        then = " (kết quả trên là của tệp lúc đọc)" if checked else ""
        then_en = " (the result above is of the file when read)" if checked else ""
        if self.gone:
            return Words(f"Tệp PDF đã bị xóa khỏi thư mục sau lần đọc{then}: hãy đọc lại thư mục.",
                         f"The PDF was deleted from the folder after the reading{then_en}: read the folder again.")
        return Words(f"Tệp PDF trong thư mục đã đổi sau lần đọc{then}: hãy đọc lại thư mục.",
                     f"The PDF in the folder changed after the reading{then_en}: read the folder again.")


def as_read(said: PdfCheck | PdfSeen | PdfSince) -> PdfCheck | PdfSeen:
    """The check or the PDF `said` tells of as the reading saw it."""
    return said.then if isinstance(said, PdfSince) else said


def since_sentence(said: PdfCheck | PdfSeen | PdfSince) -> str:
    """What changed in the folder since the reading ("" nothing, or not known)."""
    return said.sentence if isinstance(said, PdfSince) else Words("", "")


def pdf_sentences(said: PdfCheck | PdfSeen | PdfSince, refused: bool) -> str:
    """What the pane under a table says of the PDF beside a file `refused` or not: as the reading saw it
    (`check_sentences`, `seen_sentence`), then, on a line of its own under that long paragraph, what
    changed in the folder since."""
    then = as_read(said)
    text = seen_sentence(then, refused) if isinstance(then, PdfSeen) else check_sentences(then)
    return Words.joined([t for t in (text, since_sentence(said)) if t], "\n")


def seen_sentence(seen: PdfSeen, refused: bool) -> str:
    """What the pane under a table says of `seen`, beside a file `refused` or not."""
    name = shown_name(seen.name)  # a line break in a name cannot make a line of its own
    if seen.after:
        return Words(f"PDF {name} đặt vào thư mục sau lần đọc; chưa kiểm tra: hãy đọc lại thư mục.",
                     f"The PDF {name} was put in the folder after the reading; not checked: read the folder again.")
    if seen.verdict:
        other = shown_name(seen.kept)
        kept = f" Kết quả kiểm tra lưu với bản báo cáo này là của tệp PDF khác ({other})." if seen.kept else ""
        kept_en = f" The check kept with this version of the report is of another PDF ({other})." if seen.kept else ""
        return Words(f"Báo cáo PDF gửi kèm {name}: {seen.verdict}.{kept}",
                     f"Report PDF sent with it {name}: {recorded(seen.verdict).en}.{kept_en}")
    return unchecked_sentence(name, refused)


def check_sentences(check: PdfCheck) -> str:
    """"Báo cáo PDF gửi kèm X_ky-so.pdf: Chữ ký số hợp lệ: Trần Thị Bình. Đã so mã SHA-256 …"."""
    summary = check.summary
    said = [Words(f"Báo cáo PDF gửi kèm {check.file_name}: {summary}.",
                  f"Report PDF sent with it {check.file_name}: {summary.en}.")]
    if check.unreadable:
        return Words.joined(said + [check.lines()[-1]], " ")  # why, as the check's last line says it
    if not check.signatures:
        said.append(Words("Tệp không có chữ ký số nào (bản xuất chưa ký).",
                          "The file has no digital signature (an export not signed)."))
    for s in check.signatures:
        if s.verdict != PdfVerdict.HOP_LE:  # which signature, and why
            problem = s.trust_problem if s.verdict == PdfVerdict.KHONG_TIN_CAY else ""
            role, found = s.role, verdict(s.verdict)
            said.append(Words(f"{role} {s.signer}: {found}" + (f" ({problem})" if problem else "") + ".",
                              f"{ROLES_EN.get(role, role)} {s.signer}: {found.en}"
                              + (f" ({getattr(problem, 'en', '') or f'“{problem}” (in Vietnamese)'})" if problem else "")
                              + "."))
    compared = ("Đã so mã SHA-256 của tệp với mã tệp Excel gửi kèm ghi cho bản PDF đã ký",
                "The file's SHA-256 was compared with the one the Excel file sent with it writes for the signed PDF")
    if check.matches_submission is True:
        said.append(Words(f"{compared[0]}: khớp.", f"{compared[1]}: the same."))
    elif check.matches_submission is False:
        said.append(Words(f"{compared[0]}: KHÁC, không phải bản đơn vị đã ký cùng số liệu này.",
                          f"{compared[1]}: NOT the same, not the one the unit signed with these figures."))
    elif check.signatures:
        said.append(Words("Tệp Excel gửi kèm không ghi mã SHA-256 của bản PDF đã ký: không so được theo mã đó.",
                          "The Excel file sent with it writes no SHA-256 of the signed PDF: not compared by it."))
    said += [line for line in (check.content_line(), check.pages_line(), check.signer_line()) if line]
    return Words.joined(said, " ")


def unchecked_sentence(pdf_name: str, refused: bool) -> str:
    """A PDF found beside a file whose check was not recorded: the file refused, or its check failed."""
    why = ("nằm cạnh tệp Excel bị từ chối: chỉ PDF gửi kèm tệp Excel được nhận mới được kiểm tra chữ ký số"
           if refused else "nằm cạnh tệp Excel nhưng không kiểm tra được khi nhận")
    why_en = ("is beside an Excel file that was refused: only a PDF sent with an Excel file received has its digital "
              "signature checked" if refused else "is beside the Excel file but could not be checked when received")
    command = verify_command(pdf_name)
    return Words(f"{NOT_CHECKED}: tệp {pdf_name} {why}. "
                 + (f"Xem ai đã ký: {command}" if command else "Xem ai đã ký bằng lệnh chitieu verify với tệp PDF đó."),
                 f"{NOT_CHECKED.en}: the file {pdf_name} {why_en}. "
                 + (f"See who signed it: {command}" if command else "See who signed it with the command chitieu "
                    "verify on that PDF."))
