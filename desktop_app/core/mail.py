"""The e-mail to the province, its words: official, so Vietnamese whatever the interface
language. Written into the .eml draft (exports/mail_draft.py) and the window's mailto: link."""
from __future__ import annotations

from desktop_app.core.doc_number import printed_number
from desktop_app.core.periods import format_date
from desktop_app.core.submission import Submission
from desktop_app.core.vietnam_time import stated_day


def mail_subject(sub: Submission) -> str:
    """"[05503] Báo cáo kết quả thực hiện các chỉ tiêu chủ yếu 6 tháng đầu năm 2026 - Xã Tân Cương"."""
    title = sub.report_title[:1].lower() + sub.report_title[1:]
    draft = "" if sub.approved else " (bản dự thảo)"
    return f"[{sub.unit_code}] Báo cáo {title}{draft} - {sub.unit_name}"


def mail_body(sub: Submission, file_names: list[str]) -> str:
    title = sub.report_title[:1].lower() + sub.report_title[1:]
    draft = "" if sub.approved else " (bản dự thảo, kỳ báo cáo chưa được duyệt)"
    lines = [
        "Kính gửi: Ủy ban nhân dân tỉnh Thái Nguyên.",
        "",
        f"Ủy ban nhân dân {sub.unit_running_name} (mã {sub.unit_code}) gửi báo cáo {title}{draft}.",
        *_registered(sub),
        "",
        "Tệp đính kèm:",
        *(f"- {name}" for name in file_names),
        "",
        f"Mã xác thực: {sub.short_fingerprint} (đầy đủ: {sub.fingerprint})",
    ]
    if sub.key_code:
        lines.append(f"Mã khóa của máy lập: {sub.key_code}")  # as the paper names it, for the clerk to compare
    lines += ["", "Văn thư tỉnh: đối chiếu mã xác thực" + (" và mã khóa" if sub.key_code else "")
              + " trên với mã in ở chân trang có chữ ký của báo cáo giấy; đọc tệp Excel bằng phần mềm của tỉnh "
              "(Tệp › Nhận báo cáo từ thư mục…), không nhập lại số liệu bằng tay."]
    lines += ["", f"Người lập biểu: {sub.preparer}", f"Người ký: {sub.signer_title} {sub.signer}".rstrip()]
    return "\n".join(lines)


def _registered(sub: Submission) -> list[str]:
    """What the province's clerk registers an incoming document by (walk U4 F5): "Số 1234/BC-UBND ngày 06/12/2026"
    (only with a number given; without one, the report's date), and "Duyệt ngày 04/12/2026"; a draft says it is
    one, not approved, so without an approval date."""
    number = printed_number(sub.doc_number, sub.doc_symbol)
    day = format_date(sub.report_date)
    lines = []
    if number:
        lines.append(f"Số {number}/{sub.doc_symbol}" + (f" ngày {day}." if day else "."))
    elif day:
        lines.append(f"Ngày báo cáo: {day} (số văn bản ghi tay trên báo cáo giấy).")
    if not sub.approved:
        lines.append("Bản dự thảo, chưa được duyệt nên chưa có ngày duyệt.")
    elif stated_day(sub.approved_at):  # the paper's day, in Vietnam time (`exports.report_pdf.approval_line`)
        lines.append(f"Duyệt ngày {format_date(stated_day(sub.approved_at))}.")
    return lines
