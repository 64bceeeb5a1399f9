"""The consolidated workbook's sheet "Kết quả nhận tệp": every file read for the period, its
class and reason, as the intake log keeps them (`exports/CONSOLIDATED.md`).
"""
from __future__ import annotations

from openpyxl.utils import get_column_letter

from desktop_app.core.consolidation import Consolidation
from exports.consolidated_sheet import _CENTRE, _HEAD, _LEFT, _PLAIN, _Book, _Sheet, _Style, _time, _title_rows

SHEET_INTAKE = "Kết quả nhận tệp"
INTAKE_HEADERS = ("Lượt nhận", "Thời điểm", "Tệp", "Kết quả", "Lý do", "Mã ĐVHC", "Kỳ", "Mã xác thực")


def _intake_sheet(book: _Book, con: Consolidation) -> None:
    s = _Sheet(book, SHEET_INTAKE, (9, 17, 36, 20, 90, 9, 9, 68), freeze=f"A{_HEAD + 1}")
    _title_rows(s, "KẾT QUẢ NHẬN TỆP BÁO CÁO", len(INTAKE_HEADERS))
    s.header(INTAKE_HEADERS)
    accepted = _Style(align="centre", fill="Đạt")
    refused = _Style(align="centre", fill="Không đạt")
    for log in con.intake_log:
        s.append([(log.run_id, _CENTRE), (_time(log.at), _CENTRE), (log.file_name, _PLAIN),
                  (log.class_, accepted if log.class_ in ("Hợp lệ", "Trùng") else refused), (log.reason, _LEFT),
                  (log.unit_code, _PLAIN), (log.period, _PLAIN), (log.fingerprint, _PLAIN)], fit=True)
    last = _HEAD + max(len(con.intake_log), 1)
    s.ws.auto_filter.ref = f"A{_HEAD}:{get_column_letter(len(INTAKE_HEADERS))}{last}"
