"""The audit trail viewer: every change, filtered by period, indicator and user, exportable."""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSettings, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.audit import AuditLine
from desktop_app.core.doc_number import in_log
from desktop_app.core.periods import in_sentence, term_periods
from desktop_app.core.workflow import State
from desktop_app.services import Workspace
from ui import labels
from ui.actions import FAILED, run_action
from ui.common import is_english
from ui.export_dialog import remembered_folder
from ui.keyboard import one_default
from ui.reference_dialog import fit_screen
from ui.start_folder import start_file
from ui.table_model import RowsModel
from ui.text_scale import text_scale

# The core writes the trail in Vietnamese (the exported Excel file is a record, it stays so);
# the viewer shows the column titles, actions and field names in the interface language.
HEADERS = (
    QT_TRANSLATE_NOOP("AuditModel", "Time"), QT_TRANSLATE_NOOP("AuditModel", "By"),
    QT_TRANSLATE_NOOP("AuditModel", "Action"), QT_TRANSLATE_NOOP("AuditModel", "Period"),
    QT_TRANSLATE_NOOP("AuditModel", "Indicator"), QT_TRANSLATE_NOOP("AuditModel", "Field"),
    QT_TRANSLATE_NOOP("AuditModel", "Old value"), QT_TRANSLATE_NOOP("AuditModel", "New value"),
)
ACTION_WORDS = {
    "entry": QT_TRANSLATE_NOOP("AuditModel", "Figure changed"),
    "baseline": QT_TRANSLATE_NOOP("AuditModel", "Start-of-term figure"),
    "own_target": QT_TRANSLATE_NOOP("AuditModel", "Own target"),
    "narrative": QT_TRANSLATE_NOOP("AuditModel", "Report text"),
    "state": QT_TRANSLATE_NOOP("AuditModel", "Period status"),
    "setting": QT_TRANSLATE_NOOP("AuditModel", "Settings"),
    "user_add": QT_TRANSLATE_NOOP("AuditModel", "Account created"),
    "user_active": QT_TRANSLATE_NOOP("AuditModel", "Account locked/unlocked"),
    "password_reset": QT_TRANSLATE_NOOP("AuditModel", "Password reset"),
    "password_change": QT_TRANSLATE_NOOP("AuditModel", "Password changed"),
    "login_locked": QT_TRANSLATE_NOOP("AuditModel", "Login locked"),
    "restore": QT_TRANSLATE_NOOP("AuditModel", "Backup restored"),
    "catalog": QT_TRANSLATE_NOOP("AuditModel", "Catalogue updated"),
    "catalog_update": QT_TRANSLATE_NOOP("AuditModel", "Catalogue update imported"),
    "catalog_draft": QT_TRANSLATE_NOOP("AuditModel", "Catalogue draft edited"),
    "catalog_publish": QT_TRANSLATE_NOOP("AuditModel", "Catalogue published"),
    "signing_key": QT_TRANSLATE_NOOP("AuditModel", "Signing key of this computer made"),
    "key": QT_TRANSLATE_NOOP("AuditModel", "Units' key register"),
    "key_register": QT_TRANSLATE_NOOP("AuditModel", "Unit's signing key registered"),
    "key_confirm": QT_TRANSLATE_NOOP("AuditModel", "Unit's signing key confirmed"),
    "key_revoke": QT_TRANSLATE_NOOP("AuditModel", "Unit's signing key revoked"),
    "unsigned_accept": QT_TRANSLATE_NOOP("AuditModel", "Unsigned version accepted"),
    "province_key": QT_TRANSLATE_NOOP("AuditModel", "Province's signing key registered"),
    "province_key_forget": QT_TRANSLATE_NOOP("AuditModel", "Province's signing key forgotten"),
    "pdf_sign": QT_TRANSLATE_NOOP("AuditModel", "Report digitally signed"),
    "trust_root_add": QT_TRANSLATE_NOOP("AuditModel", "Trusted root certificate added"),
    "trust_root_remove": QT_TRANSLATE_NOOP("AuditModel", "Trusted root certificate removed"),
    "tamper_ack": QT_TRANSLATE_NOOP("AuditModel", "Changes made outside the program acknowledged"),
}
FIELD_WORDS = {
    "numerator": QT_TRANSLATE_NOOP("AuditModel", "Numerator"),
    "denominator": QT_TRANSLATE_NOOP("AuditModel", "Denominator"),
    "value": QT_TRANSLATE_NOOP("AuditModel", "Value"),
    "flag": QT_TRANSLATE_NOOP("AuditModel", "Yes/No"),
    "previous": QT_TRANSLATE_NOOP("AuditModel", "Same period last year"),
    "comment": QT_TRANSLATE_NOOP("AuditModel", "Comment"),
    "baseline": QT_TRANSLATE_NOOP("AuditModel", "Start of term"),
    "target": QT_TRANSLATE_NOOP("AuditModel", "Target"),
    "state": QT_TRANSLATE_NOOP("AuditModel", "Status"),
    "clock_was_ahead": QT_TRANSLATE_NOOP("AuditModel", "Status (the clock ran fast)"),  # core/clock.CLOCK_WAS_AHEAD
    "key_code": QT_TRANSLATE_NOOP("AuditModel", "Key code"),
    "fingerprint": QT_TRANSLATE_NOOP("AuditModel", "Authentication code"),
    "user": QT_TRANSLATE_NOOP("AuditModel", "Account"),
    "backup": QT_TRANSLATE_NOOP("AuditModel", "Backup"),
    "catalog_version": QT_TRANSLATE_NOOP("AuditModel", "Catalogue version"),
    "catalog_draft": QT_TRANSLATE_NOOP("AuditModel", "Catalogue draft"),
    "signed_pdf_sha256": QT_TRANSLATE_NOOP("AuditModel", "Signed PDF (SHA-256)"),
    "sha256": QT_TRANSLATE_NOOP("AuditModel", "Root certificate (SHA-256)"),
    "history": QT_TRANSLATE_NOOP("AuditModel", "Data history"),
}
# A "Settings" line names the setting by its key (desktop_app.core.audit.SETTINGS).
SETTING_WORDS = {
    "commune_code": QT_TRANSLATE_NOOP("AuditModel", "Commune or ward"),
    "preparer": QT_TRANSLATE_NOOP("AuditModel", "Prepared by"),
    "signer": QT_TRANSLATE_NOOP("AuditModel", "Signer"),
    "signer_title": QT_TRANSLATE_NOOP("AuditModel", "Signer's title"),
    "doc_prefix": QT_TRANSLATE_NOOP("AuditModel", "Document symbol"),
    "period_rules": QT_TRANSLATE_NOOP("AuditModel", "Cut-off and deadline days"),
    "province_email": QT_TRANSLATE_NOOP("AuditModel", "Province's e-mail address"),
    "mode": QT_TRANSLATE_NOOP("AuditModel", "Mode"),
    "province_kept_rule": QT_TRANSLATE_NOOP("AuditModel", "Rule choosing each unit's kept version"),
    "province_issuer": QT_TRANSLATE_NOOP("AuditModel", "Issuing office"),
    "province_recipient": QT_TRANSLATE_NOOP("AuditModel", "Report addressed to"),
    "last_copy_out": QT_TRANSLATE_NOOP("AuditModel", "Folder, time"),  # its action: SETTING_ACTIONS
    "restored_copy_out": QT_TRANSLATE_NOOP("AuditModel", "Folder, time backed up"),  # core.audit.RESTORED_COPY_OUT
    # the digital-signature settings (desktop_app.core.pdf_signature.SETTING_KEYS_EN's words)
    "signature_pkcs11_module": QT_TRANSLATE_NOOP("AuditModel", "Token library (PKCS#11)"),
    "signature_token_label": QT_TRANSLATE_NOOP("AuditModel", "Signer's token name"),
    "signature_image": QT_TRANSLATE_NOOP("AuditModel", "Signature image (PNG)"),
    "signature_org_token_label": QT_TRANSLATE_NOOP("AuditModel", "Organisation's token name"),
    "signature_org_p12": QT_TRANSLATE_NOOP("AuditModel", "Organisation's certificate file (PKCS#12)"),
    "signature_seal_image": QT_TRANSLATE_NOOP("AuditModel", "Organisation's seal image (PNG)"),
    "signature_tsa_url": QT_TRANSLATE_NOOP("AuditModel", "Timestamp server address"),
}
SETTING_ACTIONS = {"last_copy_out": QT_TRANSLATE_NOOP("AuditModel", "Backed up outside this computer"),
                   # a copy out restored from a stick: what happened (R24 F5), the time shown the copy's
                   "restored_copy_out": QT_TRANSLATE_NOOP(
                       "AuditModel", "Restored from a copy outside this computer (counts as backed up outside)")}
TIME_COLUMN, BY_COLUMN = 0, 1
ACTION_COLUMN, PERIOD_COLUMN, INDICATOR_COLUMN, FIELD_COLUMN, OLD_COLUMN, NEW_COLUMN = 2, 3, 4, 5, 6, 7
# px, the most a column takes (fitting the longest action, setting name or reason would leave "Chỉ tiêu" none);
# a person's name over their account ("Hoàng Văn Quản" / "(quantri.nhaplieu)"): "Chỉ tiêu" reads its longest
# names on two lines at 1366 px (walk U1 F9: cut with "…" at 1200 px, people's names on one line)
MOST_WIDTH = {BY_COLUMN: 160, ACTION_COLUMN: 150, FIELD_COLUMN: 130, OLD_COLUMN: 150,
              NEW_COLUMN: 220}  # "Sent (…, dated …)" on 2 lines


CELL_MARGINS = 8  # px: a cell's text is this much narrower than its column (padding and grid)
# With a bigger text (Windows' "Make text bigger") these wrap onto the row's two lines too ("19:20:01 /
# 07/12/2026", "6 tháng đầu / năm 2026"): on one line at 150 % they left "Chỉ tiêu" 118 px (S111).
TWO_LINE_COLUMNS = (TIME_COLUMN, PERIOD_COLUMN)


def two_line_width(texts, metrics: QFontMetrics) -> int:
    """The narrowest width at which each of `texts` wraps, at its spaces, onto two lines at most."""
    widest = 0
    for text in set(texts):
        words = text.split(" ")
        widest = max(widest, min(max(metrics.horizontalAdvance(" ".join(words[:i])),
                                     metrics.horizontalAdvance(" ".join(words[i:])))
                                 for i in range(1, len(words))) if len(words) > 1
                     else metrics.horizontalAdvance(text))
    return widest


def account_kept(accounts, width: int, metrics: QFontMetrics) -> dict[str, str]:
    """"Người thực hiện" of a name too long for the cell's two lines: the name on one line, cut with
    "…", over its account, which tells two people apart ("Nguyễn Thị Phương Thảo Hoàng Minh Nguyệt
    (canbo)" wrapped and lost the "(canbo)": walk U4 F7). Whole in the tooltip. The others as they
    are: their name wraps beside the account. Lines wrap at words, so a name filling more than nine
    tenths of two lines counts as too long."""
    kept = {}
    for a in accounts:
        whole = f"{a.full_name} ({a.username})"
        if a.full_name and metrics.horizontalAdvance(whole) > 2 * width * 0.9:
            name = metrics.elidedText(a.full_name, Qt.TextElideMode.ElideRight, width)
            account = metrics.elidedText(a.username, Qt.TextElideMode.ElideMiddle, width - 12)
            kept[a.username] = f"{name}\n({account})"
    return kept


# a piece of a file name: a backup's date and time ("20261206-063609-") whole, else up to its next "-", "_" or "."
_NAME_PIECES = re.compile(r"\d{8}-\d{6}[-_.]?|[^-_.]+[-_.]?|[-_.]")


def names_kept(text: str, width: int, metrics: QFontMetrics) -> str:
    """A restore's cell with a word wider than the column, the backup's file name ("chitieu-000001-20261206-063609-
    truoc-khoi-phuc.db"), broken after its hyphens into lines that fit, the date and time on one line: a name has no
    space to wrap at, and the cell showed "chitieu-000001-2026…", which backup not said (S38). A piece wider than the
    column alone, cut in its middle. Whole in the tooltip."""
    words = []
    for word in text.split(" "):
        if metrics.horizontalAdvance(word) <= width:
            words.append(word)
            continue
        lines = [""]
        for piece in _NAME_PIECES.findall(word):
            if lines[-1] and metrics.horizontalAdvance(lines[-1] + piece) > width:
                lines.append("")
            lines[-1] += piece
        words.append("\n".join(metrics.elidedText(line, Qt.TextElideMode.ElideMiddle, width) for line in lines))
    return " ".join(words)


class AuditModel(RowsModel):
    """One row per `AuditLine`, labelled by its codes."""

    HEADERS = HEADERS
    CONTEXT = "AuditModel"

    def __init__(self, lines: list[AuditLine], indicator_names: dict[str, str] | None = None,
                 people: dict[str, str] | None = None):
        super().__init__()
        self.rows = lines
        self.indicator_names = indicator_names or {}  # indicator code -> the name shown
        self.people = people or {}  # account -> "Full Name (account)"
        self.cells: dict[str, str] = {}  # account -> its cell's two lines, where the whole would be cut
        self.name_room: dict[int, int] = {}  # column -> the width a restore's file name is broken to (`names_kept`)
        self.metrics: QFontMetrics | None = None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        line, column = self.rows[index.row()], index.column()
        if column == INDICATOR_COLUMN:
            return self.indicator_names.get(line.indicator_code, line.indicator)
        if column == TIME_COLUMN:  # the hour first, as every box writes a time (format_time); the seconds kept
            date, _, time = line.at.partition(" ")
            return f"{time} {date}" if time else date
        if column == BY_COLUMN:
            account = line.cells()[column]
            if role == Qt.ItemDataRole.DisplayRole and account in self.cells:
                return self.cells[account]
            return self.people.get(account, account)
        if column == PERIOD_COLUMN and line.period_code:
            return labels.period_name_of(line.period_code)  # the exported record prints the Vietnamese name
        if column == ACTION_COLUMN and line.action_code == "setting" and line.field_code in SETTING_ACTIONS:
            return self.tr(SETTING_ACTIONS[line.field_code])  # a copy out, not a "Settings" line (U13 F3)
        if column == ACTION_COLUMN and line.action_code in ACTION_WORDS:
            return self.tr(ACTION_WORDS[line.action_code])
        if column == FIELD_COLUMN and line.action_code == "setting" and line.field_code in SETTING_WORDS:
            return self.tr(SETTING_WORDS[line.field_code])
        if column == FIELD_COLUMN and line.action_code != "setting" and line.field_code in FIELD_WORDS:
            return self.tr(FIELD_WORDS[line.field_code])
        if column == FIELD_COLUMN and line.field_code in labels.NARRATIVE_SECTIONS:
            return labels.narrative_title(line.field_code)
        if column in (OLD_COLUMN, NEW_COLUMN) and line.action_code == "state":
            return state_text(line.cells()[column])
        if (column in self.name_room and line.action_code == "restore" and self.metrics is not None
                and role == Qt.ItemDataRole.DisplayRole):
            return names_kept(line.cells()[column], self.name_room[column], self.metrics)
        return line.cells()[column]


NO_BREAK_HYPHEN, WORD_JOINER = "\u2011", "\u2060"


def state_text(value: str) -> str:
    """A period's state as the history records it ("Đang nhập", "Đang nhập (lý do mở lại)") in the
    interface language; the reason stays as the person typed it. A "sent" step's number and date
    ("Đã gửi (số 01/BC-UBND, ngày 18/06/2026)") are said in the interface language too, the older
    rows' nested words ("(số để trống (viết tay) /BC-UBND ngày …)") as the new ones (walk 14, L2)."""
    for state in State:
        if value == state.value or value.startswith(f"{state.value} ("):
            rest = value[len(state.value):]
            issued = in_log(rest[2:-1]) if state == State.SENT and rest.endswith(")") else None
            if issued is not None:
                vi, en = issued.logged()  # "/BC-UBND" kept on one line (the column wrapped it "/ BC-UBND", "/BC- UBND")
                said = en if is_english() else vi
                rest = f" ({said.replace('/', '/' + WORD_JOINER).replace('-', NO_BREAK_HYPHEN)})"
            return labels.state_label(state) + rest
    return value


class AuditDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Change log of the figures"))
        fit_screen(self, 1346, 620)  # a 1366 px screen's width: the room "Chỉ tiêu" has (walk U1 F9)
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.period = QComboBox()
        self.period.addItem(self.tr("All periods"), "")
        for p in term_periods():
            self.period.addItem(labels.period_name(p), p.code)
        self.indicator = QComboBox()
        self.indicator.addItem(self.tr("All indicators"), "")
        for ind in workspace.catalog.indicators_for(workspace.commune):
            self.indicator.addItem(f"{ind.no}. {labels.indicator_name(ind)}", ind.code)
        self.indicator.setMaximumWidth(420)
        # people by their names, as elsewhere, with the account the record keeps (the exported file's)
        self.people = {a.username: f"{a.full_name} ({a.username})" for a in workspace.users() if a.full_name}
        self.user = QComboBox()
        self.user.addItem(self.tr("All users"), "")
        for name in sorted({r.user for r in workspace.store.audit_rows()}):
            self.user.addItem(self.people.get(name, name), name)
        for label, combo in ((self.tr("&Period:"), self.period), (self.tr("&Indicator:"), self.indicator),
                             (self.tr("&User:"), self.user)):
            title = QLabel(label)
            title.setBuddy(combo)  # Alt+its letter puts the cursor in the filter
            filters.addWidget(title)
            filters.addWidget(combo)
            combo.currentIndexChanged.connect(self.refresh)
        filters.addStretch(1)
        self.export_button = QPushButton(self.tr("&Export to Excel…"))
        self.export_button.clicked.connect(self.export)
        filters.addWidget(self.export_button)
        layout.addLayout(filters)
        self._wrap_filters(layout, filters)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (the arrows move in it)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        # two lines a row at any text size: the usual 30 px row grows with the text (at 150 % it held one
        # line, the indicators' names and the people's accounts cut: S111)
        rows = self.table.verticalHeader()
        rows.setDefaultSectionSize(round(rows.defaultSectionSize() * text_scale(self.table.font())))
        layout.addWidget(self.table)
        # An empty result says so in the table's place (a blank grid reads as "nothing loaded").
        self.empty = QLabel(self.table.viewport())
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.table.viewport().installEventFilter(self)
        self.count = QLabel()
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self.accept)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        # A view: Enter in a filter or the table exports nothing by surprise (no default button; Qt's
        # autoDefault would leave the export button the default once Tab passed it); Enter on the
        # button that has the focus presses it (keyPressEvent), as Space does; Escape closes.
        one_default(None, self)
        self.widths: list[int] | None = None  # the columns' widths of the last result with rows
        self.refresh()

    def _wrap_filters(self, layout: QVBoxLayout, filters: QHBoxLayout) -> None:
        """The user's filter and the export button on a second line where one line is wider than the
        screen: with Windows' "Make text bigger" (125 %, 150 %) the line made the dialog 1.438 and
        1.615 px wide on a 1366 px screen, its right side and the Close button off it (walk S107)."""
        margins = layout.contentsMargins()
        room = self.screen().availableGeometry().width() - 20 - margins.left() - margins.right()
        if filters.minimumSize().width() <= room:
            return
        second = QHBoxLayout()
        title = next(label for label in self.findChildren(QLabel) if label.buddy() is self.user)
        for widget in (title, self.user):
            filters.removeWidget(widget)
            second.addWidget(widget)
        second.addStretch(1)
        filters.removeWidget(self.export_button)
        second.addWidget(self.export_button)
        layout.insertLayout(layout.indexOf(filters) + 1, second)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(self.focusWidget(), QPushButton):
            self.focusWidget().click()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.empty.setGeometry(self.table.viewport().rect())
        return super().eventFilter(watched, event)

    def filters(self) -> dict:
        return {"period": self.period.currentData(), "indicator": self.indicator.currentData(),
                "user": self.user.currentData()}

    def refresh(self) -> None:
        lines = run_action(self, self.workspace.audit_trail, reads=True, **self.filters())
        if lines is FAILED:
            return
        names = {i.code: labels.indicator_name(i) for i in self.workspace.catalog.indicators}
        self.model = AuditModel(list(reversed(lines)), names, self.people)  # newest first
        self.model.cells = account_kept(self.workspace.users(), MOST_WIDTH[BY_COLUMN] - CELL_MARGINS,
                                        self.table.fontMetrics())
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        # "Chỉ tiêu" takes the spare width; the other columns fit their contents, some at most
        # MOST_WIDTH (a long comment or reason wraps, whole in the tooltip); an empty result keeps
        # the widths the last one had (fitting no rows would shrink "Kỳ" to its title).
        for col in range(self.model.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if col == INDICATOR_COLUMN
                                        else QHeaderView.ResizeMode.Interactive)
        if lines:
            self.table.resizeColumnsToContents()
            for col, most in MOST_WIDTH.items():  # at most `most`, the column's title whole (a bigger text)
                title = header.sectionSizeFromContents(col).width()
                self.table.setColumnWidth(col, min(self.table.columnWidth(col), max(most, title)))
            if text_scale(self.table.font()) > 1:  # a bigger text: the time and the period on two lines
                metrics = self.table.fontMetrics()
                for col in TWO_LINE_COLUMNS:
                    texts = [str(self.model.data(self.model.index(r, col)) or "")
                             for r in range(min(self.model.rowCount(), 1000))]
                    title = header.sectionSizeFromContents(col).width()
                    width = max(two_line_width(texts, metrics) + 2 * CELL_MARGINS, title)
                    self.table.setColumnWidth(col, min(self.table.columnWidth(col), width))
            self.widths = [self.table.columnWidth(c) for c in range(self.model.columnCount())]
        elif self.widths:
            for col, width in enumerate(self.widths):
                if col != INDICATOR_COLUMN:
                    self.table.setColumnWidth(col, width)
        # a restore's row whole: rare, and what it says of the data replaced (rows they had lost, unexplained; the
        # numbers it kept) was cut to two lines, the loss past the copy's name; the copy's and the backup's names
        # broken to the columns' widths, their date and time whole (`names_kept`)
        self.model.metrics = self.table.fontMetrics()
        self.model.name_room = {c: self.table.columnWidth(c) - CELL_MARGINS for c in (OLD_COLUMN, NEW_COLUMN)}
        for row, line in enumerate(self.model.rows):
            if line.action_code == "restore":
                self.table.resizeRowToContents(row)
        only_period = self.period.currentData() and not self.indicator.currentData() and not self.user.currentData()
        self.empty.setText("" if lines else
                           self.tr("No changes in the period {period}.").format(
                               period=in_sentence(self.period.currentText()))
                           if only_period else self.tr("No changes with the filters chosen."))
        self.empty.setGeometry(self.table.viewport().rect())
        self.empty.setVisible(not lines)
        self.count.setText(self.tr("%n change(s)", "", len(lines)))

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the change log"),
                                              start_file("nhat-ky-thay-doi.xlsx", remembered_folder(QSettings())),
                                              "Excel (*.xlsx)")
        if not path:
            return
        if run_action(self, self.workspace.export_audit, path, reads=True, **self.filters()) is FAILED:
            return
        self.count.setText(self.tr("Exported %n change(s) to {path}", "", self.model.rowCount()).format(path=path))
