"""The province window's consolidating side: the "Indicator summary" tab and the exported files.

The summary shows, for each indicator, how many units met it and the province-wide figure,
from `ProvinceOffice.consolidation`; under it, the differences: what units' files stated
that the province computes otherwise from the same inputs (a verdict, a target, a result),
one row each, shown and never counted (`Consolidation.differences`); the Excel table, the
PDF report and the DHIS2 / ADX files are written by the office's export functions on a
worker (`ui.tasks.BackgroundTask`, each with its own database connection). A mixin of `ui.province_window.ProvinceWindow`
(which has `office`, `period`, `task` and `_table()`); its words keep the "ProvinceWindow"
translation context.
"""
from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.consolidation import (
    NOT_DUE_NOTE,
    NOT_ENTERED,
    Consolidation,
    Count,
)
from desktop_app.core.dhis2_units import nothing_to_send
from desktop_app.core.errors import ChangedOutside, InvalidInput
from desktop_app.core.evaluation import Verdict
from desktop_app.core.numbers import format_number
from desktop_app.core.periods import LAST_YEAR, Period
from desktop_app.core.province_term_end import term_end_heading, term_judged_words
from desktop_app.core.province_total import summary_parts
from desktop_app.core.running import period_words, running_words
from desktop_app.core.stated_earlier import same_period_words
from desktop_app.province_reports import EXPORT_NAMES
from ui.common import in_language, main_over_secondary, show_error
from ui.files_written import FilesWrittenDialog
from ui.fitting import RoomyRows
from ui.i18n import translate
from ui.keyboard import reading_order
from ui.labels import indicator_name, unit_label, verdict_label, with_period
from ui.preferences import EXPORT_FOLDER, INTAKE_FOLDER, UserPreferences
from ui.province_labels import CONTEXT, count_label
from ui.province_tables import (
    fit_columns,
    fit_in_sight,
    two_lines,
    vietnamese_header,
    vietnamese_tip,
)
from ui.splitter_keys import SplitterKeys
from ui.start_folder import start_file
from ui.table_model import RowsModel
from ui.text_scale import text_scale

SUMMARY_HEADERS_BEFORE = (
    QT_TRANSLATE_NOOP("ProvinceWindow", "No."), QT_TRANSLATE_NOOP("ProvinceWindow", "Indicator"),
    QT_TRANSLATE_NOOP("ProvinceWindow", "Unit of measure"),
    QT_TRANSLATE_NOOP("ProvinceWindow", "Units"),
)
SUMMARY_HEADERS_AFTER = (
    QT_TRANSLATE_NOOP("ProvinceWindow", "Met or exceeded (%)"),
    QT_TRANSLATE_NOOP("ProvinceWindow", "Whole province"),
)
# What the two parts of the core's "Chưa báo cáo" count (`IndicatorSummary.parted`), after their headers in
# their tooltips, as the report's line under its tables says it
PARTED_TIPS = {
    Count.CHUA_BAO_CAO: QT_TRANSLATE_NOOP("ProvinceWindow", "units without a counted report (not sent, refused, "
                                                            "or awaiting the province's check)"),
    NOT_ENTERED: QT_TRANSLATE_NOOP("ProvinceWindow", "units whose counted report has no figure for the indicator"),
}
# The tooltip of a blank "Met or exceeded (%)" (`IndicatorSummary.met_share`, the report's note under its tables)
SHARE_BLANK_TIP = QT_TRANSLATE_NOOP(
    "ProvinceWindow", "Blank while no unit has been judged met or not met. Annual targets are judged at the year's "
    "report, term targets at the report of {year}; until then \"In progress\".")


# The counts' columns: `Count`'s, "Chưa báo cáo" parted as the report parts it (`IndicatorSummary.parted`):
# the units that sent a report without the indicator's figure (a supplementary indicator's, 86 of 92
# units) counted apart, in a column of their own, last, not under "Chưa báo cáo" (until 2026.12)
COUNTS = (*Count, NOT_ENTERED)


class SummaryModel(RowsModel):
    """One row per indicator (`IndicatorSummary`): its number in the catalogue, its whole name
    (wrapped by the table, in full in the tooltip), its counts."""

    NAME = 1
    SHARE = len(SUMMARY_HEADERS_BEFORE) + len(COUNTS)

    HEADERS = (*SUMMARY_HEADERS_BEFORE, *COUNTS, *SUMMARY_HEADERS_AFTER)
    CONTEXT = CONTEXT
    period: Period | None = None  # the rows' (`ProvinceWindow.refresh`)

    def total(self, s) -> str:
        """The province-wide figure; of a term total, the units' running total its verdicts judge, named, then
        the period's total ("635.500 (lũy kế 2026-2030)", "127.100 (tổng năm 2030)"): the period's alone read
        as what "Vượt" was judged on (walk U11 F2); each on its line, then the units left short, wrapped."""
        return "\n".join(self.total_lines(s))

    def total_lines(self, s) -> list[str]:
        """`total`'s lines: the figures, then the note of the units whose running total leaves out a year
        (R21 F1), wrapped by the column (on one line with the figures it was cut at the window's edge: S67)."""
        if s.total is None:
            return []
        # said with the units it is formed of, on a line of its own ("787.095 (tổng / của 17 đơn vị)"),
        # the column as wide as before: "(tổng)" of 17 units sent was read as the province's (walk U15)
        total = self.of_units(s.total_text, s)
        if s.running is None or self.period is None:  # not a term total, or 2026: its figure is the running total
            # road accidents: the units whose same period last year is their file's own, as the paper says (U21)
            last = same_period_words(s.same_period_on_file, s.total_units, self.period) if self.period else None
            return [total] if last is None else [total, in_language(last)]
        lines = [f"{s.running_text} ({in_language(running_words(self.period)).lower()})",
                 self.of_units(s.total_text, s, period_words(self.period))]
        short = s.short_words  # units whose running total leaves out a year, named (R21 F1)
        stated = s.on_file_line  # units whose earlier years only their files state (walk U21 F6)
        return [*lines, *(in_language(w) for w in (short, stated) if w is not None)]

    @staticmethod
    def of_units(figure: str, s, during=None) -> str:
        """"787.095 (tổng\ncủa 17 đơn vị)": a figure, its kind, and the units it is formed of."""
        kind, units = (in_language(w) for w in summary_parts(s, during))  # a poverty rate that rose: said
        return f"{figure} ({kind}\n{units.replace('; ', ';' + chr(10))})"

    def header(self, section: int) -> str:
        column = self.HEADERS[section]
        if column == NOT_ENTERED:
            return verdict_label(Verdict.CHUA_NHAP)
        return count_label(column) if isinstance(column, Count) else translate(CONTEXT, column)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        """The counts' and results' headers on two lines ("Chưa đến kỳ / đánh giá"): on one line they
        made their columns so wide that at 1280 px the province's result, the last column, showed
        "38.22" and needed a sideways scroll in every row (walk 10, finding 4). Whole in the tooltip.
        With a bigger text (Windows' 125 %, 150 %) the short ones too ("Không / đạt", "Chưa / nhập"): on one
        line at 150 % they left the province's result 100 px, "38.291.08" of "38.291.080" (walk S106)."""
        if orientation == Qt.Orientation.Horizontal and section > self.NAME + 1:
            if role == Qt.ItemDataRole.DisplayRole:
                return two_lines(self.header(section), 0 if text_scale(QApplication.font()) > 1 else 10)
            if role == Qt.ItemDataRole.ToolTipRole:
                tip = PARTED_TIPS.get(self.HEADERS[section])
                return f"{self.header(section)}: {translate(CONTEXT, tip)}" if tip else self.header(section)
        return super().headerData(section, orientation, role)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        s = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            share = "" if s.met_share is None else format_number(s.met_share, 2)
            total = self.total(s)
            values = (s.indicator.no, indicator_name(s.indicator), unit_label(s.indicator.unit, s.indicator.unit_en),
                      s.applicable,
                      *(s.shown[k] for k in COUNTS),  # "—" of an indicator not assessed at the period
                      share, total)
            return str(values[index.column()])
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.NAME:
            return f"{s.indicator.no}. {indicator_name(s.indicator)}"
        if role == Qt.ItemDataRole.ToolTipRole and not s.due and self.NAME + 2 < index.column() <= self.SHARE:
            return in_language(NOT_DUE_NOTE)  # why its counts are "—" (walk U1 F5)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.SHARE and s.due and s.met_share is None:
            return translate(CONTEXT, SHARE_BLANK_TIP).format(year=LAST_YEAR)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if index.column() == 0 or index.column() > 2:
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None


DIFFERENCE_HEADERS = (
    QT_TRANSLATE_NOOP("ProvinceWindow", "Code"), QT_TRANSLATE_NOOP("ProvinceWindow", "Commune or ward"),
    QT_TRANSLATE_NOOP("ProvinceWindow", "What the file states and what the province computes"),
)


class DifferencesModel(RowsModel):
    """One row per difference: (unit code, unit name, the core's words naming both figures)."""

    HEADERS = DIFFERENCE_HEADERS
    CONTEXT = CONTEXT

    WORDS = 2  # the core's words, in Vietnamese only: said so in English (ui.province_tables.vietnamese_tip)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.WORDS:
            return vietnamese_tip(self.rows[index.row()][self.WORDS])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if section == self.WORDS:
            return vietnamese_header(self, section, orientation, role)
        return super().headerData(section, orientation, role)


# No., the indicator's name, its unit, the units it applies to, the counts (`COUNTS`), the share, the
# total ("Chưa nhập" takes its room from the total's, which stretches: every column in sight at 1280 px)
SUMMARY_WIDTHS = (40, 292, 84, 72, 56, 52, 78, 72, 52, 64, 90, 64, 84)  # the headers of 7-12 on two lines
MIN_NAME_WIDTH = 160


class ConsolidationTab:
    """The summary tab and the three exports of the period's consolidation."""

    def _summary_tab(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        v.setContentsMargins(4, 6, 4, 4)
        self.summary_model = SummaryModel(self)
        self.summary_table = self._table(self.summary_model)
        # Each indicator's whole name, wrapped: its row as tall as its name (17 names of up to
        # 90 letters cannot each take one line at 1366 px; cut with "…" they all began alike).
        self.summary_table.setWordWrap(True)
        self.summary_table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.summary_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.summary_table.verticalHeader().setMinimumSectionSize(22)
        self.summary_table.setItemDelegate(RoomyRows(self.summary_table))
        self.summary_table.horizontalHeader().setStretchLastSection(True)
        self.summary_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        refit = fit_in_sight(self.summary_table, self._fit_summary_columns)
        refit()
        # again in another language ("Unit of measure", "million VND") and for other rows
        self.summary_model.headerDataChanged.connect(refit)
        self.summary_model.modelReset.connect(refit)
        self.differences_box = QGroupBox()
        inside = QVBoxLayout(self.differences_box)
        inside.setContentsMargins(6, 4, 6, 6)
        self.differences_model = DifferencesModel(self)
        self.differences_table = self._table(self.differences_model)
        self.differences_table.horizontalHeader().setStretchLastSection(True)
        fit_columns(self.differences_table, (60, 210), fixed=range(2))
        inside.addWidget(self.differences_table)
        self.summary_split = main_over_secondary(self.summary_table, self.differences_box)
        # the line between the indicators and the differences moved at the keyboard too, a row at a time,
        # a Tab stop between the two tables (as Khóa ký's)
        SplitterKeys(self.summary_split, self.differences_table.verticalHeader().defaultSectionSize())
        reading_order(self.summary_table, self.summary_split.handle(1), self.differences_table)
        # the term's last year: the paper's title and its note of what the verdicts judge, above the table
        # (walk U21: the paper and the workbook said "… và cả nhiệm kỳ 2026-2030", the window nothing)
        self.term_end_label = QLabel()
        self.term_end_label.setWordWrap(True)
        self.term_end_label.setTextFormat(Qt.TextFormat.RichText)
        self.term_end_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.term_end_label.hide()
        self.term_end_words: tuple = ()
        v.addWidget(self.term_end_label)
        v.addWidget(self.summary_split)
        return w

    def _show_term_end(self, con: Consolidation) -> None:
        """Above the summary in the term's last year report (2030): the consolidated paper's title, "Tổng hợp
        kết quả … năm 2030 và cả nhiệm kỳ 2026-2030", and its note "Năm 2030 là năm cuối nhiệm kỳ: chỉ tiêu
        số … đánh giá kết quả cuối cùng cả nhiệm kỳ …" of the table's indicators (the core's words, as the
        paper and the workbook say them); nothing in any other period."""
        heading = term_end_heading(con.title, con.period)
        note = term_judged_words(con.period, con.catalog.indicators)
        self.term_end_words = (heading, note) if heading is not None else ()
        self._retranslate_term_end()

    def _retranslate_term_end(self) -> None:
        if not self.term_end_words:
            self.term_end_label.hide()
            self.term_end_label.clear()
            return
        heading, note = (in_language(w) for w in self.term_end_words if w is not None)
        self.term_end_label.setText(f"<b>{escape(heading, False)}</b><br>{escape(note, False)}")
        self.term_end_label.show()

    def _fit_summary_columns(self) -> None:
        """The counts in Count's order ("Not yet assessed": a year-end indicator before the year's
        report). A column other than the indicator's name is never narrower than its header nor
        its widest row in the language shown ("Chưa đến kỳ đánh giá" lost its first letter at
        124 px, "Unit of measure" its first and last); the name gives up what they take more."""
        table, header = self.summary_table, self.summary_table.horizontalHeader()
        widths = list(SUMMARY_WIDTHS)
        for col in (0, *range(SummaryModel.NAME + 1, len(widths))):
            more = max(header.sectionSizeHint(col), table.sizeHintForColumn(col)) - widths[col]
            if more > 0:
                widths[col] += more
                widths[SummaryModel.NAME] -= more
        widths[SummaryModel.NAME] = max(widths[SummaryModel.NAME], MIN_NAME_WIDTH)
        table.set_widths(widths)  # but those the person set (ui.province_tables.ListTable)

    def _show_differences(self, con: Consolidation) -> None:
        """The period's differences, in the catalogue's order of units."""
        self.differences_model.set_rows(
            (c.code, c.name, text) for c in con.catalog.communes for text in con.differences.get(c.code, ()))
        self._retranslate_differences()

    def _retranslate_differences(self) -> None:
        units = len({row[0] for row in self.differences_model.rows})
        self.differences_box.setTitle(translate(
            "ProvinceWindow", "Differences: what %n unit(s) stated that the province computes otherwise from the "
            "same inputs ({count}; shown, not counted)", None, units).format(count=self.differences_model.rowCount()))

    # --- the exported files ---------------------------------------------------------------------
    def start_export(self, kind: str, path: str | Path | None = None):
        if self.task is not None and self.task.running:
            return None
        p = self.period
        names = {"xlsx": (f"tong-hop_{p.code}.xlsx", translate("ProvinceWindow", "Excel workbook (*.xlsx)")),
                 "pdf": (f"bao-cao-tong-hop_{p.code}.pdf", translate("ProvinceWindow", "PDF report (*.pdf)")),
                 "dhis2": (f"dhis2_{p.code}.json", "DHIS2 dataValueSets (*.json)")}
        if path is None:
            if not self._may_export(kind):
                return None
            default, pattern = names[kind]
            # each file its own title, the period named: the one the window shows (walk U10, F4; U12 F8: the
            # three shared one)
            title = {"pdf": translate("ProvinceWindow", "Save the consolidated report (PDF) of {period}"),
                     "xlsx": translate("ProvinceWindow", "Save the Excel summary table of {period}"),
                     "dhis2": translate("ProvinceWindow", "Save the DHIS2/ADX file of {period}")}[kind]
            path, _ = QFileDialog.getSaveFileName(self, with_period(title, p), start_file(default, *export_folders(
                UserPreferences.of(self.workspace))), pattern)
            if not path:
                return None
            UserPreferences.of(self.workspace).set_folder(EXPORT_FOLDER, Path(path).parent)
        from ui.tasks import BackgroundTask

        office = self.office
        # Words for the worker's progress, taken here on the UI thread.
        working, done = translate("ProvinceWindow", "Consolidating…"), translate("ProvinceWindow", "Done.")

        left_out: list = []  # the units the DHIS2 and ADX files leave out, said in the box

        def work(progress, cancelled):
            worker = office.for_thread()
            try:
                progress(0, 1, working)
                if kind == "xlsx":
                    out = [worker.export_xlsx(p, path)]
                elif kind == "pdf":
                    out = [worker.export_pdf(p, path)]
                else:
                    con = worker.consolidation(p)
                    out = [worker.export_dhis2(p, path, consolidation=con),
                           worker.export_adx(p, Path(path).with_suffix(".adx.xml"), consolidation=con)]
                    left_out.extend(worker.dhis2_left_out(p, consolidation=con))
                progress(1, 1, done)
                return out
            finally:
                worker.close()

        self.task = BackgroundTask(self, translate("ProvinceWindow", "Export the summary"), work, label=working)
        self.task.finished.connect(lambda paths: self._export_finished(paths, p, left_out))
        self.task.failed.connect(lambda err: (show_error(self, err), self.export_done.emit(None)))
        return self.task.start()

    def _may_export(self, kind: str) -> bool:
        """Whether the office would write `kind` now; if not, its refusal is said. While the history
        finds changes made outside the program not yet acknowledged, every export is refused
        (`ReportActions.refuse_if_changed_outside`): asked before the save dialog, so that nobody
        picks a file for nothing. The worker's export asks again, the office being the judge."""
        try:
            self.office.refuse_if_changed_outside(EXPORT_NAMES[kind])
        except ChangedOutside as refused:
            show_error(self, refused)
            return False
        shown = self.charts.consolidation  # the period's, as the window shows it: no file of no unit
        why = nothing_to_send(shown) if kind == "dhis2" and shown is not None and shown.period == self.period else None
        if why is not None:
            show_error(self, InvalidInput(why, field="Kỳ báo cáo", en=why.en))  # untranslated: the core field
            return False
        return True

    def _export_finished(self, paths, period: Period, left_out=()) -> None:
        """The files written, said in a box that stays until read (`export_dialog`): a status-bar
        line alone went by in ten seconds and cut the folder at 1366 px. The line stays, short,
        for whoever looks down after closing the box."""
        names = ", ".join(Path(p).name for p in paths)
        self.statusBar().showMessage(translate("ProvinceWindow", "Written: {paths}").format(paths=names), 10000)
        self.export_dialog = summary_written_dialog(paths, period, self, left_out)
        self.export_dialog.open()  # not exec(): the window goes on, and a test is never stuck in it
        self.export_done.emit(paths)


def export_folders(prefs: UserPreferences) -> tuple:
    """Where the export picker starts (`start_file`), best first: the folder this person saved to
    last, else the one holding the folder of reports read last, beside it (walk U12 F8: the first
    picker opened in the home folder; saved into the reports' folder itself, the summary would be
    listed "Không phải tệp báo cáo" at each reading of it), else Documents, else home."""
    intake = prefs.folder(INTAKE_FOLDER)
    return prefs.folder(EXPORT_FOLDER), str(Path(intake).parent) if intake else None


def summary_written_dialog(paths, period: Period, parent: QWidget, left_out=()) -> FilesWrittenDialog:
    """The consolidated files of `period` just written (all in one folder), "Mở tệp" on the first;
    under the DHIS2 and ADX files, the units they leave out and what to do (`dhis2_left_out`)."""
    paths = [Path(p) for p in paths]
    dialog = FilesWrittenDialog(paths[0].parent, paths, paths[0], parent)
    dialog.setWindowTitle(translate("ProvinceWindow", "Summary exported"))
    after = ""
    if left_out:
        named = ", ".join(f"{u.name} ({u.code})" for u in left_out[:NAMED_LEFT_OUT])
        if len(left_out) > NAMED_LEFT_OUT:
            named += " " + translate("ProvinceWindow", "and {more} more").format(more=len(left_out) - NAMED_LEFT_OUT)
        after = "<p>" + escape(translate(
            "ProvinceWindow",
            "%n unit(s) left out of the DHIS2 and ADX files: the key that signed the report awaits confirmation, "
            "so nothing yet shows the unit itself sent it ({names}). Compare each key's code with the code "
            "printed on the unit's signed paper report, confirm the right key (Signing keys › Confirm key…), "
            "then export again.", None, len(left_out)).format(names=named), quote=False) + "</p>"
    dialog.say("<p>" + escape(with_period(translate("ProvinceWindow", "The summary of {period} is written:"), period),
                              quote=False) + "</p>", after)
    return dialog


NAMED_LEFT_OUT = 10  # units named in the box; the completeness table lists them all
