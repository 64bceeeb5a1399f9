"""What the two receiving tabs' tables show: "Reports sent" (one row per unit, its status, key,
date of receipt and note; searched and filtered by status) and "Files received" (one row per file
read, its result, unit, date, key and reason; all of them or only those refused), each cell's
words, colours and sort key. Apart from the tabs (`ui.province_intake`), which lay them out,
read a folder and show what the chosen row says in full; the words keep the "ProvinceWindow"
translation context. A reason or note names the window's action where the log's text gives the
command line's (`desktop_app.core.keys.in_window`).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from desktop_app.core.catalog import fold
from desktop_app.core.consolidation import FIGURE_UNITS, ReportStatus
from desktop_app.core.intake import (
    FROM_FILE,
    FROM_MADE,
    FROM_TYPED,
    FileClass,
    code_in_file_name,
    named_otherwise,
    reason_without_name,
    when_text,
)
from desktop_app.core.keys import UNSIGNED, UNSIGNED_ACCEPTED, KeyState, in_window
from desktop_app.core.pdf_said import as_read, pdf_sentences, since_sentence
from desktop_app.core.pdf_signature import PdfVerdict
from desktop_app.core.periods import format_date
from desktop_app.core.reasons_english import without_name as english_without_name
from ui.i18n import is_english, translate
from ui.province_labels import (
    CONTEXT,
    KEY_STATE_COLOURS,
    PENDING,
    STATUS_COLOURS,
    key_state_label,
    key_text,
    kind_label,
    result_colours,
    result_label,
    unit_status_text,
)
from ui.province_pdf_words import pdf_shown
from ui.province_reasons import english, reason_header, reason_shown, reason_tip
from ui.province_tables import two_lines, vietnamese_tip
from ui.table_model import RowsModel

ALL = None  # the status filter's "All" (its item carries no status)
# The status filter's entries after "All", in the header's order, each listing the units its figure
# counts (`FIGURE_UNITS`, as the header and the documents count them): "Đã nhận" every unit counted
# (the late ones and the drafts among them), "Trễ hạn" every late one (late drafts too), "Chưa gửi"
# those with a refused file too; and the units whose key awaits confirmation (`PENDING`: a figure of
# the header, not a status), told apart from "Chờ tỉnh đối chiếu khóa" (a key shared by two units).
FILTER_FIGURES = {
    ReportStatus.DA_NHAN: "received", ReportStatus.TRE_HAN: "late", ReportStatus.DU_THAO: "draft",
    PENDING: "pending", ReportStatus.CHUA_KY: "unsigned", ReportStatus.CHO_DOI_CHIEU: "held",
    ReportStatus.BI_TU_CHOI: "refused", ReportStatus.CHUA_GUI: "missing",
}
COMPLETENESS_HEADERS = (
    QT_TRANSLATE_NOOP("ProvinceWindow", "No."), QT_TRANSLATE_NOOP("ProvinceWindow", "Code"),
    QT_TRANSLATE_NOOP("ProvinceWindow", "Commune or ward"), QT_TRANSLATE_NOOP("ProvinceWindow", "Type"),
    QT_TRANSLATE_NOOP("ProvinceWindow", "Status"), QT_TRANSLATE_NOOP("ProvinceWindow", "Signing key"),
    QT_TRANSLATE_NOOP("ProvinceWindow", "Generated"),
    QT_TRANSLATE_NOOP("ProvinceWindow", "Received on"), QT_TRANSLATE_NOOP("ProvinceWindow", "Fingerprint"),
    QT_TRANSLATE_NOOP("ProvinceWindow", "File"), QT_TRANSLATE_NOOP("ProvinceWindow", "Note"),
    QT_TRANSLATE_NOOP("ProvinceWindow", "Digital signature (PDF)"),
)
NOTE = COMPLETENESS_HEADERS.index("Note")
KEY = COMPLETENESS_HEADERS.index("Signing key")
FILE = COMPLETENESS_HEADERS.index("File")
TYPE = COMPLETENESS_HEADERS.index("Type")
SIGNATURE = COMPLETENESS_HEADERS.index("Digital signature (PDF)")
TWO_LINES = (SIGNATURE, NOTE, COMPLETENESS_HEADERS.index("Received on"))
# the widest the signature column grows to: the verdict and a signer's name ("Chữ ký số hợp lệ: Trần Thị
# Bình"); a longer one (another unit's PDF, which one) cut at a word, whole in its tooltip and under the table
SIGNATURE_WIDTH = 230
# cut at a word, whole in its tooltip and under the table; its width until it fills what the other
# columns leave (`ui.province_note_column.NoteFillsTheWidth`)
NOTE_WIDTH = 200
# The columns from left to right (by their index in COMPLETENESS_HEADERS): the PDF's signature beside
# the status, in sight at 1366 px (it was past the table's edge, behind "Lập lúc" and "Loại": a reviewer
# read "Đã nhận" and nothing of the PDFs, red-team R4 F4); the file's name last.
COMPLETENESS_ORDER = (0, 1, 2, 4, SIGNATURE, 5, 7, 8, NOTE, 6, 3, 9)
INTAKE_HEADERS = (
    QT_TRANSLATE_NOOP("ProvinceWindow", "File"), QT_TRANSLATE_NOOP("ProvinceWindow", "Result"),
    QT_TRANSLATE_NOOP("ProvinceWindow", "Unit"), QT_TRANSLATE_NOOP("ProvinceWindow", "Received on"),
    QT_TRANSLATE_NOOP("ProvinceWindow", "Signing key"), QT_TRANSLATE_NOOP("ProvinceWindow", "Reason"),
)
REASON = INTAKE_HEADERS.index("Reason")


def _time(text: str) -> str:
    """A moment (when a file was made, read, its key decided on) in Vietnam time as the reasons and
    the key register say it (`when_text`); "" for none."""
    return when_text(text) if text else ""


def _received_on(r) -> str:
    """A file's or a unit's date of receipt (`FileResult`, `UnitStatus`): "18/09/2026", with
    ", late" when it counts as received after the deadline."""
    if not r.received_on:
        return ""
    day = format_date(dt.date.fromisoformat(r.received_on))
    return day + translate("ProvinceWindow", ", late") if r.late else day


# Where the date of receipt that decides lateness came from (`UnitStatus.received_from`).
RECEIVED_FROM = {
    FROM_TYPED: QT_TRANSLATE_NOOP("ProvinceWindow", "the date given when the folder was read"),
    FROM_FILE: QT_TRANSLATE_NOOP("ProvinceWindow", "the file's modification date"),
    FROM_MADE: QT_TRANSLATE_NOOP("ProvinceWindow", "the day the file was made, its modification date being "
                                 "earlier"),
    "": QT_TRANSLATE_NOOP("ProvinceWindow", "the date given when the folder was read, or the file's modification "
                          "date"),  # a version received before the source was recorded
}


def _received_tip(u) -> str | None:
    """When the program read the unit's file, beside the date of receipt that decides lateness
    and where that date came from."""
    read = _time(u.received_at)
    if u.received_on:
        source = translate("ProvinceWindow", RECEIVED_FROM.get(u.received_from, RECEIVED_FROM[""]))
        return translate("ProvinceWindow", "Received on {date}: the date lateness is judged by ({source}). Read by "
                         "the program at {time}.").format(date=_received_on(u), source=source, time=read)
    return translate("ProvinceWindow", "Read by the program at {time}.").format(time=read) if read else None


def _colour(colours: tuple[str, str], role):
    bg, fg = colours
    return QColor(bg if role == Qt.ItemDataRole.BackgroundRole else fg)


def _refilter(proxy: QSortFilterProxyModel, change) -> None:
    """Apply `change` to what `proxy` filters by, and filter again."""
    if hasattr(proxy, "beginFilterChange"):  # Qt 6.9+; invalidateFilter() is deprecated there
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange()
    else:
        change()
        proxy.invalidateFilter()


# The key column's order: the keys to compare with the paper first, then those compared, the
# history, the revoked, the unsigned versions, and last the units with none kept.
KEY_ORDER = (KeyState.CHO, KeyState.XAC_NHAN, KeyState.DA_THAY, KeyState.THU_HOI, UNSIGNED, UNSIGNED_ACCEPTED)


def _status_sort(u) -> int:
    """By status as `ReportStatus` orders them; within one, as the cell reads: a late draft after
    the drafts on time, a key awaiting confirmation after a confirmed one."""
    return list(ReportStatus).index(u.status) * 4 + 2 * (u.status == ReportStatus.DU_THAO and u.late) + u.pending


def _key_sort(u) -> str:
    """By the key's state (`KEY_ORDER`), then its code."""
    rank = KEY_ORDER.index(u.key_state) if u.key_state in KEY_ORDER else len(KEY_ORDER)
    return f"{rank:02d} {u.key_code}"


def _received_sort(u) -> str:
    """By the date of receipt, then when the program read the file; a unit with no date (nothing
    received) first, and last in descending order."""
    return f"{u.received_on} {u.received_at}" if u.received_on else ""


class CompletenessModel(RowsModel):
    """One row per unit (`UnitStatus`). "Ngày nhận" is the date of receipt lateness is judged
    by (", trễ hạn" after the deadline), as "Kết quả nhận tệp" says it; when the program read
    the file is in its tooltip."""

    HEADERS = COMPLETENESS_HEADERS
    CONTEXT = CONTEXT
    RECEIVED_ON = COMPLETENESS_HEADERS.index("Received on")
    TEXTS = (lambda u: str(u.no), lambda u: u.code, lambda u: u.name, lambda u: kind_label(u.kind),
             unit_status_text, lambda u: key_text(u.key_code, u.key_state), lambda u: _time(u.generated_at),
             _received_on, lambda u: u.fingerprint[:16], lambda u: u.file_name,
             lambda u: reason_shown(u.reason))
    # One number or string per cell (the proxy compares them as Qt values: a tuple, or None inside
    # one, gave a different order at each click under the sort arrow).
    SORT_KEYS = (lambda u: u.no, lambda u: u.code, lambda u: fold(u.name), lambda u: u.kind,
                 _status_sort, _key_sort, lambda u: u.generated_at, _received_sort, lambda u: u.fingerprint,
                 lambda u: u.file_name, lambda u: u.reason)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        u = self.rows[index.row()]
        col = index.column()
        if col == len(COMPLETENESS_HEADERS) - 1:
            return self._signature_data(u, role)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.RECEIVED_ON:
            return _received_tip(u)
        if role == Qt.ItemDataRole.ToolTipRole and col == NOTE:
            return reason_tip(u.reason) or None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.TEXTS[col](u)  # the column asked only: a refresh asks every cell of every row
        if role == Qt.ItemDataRole.UserRole:  # sorting
            return self.SORT_KEYS[col](u)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            if col == 4:
                return _colour(STATUS_COLOURS[u.status], role)
            if col == 5 and u.key_state in KEY_STATE_COLOURS:
                return _colour(KEY_STATE_COLOURS[u.key_state], role)
            if col == self.RECEIVED_ON and u.received_on and u.late:
                return _colour(STATUS_COLOURS[ReportStatus.TRE_HAN], role)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if section == NOTE:
            return reason_header(self, section, orientation, role)
        return super().headerData(section, orientation, role)

    def __init__(self, parent=None):
        super().__init__(parent)
        # Unit code -> the check of the signed PDF received with its kept file (the window sets it
        # from desktop_app.signature_check.pdf_signatures at each refresh); the core's Vietnamese
        # verdict and, as the tooltip, every line `chitieu verify FILE.pdf` prints.
        self.signatures: dict = {}
        # Unit code -> the PDF beside the file refused for a unit without a version kept, as its reading
        # saw it or put there since (desktop_app.pdfs_not_checked.refused_pdfs, `PdfSeen`): "Có PDF kèm,
        # chưa kiểm tra" or "PDF đặt vào sau lần đọc", not an empty cell.
        self.unchecked: dict = {}

    def pdf_text(self, u) -> str:
        """What the pane under the table says of the unit's PDF ("" nothing known of one)."""
        kept = u.code in self.signatures
        said = self.signatures[u.code] if kept else self.unchecked.get(u.code)
        return pdf_sentences(said, refused=not kept) if said is not None else ""

    def _signature_data(self, u, role):
        said = self.signatures.get(u.code)  # a `PdfSince` when the folder's PDF is no longer the one checked
        check = as_read(said)
        if check is None and u.code in self.unchecked:
            return self._unchecked_data(u, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return pdf_shown(check.summary, lead=False) if check else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(pdf_shown(line, lead=False) for line in (*check.lines(), since_sentence(said))
                             if line) if check else None
        if role == Qt.ItemDataRole.UserRole:
            return list(PdfVerdict).index(check.verdict) if check else len(PdfVerdict) + 1  # none checked last
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and check is not None:
            if check.verdict in (PdfVerdict.CHUA_SO_TRANG_IN, PdfVerdict.THAY_BAN_KHAC):  # to be looked at
                return _colour(KEY_STATE_COLOURS[KeyState.CHO], role)
            bg, fg = STATUS_COLOURS[ReportStatus.DA_NHAN if check.ok else ReportStatus.BI_TU_CHOI]
            return QColor(bg if role == Qt.ItemDataRole.BackgroundRole else fg)
        return None

    def _unchecked_data(self, u, role):
        if role == Qt.ItemDataRole.DisplayRole:
            return pdf_shown(as_read(self.unchecked[u.code]).cell, lead=False)
        if role == Qt.ItemDataRole.ToolTipRole:
            return pdf_shown(self.pdf_text(u))
        if role == Qt.ItemDataRole.UserRole:
            return len(PdfVerdict)  # after the PDFs checked, before the units without one
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            return _colour(KEY_STATE_COLOURS[KeyState.CHO], role)  # to be looked at, not a verdict
        return None


class CompletenessFilter(QSortFilterProxyModel):
    """Text typed (accent-free, name or code) and the chosen entry of the status filter
    (`FILTER_FIGURES`)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.text = ""
        self.status = ALL
        self.setSortRole(Qt.ItemDataRole.UserRole)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        """The headers as the table shows them: those wider than their column's words on two lines
        ("Chữ ký / số (PDF)", "Note (in / Vietnamese)"), for the table to fit a 1366 px window with
        the note in sight (walk U1 F2); the model says them on one."""
        said = super().headerData(section, orientation, role)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section in TWO_LINES:
            return two_lines(said)
        return said

    def set_text(self, text: str) -> None:
        _refilter(self, lambda: setattr(self, "text", fold(text)))

    def set_status(self, status: str) -> None:
        _refilter(self, lambda: setattr(self, "status", status))

    def filterAcceptsRow(self, row, parent):
        u = self.sourceModel().rows[row]
        if self.status is not ALL and not FIGURE_UNITS[FILTER_FIGURES[self.status]](u):
            return False
        return not self.text or self.text in fold(u.name) or self.text in u.code


def as_now(r, key):
    """The file `r` (`FileResult`, as read) as its key stands now (`KeyThenNow`; None: as read):
    its key's state and whether that key is held, which decide its result's words and colours."""
    if key is None or key.unit_key or not key.now:
        return r
    return replace(r, key_state=key.now, held=key.held)


def key_now_text(r, key) -> str:
    """The key's cell: its state now, and what it was when the file was read if it has changed
    since ("K7QX-… · Awaiting confirmation when read · now Confirmed"). A file refused as changed
    ("Đã bị sửa") whose signature does not hold only claims the code it carries (its unit's
    confirmed key, shown bare, read as checked: walk 20, #3), said checked or not
    (`FileResult.signature_holds`); one whose signature holds, refused for another reason, shows
    the key that signed it."""
    if r.class_ == FileClass.DA_BI_SUA and r.key_code and not r.signature_holds:
        if r.signature_holds is None:
            return translate("ProvinceWindow", "{code} (written in the file, not checked: the file was "
                                               "changed)").format(code=r.key_code)
        return translate("ProvinceWindow", "{code} (written in the file, the signature does not match: the file "
                                           "was changed)").format(code=r.key_code)
    now = as_now(r, key)
    if now is r or not key.changed or not key.then:
        return key_text(now.key_code, now.key_state)
    states = translate("ProvinceWindow", "{then} when read · now {now}").format(
        then=key_state_label(key.then), now=key_state_label(key.now))
    return f"{r.key_code} · {states}" if r.key_code else states


class IntakeModel(RowsModel):
    """One row per file read (`FileResult`), added as each is read. Once the province decides on
    a key or an unsigned file (`follow_register`), each row's result and key say what it counts
    as now, the key what it was when the file was read too."""

    HEADERS = INTAKE_HEADERS
    CONTEXT = CONTEXT
    catalog = None  # the province's catalogue (the window sets it): the units a refused file's name names

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lines: list = []  # each row's log line as the register has it now (`IntakeLine`, or None)
        self._names: tuple = (None, {})  # (the catalogue, its units' names by code): `named_first`
        # row -> the check of the PDF its reading saw beside it, or that PDF unchecked, or a PDF put there
        # since (`PdfSeen`: desktop_app.pdfs_not_checked.file_pdfs, set once the rows are those of a folder read)
        self.pdfs: dict = {}

    def set_rows(self, rows) -> None:
        self.lines, self.pdfs = [], {}
        super().set_rows(rows)

    def pdf_text(self, row: int) -> str:
        """What the details under the table say of the file's PDF ("" nothing known of one)."""
        found = self.pdfs.get(row)
        return pdf_sentences(found, refused=not self.rows[row].accepted) if found is not None else ""

    def follow_register(self, lines) -> None:
        """Each row's log line with its key when read and now (`ProvinceOffice.run_lines_now`)."""
        self.lines = list(lines)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(INTAKE_HEADERS) - 1))

    def line(self, row: int):
        return self.lines[row] if row < len(self.lines) else None

    def key(self, row: int):
        line = self.line(row)
        return None if line is None else line.key

    def now(self, row: int):
        """The file of `row` as it counts now (`as_now`)."""
        return as_now(self.rows[row], self.key(row))

    def result_text(self, row: int) -> str:
        return result_label(self.now(row))

    def result_then(self, row: int) -> str | None:
        """The file's result when it was read, if it says otherwise now."""
        then = result_label(self.rows[row])
        return None if then == self.result_text(row) else then

    def since_text(self, row: int) -> str | None:
        """Under a reason written when the file was read: that it was, and what changed since."""
        r, key, line = self.rows[row], self.key(row), self.line(row)
        if as_now(r, key) is r or not key.changed:
            return None
        now = key_state_label(key.now)
        if key.since:
            return translate("ProvinceWindow", "The reason was written when the file was read, at {read}; since "
                             "then, at {since}: {now}.").format(read=_time(line.at), since=_time(key.since), now=now)
        return translate("ProvinceWindow", "The reason was written when the file was read, at {read}; since "
                         "then: {now}.").format(read=_time(line.at), now=now)

    def named_first(self, r, reason: str) -> str:
        """`reason` led by what the file's name says when it carries another unit's code than its
        contents (`named_otherwise`): said on the file's own row, its unit's column showing the
        contents' unit (walk h8 #2)."""
        if self.catalog is None or not r.unit_code:
            return reason
        if self._names[0] is not self.catalog:  # once per catalogue: a row is painted at every repaint
            self._names = (self.catalog, {c.code: c.name for c in self.catalog.communes})
        note = named_otherwise(r.file_name, r.unit_code, self._names[1])
        return f"{note} {reason}" if note and reason else note or reason

    def reason_text(self, r, short: bool = False) -> tuple[str, bool]:
        """The file's reason as the window says it (`ui.province_reasons`), led by what its name says
        (`named_first`), and whether it is in the interface's language. `short`: as its row says it beside
        the file's name and unit (`reason_without_name`)."""
        stored = in_window(r.reason, is_english())
        if is_english():
            said, note = english(stored), self.named_first(r, "")
            said_note = english(note) if note else ""
            if said is not None and said_note is not None:
                said = english_without_name(said, r.file_name) if short else said
                return (f"{said_note} {said}" if said_note and said else said_note or said), True
        return self.named_first(r, reason_without_name(stored, r.file_name) if short else stored), not is_english()

    def unit_text(self, r) -> str:
        """The file's unit as intake found it; for a file that names none (refused before its
        unit was known), the unit its file name carries, marked as such."""
        if r.unit_name or r.unit_code or self.catalog is None:
            return r.unit_name or r.unit_code
        code = code_in_file_name(r.file_name, self.catalog.commune_codes())
        if not code:
            return ""
        return translate("ProvinceWindow", "{unit} (by the file's name)").format(
            unit=self.catalog.commune_by_code(code).name)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if section == REASON:
            return reason_header(self, section, orientation, role)
        return super().headerData(section, orientation, role)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and col == REASON:
            text, known = self.reason_text(r)
            return (text if known else vietnamese_tip(text)) or None
        if role == Qt.ItemDataRole.ToolTipRole and col == 1:
            then = self.result_then(index.row())
            now = self.result_text(index.row())
            return now if then is None else translate("ProvinceWindow", "{now} (when read: {then})").format(
                now=now, then=then)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            # only the cell asked for: a painted row asks each of its cells, in two roles
            return (lambda: r.file_name, lambda: self.result_text(index.row()), lambda: self.unit_text(r),
                    lambda: _received_on(r), lambda: key_now_text(r, self.key(index.row())),
                    lambda: self.reason_text(r, short=True)[0])[col]()
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            now = self.now(index.row()) if col in (1, 4) else r
            if col == 1:
                return _colour(result_colours(now), role)
            if col == 3 and r.late:
                return _colour(STATUS_COLOURS[ReportStatus.TRE_HAN], role)
            if col == 4 and now.key_state in KEY_STATE_COLOURS:
                return _colour(KEY_STATE_COLOURS[now.key_state], role)
        return None


class IntakeFilter(QSortFilterProxyModel):
    """All files read, or only those not received (refused)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.refused_only = False

    def set_refused_only(self, on: bool) -> None:
        _refilter(self, lambda: setattr(self, "refused_only", on))

    def filterAcceptsRow(self, row, parent):
        return not self.refused_only or not self.sourceModel().rows[row].accepted
