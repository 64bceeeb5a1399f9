"""The province's consolidated workbook, written from a `Consolidation`.

Sheets:
- "Tổng hợp": shaped like Phụ lục 2: one row per unit in catalogue order; for each
  assigned indicator its target, the result and the verdict side by side; below the
  units, the province-wide figure and the number of units Vượt / Đạt / Không đạt /
  Đang thực hiện / Khác / Chưa báo cáo, and the share of units meeting the target;
- "Chỉ tiêu bổ sung": the same for the supplementary indicators (result and verdict);
- "Tình hình gửi báo cáo": the completeness table of the units;
- "Kết quả nhận tệp": every file read for the period, its class and reason;
- "Khác biệt": what a unit's file stated that the province computes otherwise (not counted).

Results, verdicts and targets are the province's own: recomputed from the inputs each file
states, with the province's catalogue (`desktop_app.core.recompute`); a unit's own target
and its verdict have their own column, beside the province's. Figures are numbers (exact
canonical decimals), so the
sheet can be summed and filtered. openpyxl writes the workbook in write-only mode: each
row goes to the file as it is appended, so 3.321 units need no sheet held in memory.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import NamedTuple

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.cell_range import CellRange

from desktop_app.core.consolidation import Consolidation, Count
from desktop_app.core.periods import format_date
from exports.atomic import write_atomic

SHEET_MAIN = "Tổng hợp"
SHEET_SUPPLEMENTARY = "Chỉ tiêu bổ sung"
SHEET_COMPLETENESS = "Tình hình gửi báo cáo"
SHEET_INTAKE = "Kết quả nhận tệp"
SHEET_DIFFERENCES = "Khác biệt"

UNIT_COLUMNS = ("STT", "Tên xã, phường", "Mã ĐVHC", "Loại", "Tình trạng báo cáo")
_UNIT_WIDTHS = (5, 26, 9, 8, 14)
MAIN_SUB = ("Chỉ tiêu giao", "Kết quả", "Đánh giá", "Chỉ tiêu xã tự đặt (đánh giá)")
SUPP_SUB = ("Kết quả", "Đánh giá")
NOT_APPLICABLE = "x"
FONT = "Times New Roman"
_HEAD = 5  # the first header row of every sheet: below the three title rows and a blank one

VERDICT_FILLS = {
    "Vượt": "C8E6C9", "Đạt": "E3F2D5", "Không đạt": "FFCDD2", "Đang thực hiện": "FFF1C2",
    Count.CHUA_BAO_CAO: "ECEFF1",
}

# One openpyxl object per look, shared by every cell that has it.
_FONTS = {"normal": Font(name=FONT, size=11), "bold": Font(name=FONT, size=11, bold=True),
          "title": Font(name=FONT, size=13, bold=True), "italic": Font(name=FONT, size=11, italic=True)}
_ALIGNS = {"centre": Alignment(horizontal="center", vertical="center", wrap_text=True),
           "left": Alignment(horizontal="left", vertical="center", wrap_text=True),
           "right": Alignment(horizontal="right", vertical="center")}
_FILLS = {k: PatternFill("solid", fgColor=v) for k, v in VERDICT_FILLS.items()}
_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
# Texts Excel would take for a formula get the quote prefix: shown, and edited, as typed.
_FORMULA_START = ("=", "+", "-", "@")


class _Style(NamedTuple):
    """How a cell looks, by the names of its shared style objects (cheap to hash, unlike them)."""

    font: str = "normal"
    align: str | None = None
    box: bool = True
    fmt: str | None = None  # number format
    fill: str | None = None  # a verdict of VERDICT_FILLS


_PLAIN = _Style()
_HEADER = _Style("bold", "centre")
_CENTRE = _Style(align="centre")
_LEFT = _Style(align="left")
_BOLD_LEFT = _Style("bold", "left")
_BOLD_CENTRE = _Style("bold", "centre")
_ITALIC_CENTRE = _Style("italic", "centre")
_BLANK = (None, _PLAIN)


class _Sheet:
    """A write-only sheet filled with rows of (value, _Style).

    Giving a cell a style registers each style object with the workbook, hashing all its
    attributes: done for every cell, 3.321 units take 15 s instead of 4.6. So each column keeps
    one styled cell per look and gives it the next row's value: write-only mode writes a row
    as it is appended, which frees its cells for the next (openpyxl reuses its own unstyled
    cell so)."""

    def __init__(self, wb: Workbook, title: str, widths, freeze: str):
        self.ws = wb.create_sheet(title)
        # Column widths, freeze panes and the page's fit are written with the first row: set here.
        for i, w in enumerate(widths, 1):
            self.ws.column_dimensions[get_column_letter(i)].width = w
        self.ws.freeze_panes = freeze
        _page(self.ws)
        self.row = 0  # the last row appended
        self._cells: dict[tuple, WriteOnlyCell] = {}  # (column, _Style, quoted) -> its cell

    def append(self, row: list[tuple], height: float | None = None) -> None:
        self.row += 1
        if height:
            self.ws.row_dimensions[self.row].height = height
        cells = []
        for col, (value, style) in enumerate(row):
            text = isinstance(value, str)
            quoted = text and value.startswith(_FORMULA_START)
            cell = self._cells.get((col, style, quoted))
            if cell is None:
                cell = self._cells[col, style, quoted] = self._styled(style, quoted)
            cell.value = value
            if text:
                cell.data_type = "s"  # a text, never read as a formula or an error code
            cells.append(cell)
        self.ws.append(cells)

    def _styled(self, style: _Style, quoted: bool) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.ws)
        cell.font = _FONTS[style.font]
        if style.align:
            cell.alignment = _ALIGNS[style.align]
        if style.box:
            cell.border = _BOX
        if style.fmt:
            cell.number_format = style.fmt
        if style.fill:
            cell.fill = _FILLS[style.fill]
        if quoted:
            cell.quotePrefix = True
        return cell

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> None:
        if (r1, c1) != (r2, c2):
            self.ws.merged_cells.add(CellRange(min_row=r1, min_col=c1, max_row=r2, max_col=c2))


def _page(ws) -> None:
    ws.page_setup.paperSize = 9  # A4 (write-only sheets lack openpyxl's PAPERSIZE_A4)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _number(text: str | None) -> Decimal | None:
    """A stated figure; None for none, or for one that is no number Excel has (NaN, infinity)."""
    if not text:
        return None
    try:
        d = Decimal(text)
    except InvalidOperation:
        return None
    return d if d.is_finite() else None


def _fmt(decimals: int) -> str:
    return "#,##0" if decimals <= 0 else "#,##0." + "0" * decimals


def _prefixed(fmt: str | None, op: str | None) -> str | None:
    return f'"{op} "' + (fmt or "General") if op and op != "=" else fmt


def _value_cell(text: str | None, decimals: int, *, boolean: bool = False, op: str | None = None) -> tuple:
    """A figure as a number (exactly the stated decimal, shown with at least `decimals`
    places), "Có"/"Không" for yes/no; a target's operator other than "=" (`op`) shown before
    a stated value by the number format."""
    if boolean and text in ("0", "1"):
        return "Có" if text == "1" else "Không", _Style(align="centre", fmt=_prefixed(None, op))
    d = _number(text)
    if d is None:
        return None, _Style(align="right")
    places = max(decimals, -d.as_tuple().exponent)
    return d, _Style(align="right", fmt=_prefixed(_fmt(places), op))


def _verdict_cell(verdict: str | None) -> tuple:
    return verdict, _Style(align="centre", fill=verdict if verdict in VERDICT_FILLS else None)


def _title_rows(s: _Sheet, con: Consolidation, title: str, width: int) -> None:
    s.append([(title, _Style("title", "centre", box=False))])
    s.append([(f"{con.period.name} (mã kỳ {con.period.code}); bộ chỉ tiêu {con.catalog.version}; "
               f"hạn gửi {format_date(con.completeness.deadline)}", _Style("italic", "centre", box=False))])
    s.append([(f"Tình hình gửi báo cáo: {con.completeness.text}.", _Style("bold", "left", box=False))])
    for r in (1, 2, 3):
        s.merge(r, 1, r, width)
    s.append([])


def _indicator_sheet(wb: Workbook, con: Consolidation, name: str, title: str, headings: list[str],
                     sub_headers: tuple[str, ...], widths: tuple[int, ...], height: int,
                     numbered: bool) -> _Sheet:
    """A sheet of the units against indicators, down to its header rows: the unit columns' headers
    merged down over the indicators' two rows, each indicator's heading merged over its columns
    `sub_headers`, and when `numbered` a row numbering every column (1), (2)…"""
    n_unit, span, head_rows = len(UNIT_COLUMNS), len(sub_headers), 3 if numbered else 2
    s = _Sheet(wb, name, _UNIT_WIDTHS + widths * len(headings), freeze=f"C{_HEAD + head_rows}")
    s.ws.print_title_rows = f"{_HEAD}:{_HEAD + head_rows - 1}"
    width = n_unit + span * len(headings)
    _title_rows(s, con, title, width)
    s.append([(t, _HEADER) for t in UNIT_COLUMNS]
             + [cell for h in headings for cell in [(h, _HEADER)] + [_BLANK] * (span - 1)],
             height=height)  # no spreadsheet fits a row to merged cells: the names need it
    s.append([_BLANK] * n_unit + [(t, _HEADER) for t in sub_headers] * len(headings))
    if numbered:
        s.append([(f"({n})", _HEADER) for n in range(1, width + 1)])
    for j in range(1, n_unit + 1):
        s.merge(_HEAD, j, _HEAD + 1, j)
    for k in range(len(headings)):
        s.merge(_HEAD, n_unit + span * k + 1, _HEAD, n_unit + span * (k + 1))
    return s


def _unit_rows(s: _Sheet, con: Consolidation, inds, span: int, indicator_cells) -> None:
    """One row per unit: its own columns, then `indicator_cells(unit, indicator, item)` for each
    indicator that applies to it ("x" in each of the `span` columns of one that does not)."""
    for n, u in enumerate(con.units, 1):
        c = u.commune
        cells = [(n, _CENTRE), (c.name, _LEFT), (c.code, _CENTRE), (c.kind, _CENTRE), (u.status.status_text, _CENTRE)]
        for ind in inds:
            if ind.applies(c):
                cells += indicator_cells(u, ind, con.item(c.code, ind.code))
            else:
                cells += [(NOT_APPLICABLE, _CENTRE)] * span
        s.append(cells)


def _main_sheet(wb: Workbook, con: Consolidation) -> None:
    inds = con.assigned
    s = _indicator_sheet(wb, con, SHEET_MAIN, "TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU CỦA CÁC XÃ, PHƯỜNG "
                         "(PHỤ LỤC 2)", [f"{ind.name} ({ind.unit})" for ind in inds], MAIN_SUB, (11, 11, 13, 14),
                         height=96, numbered=True)

    def indicator_cells(u, ind, it) -> list[tuple]:
        boolean = ind.kind == "boolean"
        if it is not None:
            own = f"{it.own_target_text} ({it.own_verdict})" if it.own_target_text else None
            return [_value_cell(it.target_value, ind.decimals, boolean=boolean, op=it.target_op),
                    _value_cell(it.value, ind.decimals, boolean=boolean),
                    _verdict_cell(it.verdict or Count.CHUA_BAO_CAO), (own, _CENTRE)]
        # not reported: the target the catalogue gives the unit
        t = u.commune.targets.get(ind.code)
        target = None if t is None else (("1" if t.value else "0") if isinstance(t.value, bool) else str(t.value))
        return [_value_cell(target, ind.decimals, boolean=boolean), _BLANK, _verdict_cell(Count.CHUA_BAO_CAO),
                _BLANK]

    _unit_rows(s, con, inds, len(MAIN_SUB), indicator_cells)
    # province-wide figures and counts
    labels = [("Toàn tỉnh", None)] + [(f"Số đơn vị {k.lower()}", k) for k in Count]
    labels.append(("Tỷ lệ đơn vị đạt, vượt chỉ tiêu (%)", "share"))
    span = len(MAIN_SUB)
    for label, key in labels:
        cells = [_BLANK, (label, _BOLD_LEFT), _BLANK, _BLANK, _BLANK]
        for ind in inds:
            sm = con.summaries[ind.code]
            if key is None:
                fmt = _fmt(2 if ind.unit == "%" else ind.decimals)
                cells += [(sm.total_label, _ITALIC_CENTRE), (sm.total, _Style("bold", "right", fmt=fmt))]
                cells += [_BLANK] * (span - 2)
            elif key == "share":
                cells += [(sm.met_share, _Style("bold", "centre", fmt="0.00"))] + [_BLANK] * (span - 1)
            else:
                cells += [(sm.counts[key], _BOLD_CENTRE)] + [_BLANK] * (span - 1)
        s.append(cells)
        s.merge(s.row, 2, s.row, 5)
        if key is not None:  # a count or share spans its indicator's columns
            for col in range(len(UNIT_COLUMNS) + 1, len(UNIT_COLUMNS) + span * len(inds), span):
                s.merge(s.row, col, s.row, col + span - 1)


def _supplementary_sheet(wb: Workbook, con: Consolidation) -> None:
    inds = con.supplementary
    headings = []
    for ind in inds:
        target = ind.default_target.label(ind.decimals) if ind.default_target else "chưa giao"
        headings.append(f"{ind.name} ({ind.unit}; chỉ tiêu: {target})")
    s = _indicator_sheet(wb, con, SHEET_SUPPLEMENTARY, "KẾT QUẢ CÁC CHỈ TIÊU BỔ SUNG (NGHỊ QUYẾT NĂM 2026 CỦA TỈNH ỦY)",
                         headings, SUPP_SUB, (12, 12), height=110, numbered=False)

    def indicator_cells(u, ind, it) -> list[tuple]:
        if it is None:  # not reported, or a report that does not state it
            return [_BLANK, (Count.CHUA_BAO_CAO if u.submission is None else "", _CENTRE)]
        return [_value_cell(it.value, ind.decimals, boolean=ind.kind == "boolean"), _verdict_cell(it.verdict)]

    _unit_rows(s, con, inds, len(SUPP_SUB), indicator_cells)
    for label, key in [("Toàn tỉnh", None), ("Số đơn vị đạt, vượt", "met"),
                       ("Số đơn vị không đạt", "Không đạt"), ("Số đơn vị đang thực hiện", "Đang thực hiện"),
                       ("Số đơn vị chưa báo cáo", Count.CHUA_BAO_CAO)]:
        cells = [_BLANK, (label, _BOLD_LEFT), _BLANK, _BLANK, _BLANK]
        for ind in inds:
            sm = con.summaries[ind.code]
            if key is None:
                fmt = _fmt(2 if ind.unit == "%" else ind.decimals)
                cells += [(sm.total, _Style("bold", "right", fmt=fmt)),
                          (sm.total_label if sm.total is not None else None, _ITALIC_CENTRE)]
            else:
                cells += [(sm.met if key == "met" else sm.counts[key], _BOLD_CENTRE), _BLANK]
        s.append(cells)
        s.merge(s.row, 2, s.row, 5)


COMPLETENESS_HEADERS = ("STT", "Mã ĐVHC", "Tên xã, phường", "Loại", "Tình trạng", "Trễ hạn", "Dự thảo",
                        "Thời điểm lập tệp", "Thời điểm nhận", "Mã xác thực", "Tệp", "Ghi chú")


def _completeness_sheet(wb: Workbook, con: Consolidation) -> None:
    s = _Sheet(wb, SHEET_COMPLETENESS, (5, 9, 26, 8, 14, 8, 8, 21, 21, 66, 36, 60), freeze=f"A{_HEAD + 1}")
    _title_rows(s, con, "TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC XÃ, PHƯỜNG", len(COMPLETENESS_HEADERS))
    s.append([(t, _HEADER) for t in COMPLETENESS_HEADERS])
    looks = (_CENTRE, _CENTRE, _LEFT, _CENTRE, _CENTRE, _CENTRE, _CENTRE, _PLAIN, _PLAIN, _PLAIN, _PLAIN, _PLAIN)
    for n, u in enumerate(con.completeness.units, 1):
        values = (n, u.code, u.name, u.kind, u.status_text, "x" if u.late else None, "x" if u.draft else None,
                  u.generated_at or None, u.received_at or None, u.fingerprint or None, u.file_name or None,
                  u.reason or None)
        s.append(list(zip(values, looks)))
    s.ws.auto_filter.ref = f"A{_HEAD}:{get_column_letter(len(COMPLETENESS_HEADERS))}{_HEAD + len(con.units)}"


INTAKE_HEADERS = ("Lượt nhận", "Thời điểm", "Tệp", "Kết quả", "Lý do", "Mã ĐVHC", "Kỳ", "Mã xác thực")


def _intake_sheet(wb: Workbook, con: Consolidation) -> None:
    s = _Sheet(wb, SHEET_INTAKE, (9, 21, 36, 20, 90, 9, 9, 66), freeze=f"A{_HEAD + 1}")
    _title_rows(s, con, "KẾT QUẢ NHẬN TỆP BÁO CÁO", len(INTAKE_HEADERS))
    s.append([(t, _HEADER) for t in INTAKE_HEADERS])
    accepted = _Style(align="centre", fill="Đạt")
    refused = _Style(align="centre", fill="Không đạt")
    for log in con.intake_log:
        s.append([(log.run_id, _CENTRE), (log.at, _PLAIN), (log.file_name, _PLAIN),
                  (log.class_, accepted if log.class_ in ("Hợp lệ", "Trùng") else refused), (log.reason, _LEFT),
                  (log.unit_code, _PLAIN), (log.period, _PLAIN), (log.fingerprint, _PLAIN)])
    last = _HEAD + max(len(con.intake_log), 1)
    s.ws.auto_filter.ref = f"A{_HEAD}:{get_column_letter(len(INTAKE_HEADERS))}{last}"


def _differences_sheet(wb: Workbook, con: Consolidation) -> None:
    s = _Sheet(wb, SHEET_DIFFERENCES, (9, 26, 120), freeze=f"A{_HEAD + 1}")
    _title_rows(s, con, "KHÁC BIỆT GIỮA SỐ LIỆU TỆP GHI VÀ SỐ LIỆU TỈNH TÍNH LẠI (KHÔNG DÙNG ĐỂ TỔNG HỢP)", 3)
    s.append([(t, _HEADER) for t in ("Mã ĐVHC", "Tên xã, phường", "Khác biệt")])
    names = {c.code: c.name for c in con.catalog.communes}
    for code, found in sorted(con.differences.items()):
        for text in found:
            s.append([(code, _CENTRE), (names.get(code, code), _LEFT), (text, _LEFT)])
    if not con.differences:
        s.append([_BLANK, ("Không có: mọi tệp ghi đúng kết quả tỉnh tính lại.", _LEFT), _BLANK])


def write_consolidated(con: Consolidation, path: str | Path) -> Path:
    """Write the consolidated workbook to `path` (temporary file, then renamed)."""
    def write(tmp: Path) -> None:
        wb = Workbook(write_only=True)
        for sheet in (_main_sheet, _supplementary_sheet, _completeness_sheet, _intake_sheet, _differences_sheet):
            sheet(wb, con)
        wb.properties.title = con.title
        wb.properties.creator = "chitieu (cấp tỉnh)"
        wb.save(tmp)

    return write_atomic(path, write)
