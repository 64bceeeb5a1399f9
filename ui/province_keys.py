"""The province window's "Signing keys" tab: the register of the units' keys, and unsigned files.

A signature proves who made a file only once the province knows whose key signed it
(`desktop_app.core.keys`). The tab lists every key the province has met, one row each, old
keys kept as history under their unit: its code, its state (awaiting confirmation,
confirmed, replaced, revoked), when the first file signed by it was read (that file's name in
the cell's tooltip), who confirmed it and when, who replaced or revoked it and when. The list
is read against the papers without scrolling sideways on a 1366×768 laptop, in either
language (`fit_keys`): the unit, the key code and its state are always whole; when the rows
need more room than the window has, the dates and names are cut first, then the other units
a key signs for (each whole in its tooltip). Its actions, each one call of
`ProvinceOffice` through `ui.actions.run_action`:

- "Confirm key…" asks for the code printed on the unit's signed paper report, typed (the
  dialog never shows the code it expects: a confirmation is worth what the paper is); a
  code that is none of the unit's keys is refused with the service's message naming the
  codes, and nothing changes; a key that also signs another unit's files is confirmed only
  after a second question naming that unit (No by default), and the message after says
  which of the unit's other keys the confirmation revoked or replaced;
- a key that signs for more than one unit is marked on each of its rows ("Also signs for",
  `desktop_app.core.keys.shared_note`): while pending it counts for none of them;
- "Revoke key…" after a warning saying what it does to the reports already received;
- under the keys, the unsigned files received for the period, and "Accept unsigned file…"
  after a warning explaining the risk.

After a change the tab emits `changed(message)`: the window consolidates again (statuses,
counts, the pending mark) and shows the message.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.catalog import fold
from desktop_app.core.intake import when_text
from desktop_app.core.keys import UNSIGNED, UNSIGNED_ACCEPTED, KeyState, SharedKey
from desktop_app.core.periods import Period, format_date
from desktop_app.core.users import Permission
from ui.actions import FAILED, run_action
from ui.common import error_text, main_over_secondary
from ui.i18n import Retranslating, translate
from ui.keyboard import reading_order
from ui.labels import period_name
from ui.paper_code import PaperCodeDialog, fixed_font
from ui.province_labels import KEY_STATE_COLOURS, key_state_label
from ui.province_roles import allowed
from ui.province_tables import fit_columns, fit_in_sight, list_table
from ui.table_model import RowsModel

CONTEXT = "KeysTab"
ALL = None  # the state filter's "All"
HISTORY = (KeyState.DA_THAY, KeyState.THU_HOI)  # keys kept as history, shown greyed
HISTORY_TEXT = QColor("#6b6b6b")
SHARED_COLOURS = ("#ffe0b2", "#8a3b00")  # a key that signs for more than one unit


def _by(at: str | None, who: str | None) -> str:
    """"14:05 20/09/2026, van-thu"."""
    return f"{when_text(at)}, {who}" if at else ""


class KeysModel(RowsModel):
    """One row per key of the register (`UnitKey`), in the catalogue's order of units."""

    HEADERS = (
        QT_TRANSLATE_NOOP("KeysTab", "Code"), QT_TRANSLATE_NOOP("KeysTab", "Commune or ward"),
        QT_TRANSLATE_NOOP("KeysTab", "Key code"), QT_TRANSLATE_NOOP("KeysTab", "State"),
        QT_TRANSLATE_NOOP("KeysTab", "Also signs for"),
        QT_TRANSLATE_NOOP("KeysTab", "First file read"),
        QT_TRANSLATE_NOOP("KeysTab", "Confirmed (when, by)"),
        QT_TRANSLATE_NOOP("KeysTab", "Replaced, revoked (when, by)"),
    )
    CONTEXT = CONTEXT
    SHARED = 4  # beside the state: a shared pending key counts for none of its units
    FIRST_SEEN = 5  # the first file's name in its tooltip

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        k = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole and col == self.SHARED:  # the header says "Also signs for"
            return k.shared_with
        if role == Qt.ItemDataRole.ToolTipRole and col == self.FIRST_SEEN and k.first_file:
            return translate("KeysTab", "{file}: the first file signed by this key, read {when}").format(
                file=k.first_file, when=when_text(k.first_seen))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):  # the whole note in the tooltip
            return (k.unit_code, k.unit_name, k.key_code, key_state_label(k.state), k.shared,
                    when_text(k.first_seen), _by(k.confirmed_at, k.confirmed_by),
                    _by(k.revoked_at, k.revoked_by))[col]
        if role == Qt.ItemDataRole.FontRole and col == 2:
            return fixed_font()
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            if k.shared and col in (2, self.SHARED):
                return QColor(SHARED_COLOURS[0 if role == Qt.ItemDataRole.BackgroundRole else 1])
            if col == 3:
                bg, fg = KEY_STATE_COLOURS[k.state]
                return QColor(bg if role == Qt.ItemDataRole.BackgroundRole else fg)
            if role == Qt.ItemDataRole.ForegroundRole and k.state in HISTORY:
                return HISTORY_TEXT
        return None


class KeysFilter(QSortFilterProxyModel):
    """The unit typed (name without accents, or code) and the chosen state."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.text = ""
        self.state = ALL

    def set_filter(self, text: str, state) -> None:
        self.text, self.state = fold(text), state
        self.invalidate()

    def filterAcceptsRow(self, row, parent):
        k = self.sourceModel().rows[row]
        if self.state is not ALL and k.state != self.state:
            return False
        return not self.text or self.text in fold(k.unit_name) or self.text in k.unit_code


class UnsignedModel(RowsModel):
    """One row per unsigned version received for the period (`ReceivedRow`); `names` by unit code."""

    HEADERS = (
        QT_TRANSLATE_NOOP("KeysTab", "Code"), QT_TRANSLATE_NOOP("KeysTab", "Commune or ward"),
        QT_TRANSLATE_NOOP("KeysTab", "File"), QT_TRANSLATE_NOOP("KeysTab", "Received on"),
        QT_TRANSLATE_NOOP("KeysTab", "Fingerprint"), QT_TRANSLATE_NOOP("KeysTab", "Report"),
        QT_TRANSLATE_NOOP("KeysTab", "Acceptance"),
    )
    CONTEXT = CONTEXT

    def __init__(self, parent=None):
        super().__init__(parent)
        self.names: dict[str, str] = {}

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        r = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            day = format_date(dt.date.fromisoformat(r.received_on)) if r.received_on else when_text(r.received_at)
            report = translate("KeysTab", "Approved") if r.approved else translate("KeysTab", "Draft")
            if r.accepted_at:
                state = translate("KeysTab", "Accepted {when}").format(when=_by(r.accepted_at, r.accepted_by))
            else:
                state = translate("KeysTab", "Awaiting acceptance: not counted")
            return (r.unit_code, self.names.get(r.unit_code, ""), r.file_name, day, r.fingerprint[:16], report,
                    state)[col]
        if role == Qt.ItemDataRole.FontRole and col == 4:
            return fixed_font()
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and col == 6:
            bg, fg = KEY_STATE_COLOURS[UNSIGNED_ACCEPTED if r.accepted_at else UNSIGNED]
            return QColor(bg if role == Qt.ItemDataRole.BackgroundRole else fg)
        return None


def _table(model, proxy=None) -> QTableView:
    view = list_table(model, proxy)  # Tab leaves it, the focus chooses its current row
    view.horizontalHeader().setStretchLastSection(True)
    return view


# Khóa ký's columns: at least these widths, each as wide as its header and its widest row
# when the table has room; when it has not, those of SHRINK give way, in that order, down to
# their header's width (cut, whole in the tooltip). The others (the unit, the key code, its
# state: what is compared with the paper) are never cut.
KEY_WIDTHS = (50, 150, 150, 90, 96, 110, 150, 150)
SHRINK = (7, 6, 5, 4)


def key_widths(natural: list[int], floors: list[int], room: int, kept=()) -> list[int]:
    """`natural` widths made to fit in `room` pixels: the columns of SHRINK (but those in
    `kept`, the person's) narrowed one after another, none below its floor."""
    widths = list(natural)
    for col in SHRINK:
        over = sum(widths) - room
        if over <= 0:
            break
        if col not in kept:
            widths[col] = max(floors[col], widths[col] - over)
    return widths


def fit_keys(table: QTableView) -> None:
    """The register's columns fitted to its rows, its headers and the table's width (`key_widths`),
    again whenever the rows, their words or the table's width change (`fit_in_sight`): on a
    1366×768 laptop the list needs no scrolling sideways in either language. A column whose
    width the person set keeps it (`ListTable.set_widths`); the last column takes what is left."""
    source = table.model().sourceModel()
    header = table.horizontalHeader()
    natural: list[int] = []

    def measure() -> None:
        natural[:] = [table.user_widths.get(col) or max(width, header.sectionSizeHint(col),
                                                        table.sizeHintForColumn(col))
                      for col, width in enumerate(KEY_WIDTHS)]

    def spread() -> None:
        if not natural:
            return
        # the vertical scroll bar's room always counted: 92 units' keys need it in a laptop's height
        room = table.contentsRect().width() - table.verticalScrollBar().sizeHint().width()
        floors = [header.sectionSizeHint(col) for col in range(len(KEY_WIDTHS))]
        table.set_widths(key_widths(natural, floors, room, kept=table.user_widths))

    def fit() -> None:
        measure()
        spread()

    refit = fit_in_sight(table, fit)
    for signal in (source.modelReset, source.headerDataChanged, source.dataChanged):
        signal.connect(refit)
    table.installEventFilter(_OnResize(table, spread))
    refit()


class _OnResize(QObject):
    """`then()` each time the watched widget changes width (the window resized, maximized)."""

    def __init__(self, parent: QWidget, then):
        super().__init__(parent)
        self.then = then

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and event.size().width() != event.oldSize().width():
            self.then()
        return False


class KeysTab(Retranslating, QWidget):
    """The tab; the window hands it the period to show (`show_period`) after each refresh."""

    changed = Signal(str)  # the register or an unsigned version changed: what was done

    def __init__(self, office, parent: QWidget | None = None):
        super().__init__(parent)
        self.office = office
        self.period: Period | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 6, 4, 4)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        outer.addWidget(self.intro)

        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.state_label = QLabel()
        self.state_box = QComboBox()
        self.state_box.addItem("", ALL)
        for state in KeyState:
            self.state_box.addItem("", state)
        self.state_label.setBuddy(self.state_box)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        self.confirm_button = QPushButton()
        self.confirm_button.clicked.connect(lambda: self.confirm_key())
        self.revoke_button = QPushButton()
        self.revoke_button.clicked.connect(lambda: self.revoke_key())
        row.addWidget(self.search_label)
        row.addWidget(self.search, 2)
        row.addWidget(self.state_label)
        row.addWidget(self.state_box)
        row.addStretch(1)
        row.addWidget(self.confirm_button)
        row.addWidget(self.revoke_button)
        outer.addLayout(row)
        self.counts = QLabel()
        self.counts.setStyleSheet("font-weight: bold;")
        outer.addWidget(self.counts)

        self.model = KeysModel(self)
        self.proxy = KeysFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = _table(self.model, self.proxy)
        fit_keys(self.table)
        self.table.activated.connect(lambda index: self._act_on(self.table, index, self.confirm_key))  # Enter: confirm
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.search.textChanged.connect(lambda _: self._filter())
        self.state_box.currentIndexChanged.connect(lambda _: self._filter())

        self.unsigned_box = QGroupBox()
        inside = QVBoxLayout(self.unsigned_box)
        inside.setContentsMargins(6, 4, 6, 6)
        top = QHBoxLayout()
        self.unsigned_note = QLabel()
        self.unsigned_note.setWordWrap(True)
        self.accept_button = QPushButton()
        self.accept_button.clicked.connect(lambda: self.accept_unsigned())
        top.addWidget(self.unsigned_note, 1)
        top.addWidget(self.accept_button)
        inside.addLayout(top)
        self.unsigned_model = UnsignedModel(self)
        self.unsigned_table = _table(self.unsigned_model)
        fit_columns(self.unsigned_table, (56, 200, 300, 100, 150, 90), fixed=range(6))
        self.unsigned_table.activated.connect(lambda index: self._act_on(self.unsigned_table, index,
                                                                         self.accept_unsigned))
        self.unsigned_table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        inside.addWidget(self.unsigned_table)

        outer.addWidget(main_over_secondary(self.table, self.unsigned_box), 1)
        # Tab: choose, then act: the filters, the keys, their buttons, the unsigned files, theirs.
        reading_order(self.search, self.state_box, self.table, self.confirm_button, self.revoke_button,
                      self.unsigned_table, self.accept_button)
        self._retranslate_static()
        self._enable()

    # --- data --------------------------------------------------------------------------------
    def show_period(self, period: Period) -> None:
        """The register (all periods: a key is the unit's, not a period's) and the period's unsigned files."""
        self.period = period
        keys = run_action(self, self.office.keys)
        unsigned = run_action(self, self.office.unsigned, period)
        if keys is FAILED or unsigned is FAILED:
            return
        chosen = self.selected_key()
        self.model.set_rows(keys)
        self.unsigned_model.names = {c.code: c.name for c in self.office.catalog.communes}
        self.unsigned_model.set_rows(unsigned)
        if chosen is not None:  # the same key stays chosen after its state changed
            self.select_key(chosen.unit_code, chosen.key_code)
        self._show_counts()
        self._retranslate_unsigned()
        self._enable()

    def selected_key(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[self.proxy.mapToSource(rows[0]).row()] if rows else None

    def selected_unsigned(self):
        rows = self.unsigned_table.selectionModel().selectedRows()
        return self.unsigned_model.rows[rows[0].row()] if rows else None

    def select_key(self, unit_code: str, key_code: str | None = None) -> bool:
        """Choose the row of the unit's key `key_code` (or its last key); False when not listed."""
        rows = [n for n, k in enumerate(self.model.rows)
                if k.unit_code == unit_code and (key_code is None or k.key_code == key_code)]
        if not rows:
            return False
        index = self.proxy.mapFromSource(self.model.index(rows[-1], 0))
        if not index.isValid():  # hidden by the search or the state filter
            self.search.clear()
            self.state_box.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(rows[-1], 0))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    @staticmethod
    def _act_on(table, index, action) -> None:
        """Enter (or a double click) on a row: that row chosen, then `action` on it."""
        if index.isValid():
            table.selectRow(index.row())
            action()

    def _filter(self) -> None:
        self.proxy.set_filter(self.search.text(), self.state_box.currentData())

    def _enable(self) -> None:
        """Each button usable when the chosen row allows it. A button greyed with the keyboard on
        it (Thu hồi khóa… once the key is revoked, Nhận tệp chưa ký… once the file is accepted)
        gives the keyboard to its list, on the row it acted on: Qt would pass it to whatever
        follows in the Tab order (the unsigned files, the period)."""
        key = self.selected_key()
        row = self.selected_unsigned()
        for button, table, usable in (
                (self.confirm_button, self.table, key is not None),
                (self.revoke_button, self.table, key is not None and key.state != KeyState.THU_HOI),
                (self.accept_button, self.unsigned_table, row is not None and not row.accepted_at)):
            if not usable and self.window().focusWidget() is button:  # the window's, even behind a dialog
                table.setFocus(Qt.FocusReason.OtherFocusReason)
            button.setEnabled(usable)

    def _show_counts(self) -> None:
        keys = self.model.rows
        by_state = {s: sum(k.state == s for k in keys) for s in KeyState}
        in_use = {k.unit_code for k in keys if k.state in (KeyState.CHO, KeyState.XAC_NHAN)}
        units = len(self.office.catalog.communes)
        # keys, said as keys: the window's header counts units with a key awaiting confirmation
        self.counts.setText(self.tr(
            "Keys: {confirmed} confirmed, {pending} awaiting confirmation, {replaced} replaced, {revoked} revoked; "
            "{without} of the {units} units have no key in use.").format(
            confirmed=by_state[KeyState.XAC_NHAN], pending=by_state[KeyState.CHO],
            replaced=by_state[KeyState.DA_THAY], revoked=by_state[KeyState.THU_HOI],
            without=units - len(in_use), units=units))

    # --- actions -----------------------------------------------------------------------------
    def confirm_key(self):
        """Xác nhận khóa…: the chosen key's unit, the code typed from its paper; the key confirmed or None."""
        key = self.selected_key()
        if key is None or not self._allowed(translate("KeyConfirmDialog", "Key not confirmed")):
            return None
        dialog = KeyConfirmDialog(self.office, key.unit_code, key.unit_name, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        confirmed = dialog.confirmed
        message = self.tr("Confirmed key {code} of {unit}: from now on the province receives only files "
                          "of this unit signed by it.").format(code=confirmed.key_code, unit=confirmed.unit_name)
        if getattr(confirmed, "ended", ()):
            message += " " + self.tr("The unit's other keys: {keys}.").format(keys=", ".join(
                f"{k.key_code} {key_state_label(k.state).lower()}" for k in confirmed.ended))
        self.changed.emit(message)
        return confirmed

    def revoke_key(self):
        """Thu hồi khóa…: after a warning; the key revoked or None."""
        key = self.selected_key()
        if key is None or key.state == KeyState.THU_HOI:
            return None
        title = self.tr("Revoke a key")
        if not self._allowed(title):
            return None
        text = self.tr(
            "Revoke key {code} of {unit}?\n\nFrom now on the province refuses every file signed by this key, and the "
            "reports already received with it no longer count in the consolidation. Revoke a key when the unit's "
            "computer was lost or its key may be in other hands. The key can be used again only by confirming it "
            "with the code printed on a signed paper report.").format(code=key.key_code, unit=key.unit_name)
        if not _confirmed(self, title, text):
            return None
        revoked = run_action(self, self.office.revoke_key, key.unit_code, key.key_code, title=title)
        if revoked is FAILED:
            return None
        self.changed.emit(self.tr("Revoked key {code} of {unit}.").format(code=revoked.key_code,
                                                                           unit=revoked.unit_name))
        return revoked

    def _allowed(self, title: str) -> bool:
        """Whether the account may decide what the province counts (a leader's decision): refused
        at once, before a code is typed or a warning is read, not after (an officer typed the
        code from the paper and pressed Enter only to be told the account may not), with the role
        that may and how to get such an account (`ui.province_roles`)."""
        return allowed(self, self.office.ws, self.office.require_key_decisions, title, Permission.APPROVE)

    def accept_unsigned(self):
        """Nhận tệp chưa ký…: the chosen unsigned file counted, after a warning; the version or None."""
        row = self.selected_unsigned()
        if row is None or row.accepted_at:
            return None
        unit = self.unsigned_model.names.get(row.unit_code, row.unit_code)
        title = self.tr("Accept an unsigned file")
        if not self._allowed(title):
            return None
        text = self.tr(
            "Count the unsigned file {file} of {unit} ({period})?\n\nAn unsigned file does not prove who made it: "
            "anyone can change its figures and compute its fingerprint again. Accept it only after comparing its "
            "fingerprint {fingerprint} with the unit's signed and stamped paper report, or after confirming it "
            "with the unit by telephone. Once accepted, its figures count in the consolidation.").format(
            file=row.file_name, unit=unit, period=period_name(self.period), fingerprint=row.fingerprint[:16])
        if not _confirmed(self, title, text):
            return None
        accepted = run_action(self, self.office.accept_unsigned, row.unit_code, row.period, row.file_name,
                              title=title)
        if accepted is FAILED:
            return None
        self.changed.emit(self.tr("Accepted the unsigned file {file} of {unit}.").format(
            file=accepted.file_name, unit=unit))
        return accepted

    # --- language ----------------------------------------------------------------------------
    def _retranslate_static(self) -> None:
        self.intro.setText(self.tr(
            "A unit's key is registered from its first signed file, awaiting confirmation: its reports count, "
            "marked. Confirm it by typing the key code printed on the unit's signed and stamped paper report. "
            "A file signed by another key is refused as \"Signature mismatch\" until its key is confirmed. "
            "A key that also signs another unit's files is marked in \"Also signs for\": while awaiting "
            "confirmation it counts for none of those units."))
        self.search.setPlaceholderText(self.tr("Find a commune or ward (accents optional) or a code…"))
        self.search.setAccessibleName(self.tr("Find a unit"))
        self.search_label.setText(self.tr("Fi&nd:"))
        self.state_label.setText(self.tr("S&tate:"))
        self.state_box.setAccessibleName(self.tr("Filter by key state"))
        for i in range(self.state_box.count()):
            state = self.state_box.itemData(i)
            self.state_box.setItemText(i, self.tr("All") if state is ALL else key_state_label(state))
        self.confirm_button.setText(self.tr("Confirm ke&y…"))
        self.confirm_button.setToolTip(self.tr("Compare the chosen unit's key with the code on its signed paper "
                                               "report"))
        self.revoke_button.setText(self.tr("Rev&oke key…"))
        self.accept_button.setText(self.tr("&Accept unsigned file…"))
        self.table.setAccessibleName(self.tr("Signing keys of the units"))
        self.unsigned_table.setAccessibleName(self.tr("Unsigned files"))
        self._retranslate_unsigned()

    def _retranslate_unsigned(self) -> None:
        period = period_name(self.period) if self.period else ""
        self.unsigned_box.setTitle(self.tr("Unsigned files — {period}").format(period=period))
        self.unsigned_note.setText(self.tr(
            "Files without a signature (the old format, or sent unsigned) do not count until the province accepts "
            "them one by one, after checking them against the paper report."))

    def retranslate(self) -> None:
        self._retranslate_static()
        for model in (self.model, self.unsigned_model):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
            if model.rowCount():
                model.dataChanged.emit(model.index(0, 0), model.index(model.rowCount() - 1, model.columnCount() - 1))
        if self.model.rows:
            self._show_counts()


def _confirmed(parent: QWidget, title: str, text: str) -> bool:
    """A warning asked Yes or No, No by default: what follows changes what the province counts."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


# The longest a key code is typed: its 16 letters and digits, the gaps between its groups " - " at most.
CODE_TYPED = 16 + 3 * 3


class KeyConfirmDialog(PaperCodeDialog):
    """Xác nhận khóa: the code read on the unit's signed paper report, typed.

    The code typed goes to `ProvinceOffice.confirm_key` (case, spaces and dashes ignored);
    a code that is none of the unit's keys is refused with the service's message, which
    names the codes, and the dialog stays open with the code selected until the person types
    over it (it was left unselected: the code typed again went after the refused one), the field
    no longer than a code can be typed (`CODE_TYPED`). Keyboard: the code field has the focus,
    Enter confirms, Escape cancels.
    """

    def __init__(self, office, unit_code: str, unit_name: str, parent: QWidget | None = None):
        self.office, self.unit_code = office, unit_code
        super().__init__(
            translate("KeyConfirmDialog", "Confirm key — {unit}").format(unit=unit_name),
            translate("KeyConfirmDialog", "Take the signed and stamped paper report of {unit} and type the code printed after \"Mã khóa của "
                    "máy lập\" at its foot (four groups of four letters and digits). Do not copy it from the screen: "
                    "the confirmation is worth only what the paper is.").format(unit=unit_name),
            translate("KeyConfirmDialog", "&Key code on the paper:"), translate("KeyConfirmDialog", "Key code on the paper"),
            translate("KeyConfirmDialog", "Confirm"), translate("KeyConfirmDialog", "Cancel"), parent)
        self.confirm_button = self.go_button
        self.code.setMaxLength(CODE_TYPED)
        self.refused = False  # a code refused and not typed over yet: kept selected
        self.code.textEdited.connect(lambda _text: setattr(self, "refused", False))
        self.code.installEventFilter(self)

    def accept(self) -> None:
        """As `PaperCodeDialog.accept`; a refused code is selected again once the keyboard is
        back in the field after the message (whenever the window manager gives it back)."""
        super().accept()
        if self.isVisible() and self.result_value is None and self.code.text().strip():
            self.refused = True
            QTimer.singleShot(0, self._select_refused)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.code and event.type() == QEvent.Type.FocusIn and self.refused \
                and event.reason() != Qt.FocusReason.MouseFocusReason:  # a click places the cursor
            QTimer.singleShot(0, self._select_refused)
        return False

    def _select_refused(self) -> None:
        if self.refused:
            self.code.selectAll()

    @property
    def confirmed(self):
        """The key confirmed (UnitKey), once accepted."""
        return self.result_value

    def check(self, code: str):
        """The service's word on the code typed; a key that also signs another unit's files
        asks a second question, naming that unit (No by default), before it is confirmed as shared."""
        title = self.tr("Key not confirmed")

        def attempt():
            try:
                return self.office.confirm_key(self.unit_code, code)
            except SharedKey as refused:  # not an error to show: a question to ask
                return refused

        result = run_action(self, attempt, title=title)
        if isinstance(result, SharedKey):
            refused = result
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("A key of two units"), error_text(refused) + "\n\n" + self.tr(
                "Confirm it as shared by these units? Answer Yes only if the signed paper reports of all of them "
                "print this same key code."), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
            box.setDefaultButton(QMessageBox.StandardButton.No)
            if box.exec() != QMessageBox.StandardButton.Yes:
                return FAILED
            return run_action(self, self.office.confirm_key, self.unit_code, code, shared=True, title=title)
        return result
