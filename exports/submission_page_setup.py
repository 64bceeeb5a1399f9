"""How each sheet of the submission workbook prints: A4 with the decree's margins, the page number
at the top from the second page on, and "DỰ THẢO" on a draft's pages. No part of the format (its
values are); kept apart because every sheet prints through it."""
from __future__ import annotations

from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties

from exports.submission_cells import FONT_NAME

DRAFT_COLOUR = "C00000"
# LibreOffice cuts the marks above capitals ("DỰ THAO") in a print header of a larger size
DRAFT_HEADER_SIZE = 10


def _print_header(ws, draft: bool, first_page: bool = True) -> None:
    """The page number at the top, centred, in the body's font, from the second page on (Decree
    30); each sheet numbers its own pages from 1, printed alone or with the workbook. A draft
    says "DỰ THẢO" (bold, red) at the top right of every page (but the first: `first_page`
    False, a sheet marking it in its cells)."""
    ws.page_setup.firstPageNumber = 1
    ws.page_setup.useFirstPageNumber = True
    ws.HeaderFooter.differentFirst = True
    ws.oddHeader.center.text = "&P"
    ws.oddHeader.center.font = FONT_NAME
    ws.oddHeader.center.size = 13
    if draft:
        for header in (ws.oddHeader, ws.firstHeader)[:1 + first_page]:
            header.right.text = "DỰ THẢO"
            header.right.font = f"{FONT_NAME},Bold"
            header.right.size = DRAFT_HEADER_SIZE
            header.right.color = DRAFT_COLOUR


def _a4(ws, landscape: bool, fit_width: bool = True, left_mm: float = 30) -> None:
    """A4 with the decree's margins (a sheet for programs: `left_mm` narrower); `fit_width`:
    scaled to one page wide, else printed at full size over as many pages as it takes."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    if fit_width:
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.print_options.horizontalCentered = True
    else:
        ws.page_setup.scale = 100
        ws.page_setup.pageOrder = "overThenDown"  # a row's columns, page after page
    inch = 25.4
    ws.page_margins = PageMargins(left=left_mm / inch, right=15 / inch, top=20 / inch, bottom=20 / inch,
                                  header=8 / inch, footer=8 / inch)
