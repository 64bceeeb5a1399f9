"""The consolidated workbook's sheet "Khác biệt" (`exports.consolidated_xlsx`): what each unit's file states
that the province computes otherwise, one row per difference (moved here from consolidated_xlsx.py)."""
from __future__ import annotations

from desktop_app.core.consolidation import Consolidation
from exports.consolidated_sheet import (
    _BLANK,
    _CENTRE,
    _HEAD,
    _LEFT,
    _Book,
    _Sheet,
    _title_rows,
    without_commands,
)
from exports.intake_results_sheet import NOTE_ROW

SHEET_DIFFERENCES = "Khác biệt"


# What is compared is the texts a file states in "Dữ liệu" with its figures, never its "Báo cáo" sheet:
# until 5 December 2026 it read "…, chữ in khớp số liệu tệp ghi.", which a file whose printed table was
# edited (E10 51.494 -> 999.999, "Hợp lệ") belied (walk h8 #1)
NO_DIFFERENCES = ('Không có: mọi tệp ghi đúng kết quả tỉnh tính lại, chữ ghi ở trang "Dữ liệu" khớp số liệu tệp ghi '
                  '(trang "Báo cáo" không được đối chiếu).')


def _differences_sheet(book: _Book, con: Consolidation) -> None:
    s = _Sheet(book, SHEET_DIFFERENCES, (9, 26, 120), freeze=f"A{_HEAD + 1}")
    # its title's last row says the "Báo cáo" sheets were not compared (`REPORT_SHEET_NOTE`; blank before 2026.12)
    _title_rows(s, "KHÁC BIỆT GIỮA SỐ LIỆU TỆP GHI VÀ SỐ LIỆU TỈNH TÍNH LẠI (KHÔNG DÙNG ĐỂ TỔNG HỢP)", 3,
                NOTE_ROW)
    s.header(("Mã ĐVHC", "Tên xã, phường", "Khác biệt"))
    names = {c.code: c.name for c in con.catalog.communes}
    for code, found in sorted(con.differences.items()):
        for text in found:
            s.append([(code, _CENTRE), (names.get(code, code), _LEFT), (without_commands(text), _LEFT)], fit=True)
    if not con.differences:
        # in "Tên xã, phường", where it always was, merged over "Khác biệt" to be read on one line: alone
        # in its 26 columns it wrapped to 3 lines in a row of one (Excel showed "Không có: mọi tệp ghi đúng kết")
        s.append([_BLANK, (NO_DIFFERENCES, _LEFT), _BLANK])
        s.merge(s.row, 2, s.row, 3)
    s.ws.auto_filter.ref = f"A{_HEAD}:C{s.row}"
