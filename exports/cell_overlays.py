"""What a sheet of a submission lays over its cells that `chitieu verify` refuses
(`exports.report_check`): data validations, conditional formats and links. The writer writes
none, nor does LibreOffice add any when it saves a file again; each shows a person something the
cell does not hold: a validation's input message pops up over a selected cell ("Kết quả đúng:
100 - Đạt"), its error message or list when one types in it; a conditional format may colour a
cell's text white or give it another number format; a link's tooltip shows over the cell when
the mouse rests on it ("Kết quả đúng: Đạt", red-team R26 F4), and clicking it opens another place
or file."""
from __future__ import annotations

from exports.sheet_cells import MAIN

_RULES = ("dataValidation", "conditionalFormatting")


def cell_overlays(sheet, where: str) -> list[str]:
    """A sheet's data validations, conditional formats and links, each naming its cells: in
    SpreadsheetML's namespace or in Excel 2010's extension (x14, in extLst, which LibreOffice
    reads too), wherever they lie outside the sheet's data."""
    found = []
    for part in sheet:
        if part.tag == f"{MAIN}sheetData":
            continue
        for e in part.iter():
            kind = e.tag.rpartition("}")[2]
            if kind == "hyperlink":
                found.append(f'{where}, ô {(e.get("ref") or "?")[:40]}: {_link_shows(e)}')
                continue
            if kind not in _RULES:
                continue
            cells = e.get("sqref") or next((x.text or "" for x in e if x.tag.endswith("}sqref")), "")
            cells = ", ".join(cells.split())[:40] or "?"
            found.append(f"{where}, ô {cells}: " + (
                f"{_validation_shows(e)} (kiểm tra dữ liệu, phần mềm không ghi)" if kind == "dataValidation"
                else "có định dạng theo điều kiện (phần mềm không ghi): ô có thể hiện khác nội dung"))
    return found


def _link_shows(link) -> str:
    """What a link shows a person, in Vietnamese: its tooltip, else where it leads."""
    tip = " ".join((link.get("tooltip") or "").split())[:80]
    if tip:
        return f'có liên kết (hyperlink, phần mềm không ghi): khi trỏ chuột vào ô hiện "{tip}"'
    return "có liên kết (hyperlink, phần mềm không ghi): bấm vào ô mở nơi khác hoặc tệp khác"


def _validation_shows(rule) -> str:
    """What a data validation shows a person, in Vietnamese."""
    def said(*names):
        return ": ".join(t for t in ((rule.get(n) or "").strip() for n in names) if t)[:80]
    if rule.get("showInputMessage") in ("1", "true") and said("promptTitle", "prompt"):
        return f'khi chọn ô hiện lời nhắc "{said("promptTitle", "prompt")}"'
    if rule.get("showErrorMessage") in ("1", "true") and said("errorTitle", "error"):
        return f'khi gõ vào ô hiện thông báo "{said("errorTitle", "error")}"'
    return "có danh sách chọn giá trị" if rule.get("type") == "list" else "có điều kiện nhập"
