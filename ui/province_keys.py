"""The province window's "Signing keys" tab: the register of the units' keys, and unsigned files.

A signature proves who made a file only once the province knows whose key signed it
(`desktop_app.core.keys`). The tab lists every key the province has met, one row each, old
keys kept as history under their unit: its code, its state (awaiting confirmation,
confirmed, replaced, revoked), when the first file signed by it was read (that file's name in
the cell's tooltip), who confirmed it and when, who replaced or revoked it and when. The list
is read against the papers without scrolling sideways on a 1366×768 laptop, in either
language (`ui.province_key_columns.fit_keys`): the unit, the key code and its state are
always whole; when the rows need more room than the window has, the dates and names are cut
first, then the other units a key signs for (each whole in its tooltip). Its actions, each one call of
`ProvinceOffice` through `ui.actions.run_action`:

- "Confirm key…" asks for the code printed on the unit's signed paper report, typed (the
  dialog never shows the code it expects: a confirmation is worth what the paper is); a
  code that is none of the unit's keys is refused with the service's message naming the
  codes, and nothing changes; a key that also signs another unit's files is confirmed only
  after a second question naming that unit (No by default), a revoked key (its row chosen, or its
  code typed) only after a question naming who revoked it and when (No by default, `ask_again`:
  walk U10, F1), and the message after says
  which of the unit's other keys the confirmation revoked or replaced; the dialog says, before the
  code is typed, what confirming does (`province_key_dialog.confirm_effect`), and the box after offers
  "Read the folder … again…" for files the key signed that were refused (`read_again`: the window's
  own intake dialog, the folder in its field, for their period);
- a key that signs for more than one unit is marked on each of its rows ("Also signs for",
  `desktop_app.core.keys.shared_note`): while pending it counts for none of them;
- "Revoke key…" after a warning saying what it does to the reports already received;
- under the keys, the unsigned files received for the period, and "Accept unsigned file…"
  after a warning explaining the risk.

After a change the tab emits `changed(message)`: the window consolidates again (statuses,
counts, the pending mark) and shows the message.

The tables' rows are `ui.province_key_lists`'s models; "Confirm key…" opens
`ui.province_key_dialog.KeyConfirmDialog`. A refusal of these actions names the window's own
action where the service's text gives the command line's (`desktop_app.core.keys.in_window`, here
and in the dialog): "(Khóa ký › Thu hồi khóa…)", not "(chitieu keys revoke 05503)".
"""
from __future__ import annotations

import functools
import html
import os
import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import ChiTieuError
from desktop_app.core.keys import KeyState, in_window
from desktop_app.core.periods import Period, format_date
from desktop_app.core.users import Permission
from desktop_app.core.words import Words
from ui import colours
from ui.actions import FAILED, run_action
from ui.common import in_language, main_over_secondary
from ui.fitting import LONGEST_UNBROKEN
from ui.i18n import Retranslating, translate
from ui.keyboard import reading_order, search_goes_to
from ui.labels import period_name
from ui.province_key_columns import fit_keys
from ui.province_key_dialog import KeyConfirmDialog, ask_again
from ui.province_key_lists import ALL, KeysFilter, KeysModel, UnsignedModel, people_of
from ui.province_labels import key_state_label
from ui.province_roles import allowed
from ui.province_tables import fit_columns, list_table
from ui.splitter_keys import SplitterKeys

WARNING = "#b00020"  # a draft's words in the acceptance box (on a dark window: `colours.named`)


def in_window_words(action):
    """`action` whose refusal (a ChiTieuError) reads as the window shows it: each command for the
    command line in its message named as the window's action (`in_window`). The service's words
    are the command line's, which prints them as they are."""
    @functools.wraps(action)
    def act(*args, **kwargs):
        try:
            return action(*args, **kwargs)
        except ChiTieuError as refused:
            refused.message = in_window(refused.message)
            refused.args = (refused.message, *refused.args[1:])
            raise
    return act


def _in_window(words) -> str:
    """Words of the service (`Words`) in the interface's language, a command named as the window's action."""
    return in_language(Words(in_window(str(words)), getattr(words, "en", None) or str(words)))


WORD_JOINER = "\u2060"  # no line break beside it
UNSIGNED_ROWS_SHOWN = 4  # room for whole rows of the unsigned files, when there are any


def _rows_height(table: QTableView, rows: int) -> int:
    """The height of `table` showing its header, `rows` whole rows and a horizontal scroll bar."""
    return (table.horizontalHeader().sizeHint().height() + rows * table.verticalHeader().defaultSectionSize()
            + table.horizontalScrollBar().sizeHint().height() + 2 * table.frameWidth() + 2)


def _table(model, proxy=None) -> QTableView:
    view = list_table(model, proxy)  # Tab leaves it, the focus chooses its current row
    view.horizontalHeader().setStretchLastSection(True)
    return view


class KeysTab(Retranslating, QWidget):
    """The tab; the window hands it the period to show (`show_period`) after each refresh."""

    changed = Signal(str)  # the register or an unsigned version changed: what was done
    # a folder to read again for a period (its files refused for a key since confirmed): the window's intake
    read_again = Signal(str, str)

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
        self.state_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # its words after a switch
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
        # Enter or Down in the search field: the keyboard on the first key found, chosen, its
        # buttons usable (the keys stayed in the field, nothing chosen: walk 13, L1)
        search_goes_to(self.search, self.table)
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
        fit_columns(self.unsigned_table, (50, 150, 240, 90, 140, 200, 150), fixed=(2,))
        self.unsigned_table.activated.connect(lambda index: self._act_on(self.unsigned_table, index,
                                                                         self.accept_unsigned))
        self.unsigned_table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        inside.addWidget(self.unsigned_table)

        # the unsigned files' box is no taller than their rows need, the keys having the rest (walk 28, L2: 91
        # keys waiting, 7 rows in sight at 1366×728 over an empty list taking half the room), never squeezed
        # below room for 4 whole rows of them (`_unsigned_room`); when both lists are long they share the room
        self.unsigned_table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self._unsigned_room()
        self.unsigned_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.split = main_over_secondary(self.table, self.unsigned_box)
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 1)
        SplitterKeys(self.split, self.table.verticalHeader().defaultSectionSize())  # H4: the line by keyboard too
        outer.addWidget(self.split, 1)
        # Tab: choose, then act: the filters, the keys, their buttons, the line under them, the unsigned
        # files, theirs.
        reading_order(self.search, self.state_box, self.table, self.confirm_button, self.revoke_button,
                      self.split.handle(1), self.unsigned_table, self.accept_button)
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
        self.model.people = self.unsigned_model.people = people_of(self.office.ws.users())
        self.model.set_rows(keys)
        self.unsigned_model.names = {c.code: c.name for c in self.office.catalog.communes}
        self.unsigned_model.set_rows(unsigned)
        self._unsigned_room()
        if chosen is not None:  # the same key stays chosen after its state changed
            self.select_key(chosen.unit_code, chosen.key_code)
        self._show_counts()
        self._retranslate_unsigned()
        self._enable()

    def _unsigned_room(self) -> None:
        """The unsigned files' table never squeezed below room for 4 whole rows (walk 10, finding 1: 2½
        rows at 1366×768 under a register of one key in a large empty area); one empty row's room when
        there is no unsigned file (walk 28, L2)."""
        rows = UNSIGNED_ROWS_SHOWN if self.unsigned_model.rowCount() else 1
        self.unsigned_table.setMinimumHeight(_rows_height(self.unsigned_table, rows))

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
        """A search typed or a state chosen: the key chosen stays chosen while shown, else the first
        row shown is current and chosen (as Enter in the search makes it), the keyboard where it is;
        the buttons follow (walk U12 F1: one row shown, none chosen, "Xác nhận khóa…" did nothing)."""
        self.proxy.set_filter(self.search.text(), self.state_box.currentData())
        chosen = self.table.selectionModel().selectedRows()
        if chosen:
            self.table.scrollTo(chosen[0])
        elif self.proxy.rowCount():
            index = self.proxy.index(0, self.table.horizontalHeader().logicalIndex(0))
            self.table.setCurrentIndex(index)
            self.table.selectRow(0)
            self.table.scrollTo(index)
        else:
            self.table.selectionModel().clear()
        self._enable()

    def _say(self, text: str) -> None:
        """What a button pressed with nothing to act on needs, in the window's status bar (never silent)."""
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 15000)

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
        # keys, said as keys; the window's header counts units with a key awaiting confirmation, so
        # where a unit has two waiting (a reinstalled laptop's) the units are said too (walk U15)
        pending = by_state[KeyState.CHO]
        waiting_units = len({k.unit_code for k in keys if k.state == KeyState.CHO})
        of_units = ("" if waiting_units == pending
                    else self.tr(" (of {units} units)").format(units=waiting_units))
        self.counts.setText(self.tr(
            "Keys: {confirmed} confirmed, {pending} awaiting confirmation{of_units}, {replaced} replaced, "
            "{revoked} revoked; {without} of the {units} units have no key in use.").format(
            confirmed=by_state[KeyState.XAC_NHAN], pending=pending, of_units=of_units,
            replaced=by_state[KeyState.DA_THAY], revoked=by_state[KeyState.THU_HOI],
            without=units - len(in_use), units=units))

    # --- actions -----------------------------------------------------------------------------
    def confirm_key(self):
        """Xác nhận khóa…: the chosen key's unit, the code typed from its paper; the key confirmed or None."""
        key = self.selected_key()
        if key is None:
            self._say(self.tr("Choose in the list the key to confirm first: type the unit's name in Find, then "
                              "press Down."))
            return None
        if not self._allowed(translate("KeyConfirmDialog", "Key not confirmed")):
            return None
        again = None
        if key.state == KeyState.THU_HOI:  # asked first, No by default: a laptop lost, a key leaked (walk U10, F1)
            facts = run_action(self, self.office.again_question, key.unit_code, key.key_code,
                               title=translate("KeyConfirmDialog", "Key not confirmed"))
            if facts is FAILED or (facts is not None and not ask_again(self, facts)):
                return None
            again = key.key_code if facts is not None else None
        dialog = KeyConfirmDialog(self.office, key.unit_code, key.unit_name, self,
                                  keys=[k for k in self.model.rows if k.unit_code == key.unit_code], again=again)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        confirmed = dialog.confirmed
        message = self.tr("Confirmed key {code} of {unit}: from now on the province receives only files "
                          "of this unit signed by it.").format(code=confirmed.key_code, unit=confirmed.unit_name)
        if getattr(confirmed, "ended", ()):
            message += " " + self.tr("The unit's other keys: {keys}.").format(keys=", ".join(
                f"{k.key_code} {key_state_label(k.state).lower()}" for k in confirmed.ended))
        self.changed.emit(message)
        said = [_in_window(words) for words in (getattr(confirmed, "kept", ""), getattr(confirmed, "refused", ""))
                if words]
        if said:
            # Which version each period keeps now, as its paper prints it: the figures the summary
            # counts changed, said in a box (the status bar's line was cut, and gone in 10 s); and the
            # files refused before signed by this key, with the folder to read again (walk 17, M2).
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Key confirmed"), "\n\n".join([message, *said]),
                              QMessageBox.StandardButton.Ok, self)
            # the refused files' folder read again from here, through the window's "Receive reports from a
            # folder…" (walk U5 F2: the box said to read it, and the unit showed "Bị từ chối" until then)
            readings = {}
            for folder, period in read_again_folders(confirmed.refused_files):
                name = (os.path.basename(folder.rstrip("/\\")) or folder).replace("&", "&&")
                button = box.addButton(self.tr("&Read the folder {folder} again…").format(folder=name),
                                       QMessageBox.ButtonRole.ActionRole)
                button.setToolTip(folder)
                readings[button] = (folder, period)
            box.setDefaultButton(QMessageBox.StandardButton.Ok)  # Enter closes it, as before
            box.exec()
            if box.clickedButton() in readings:
                self.read_again.emit(*readings[box.clickedButton()])
        return confirmed

    def revoke_key(self):
        """Thu hồi khóa…: after a warning; the key revoked or None."""
        key = self.selected_key()
        if key is None:
            self._say(self.tr("Choose in the list the key to revoke first: type the unit's name in Find, then "
                              "press Down."))
            return None
        if key.state == KeyState.THU_HOI:
            self._say(self.tr("Key {code} of {unit} is already revoked.").format(code=key.key_code,
                                                                                 unit=key.unit_name))
            return None
        title = self.tr("Revoke a key")
        if not self._allowed(title):
            return None
        # the key's state, first and latest file, and what revoking it changes, as the service says it
        # (`revoke_question`): refused for every unit, or, while another unit's entry holds the key, for
        # this unit only (red-team 11, finding 1); reports stop counting only where it signed kept ones (walk 29b)
        question = run_action(self, self.office.revoke_question, key.unit_code, key.key_code, title=title)
        if question is FAILED:
            return None
        if not _confirmed(self, title, _question_html(_in_window(question))):
            return None
        revoked = run_action(self, in_window_words(self.office.revoke_key), key.unit_code, key.key_code, title=title)
        if revoked is FAILED:
            return None
        if revoked.still:
            self.changed.emit(self.tr("Revoked key {code} of {unit}: {effect}").format(
                code=revoked.key_code, unit=revoked.unit_name, effect=_in_window(revoked.effect)))
        else:
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
            self._say(self.tr("Choose in the list of unsigned files one not yet accepted first.") if row is None
                      else self.tr("The file {file} is already accepted.").format(file=row.file_name))
            return None
        unit = self.unsigned_model.names.get(row.unit_code, row.unit_code)
        title = self.tr("Accept an unsigned file")
        if not self._allowed(title):
            return None
        text = self._accept_text(row, unit)
        if not _confirmed(self, title, text):
            return None
        # that very version (its row, still holding the fingerprint shown), never another of the same name
        accepted = run_action(self, in_window_words(self.office.accept_unsigned), row.unit_code, row.period,
                              received_id=row.id, fingerprint=row.fingerprint, title=title)
        if accepted is FAILED:
            return None
        self.changed.emit(self.tr("Accepted the unsigned file {file} of {unit} (fingerprint {fingerprint}).").format(
            file=accepted.file_name, unit=unit, fingerprint=accepted.fingerprint[:16]))
        return accepted

    def _accept_text(self, row, unit: str) -> str:
        """The box's words (rich text): what the unit's paper shows beside the fingerprint, the
        version's approval (a draft said first, in bold warning words) and when it was made, and
        the other waiting versions of the unit and period with the same fingerprint: it covers the
        figures only, so a draft and the approved report of the same figures share it (walk 10,
        finding 1: the reviewer holding the approved paper accepted the draft)."""
        e = html.escape
        question = e(self.tr("Count the unsigned file {file} of {unit} ({period})?").format(
            file=row.file_name, unit=unit, period=period_name(self.period)))
        parts = []
        warning = colours.named(WARNING, self)
        if not row.approved:
            draft = self.tr("This is a DRAFT, not approved by the leader.")
            maybe = self.tr("Its figures may not be those of the approved report on the paper.")
            parts.append(f'<p style="color:{warning}"><b>{e(draft)}</b> {e(maybe)}</p>')
        parts.append(question)  # first for an approved version: the box's question, as before
        facts = ((self.tr("Version:"), self._version_words(row)), (self.tr("Made at:"), row.made_at),
                 (self.tr("Fingerprint:"), row.fingerprint[:16]))
        rows = []
        for n, (label, value) in enumerate(facts):
            style = f' style="color:{warning}"' if n == 0 and not row.approved else ""
            rows.append(f"<tr><td>{e(label)}&nbsp;</td><td><b{style}>{e(value)}</b></td></tr>")
        parts.append("<table>" + "".join(rows) + "</table>")
        twins = [r for r in self.unsigned_model.rows
                 if r.id != row.id and not r.accepted_at and r.unit_code == row.unit_code
                 and r.period == row.period and r.fingerprint == row.fingerprint]
        if twins:
            others = "; ".join(self.tr("{file}: {version}, made at {made}").format(
                file=r.file_name, version=self._version_words(r), made=r.made_at) for r in twins)
            approved = [r for r in (row, *twins) if r.approved]
            if approved:
                which = self.tr("The approved one is {file} (made at {made}): accept it if the paper is the approved "
                                "report.").format(file=approved[0].file_name, made=approved[0].made_at)
            else:
                which = self.tr("None of them is approved.")
            also = self.tr("Another version of the same unit and period with the same fingerprint is also waiting:")
            figures_only = self.tr("The fingerprint covers the figures only: it does not tell a draft from the "
                                   "approved report.")
            parts.append(f'<p style="color:{warning}"><b>{e(also)}</b> {e(others)}. {e(figures_only)} '
                         f"<b>{e(which)}</b></p>")
        parts.append("<p>" + e(self.tr(
            "An unsigned file does not prove who made it: anyone can change its figures and compute its fingerprint "
            "again. Accept it only after comparing its fingerprint, its approval and when it was made with the "
            "unit's signed and stamped paper report, or after confirming it with the unit by telephone. Once "
            "accepted, its figures count in the consolidation.")) + "</p>")
        return "".join(parts)

    def _version_words(self, row) -> str:
        """"BẢN DỰ THẢO" or "Đã duyệt ngày 20/06/2026, người duyệt lanhdao", as the paper states it."""
        if not row.approved:
            return self.tr("DRAFT (not approved)")
        day, by = row.approved_on, row.approved_by  # as the table and `chitieu unsigned list` read them
        if day and by:
            return self.tr("Approved on {date}, approved by {who}").format(date=format_date(day), who=by)
        if day:
            return self.tr("Approved on {date}").format(date=format_date(day))
        return self.tr("Approved (the file does not say when or by whom)")

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


def read_again_folders(files) -> list[tuple[str, str]]:
    """(folder, period) of each refused file (`RefusedFile`, as the confirmation found them) whose folder
    is known, each pair once, in the files' order."""
    return list(dict.fromkeys((f.folder, f.period) for f in files if f.folder))


def _question_html(text: str) -> str:
    """A service's plain question as rich text for the wide box: its paragraphs kept, each file name it
    quotes whole on one line (in Qt's narrow box "2026-6M_05857_phuong-phuc-thuan.xlsx" broke at a
    hyphen, half a name at a line's end): no line break after a hyphen of a name (a word joiner;
    a span's white-space: nowrap still breaks there). The program's file names have no spaces; one
    with spaces wraps as words do, and one longer than `LONGEST_UNBROKEN` may break (kept whole, a
    name saved from an e-mail would set the box's width)."""
    def whole(name: re.Match) -> str:
        word = name.group(0)
        return word.replace("-", "-" + WORD_JOINER) if len(word) <= LONGEST_UNBROKEN else word

    return re.sub(r"[^\s()]+\.xlsx\b", whole, html.escape(text)).replace("\n", "<br>")


def _confirmed(parent: QWidget, title: str, text: str) -> bool:
    """A warning asked Yes or No, No by default: what follows changes what the province counts. A
    longer text (rich), read as a list: wider than Qt's narrow default."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setTextFormat(Qt.TextFormat.RichText)
    label = box.findChild(QLabel, "qt_msgbox_label")
    if label is not None:
        label.setMinimumWidth(560)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
