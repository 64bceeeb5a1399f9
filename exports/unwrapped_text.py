"""Whether a text its cell does not wrap fits the cell on one line, as `chitieu verify` judges
"Báo cáo" (`exports.report_look`). A text a cell does not wrap prints on one line whatever its
length, cut at the cell's edge, or at the merge's; right aligned, its beginning is cut: "Không
đạt", bold 13 pt Arial, right aligned and indented in a column of the narrowest width `verify`
accepts, printed "đạt" (red-team R26 F1). The writer wraps every cell of the table, and a line
under it too long for one line (`exports.submission_report_sheet`); its other texts, the
heading's and the summary's, fit their merges on one line, as they do when LibreOffice saves the
file again. So a text is measured as the writer measures it (`exports.report_fit`: a column holds
more than a spreadsheet shows), less its indent, and refused when it needs more than one line."""
from __future__ import annotations

from desktop_app.core.numbers import format_number
from exports.report_fit import Columns, lines_needed
from exports.sheet_cells import cell_ref, col_name

# Units of a column's width a step of indent takes: LibreOffice indents by 3 spaces of the default
# font (Times 11: 8,25 pt, 1,6 units of 5,25 pt), Excel about as much; reckoned a little more.
INDENT_UNITS = 2.0
_MERGED_AT_MOST = 32  # columns of a merge whose widths are added (as `report_fit` does)


def too_wide(text: str, area, letters: tuple[float, bool], face: str, indent: int, columns: Columns) -> str:
    """Why a text its cell does not wrap is cut when printed, in a person's words ("" when it fits):
    `area` the cell's (first, last) (row, column), itself or its merge; `letters` its largest size
    and whether bold; `face` the widest of its fonts (`exports.cell_look.FACES`); `indent` its steps."""
    (top, left), (bottom, right) = area
    last = min(right, left + _MERGED_AT_MOST)
    room = sum(columns.width(c) for c in range(left, last + 1)) - indent * INDENT_UNITS
    size, bold = letters
    # a font of widths not known here (Calibri, Cambria: "wide", 1,1 of the size each letter, which
    # would refuse "45.230" in Calibri 11 in a column 13 wide) is measured as Arial's, wider than
    # Calibri's (its digits 0,556 of the size against 0,507) and about Cambria's
    face = "helvetica" if face == "wide" else face
    if all(lines_needed(part, max(room, 0.0), size, bold, face, 2) == 1 for part in text.split("\n")):
        return ""
    where = f"cột {col_name(left)}" if right == left else f"ô gộp {cell_ref(top, left)}:{cell_ref(bottom, right)}"
    pushed = f", thụt lề {indent} bậc" if indent else ""
    return (f'ô {cell_ref(top, left)} ("{text[:30]}"): chữ không xuống dòng{pushed}, rộng hơn {where} '
            f"({_units(room + indent * INDENT_UNITS)}): khi in bị cắt mất một phần (phần mềm cho chữ dài xuống dòng)")


def _units(width: float) -> str:
    return f"rộng {format_number(width)}"
