"""The e-mail to the province, its words: official, so Vietnamese whatever the interface
language. Written into the .eml draft (exports/mail_draft.py) and the window's mailto: link."""
from __future__ import annotations

from desktop_app.core.submission import Submission


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
        "",
        "Tệp đính kèm:",
        *(f"- {name}" for name in file_names),
        "",
        f"Mã xác thực: {sub.short_fingerprint} (đầy đủ: {sub.fingerprint})",
    ]
    if sub.key_code:
        lines.append(f"Mã khóa ký của đơn vị: {sub.key_code}")
    lines += ["", f"Người lập biểu: {sub.preparer}", f"Người ký: {sub.signer_title} {sub.signer}".rstrip()]
    return "\n".join(lines)
