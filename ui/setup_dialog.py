"""First run (and Tệp › Cài đặt…): the unit, who prepares and who signs the report.

Settings opens for every account: the unit's settings are the administrator's (read-only for
the others, the service refusing them anyway), the interface language is each person's own
(ui/preferences.py). Keyboard: the cursor starts in the first field it may change, Tab goes
down the form then to the buttons, Escape cancels. Enter on a first run goes on to the next
field, the signer's title too (a line under it says why), and starts from there: the document
code may stay empty. In Settings, whose fields are all filled already, it goes on to the next
empty field and saves from the last one, except from a signer's name just changed: then on to
that person's title. Enter in a name left empty (who prepares, who signs) stays there and says
what is missing, in the words of the refusal at Bắt đầu / Lưu (walk 29: it went on to the title's
box, and the letters typed next were lost). Alt with a label's underlined letter puts the cursor
in its field (the unit's group: in the search), with a button's presses it; no letter twice,
with the lock's "Khóa cửa sổ sau" in Settings. The search chooses the one unit a name or code
stands for; a name several units match equally well ("van lang") chooses none of them, as the
command line refuses it: Enter and Bắt đầu say which match and how to choose one (walk U9 F1).
"""
from __future__ import annotations

import math
from html import escape as html_escape

from PySide6.QtCore import QEvent, QPoint, QSettings, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QScrollArea,
    QSpinBox,
    QStyle,
    QStyleOptionFrame,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import ChiTieuError
from desktop_app.core.periods import PeriodRules
from desktop_app.core.submission import doc_symbol, number_text
from desktop_app.core.users import Permission, Role
from desktop_app.core.validation import SIGNER_TITLES, parse_email, parse_name
from desktop_app.services import Workspace
from ui import colours, i18n, labels
from ui.actions import data_changed
from ui.colours import Meaning
from ui.common import app_title, error_text
from ui.form_error import FormError
from ui.i18n import translate
from ui.idle_lock import LockMinutesBox
from ui.keyboard import COMMAND_MODIFIERS, ENTER_KEYS, EnterGoesOn, in_layout_order, one_default, reading_order
from ui.preferences import choose_language
from ui.refused_cells import ask_to_drop

CODE_ROLE = Qt.ItemDataRole.UserRole
SCREEN_MARGIN = 60  # a window's title bar and frame, outside the dialog's own height
FOCUS_MARGIN = 12  # pixels kept in view around the field with the cursor
LINE_EDIT_MARGIN = 2  # a QLineEdit's own margin each side of its text (QLineEditPrivate::horizontalMargin)
CLEAR_BUTTON = 24  # room for a line edit's clear button (×)
NAMED_AT_MOST = 5  # units a search matching several names (more: their count)


class SetupDialog(QDialog):
    """Choose the commune or ward among the 92 with an accent-free search, and the people."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, first_run: bool | None = None,
                 ui_settings: QSettings | None = None):
        super().__init__(parent)
        self.workspace = workspace
        # Where the interface language and the lock's minutes are kept (QSettings() by default).
        self.ui_settings = ui_settings
        self._following = False  # the scroll area follows the focus while shown (_follow_focus)
        self._scroll_height = 0  # the scrolled form's height, set to fit the screen (`_fit_screen`)
        self.first_run = (not workspace.is_set_up) if first_run is None else first_run
        self.editable = workspace.may(Permission.SETTINGS)
        self.setWindowTitle(self.tr("First-time setup") if self.first_run else self.tr("Settings"))
        self.setMinimumWidth(560)
        settings = workspace.settings

        # The groups scroll, the error line and the buttons stay in view: Settings is taller than a
        # 768-pixel screen (Tab scrolls to the field it goes to).
        outer = QVBoxLayout(self)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the frame
        self.scroll.setWidget(content)
        outer.addWidget(self.scroll, 1)
        if self.first_run:
            intro = QLabel(
                "<b>" + self.tr("Welcome to {program}.").format(program=app_title()) + "</b><br>"
                + self.tr("Choose your commune or ward, and who prepares and who signs the report. "
                          "You can change them later in <i>File › Settings…</i>")
            )
            intro.setWordWrap(True)
            layout.addWidget(intro)

        unit_box = QGroupBox(self.tr("Commune or &ward"))
        unit_layout = QVBoxLayout(unit_box)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Name of the commune or ward, with or without accents, e.g. dai phuc"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search communes and wards"))
        self.results = QListWidget()
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Up/Down in the search box move in it
        self.results.setMinimumHeight(150)
        self.results.setAccessibleName(self.tr("List of communes and wards"))
        self.chosen = QLabel()
        self.chosen.setWordWrap(True)
        unit_layout.addWidget(self.search)
        unit_layout.addWidget(self.results)
        unit_layout.addWidget(self.chosen)
        layout.addWidget(unit_box)
        self.unit_settings: list[QWidget] = [unit_box]  # the administrator's: read-only for the others

        people = QGroupBox(self.tr("Who prepares and who signs"))
        form = QFormLayout(people)
        self.preparer = QLineEdit(settings.preparer)
        self.preparer.setPlaceholderText(self.tr("Full name of the person who prepares the report"))
        self.signer = QLineEdit(settings.signer)
        self.signer.setPlaceholderText(self.tr("Full name of the person who signs the report"))
        self.signer_title = QComboBox()
        for title in SIGNER_TITLES:
            self.signer_title.addItem(labels.signer_title_label(title), title)
        self.signer_title.setCurrentIndex(max(0, self.signer_title.findData(settings.signer_title)))
        self.doc_prefix = QLineEdit(settings.doc_prefix)
        self.doc_prefix.setPlaceholderText(self.tr("empty: {symbol}, the default").format(symbol=doc_symbol("")))
        # What the report prints from it, as it is typed (an empty box prints the default).
        self.doc_symbol = QLabel()
        # greyed with its section when read-only
        self.doc_symbol.setStyleSheet(f"QLabel:enabled {{ {colours.style(Meaning.NOTE, self.doc_symbol)} }}")
        self.doc_prefix.textChanged.connect(self._show_doc_symbol)
        self._show_doc_symbol(self.doc_prefix.text())
        form.addRow(self.tr("&Prepared by:"), self.preparer)
        form.addRow(self.tr("Signed &by:"), self.signer)
        form.addRow(self.tr("Signer's &title:"), self.signer_title)
        if self.first_run:  # why Enter stops on a box already filled, and that it starts from there
            self.title_note = QLabel(self.tr("Printed in the report's signature block; if another person signs, "
                                             "choose with ↑ ↓. Enter: Start."))
            self.title_note.setWordWrap(True)
            self.title_note.setStyleSheet(colours.style(Meaning.NOTE, self.title_note))
            self.signer_title.setAccessibleDescription(self.title_note.text())
            form.addRow("", self.title_note)
        form.addRow(self.tr("&Document code:"), self.doc_prefix)
        form.addRow("", self.doc_symbol)
        # The names each must hold, as Workspace.setup names them in its refusal (Enter checks them first).
        self._names = {self.preparer: ("Người lập biểu", "Prepared by"),  # untranslated: the core's field names
                       self.signer: ("Người ký", "Signed by")}  # untranslated
        layout.addWidget(people)
        self.unit_settings.append(people)

        self.cutoff_day = self.deadline_day = self.deadline_offset = self.province_email = None
        self.language = self.lock_minutes = None
        if not self.first_run:
            rules = settings.rules
            dates = QGroupBox(self.tr("Data cut-off day and report deadline"))
            dform = QFormLayout(dates)
            self.cutoff_day = _spin(1, 28, rules.cutoff_day)
            self.deadline_day = _spin(1, 28, rules.deadline_day)
            self.deadline_offset = _spin(0, 2, rules.deadline_month_offset)
            dform.addRow(self.tr("Data c&ut-off on day (of the period's last month):"), self.cutoff_day)
            dform.addRow(self.tr("&Report due on day:"), self.deadline_day)
            dform.addRow(self.tr("&Months after the period's last month:"), self.deadline_offset)
            layout.addWidget(dates)
            self.unit_settings.append(dates)
        # Where Gửi cho tỉnh… addresses the e-mail (checked by the service as an address): a group of
        # its own, not among the dates (walk 21, L5); asked on the first day too, where it may stay
        # empty (walk U9 F4: the first "Gửi cho tỉnh…" found no address, and only Settings had its box).
        sending = QGroupBox(self.tr("Sending the report to the province"))
        sform = QFormLayout(sending)
        self.province_email = QLineEdit(workspace.province_email)
        self.province_email.setPlaceholderText(self.tr("for example: baocao@thainguyen.gov.vn"))
        self.province_email.setAccessibleName(self.tr("The province's e-mail address"))
        if self.first_run:  # above its field: in view with it when Tab scrolls down to it
            self.email_note = QLabel(self.tr("Where “Send to the province…” addresses the report. May stay empty "
                                             "if you do not know it yet; it can be entered or changed later in "
                                             "<i>File › Settings…</i>"))
            self.email_note.setWordWrap(True)
            self.email_note.setStyleSheet(colours.style(Meaning.NOTE, self.email_note))
            self.province_email.setAccessibleDescription(self.email_note.text())
            sform.addRow(self.email_note)
        sform.addRow(self.tr("The province's &e-mail address:"), self.province_email)
        layout.addWidget(sending)
        self.unit_settings.append(sending)
        if not self.first_run:
            # The interface language: each person's own (reports stay Vietnamese).
            interface = QGroupBox(self.tr("Interface"))
            iform = QFormLayout(interface)
            self.language = QComboBox()
            for code, name in i18n.LANGUAGES.items():
                self.language.addItem(name, code)
            self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))
            self.language.setAccessibleName(self.tr("Interface language"))
            iform.addRow(self.tr("Lan&guage:"), self.language)
            note = QLabel(self.tr("Applies at once, to your account. Reports and files for the province stay in "
                                  "Vietnamese."))
            note.setWordWrap(True)
            note.setStyleSheet(colours.style(Meaning.NOTE, note))
            iform.addRow(note)
            # Also of this computer: minutes without use before the window asks the password again.
            self.lock_minutes = LockMinutesBox(self.ui_settings)
            iform.addRow(self.lock_minutes.label, self.lock_minutes)
            if self.editable:
                layout.addWidget(interface)
            else:  # a person's only setting here: first, in view with the cursor in it, above the greyed ones
                layout.insertWidget(0, interface)
            self.unit_settings.append(self.lock_minutes)  # this computer's, not the person's
            # The token's library, browsed to once (ui/sign_dialog.py); the PIN is never kept.
            from ui.sign_dialog import SignatureSettingsBox

            self.signature_box = SignatureSettingsBox(workspace)
            layout.addWidget(self.signature_box)
            self.unit_settings.append(self.signature_box)

        self.error = FormError()
        outer.addWidget(self.error)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("St&art") if self.first_run else self.tr("&Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("&Quit") if self.first_run else self.tr("&Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        if not self.editable:
            for widget in self.unit_settings:
                widget.setEnabled(False)
            # Not a refusal, said where one would be: grey, read by a screen reader as the line's name.
            self.error.setText(self.tr("Only an Administrator changes the unit's settings; your own setting here is "
                                       "the interface language."))
            self.error.setStyleSheet(colours.style(Meaning.NOTE, self.error))

        self.search.textChanged.connect(self._filter)
        self.results.currentItemChanged.connect(self._show_choice)
        self.results.itemDoubleClicked.connect(lambda _item: self.preparer.setFocus())
        self.search.installEventFilter(self)
        order = [self.search, self.preparer, self.signer, self.signer_title, self.doc_prefix]
        if self.cutoff_day is not None:
            order += [self.cutoff_day, self.deadline_day, self.deadline_offset, self.province_email, self.language,
                      self.lock_minutes]
        reading_order(*in_layout_order(self))
        one_default(self.ok_button, self)
        self._refused_in: QWidget | None = None  # the field the error line is about
        # The error line goes as soon as the field it is about changes (emptied or corrected), not at Save.
        edits = [self.preparer, self.signer, self.doc_prefix, self.province_email]
        if self.cutoff_day is not None:
            edits += [self.signature_box.module, self.signature_box.token, self.signature_box.image]
        for edit in filter(None, edits):
            edit.textChanged.connect(lambda _text, w=edit: self._field_changed(w))
        self.signer_title.currentIndexChanged.connect(lambda _i: self._field_changed(self.signer_title))
        # Enter goes on down the form (module note): on a first run through the names and the title's
        # box (skipped as "filled", a Phó Chủ tịch was printed Chủ tịch UBND), which starts: the
        # document code may stay empty (its default said under it), and walking on to it made three
        # Enters after the last name, two of them seeming to do nothing (walk W1). In Settings to
        # the next empty text field. The search box's Enter is its own (eventFilter).
        fields = [w for w in order if w is not None and w is not self.search]
        self.enter = (EnterGoesOn([self.preparer, self.signer, self.signer_title], self.accept, self, each=True)
                      if self.first_run else
                      EnterGoesOn([w for w in fields if isinstance(w, QLineEdit)], self.accept, self))
        # In Settings a new signer's name is a new person, whose title may differ (a Phó Chủ tịch
        # signing in the Chủ tịch's place): Enter from a changed name goes to the title, not saves.
        # Installed after EnterGoesOn, so this filter sees the key first.
        self._signer_as_opened = settings.signer
        for name in self._names:  # a name left empty: Enter stays (`eventFilter`)
            name.installEventFilter(self)

        self._filter("")
        if settings.commune_code:
            self.select_code(settings.commune_code)
        # The people's fields as opened: what Escape on a first run would lose (`reject`).
        self._as_opened = {self.preparer: self.preparer.text().strip(), self.signer: self.signer.text().strip(),
                           self.signer_title: self.signer_title.currentText(),
                           self.doc_prefix: self.doc_prefix.text().strip(),
                           self.province_email: self.province_email.text().strip()}
        first = next((w for w in order if w is not None and w.isEnabledTo(self)), None)
        (first or self.ok_button).setFocus()
        for edit in content.findChildren(QLineEdit):
            _placeholder_whole(edit)
        self._fit_screen(content)

    # --- the scrolled form follows the cursor ---------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._following:
            QApplication.instance().focusChanged.connect(self._follow_focus)
            self._following = True

    def hideEvent(self, event) -> None:
        if self._following and not event.spontaneous():
            QApplication.instance().focusChanged.disconnect(self._follow_focus)
            self._following = False
        super().hideEvent(event)

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """The field with the cursor scrolled into view, also when Tab comes round from the buttons
        below the scroll area (QScrollArea follows only the Tabs it handles itself): text typed
        never goes into a field out of sight."""
        content = self.scroll.widget()
        if new is None or content is None or not content.isAncestorOf(new):
            return
        # The whole field, not only its text cursor (QScrollArea.ensureWidgetVisible's rule left a
        # spin box's lower edge cut); its top wins when it is taller than the view.
        top = new.mapTo(content, QPoint(0, 0))
        self.scroll.ensureVisible(top.x(), top.y() + new.height(), 0, FOCUS_MARGIN)
        self.scroll.ensureVisible(top.x(), top.y(), 0, FOCUS_MARGIN)

    def _fit_screen(self, content: QWidget) -> None:
        """As tall as its content, but no taller than the screen leaves room for (title bar, taskbar)."""
        chrome = self.sizeHint().height() - self.scroll.sizeHint().height()
        available = self.screen().availableGeometry().height() - SCREEN_MARGIN
        width = max(self.minimumWidth(), content.sizeHint().width() + self.scroll.verticalScrollBar().sizeHint().width()
                    + 2 * self.layout().contentsMargins().left())
        self._scroll_height = min(content.sizeHint().height(), available - chrome)
        self.scroll.setMinimumHeight(self._scroll_height)  # adjustSize() too
        self.resize(width, min(content.sizeHint().height() + chrome, available))

    # --- the unit list ---------------------------------------------------------
    def _show_doc_symbol(self, text: str) -> None:
        line = number_text("", doc_symbol(text))  # as the report prints it, the number written by hand
        self.doc_symbol.setText(self.tr("The report prints “{line}” (the default)").format(line=line)
                                if not text.strip() else self.tr("The report prints “{line}”").format(line=line))
        self.doc_prefix.setAccessibleDescription(self.doc_symbol.text())

    def _filter(self, text: str) -> None:
        keep = self.selected_code() if not text.strip() else None
        self.results.clear()
        for c in self.workspace.catalog.find_communes(text):
            item = QListWidgetItem(self.tr("{name}  (code {code})").format(name=c.name, code=c.code))
            item.setData(CODE_ROLE, c.code)
            self.results.addItem(item)
        if keep:
            self.select_code(keep)
        elif len(best := self.workspace.catalog.best_matches(text)) == 1:  # the one unit typed: chosen
            self.select_code(best[0].code)
        # Nothing chosen until a name is typed (or picked); a name several units match equally well
        # ("van lang": Xã Văn Lăng and Xã Văn Lang) chooses none of them for the person, as the command
        # line refuses it (Catalog.resolve_commune): the first was taken unsaid (walk U9 F1).
        self._show_choice()

    def _ambiguity(self) -> str | None:
        """What the search box's text matches when it stands for several units equally well: the
        core's words naming them (a few; a count for more), and how to choose one. None otherwise."""
        text = self.search.text()
        best = self.workspace.catalog.best_matches(text)
        if len(best) < 2:
            return None
        if len(best) <= NAMED_AT_MOST:
            try:
                self.workspace.catalog.resolve_commune(text)
            except ChiTieuError as err:
                said = error_text(err)
        else:
            said = self.tr("“{typed}” matches {count} units: type more of the name, or the unit code.").format(
                typed=text.strip(), count=len(best))
        return said + " " + self.tr("Or choose one in the list with ↑ ↓, then Enter.")

    def select_code(self, code: str) -> None:
        for i in range(self.results.count()):
            if self.results.item(i).data(CODE_ROLE) == code:
                self.results.setCurrentRow(i)
                return

    def selected_code(self) -> str | None:
        item = self.results.currentItem()
        return item.data(CODE_ROLE) if item else None

    def _show_choice(self, *_args) -> None:
        code = self.selected_code()
        if code is None and not self.search.text().strip():
            self.chosen.setText("<i>" + self.tr("Type the name of your commune or ward in the box above.") + "</i>")
            return
        if code is None:
            several = self._ambiguity()
            self.chosen.setText("<i>" + (html_escape(several) if several else self.tr(
                "No commune or ward found. Type the name again, with or without accents.")) + "</i>")
            return
        c = self.workspace.catalog.commune_by_code(code)
        self.chosen.setText(self.tr("Chosen: <b>{name}</b> (unit code {code})").format(name=c.name, code=c.code))
        if self._refused_in is self.search:  # "choose a unit" no longer holds under "Đã chọn: …"
            self._clear_error()

    # --- saving ---------------------------------------------------------------
    def accept(self) -> None:
        if not self.editable:  # the unit's settings are the administrator's: only the person's language
            super().accept()
            self._save_language()
            return
        code = self.selected_code()
        if code is None:
            self._refuse(self._ambiguity() or self.tr("No commune or ward chosen: type its name in the search box, "
                                                      "then choose it in the list."), self.search)
            return
        try:
            # checked before anything is saved: a wrong address refused leaves the unit not set up yet
            parse_email(self.province_email.text(), "Địa chỉ thư điện tử của tỉnh",  # untranslated: the core's
                        "The province's e-mail address")
            self.workspace.setup(code, self.preparer.text(), self.signer.text(),
                                 self.signer_title.currentData(), self.doc_prefix.text())
            if self.cutoff_day is not None:
                rules = PeriodRules(self.cutoff_day.value(), self.deadline_day.value(),
                                    self.deadline_offset.value())
                if rules != self.workspace.settings.rules:
                    self.workspace.set_period_rules(rules)
                self.signature_box.save()
            if self.province_email.text().strip() != self.workspace.province_email:
                self.workspace.set_province_email(self.province_email.text())
        except ChiTieuError as err:
            fields = {label: name for name, (label, _en) in self._names.items()}
            fields |= {"Chức vụ người ký": self.signer_title,  # untranslated: the core's field names
                       "Ký hiệu văn bản": self.doc_prefix,  # untranslated
                       "Địa chỉ thư điện tử của tỉnh": self.province_email}  # untranslated
            box = getattr(self, "signature_box", None)  # its fields: the token's library, name, image
            field = fields.get(err.field or "") or (box and box.field_named(err.field)) or self.search
            self._refuse(error_text(err), field)
            return
        super().accept()
        data_changed(self)
        if self.lock_minutes is not None:
            self.lock_minutes.save()
        self._save_language()

    def reject(self) -> None:
        """Escape, Thoát or the window's ×: on a first run with something typed, asked first (walk 22:
        the unit's search, the preparer and the signer were lost without a word); going back is
        the default. Nothing typed: it closes at once, as before."""
        typed = self._typed() if self.first_run and self.editable else []
        field = self.focusWidget()
        if typed and ask_to_drop(self, self.windowTitle(), self.tr("Typed and not saved:"), typed,
                                 self.tr("Quit and drop what was typed?"), self.tr("Quit without it")) == "back":
            self.activateWindow()  # the keyboard back where the typing was
            (field or self.search).setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().reject()

    def closeEvent(self, event) -> None:
        """The window's × asks as Escape does (`reject`); a close by the program itself does not."""
        if event.spontaneous():
            super().closeEvent(event)
        else:
            self.done(QDialog.DialogCode.Rejected)
            event.accept()

    def _typed(self) -> list[str]:
        """What was typed since the dialog opened, a line each: the unit's search, then the changed fields."""
        lines = []
        if self.search.text().strip():
            lines.append(f"• {self.search.accessibleName()}: “{self.search.text().strip()}”")
        for widget, opened in self._as_opened.items():
            now = widget.currentText() if isinstance(widget, QComboBox) else widget.text().strip()
            if now != opened:
                label = widget.parentWidget().layout().labelForField(widget).text().replace("&", "").rstrip(":")
                lines.append(f"• {label}: “{now}”")
        return lines

    def _save_language(self) -> None:
        """After closing: the windows behind retranslate themselves."""
        if self.language is not None:
            choose_language(self.workspace, self.language.currentData(), self.ui_settings)

    def _refuse(self, message: str, widget: QWidget) -> None:
        # The dialog is as tall as the screen allows: the scrolled form gives up the refusal's lines,
        # which would otherwise be drawn over its last fields (a refusal of four lines). It gives them
        # up before the line is shown, which grows a window only for what its layout cannot give up
        # (ui/form_error.py): the dialog keeps its height, within the screen.
        self.scroll.setMinimumHeight(self.results.minimumHeight())
        self.error.setText(message)
        need = self.error.heightForWidth(self.scroll.width()) + self.layout().spacing()
        self.scroll.setMinimumHeight(max(self._scroll_height - need, self.results.minimumHeight()))
        self._refused_in = widget
        widget.setFocus()

    def _field_changed(self, widget: QWidget) -> None:
        if self._refused_in is widget:
            self._clear_error()

    def _clear_error(self) -> None:
        self.error.clear()
        self.scroll.setMinimumHeight(self._scroll_height)
        self._refused_in = None

    def _name_refused(self, field: QLineEdit) -> str | None:
        """What Bắt đầu / Lưu would say of the name in `field` (its core check), or None."""
        try:
            parse_name(field.text(), *self._names[field])
        except ChiTieuError as err:
            return error_text(err)
        return None

    def eventFilter(self, obj, event) -> bool:
        """Up/Down in the search box move in the list; Enter goes on to the next field (from a
        signer's name changed in Settings, to that person's title); from a name the report could
        not print (empty), it stays and says why."""
        if obj is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            results = self.results
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and results.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = min(max(results.currentRow() + step, 0), results.count() - 1)
                results.setCurrentRow(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.selected_code():
                    self.preparer.setFocus()
                else:  # a name several units match: which, and how to choose one (never the first unsaid)
                    self._refuse(self._ambiguity() or self.tr("Type the name of your commune or ward, then choose "
                                                              "it in the list."), self.search)
                return True
        if (obj in self._names and event.type() == QEvent.Type.KeyPress and event.key() in ENTER_KEYS
                and not event.modifiers() & COMMAND_MODIFIERS):
            refused = self._name_refused(obj)
            if refused:
                self._refuse(refused, obj)
                return True
        if (obj is self.signer and not self.first_run and event.type() == QEvent.Type.KeyPress
                and event.key() in ENTER_KEYS and not event.modifiers() & COMMAND_MODIFIERS
                and self.signer.text().strip() != self._signer_as_opened and self.signer_title.isEnabled()):
            self.signer_title.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(obj, event)


def log_in_to_choose_unit(workspace: Workspace, parent: QWidget | None = None) -> bool:
    """At start, the unit not chosen yet and the account logged in may not choose it (the officer's,
    made at the first run with the administrator's): says so, naming the Administrator accounts
    that may, instead of a greyed setup whose "Bắt đầu" led nowhere (walk 22). True to log in
    with another account (the default, Enter), False to quit (Escape)."""
    admins = ", ".join(f"“{a.username}”" for a in workspace.users() if a.role == Role.ADMIN)
    box = QMessageBox(QMessageBox.Icon.Information, translate("SetupDialog", "First-time setup"),
                      translate("SetupDialog", "The commune or ward of this program has not been chosen yet: "
                                               "no figures can be entered before it is."),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(translate(
        "SetupDialog", "Choosing it is the Administrator's work: log in with the administrator account {users} "
                       "and choose the commune or ward, who prepares and who signs the report. Then log in "
                       "again with your own account.").format(users=admins))
    again = box.addButton(translate("SetupDialog", "&Log in with another account"), QMessageBox.ButtonRole.AcceptRole)
    quit_ = box.addButton(translate("SetupDialog", "&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(again)
    box.setEscapeButton(quit_)
    box.exec()
    return box.clickedButton() is again


def _placeholder_whole(edit: QLineEdit) -> None:
    """A field at least as wide as its placeholder: the hint is read whole, not cut (at 1366×768 the
    token library's "tệp .dll cài cùng trình điều khiển thiết bị ký số" lost its end, walk 21, L5)."""
    if not edit.placeholderText():
        return
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    text = math.ceil(QFontMetricsF(edit.font()).horizontalAdvance(edit.placeholderText()))
    edit.setMinimumWidth(text + 2 * LINE_EDIT_MARGIN + margins.left() + margins.right()
                         + option.rect.width() - contents.width()
                         + (CLEAR_BUTTON if edit.isClearButtonEnabled() else 0))


def _spin(low: int, high: int, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    return box
