"""What a check of a report PDF found, as one word the province's table shows (`PdfVerdict`), how the report a
PDF states it is compares with the Excel file's (`compare_identity`), and the times a check says
(`read_time`): apart from `desktop_app.core.pdf_signature`, which holds the checks, so that the words of a
check (`desktop_app.core.pdf_words`) use them without importing it back.

Qt-free and without I/O.
"""
from __future__ import annotations

import datetime as dt
from enum import StrEnum

from desktop_app.core.intake import VIETNAM_TIME
from desktop_app.core.report_info import ReportIdentity

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


def read_time(t: dt.datetime) -> str:
    """A certificate's, a signature's or a file's time as the signing, `chitieu verify` and the window
    say it: the hour and the day in Vietnam's time, "16:53 02/12/2026" (`periods.format_time`'s form),
    whatever zone the computer is set to, so the times of one check are never of two zones; a time
    without a zone is UTC, as certificates and signatures state their times."""
    return f"{(t if t.tzinfo else t.replace(tzinfo=dt.timezone.utc)).astimezone(VIETNAM_TIME):%H:%M %d/%m/%Y}"
