"""The province window's receiving side: the "Reports sent" and "Files received" tabs.

"Reports sent" lists every unit with the status of its report for the period (searched by
name without accents or by code, filtered by status); "Files received" lists the files of
the last folder read, each row appearing as soon as its file is read: intake runs through
`ui.tasks.BackgroundTask` on a worker with its own database connection, behind a progress
dialog that can be cancelled. The folder and the date of receipt that lateness is judged by
are asked first (`ui.province_intake_dialog`, the folder this person read last already typed),
once the account is one that may receive (an administrator is told which role may before
anything is asked: `ui.province_roles`). Each file shows the date it counts as received
and the key that signed it; the chosen file's whole reason is shown under the table (a
refused file's reason names what was changed or both key codes), the first refused file
chosen once the folder is read; lock and temporary files skipped are listed apart. A refused
file, whose contents are not trusted, is shown under the unit its name carries (looked up in
the catalogue, "(theo tên tệp)"), so that sorting by unit finds it; a reason is shown without
the file's name it starts with (the first column has it). Once a folder is read the window shows
its period, and one read elsewhere since the person last looked (`_read_since`). The tab lists the
last folder read for the period shown (`_show_period_run`, at each refresh): the window's own
reading as it showed it, else one read elsewhere (the command line, another person, a window
closed since) from its records, its heading saying when, by whom and what the records do not keep.
A mixin of `ui.province_window.ProvinceWindow` (which has `workspace`, `office`, `period`, `period_box`,
`completeness`, `task`, `tabs`, `refresh()`, `show_period()` and `_table()`); its words keep the
"ProvinceWindow" translation context.

The tables' rows, words and filters are `ui.province_intake_rows`.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.intake import IntakeRun
from desktop_app.core.periods import Period, format_date, parse_period
from desktop_app.core.users import Permission
from desktop_app.core.words import Words
from desktop_app.pdfs_not_checked import file_pdfs
from desktop_app.province import RECEIVING
from ui import colours
from ui.actions import FAILED, run_action
from ui.colours import Meaning
from ui.common import in_language, show_error
from ui.header_lines import lines_elided
from ui.i18n import translate
from ui.keyboard import search_goes_to
from ui.labels import with_period
from ui.long_words import LongWordsLabel
from ui.preferences import INTAKE_FOLDER, UserPreferences
from ui.province_file_details import FileDetails
from ui.province_intake_columns import lay_out as lay_out_files
from ui.province_intake_dialog import IntakeDialog
from ui.province_intake_rows import (
    ALL,
    COMPLETENESS_HEADERS,
    COMPLETENESS_ORDER,
    FILE,
    FILTER_FIGURES,
    KEY,
    NOTE,
    NOTE_WIDTH,
    SIGNATURE,
    SIGNATURE_WIDTH,
    TYPE,
    CompletenessFilter,
    CompletenessModel,
    IntakeFilter,
    IntakeModel,
)
from ui.province_key_cell import KeyElide, key_least
from ui.province_labels import (
    filter_label,
    intake_summary_text,
)
from ui.province_note_column import Giver, NoteFillsTheWidth
from ui.province_pdf_words import pdf_shown
from ui.province_reasons import reason_tip
from ui.province_recorded import recorded_text
from ui.province_roles import allowed
from ui.province_tables import WordElide, fit_columns

GENERATED, STATUS = COMPLETENESS_HEADERS.index("Generated"), COMPLETENESS_HEADERS.index("Status")
RECEIVED_ON = CompletenessModel.RECEIVED_ON
UNIT_NAME = COMPLETENESS_HEADERS.index("Commune or ward")
NAMES_LEAST = 16  # characters: "Phường Phan Đình…"


class _Rows(QObject):
    """Lives on the UI thread: a file read on the worker reaches the table through it."""

    result = Signal(object)


class IntakeTabs(FileDetails):
    """The two receiving tabs, copying the missing units' names, and reading a folder (the chosen
    file's details under its table: `ui.province_file_details`)."""

    def _completeness_tab(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        v.setContentsMargins(4, 6, 4, 4)
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.status_box = QComboBox()
        # as wide as its longest choice in the language shown (sized once, the English "Awaiting the
        # province's key check" was cut after a switch from Vietnamese)
        self.status_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_box.addItem("", ALL)
        for entry in FILTER_FIGURES:  # the header's figures: its words and the rows agree
            self.status_box.addItem("", entry)
        self.status_label = QLabel()
        self.status_label.setBuddy(self.status_box)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        row.addWidget(self.search_label)
        row.addWidget(self.search, 2)
        row.addWidget(self.status_label)
        row.addWidget(self.status_box)
        row.addStretch(1)
        v.addLayout(row)
        self.model = CompletenessModel(self)
        self.proxy = CompletenessFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self.proxy.set_text)
        self.status_box.currentIndexChanged.connect(lambda _: self.proxy.set_status(self.status_box.currentData()))
        self.table = self._table(self.model, self.proxy)
        # Enter or Down in the search field: the keyboard on the first unit found, chosen, its note
        # shown under the table (Tab went past Tình trạng first)
        search_goes_to(self.search, self.table, self._show_note)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        # What a reviewer reads at 1366 px without scrolling sideways (every column in Vietnamese; in
        # English the file's name ends past the edge): the unit, its status and its PDF's signature (cut
        # at a word past SIGNATURE_WIDTH, whole in its tooltip and under the table), its key (the code
        # whole), when its file counts as received, the fingerprint to compare with the paper and the
        # note (cut at a word, whole in its tooltip); then when it was made, the unit's type (its name
        # says it), and last the file's name, cut if it must (whole in its tooltip).
        for visual, col in enumerate(COMPLETENESS_ORDER):
            header.moveSection(header.visualIndex(col), visual)
        for col in (NOTE, SIGNATURE, FILE):
            self.table.setItemDelegateForColumn(col, WordElide(self.table))
        self.table.setItemDelegateForColumn(KEY, KeyElide(self.table))  # the state whole, the code shortened
        # the PDF's signature as wide as its header too (it kept Qt's 100 px: "Chữ ký số (")
        fit_columns(self.table, (44, 44, 150, 40, 150, 200, 118, 80, 130, 250, NOTE_WIDTH, 60), fixed={FILE, NOTE},
                    most={SIGNATURE: SIGNATURE_WIDTH})
        # the table as wide as its window, no sideways scroll (walk U1 F2): the note fills what is left
        least = header.sectionSizeHint
        NoteFillsTheWidth(self.table, NOTE, (Giver(FILE, lambda: least(FILE)), Giver(KEY, self._key_least),
                                             Giver(SIGNATURE, lambda: least(SIGNATURE)),
                                             Giver(KEY, self._codes_least)),
                          # then, no sideways scroll at 1366 in English either (walk U15): the file's name
                          # (whole in its tooltip and on "Kết quả nhận tệp"), then the unit's type (its name
                          # says it: "Xã …", "Phường …"; whole in its tooltip) down to their header's word
                          last=(Giver(FILE, lambda: self._header_words(FILE)),
                                Giver(TYPE, lambda: self._header_words(TYPE))),
                          # with a bigger text (125 %, 150 %), cut with "…", whole in their tooltips (walk S106)
                          bigger=(Giver(GENERATED, lambda: self._header_words(GENERATED)),
                                  Giver(RECEIVED_ON, lambda: self._first_words_least(RECEIVED_ON)),
                                  Giver(STATUS, lambda: self._first_words_least(STATUS)),
                                  Giver(SIGNATURE, lambda: self._header_words(SIGNATURE)),
                                  # at 150 % the note down to its header's words, last the longest units'
                                  # names cut (the rest whole; helper S108: "Tệp", "Loại" were past the edge)
                                  Giver(NOTE, lambda: self._header_words(NOTE)),
                                  Giver(UNIT_NAME, self._names_least)))
        # A header narrower than its words ends with "…" (Qt's headers clip theirs, centred: the note
        # ending at the table's edge in English read "e (in Vietnam")
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        lines_elided(header)  # "Chữ ký / số (PDF)" whole once each line fits (it read "Chữ k…" at 150 %)
        # Nor bold when a row is chosen (every header is then, the table choosing whole rows): bold, the
        # headers fitted to their words read "Chữ ký / số (P…"
        header.setHighlightSections(False)
        v.addWidget(self.table)
        # Under the table: the chosen unit's whole note (its column cuts it), as the files read
        # show their reason. Plain text: a note quotes what a file says.
        self.unit_note = QLabel()
        self.unit_note.setTextFormat(Qt.TextFormat.PlainText)
        self.unit_note.setWordWrap(True)
        self.unit_note.setFrameShape(QFrame.Shape.StyledPanel)
        self.unit_note.setMargin(6)
        self.unit_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table.selectionModel().currentRowChanged.connect(lambda index, _: self._show_note(index))
        self.model.modelReset.connect(lambda: self._show_note(self.table.currentIndex()))
        v.addWidget(self.unit_note)
        return w

    def _key_least(self) -> int:
        """The key's column as narrow as its states whole after a code's first group ("6DZX-… · Đã xác
        nhận", `ui.province_key_cell`: the state was cut, walk U5 F10)."""
        texts = [self.model.index(r, KEY).data() or "" for r in range(self.model.rowCount())]
        return key_least(self.table.fontMetrics(), texts, self.table.horizontalHeader().sectionSizeHint(KEY))

    def _header_words(self, col: int) -> int:
        """The width of column `col`'s header words and the header's padding, without the room Qt keeps
        in every header for the sort arrow (drawn only in the column sorted by)."""
        header = self.table.horizontalHeader()
        words = str(self.proxy.headerData(col, Qt.Orientation.Horizontal) or "").split("\n")
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        return max(header.fontMetrics().horizontalAdvance(line) for line in words) + 2 * margin + 2

    def _first_words_least(self, col: int) -> int:
        """Column `col` as narrow as its cells' words before their first comma and "…" ("Trễ hạn…",
        "07/12/2026…"), not narrower than its header's words: with a bigger text (`NoteFillsTheWidth`)."""
        metrics, margins = self.table.fontMetrics(), 8  # the cell's padding, both sides, and a pixel or two
        texts = {str(self.model.index(r, col).data() or "") for r in range(self.model.rowCount())}
        cut = [metrics.horizontalAdvance(t.split(",")[0] + ("…" if "," in t else "")) + margins for t in texts]
        return max([self._header_words(col), *cut])

    def _names_least(self) -> int:
        """The units' names keep at least `NAMES_LEAST` characters' width and their header whole: with a
        bigger text only the longest give ("Phường Phan Đình Ph…", whole in its tooltip and under the table)."""
        char = self.table.fontMetrics().averageCharWidth()
        return max(self._header_words(UNIT_NAME), char * NAMES_LEAST + 8)  # the cell's padding, both sides

    def _codes_least(self) -> int:
        """Last, when the signature has given too (English's long states): its codes whole, the state cut
        ("K7QX-3M2P-ABCD-EFGH…"; the status says "key awaiting confirmation" too)."""
        metrics, margins = self.table.fontMetrics(), 8  # the cell's padding, both sides, and a pixel or two
        codes = [metrics.horizontalAdvance(f"{u.key_code}…") for u in self.model.rows if u.key_code]
        return max([self.table.horizontalHeader().sectionSizeHint(KEY), *(width + margins for width in codes)])

    def _show_note(self, index) -> None:
        """The whole note of the unit at `index` of the status table, led in English by "The
        program says (in Vietnamese):"; a hint when no unit is chosen."""
        if index is None or not index.isValid():
            self.unit_note.setText(translate("ProvinceWindow", "Choose a unit to read its whole note here."))
            self.unit_note.setStyleSheet(colours.style(Meaning.MUTED, self.unit_note))
            return
        u = self.model.rows[self.proxy.mapToSource(index).row()]
        note = reason_tip(u.reason) if u.reason else translate("ProvinceWindow", "No note.")
        pdf = self.model.pdf_text(u)  # the PDF's check in a sentence: the cell is cut, its tooltip unseen
        self.unit_note.setText(f"{u.name}: {note}" + (f"\n{pdf_shown(pdf)}" if pdf else ""))
        self.unit_note.setStyleSheet("")

    def _intake_tab(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        v.setContentsMargins(4, 6, 4, 4)
        # a folder's path or a login never widens the window (red-team 31 F4): broken or cut, whole in the tooltip
        self.intake_summary = LongWordsLabel()
        # What the line says, again after a language switch (`_show_period_run` sets it at the first refresh).
        self._intake_text = str
        # This window's own readings, the last of each period by its code (their results say more
        # than the records keep), the one shown (`_run`: None when another's or none is), and
        # whether one is being read (its rows are appearing: nothing replaces them).
        self._runs: dict[str, IntakeRun] = {}
        self._run = None
        self._reading = False
        self._recorded = None  # the records' last reading of a period as last read (`ProvinceOffice.recorded_run`)
        v.addWidget(self.intake_summary)
        # The files of another period than the one chosen (its reports read under the wrong period):
        # read the folder again for theirs, its date of receipt asked again (the one typed was for
        # the period chosen). Shown only after such a run.
        self.read_own_period = QPushButton()
        self.read_own_period.clicked.connect(lambda: self.read_for_own_period())
        self.read_own_period.hide()
        self._own_period = None
        own = QHBoxLayout()
        own.addWidget(self.read_own_period)
        own.addStretch(1)
        v.addLayout(own)
        # Files nobody sent as a report (Excel's "~$" lock files, temporary and hidden files):
        # named apart, never mixed with the files read.
        self.skipped_label = QLabel()
        self.skipped_label.setWordWrap(True)
        self.skipped_label.setTextFormat(Qt.TextFormat.PlainText)  # file names come from outside
        self.skipped_label.setStyleSheet(colours.style(Meaning.HINT, self.skipped_label))
        self.skipped_label.hide()
        v.addWidget(self.skipped_label)
        self.refused_only = QCheckBox()
        self.refused_only.toggled.connect(lambda on: self.intake_proxy.set_refused_only(on))
        # Beside it, once for every file: what "Hợp lệ" checked. Intake reads the signed "Dữ liệu" sheet,
        # never the printed "Báo cáo" (15 ms a file, which `chitieu verify` spends): a file whose printed
        # table was edited is "Hợp lệ" (walk h8 #1). On the checkbox's line: no row of the table less.
        self.report_sheet_note = QLabel()
        self.report_sheet_note.setStyleSheet(colours.style(Meaning.HINT, self.report_sheet_note))
        self.report_sheet_note.setWordWrap(True)
        self.report_sheet_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        line = QHBoxLayout()
        line.addWidget(self.refused_only)
        line.addSpacing(16)
        line.addWidget(self.report_sheet_note, 1)
        v.addLayout(line)
        self.intake_model = IntakeModel(self)
        self.intake_model.catalog = self.office.catalog
        self.intake_proxy = IntakeFilter(self)
        self.intake_proxy.setSourceModel(self.intake_model)
        self._rows = _Rows(self)
        self._rows.result.connect(self.intake_model.append, Qt.ConnectionType.QueuedConnection)
        self.intake_table = self._table(self.intake_model, self.intake_proxy)
        # the reason fills what the others leave, the lines to read on up to three lines (walk U12 F7)
        lay_out_files(self.intake_table, self.intake_proxy)
        self.intake_table.selectionModel().currentRowChanged.connect(lambda index, _: self._show_file(index))
        v.addWidget(self.intake_table, 1)
        v.addWidget(self._file_details())
        return w

    def _find_pdfs(self, run) -> None:
        """The PDFs of the files of `run` shown (`file_pdfs`), for the details under the table."""
        found = run_action(self, file_pdfs, self.office, run, reads=True)
        self.intake_model.pdfs = {} if found is FAILED else found

    def _intake_rows_follow_register(self) -> None:
        """After a key confirmed or revoked, an unsigned file accepted: the last run's files say
        what they count as now, and what they were when read (walk 18, F6: "Chờ xác nhận" and
        "Hợp lệ, chưa tính (chưa ký)" stayed under a headline counting the file)."""
        run = getattr(self, "_run", None)
        if run is None or len(self.intake_model.rows) != len(run.results):
            return
        lines = run_action(self, self.office.run_lines_now, run.run_id, run.results)
        if lines is FAILED:
            return
        self.intake_model.follow_register(lines)
        self._show_file(self.intake_table.currentIndex())

    def _retranslate_intake_tabs(self) -> None:
        """The two tabs' fixed words (ProvinceWindow.retranslate_static)."""
        self.search.setPlaceholderText(
            translate("ProvinceWindow", "Find a commune or ward (accents optional) or a code…"))
        self.search.setAccessibleName(translate("ProvinceWindow", "Find a unit"))
        self.search_label.setText(translate("ProvinceWindow", "Fi&nd:"))
        self.status_label.setText(translate("ProvinceWindow", "S&tatus:"))
        self.status_box.setAccessibleName(translate("ProvinceWindow", "Filter by status"))
        for i in range(self.status_box.count()):
            status = self.status_box.itemData(i)
            self.status_box.setItemText(
                i, translate("ProvinceWindow", "All") if status is ALL else filter_label(status))
        self.status_box.setToolTip(translate(
            "ProvinceWindow", "Each choice lists the units the line above counts: Received includes the late "
            "reports and the drafts, Late the late drafts, Not sent the units with a refused file."))
        self.intake_summary.setText(self._intake_text())
        self._own_period_text()
        self.refused_only.setText(translate("ProvinceWindow", "&Only the files not received"))
        self.report_sheet_note.setText(translate(
            "ProvinceWindow", 'Counted: each file\'s signed "Dữ liệu" sheet; its "Báo cáo" sheet (the printed '
            'table) is not compared when received. To check one file: chitieu verify FILE'))
        self._skipped_text()
        self._show_file(self.intake_table.currentIndex())
        self._show_note(self.table.currentIndex())

    def _own_period_text(self) -> None:
        """The button reading the folder again for its files' own period (again after a language switch)."""
        if self._own_period is not None:
            text = translate("ProvinceWindow", "Read the folder a&gain for {period}…")
            self.read_own_period.setText(with_period(text, parse_period(self._own_period[1])))

    def _read_since(self) -> Period | None:
        """The period of the last folder read when this person's window has not shown it since
        (read by the command line, by another person, or in a window closed since), said in the
        status line; None when it has, or for a person who chose a period before the program
        noted what they had seen. Walk W2 #7: the window opened, or stayed, on 9 tháng after a
        6-month folder was read, and its table was taken for 6 tháng's."""
        prefs = UserPreferences.of(self.workspace)
        seen, (mark, code) = prefs.last_run, self.office.last_run() or ("", "")
        prefs.set_last_run(mark)  # "" before any: the first folder read is one not seen
        shown = mark == seen if seen is not None else prefs.last_period is not None
        if shown or self.period_box.findData(code) < 0:
            return None
        period = parse_period(code)
        text = translate("ProvinceWindow", "Showing {period}: the period of the folder read last.")
        self.statusBar().showMessage(with_period(text, period), 15000)
        return period

    def read_for_own_period(self):
        """The period of the last run's files of another period chosen (the most files' when they are of
        several), and the intake dialog opened on the folder it read, its date asked again."""
        if self._own_period is None:
            return None
        folder, code = self._own_period
        self.period_box.setCurrentIndex(self.period_box.findData(code))
        return self.start_intake(proposed=folder)

    def _skipped_text(self, words: Words | None = None) -> None:
        """The files the last run did not read, each kind with what to do about it (again after a language
        switch: `IntakeRun.skipped_text`, the core's words as the command line's)."""
        if words is not None:
            self._skipped = words
        words = getattr(self, "_skipped", Words("", ""))
        self.skipped_label.setVisible(bool(words))
        self.skipped_label.setText(in_language(words))

    # --- acting on them ------------------------------------------------------------------------
    def copy_missing(self) -> str:
        """The missing units' names for a reminder e-mail (the core's Vietnamese text)."""
        text = self.completeness.reminder_text() if self.completeness else ""
        QGuiApplication.clipboard().setText(text)
        missing = len(self.completeness.missing_units) if self.completeness else 0
        self.statusBar().showMessage(
            translate("ProvinceWindow", "Copied the names of %n unit(s) not yet sent.", None, missing), 5000)
        return text

    def start_intake(self, folder: str | Path | None = None, received: dt.date | None = None, *,
                     proposed: str | None = None):
        """Ask the folder and the date of receipt (unless a folder is given: then `received`,
        None for each file's own date) and read it on a worker; rows appear as files are read.
        `proposed`: the folder the dialog's field holds (default: the one this person read last)."""
        if self.task is not None and self.task.running:
            return None
        # Who may receive, before the folder and the date are asked: an administrator typed both only to be refused
        if not allowed(self, self.workspace, lambda: self.workspace.require(Permission.ENTER, RECEIVING),
                       translate("ProvinceWindow", "Receive reports"), Permission.ENTER):
            return None
        prefs = UserPreferences.of(self.workspace)
        if folder is None:
            # The folder this person read last, in the field: the e-mails are saved to one folder
            # period after period, and it was typed or chosen again at every reading.
            dialog = IntakeDialog(self.period, self.period.deadline(self.office.settings.rules), self.today, self,
                                  folder=proposed or prefs.folder(INTAKE_FOLDER) or "")
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            folder, received = dialog.folder(), dialog.received()
        prefs.set_folder(INTAKE_FOLDER, folder)
        from ui.tasks import BackgroundTask

        period = self.period
        office = self.office
        rows = self._rows

        def work(progress, cancelled):
            worker = office.for_thread()
            try:
                return worker.intake(folder, period, received=received, progress=progress, cancelled=cancelled,
                                     on_result=rows.result.emit)
            finally:
                worker.close()

        self.intake_model.catalog = office.catalog  # a catalogue update since: its units
        self.intake_model.set_rows([])
        self._run = self._recorded = None
        self._reading = True
        self._skipped_text(Words("", ""))
        self._own_period = None
        self.read_own_period.hide()
        self.tabs.setCurrentIndex(1)
        self._intake_text = lambda: with_period(translate("ProvinceWindow", "Reading folder {folder} ({period})…"),
                                                period, folder=folder)
        self.intake_summary.setText(self._intake_text())
        self.task = BackgroundTask(self, translate("ProvinceWindow", "Receive reports"), work,
                                   label=translate("ProvinceWindow", "Reading the files…"))
        self.task.finished.connect(self._intake_finished)
        self.task.failed.connect(self._task_failed)
        return self.task.start()

    def _intake_finished(self, run: IntakeRun) -> None:
        self._reading = False
        self._runs[run.period] = run
        self._show_own_run(run)
        # The period read, though another was chosen while the files were read (walk W2 #7): the
        # files' lines and the units' table of one period
        UserPreferences.of(self.workspace).set_last_run((self.office.last_run(run.run_id) or ("", ""))[0])
        self.show_period(parse_period(run.period))
        # cut with "…" to the status line, whole in its tooltip (and above the table): at 1366×768 it ended
        # mid-word, "…được kiểm tra cùng tệp E" (walk 23 L5)
        self.show_status_whole(intake_summary_text(run), 10000)
        self._choose_first_refused()
        # The keyboard on the files read (their tab is shown), not on the control the tab hid
        # nor on the button or menu that started the reading.
        self.intake_table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.intake_done.emit(run)

    def _show_own_run(self, run: IntakeRun) -> None:
        """This window's reading `run`, as it was read: its lines, heading and files skipped."""
        # The run's own lines, as the log keeps them: a later file may have corrected an earlier
        # line shown as it was read (a key found to sign for another unit too).
        self.intake_model.set_rows(list(run.results))
        self._find_pdfs(run)
        self._run = run

        def text() -> str:
            stopped = (" " + translate("ProvinceWindow",
                                       "Stopped as asked; the files already read are still received.")
                       if run.cancelled else "")
            if run.received_on:
                when = translate("ProvinceWindow", "Lateness judged by the date of receipt given: {date}.").format(
                    date=format_date(dt.date.fromisoformat(run.received_on)))
            else:
                when = translate("ProvinceWindow", "Lateness judged by each file's modification date (not earlier "
                                 "than the day the file was made).")
            # the files of another period: which, and how to receive them (the core's words, as the command line's)
            other = f" {in_language(run.other_period_text)}" if run.other_periods else ""
            return f"{intake_summary_text(run)}{other} {when}{stopped}"

        self._intake_text = text
        self.intake_summary.setText(text())
        self._skipped_text(run.skipped_text)
        self._offer_own_period(run)

    def _offer_own_period(self, run: IntakeRun) -> None:
        """The button reading `run`'s folder again for its files' own period, when some are of another."""
        self._own_period = (run.folder, next(iter(run.other_periods))) if run.other_periods else None
        self._own_period_text()
        self.read_own_period.setVisible(self._own_period is not None)

    def _choose_first_refused(self) -> None:
        """The first refused file chosen, its reason shown in full under the table, its row amid its
        neighbours (whole in sight once the reason has taken its room: `ListTable.resizeEvent`)."""
        refused = next((n for n, r in enumerate(self.intake_model.rows) if not r.accepted), None)
        if refused is not None:
            index = self.intake_proxy.mapFromSource(self.intake_model.index(refused, 0))
            self.intake_table.setCurrentIndex(index)
            self.intake_table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _show_period_run(self) -> None:
        """The lines of the last folder read for the period shown (at each refresh): this window's
        own reading as it showed it, else one read elsewhere as its records keep it (one read,
        `ProvinceOffice.recorded_run`), or that none was. Walk W2 #7's fix opened the window on the
        period of a folder read on the command line while this tab listed nothing of it: the
        reviewer saw the period of a reading whose results were not shown. Not while this
        window's own reading runs: its rows are appearing. The records are read again only once
        a folder was read for the period or anything written since (red-team 31 F5: 10.000
        files' lines read again at every refresh)."""
        if self._reading:
            return
        period = self.period
        shown = self._recorded if self._run is None else None
        recorded = run_action(self, self.office.recorded_run, period, shown, reads=True)
        if recorded is FAILED:
            return
        own = self._runs.get(period.code)
        # the records can only add a later reading to what the window read itself
        if own is not None and (recorded.run is None or recorded.run.run_id <= own.run_id):
            self._recorded = None
            if self._run is not own:
                self._show_own_run(own)
                self._intake_rows_follow_register()  # keys decided on since
                self._choose_first_refused()
            return
        if recorded is shown:  # nothing read for the period nor written since it was shown
            return
        self._run, self._recorded = None, recorded
        self.intake_model.catalog = self.office.catalog
        self._skipped_text(Words("", ""))
        self._intake_text = lambda: recorded_text(recorded, period)
        self.intake_model.set_rows(list(recorded.run.results) if recorded.run else [])
        if recorded.run is None:
            self._own_period = None
            self.read_own_period.hide()
        else:
            self.intake_model.follow_register(recorded.lines)
            self._find_pdfs(recorded.run)
            self._offer_own_period(recorded.run)
            self._choose_first_refused()
        self.intake_summary.setText(self._intake_text())
        self._show_file(self.intake_table.currentIndex())

    def _task_failed(self, err) -> None:
        self.refresh()
        self._reading = False  # its rows, read before it failed, stay until the period is shown again
        show_error(self, err)
        self.intake_table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.intake_done.emit(None)
