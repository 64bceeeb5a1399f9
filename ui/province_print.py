"""Tệp › In báo cáo tổng hợp… (Ctrl+P) of the province window: the consolidated PDF report of the
period shown, exported afresh into a temporary folder, previewed and printed as the commune
window prints its report (`ui.print_report`): the paper is the PDF the leaders sign, and the
figures are those of the files received until now, not of an older export lying in a folder.
Printing writes nothing that lasts: the temporary PDF goes when the preview closes."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtWidgets import QWidget

from desktop_app.core.periods import Period
from desktop_app.province import ProvinceOffice
from ui.i18n import translate
from ui.labels import period_name, with_period
from ui.print_report import PdfPrinter


class SummaryPrinter(PdfPrinter):
    """The consolidated report of `period`, as Tệp › Xuất báo cáo PDF… writes it (the office's
    `export_pdf`: refused without a signer's name, or while changes made outside the program
    wait to be acknowledged; the window says both before it starts)."""

    def __init__(self, parent: QWidget, office: ProvinceOffice, period: Period):
        super().__init__(parent, period)
        self.office = office

    def export(self, folder: str) -> tuple[Callable, str]:
        office, period = self.office, self.period

        def work(progress, cancelled):
            worker = office.for_thread()
            try:
                return worker.export_pdf(period, Path(folder) / f"bao-cao-tong-hop_{period.code}.pdf")
            finally:
                worker.close()

        return work, with_period(translate("SummaryPrinter", "Preparing the summary report of {period} for "
                                                             "printing…"), period)

    def title(self) -> str:
        return translate("SummaryPrinter", "Print the summary report — {period}").format(
            period=period_name(self.period))
