"""The lists of the province's "Signing keys" tab as their tables show them: the register of the
units' keys (one row per key, its state coloured, old keys greyed as history, a key that signs
for more than one unit marked), its search and state filter, and the unsigned files received
for the period. Apart from the tab (`ui.province_keys`), which lays them out and acts on them."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont

from desktop_app.core.catalog import fold
from desktop_app.core.intake import vietnam_day, vietnam_when_text
from desktop_app.core.keys import UNSIGNED, UNSIGNED_ACCEPTED, KeyState
from desktop_app.core.periods import format_date
from ui import colours
from ui.colours import Meaning
from ui.common import in_language
from ui.i18n import translate
from ui.paper_code import fixed_font
from ui.province_labels import KEY_STATE_COLOURS, key_state_label
from ui.table_model import RowsModel

CONTEXT = "KeysTab"
ALL = None  # the state filter's "All"
HISTORY = (KeyState.DA_THAY, KeyState.THU_HOI)  # keys kept as history, shown greyed
SHARED_COLOURS = ("#ffe0b2", "#8a3b00")  # a key that signs for more than one unit


def _by(at: str | None, who: str | None, people: dict[str, str]) -> str:
    """"14:05 20/09/2026, Lê Thị Thu (van-thu)": the person by name, with the account the record
    keeps; the time in Vietnam time, as the dates of receipt beside it."""
    return f"{vietnam_when_text(at)}, {people.get(who, who)}" if at else ""


def _ended(k, people: dict[str, str]) -> str:
    """The "Replaced, revoked" cell: when and by whom the key was replaced or revoked, and, for a revoked key
    confirmed again, that revocation and the confirmation again (`RegisterKey.reconfirmed`: the register keeps
    no revocation on a confirmed key, walk U10 F1: the cell emptied, the revocation hidden)."""
    said = [_by(k.revoked_at, k.revoked_by, people), in_language(getattr(k, "reconfirmed", ""))]
    return "; ".join(part for part in said if part)


def people_of(accounts) -> dict[str, str]:
    """Account -> "Full Name (account)", as the change log names people."""
    return {a.username: f"{a.full_name} ({a.username})" for a in accounts if a.full_name}


def _first_received(k) -> str:
    """The day the key's first stored file was received (dd/mm/yyyy), what a reviewer compares with
    the deadline; when none is stored (its files refused), the day its first file was received as the
    intake log records it, the same column's date (its tooltip says the file was refused). A file read
    before the log recorded it (schema 15) gives "read 05/12/2026", the day the program first read it,
    in Vietnam time as the dates of receipt are, said as a reading day (walk 29, M2: the reinstalled
    laptop's key showed 05/12/2026 under "Nhận lần đầu" for a file received on 19/06/2026), as
    `chitieu keys list` says "đọc tệp đầu tiên lúc …" (its time is in the tooltip)."""
    if k.first_received:
        return format_date(dt.date.fromisoformat(k.first_received))
    day = vietnam_day(k.first_seen)
    return translate("KeysTab", "read {date}").format(date=format_date(day)) if day else ""


def _first_received_tip(k) -> str:
    """The first file's name and when it was read; for a key none of whose files is stored, that the
    date is that refused file's, or why the column gives a reading day."""
    tip = translate("KeysTab", "{file}: the first file signed by this key, read {when}").format(
        file=k.first_file, when=vietnam_when_text(k.first_seen))
    if k.first_received and k.none_stored:
        return tip + translate("KeysTab", ". No file signed by this key is stored (its files were refused): the "
                                        "date shown is the day this file was received.")
    if k.first_received:
        return tip
    return tip + translate("KeysTab", ". No file signed by this key is stored (its files were refused), so no date "
                                    "of receipt is known for it: the day shown is the day the program read the file.")


class KeysModel(RowsModel):
    """One row per key of the register (`desktop_app.key_register.RegisterKey`), in the catalogue's
    order of units."""

    HEADERS = (
        QT_TRANSLATE_NOOP("KeysTab", "Code"), QT_TRANSLATE_NOOP("KeysTab", "Commune or ward"),
        QT_TRANSLATE_NOOP("KeysTab", "Key code"), QT_TRANSLATE_NOOP("KeysTab", "State"),
        QT_TRANSLATE_NOOP("KeysTab", "Also signs for"),
        QT_TRANSLATE_NOOP("KeysTab", "First received"),
        QT_TRANSLATE_NOOP("KeysTab", "Confirmed (when, by)"),
        QT_TRANSLATE_NOOP("KeysTab", "Replaced, revoked (when, by)"),
    )
    CONTEXT = CONTEXT
    SHARED = 4  # beside the state: a shared pending key counts for none of its units
    FIRST_SEEN = 5  # the first file's date of receipt ("read …" when none stored); its name, when read: tooltip

    def __init__(self, parent=None):
        super().__init__(parent)
        self.people: dict[str, str] = {}  # account -> "Full Name (account)" (`people_of`), set by the tab

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        k = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole and col == self.SHARED:  # the header says "Also signs for"
            return shared_text(k)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.FIRST_SEEN and k.first_file:
            return _first_received_tip(k)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):  # the whole note in the tooltip
            return (k.unit_code, k.unit_name, k.key_code, key_state_label(k.state), k.shared,
                    _first_received(k), _by(k.confirmed_at, k.confirmed_by, self.people),
                    _ended(k, self.people))[col]
        if role == Qt.ItemDataRole.FontRole and col == 2:
            return fixed_font()
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            if k.shared and col in (2, self.SHARED):
                return QColor(SHARED_COLOURS[0 if role == Qt.ItemDataRole.BackgroundRole else 1])
            if col == 3:
                bg, fg = KEY_STATE_COLOURS[k.state]
                return QColor(bg if role == Qt.ItemDataRole.BackgroundRole else fg)
            if role == Qt.ItemDataRole.ForegroundRole and k.state in HISTORY:
                return colours.on_base(Meaning.MUTED)  # greyed, readable on a dark list too
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


DRAFT_COLOURS = ("#fff3cd", "#8a3b00")  # a draft waiting: the version a reviewer must not take for the paper's


def approval_text(r) -> str:
    """The version's approval as its paper states it: "Approved 20/06/2026, by lanhdao" or "DRAFT, not
    approved"; the day and the approver as `UnsignedRow` reads them for `chitieu unsigned list` too."""
    if not r.approved:
        return translate("KeysTab", "DRAFT, not approved")
    day, by = r.approved_on, r.approved_by
    if day and by:
        return translate("KeysTab", "Approved {date}, by {who}").format(date=format_date(day), who=by)
    if day:
        return translate("KeysTab", "Approved {date}").format(date=format_date(day))
    return translate("KeysTab", "Approved")


class UnsignedModel(RowsModel):
    """One row per unsigned version received for the period (`desktop_app.key_register.UnsignedRow`):
    its approval (a draft in warning colours) and when it was made beside its fingerprint, since a
    draft and the approved report of the same figures share the fingerprint; `names` by unit code."""

    HEADERS = (
        QT_TRANSLATE_NOOP("KeysTab", "Code"), QT_TRANSLATE_NOOP("KeysTab", "Commune or ward"),
        QT_TRANSLATE_NOOP("KeysTab", "File"), QT_TRANSLATE_NOOP("KeysTab", "Received on"),
        QT_TRANSLATE_NOOP("KeysTab", "Fingerprint"), QT_TRANSLATE_NOOP("KeysTab", "Approval"),
        QT_TRANSLATE_NOOP("KeysTab", "Acceptance"), QT_TRANSLATE_NOOP("KeysTab", "Made at"),
    )
    CONTEXT = CONTEXT
    APPROVAL = 5
    ACCEPTANCE = 6  # as before: what a reader (and the tests) find in this column

    def __init__(self, parent=None):
        super().__init__(parent)
        self.names: dict[str, str] = {}
        self.people: dict[str, str] = {}  # as KeysModel's

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        r = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            day = r.received_day or vietnam_day(r.received_at)  # a date, in Vietnam time, as the others
            day = format_date(day) if day else ""
            if r.accepted_at:
                state = translate("KeysTab", "Accepted {when}").format(when=_by(r.accepted_at, r.accepted_by, self.people))
            else:
                state = translate("KeysTab", "Awaiting acceptance: not counted")
            return (r.unit_code, self.names.get(r.unit_code, ""), r.file_name, day, r.fingerprint[:16],
                    approval_text(r), state, r.made_at)[col]
        if role == Qt.ItemDataRole.FontRole and col == 4:
            return fixed_font()
        if role == Qt.ItemDataRole.FontRole and col == self.APPROVAL and not r.approved:
            font = QFont()
            font.setBold(True)
            return font
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            if col == self.ACCEPTANCE:
                bg, fg = KEY_STATE_COLOURS[UNSIGNED_ACCEPTED if r.accepted_at else UNSIGNED]
                return QColor(bg if role == Qt.ItemDataRole.BackgroundRole else fg)
            if col == self.APPROVAL and not r.approved:
                return QColor(DRAFT_COLOURS[0 if role == Qt.ItemDataRole.BackgroundRole else 1])
        return None


def shared_text(k) -> str:
    """The other units a key signs for, in the window's language: "Xã Đại Phúc (mã 05488, chờ xác
    nhận)" / "Xã Đại Phúc (code 05488, awaiting confirmation)" (`core.keys.shared_units`'s words)."""
    sharing = getattr(k, "sharing", ())
    if not sharing:
        return getattr(k, "shared_with", "")
    units = "; ".join(translate("KeysTab", "{name} (code {code}, {state})").format(
        name=name, code=code, state=key_state_label(state).lower()) for code, name, state in sharing[:3])
    return units + ("; …" if len(sharing) > 3 else "")
