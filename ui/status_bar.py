"""The main window's status bar: how complete the entry is, the verdicts' counts, who is logged in
and when the figures were last saved.

The counts must be read at 1366 px, also with the longest unit and a long officer's name beside
them (walk 18, F3: "… Chưa đủ số liệu 3, Chưa đến kỳ …" — the "Chưa nhập N" that matters while
entering was the part cut, whole only in a mouse tooltip a keyboard-only officer never sees), and
who is logged in stays whole (walk 29c: "Nguyễn Thị Hồng Nhung — Cán bộ nhập…", the role cut:
the account label gave way first). Where the line does not fit beside the whole account:

1. the counts drop the categories at 0 and say "Chưa nhập N" first;
2. then what a person must act on comes first, the warnings to review, "Chưa nhập N" and "Chưa đủ
   số liệu N" (walk h4, 9 tháng 2026: "… Chưa đến kỳ đánh giá 1 · 1 lưu ý cần xe…", the warnings'
   count was the part cut), the other counts after them;
3. then the counts go on a second line, broken between two counts (walk U3 F4: at 1366 px "Tỉnh giao
   8: Chưa đủ số liệu 5, Đang thực hiện 2, Chưa đến …" beside the longest name, the rest only in a
   mouse tooltip, which a person at the keyboard never sees): every count is read in the bar itself;
4. only what two lines cannot hold is cut with "…" at its end (whole in its tooltip): never in what
   2 put first at 1366 px.

Where both fit the line is the paper's summary, word for word ("Vượt 0, Đạt 0, Không đạt 0, …"); in the
term's last year report its two counts, the term's targets and the year's (`term_end_parts`; walk U21 F1),
each part compacted as above, the line broken between them where both parts then fit a line.
An account wider than `ACCOUNT_MAX_WIDTH` (no real name is) is cut too, whole in its tooltip.
"""
from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QProgressBar

from desktop_app.core.evaluation import Verdict, verdict_counts
from desktop_app.core.periods import format_time
from desktop_app.core.term_end import term_end_split
from exports.submission_format import SPAN_HORIZONS
from ui import labels
from ui.common import time_text
from ui.fitting import ElidedLabel
from ui.i18n import translate
from ui.squeezed_label import SqueezedLabel
from ui.text_scale import text_scale

COMPLETENESS_BAR_WIDTH = 80  # the entry's progress bar; its words are beside it
COMPLETENESS_STYLE = ("QProgressBar { border: 1px solid #8f8f91; border-radius: 2px; background: #ffffff; "
                      "min-height: 14px; max-height: 14px; } QProgressBar::chunk { background: #3a7bd5; }")
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's, as QWidget.maximumWidth() says "none"
ACCOUNT_MAX_WIDTH = 480  # wider than any name and role: only a freak name is cut, not the counts squeezed away


# What a person must act on, in this order: figures to enter, figures missing for a result.
TO_ACT_ON = (Verdict.CHUA_NHAP, Verdict.CHUA_DU_SO_LIEU)


def compact_counts(counts, first=TO_ACT_ON[:1]) -> list[tuple[Verdict, int]]:
    """`counts` ((verdict, n) in the summary's order) without those at 0, the verdicts `first`
    ("Chưa nhập") before the others."""
    shown = [(v, n) for v, n in counts if n]
    # stable: the rest keep their order
    return sorted(shown, key=lambda c: first.index(c[0]) if c[0] in first else len(first))


def _said(counts) -> str:
    return ", ".join(f"{labels.verdict_label(v)} {n}" for v, n in counts)


def term_end_parts(view) -> list[tuple[str, list[Verdict]]]:
    """The province's indicators of `view` (a `core.rows.PeriodView`) as page 1 of the term's last year report
    counts them (`term_end_split`, by exports/report_rows.summary_sentence's horizons): (TERM_PART, their
    verdicts), then (YEAR_PART, …); [] in any other period."""
    rows = ((None, SPAN_HORIZONS.get(r.indicator.code), r.verdict) for r in view.rows if r.assigned)
    return [(part, [v for _, v in group]) for part, group in term_end_split(rows, view.period)]


# Where the counts' line may break: after a count's comma or the "; " between the term's counts and the
# year's (kept at the first line's end), before a " · " (the next part's "· " then begins the second line,
# as "· " begins the first).
_BREAKS = re.compile(r"[,;] | · ")


class CountsLabel(ElidedLabel):
    """The counts, on one line where they fit, else on two, broken between two counts at the last
    place the first line holds; only a second line still too long is cut with "…" (the whole line
    then in the tooltip, as `ElidedLabel`'s). `text()` is the line as set, without the break."""

    def shown_lines(self) -> list[str]:
        """The lines as drawn now (each may still be cut with "…" at its end)."""
        return self._lines(self.contentsRect().width())

    def _lines(self, width: int) -> list[str]:
        text, metrics = self.text(), self.fontMetrics()
        if width <= 0 or metrics.horizontalAdvance(text) <= width:
            return [text]
        split = between = None
        for at in _BREAKS.finditer(text):
            comma = at.group() in (", ", "; ")
            head = text[:at.start()] + (at.group()[0] if comma else "")
            if metrics.horizontalAdvance(head) > width:
                break
            split = [head, text[at.end():] if comma else "· " + text[at.end():]]
            if at.group() == "; " and metrics.horizontalAdvance(split[1]) <= width:
                between = split  # the term's counts on a line, the year's on the next, where both fit so
        return between or split or [text]

    def is_elided(self) -> bool:
        width, metrics = self.contentsRect().width(), self.fontMetrics()
        return any(metrics.horizontalAdvance(line) > width for line in self._lines(width))

    def sizeHint(self) -> QSize:
        return self._lines_tall(super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        return self._lines_tall(super().minimumSizeHint())

    def _lines_tall(self, size: QSize) -> QSize:
        extra = (len(self.shown_lines()) - 1) * self.fontMetrics().lineSpacing()
        return QSize(size.width(), size.height() + extra)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._lines_changed()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._lines_changed()

    def _lines_changed(self) -> None:
        """One line more or less than drawn before: the bar's height follows."""
        count = len(self.shown_lines())
        if count != getattr(self, "_count", 1):
            self._count = count
            self.updateGeometry()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        rect, metrics = self.contentsRect(), self.fontMetrics()
        lines = self.shown_lines()
        step = metrics.lineSpacing()
        top = rect.top() + max(0, (rect.height() - step * len(lines)) // 2)
        for n, line in enumerate(lines):
            shown = metrics.elidedText(line, Qt.TextElideMode.ElideRight, rect.width())
            box = QRect(rect.left(), top + n * step, rect.width(), step)
            self.style().drawItemText(painter, box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                                      self.palette(), self.isEnabled(), shown, self.foregroundRole())


class _AccountLabel(ElidedLabel):
    """Who is logged in (ui/notices.py sets its text): whole, up to `ACCOUNT_MAX_WIDTH`."""

    def minimumSizeHint(self) -> QSize:
        return QSize(min(self.sizeHint().width(), ACCOUNT_MAX_WIDTH), super().minimumSizeHint().height())


class _Refit(QObject):
    """Fits the line again whenever the status bar lays it out anew (a resize, a longer name beside it)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.window._fit_status_line()
        return False


class StatusBar:
    """The status bar of `ui.main_window.MainWindow` (a part of it, as `EntryArea` is)."""

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        # The bar without text (a text over its edge is half white on blue, and a longer one
        # spilled out of it), its words beside it; the verdicts' counts after them.
        self.completeness = QProgressBar()
        self.completeness.setTextVisible(False)
        self.completeness.setFixedWidth(COMPLETENESS_BAR_WIDTH)
        # A measure, not work running: drawn still. Windows' own style runs a glow along a bar partly
        # filled, as along a bar of work in progress (walk U16: "a moving bar", read as the program busy);
        # a bar drawn from a style sheet is not animated.
        self.completeness.setStyleSheet(COMPLETENESS_STYLE)
        self.completeness_label = SqueezedLabel()  # cut with "…" where the bar is too narrow, whole in its tooltip
        self.completeness_label.setObjectName("completenessLabel")
        self.summary_label = CountsLabel()
        self.saved_label = SqueezedLabel()
        self.saved_label.setObjectName("savedLabel")
        bar.addWidget(self.completeness)
        bar.addWidget(self.completeness_label)
        bar.addWidget(self.summary_label, 1)
        self._build_notices()
        # The account label (ui/notices.py's) as one that can be cut with "…": it gives way first.
        plain = self.account_label
        self._status_texts = ("", "", "")  # the line as on paper, without the counts at 0, what to act on first
        self._fitting = False
        self.account_label = _AccountLabel()
        self.account_label.setObjectName(plain.objectName())
        self.account_label.setStyleSheet(plain.styleSheet())
        bar.removeWidget(plain)
        plain.deleteLater()
        bar.addPermanentWidget(self.account_label)
        bar.addPermanentWidget(self.saved_label)
        self.summary_label.installEventFilter(_Refit(self))
        self._state_message: tuple | None = None  # `show_state_message`'s text, the period, its state, the account

    def show_state_message(self, text: str, timeout: int) -> None:
        """A message about the shown period's state ("Kỳ năm 2026 đã được mở lại để nhập…"), over the bar and
        counts for `timeout` ms at most: it goes as soon as that state or the person logged in changes
        (`_state_message_gone`; walk U17 F1: after Mở lại it stayed through the officer's and the leader's
        logins, the approval and the export, the counts hidden under it while the header said "Đã xuất")."""
        # cut with "…" to the room the labels beside it leave, whole in the bar's tooltip and accessible name (walk U19
        # F4: at 150 % only "Kỳ 6 tháng đầu năm 2026" was read, cut mid-sentence with no sign of more)
        self.show_status_whole(text, timeout)
        self._state_message = (self.statusBar().currentMessage(), self.period, self._state_of(self.period),
                               self.workspace.account)

    def _state_message_gone(self) -> None:
        """The state message taken away once what it says no longer holds; the bar and counts come back."""
        if self._state_message is None:
            return
        text, period, state, account = self._state_message
        if self._state_of(period) == state and self.workspace.account == account:
            return
        self._state_message = None
        if self.statusBar().currentMessage() == text:
            self.statusBar().clearMessage()

    def _state_of(self, period):
        return getattr(self._statuses.get(period), "state", None)

    def _show_completeness(self) -> None:
        view = self.model.view
        required = len(view.required)
        self.completeness.setRange(0, max(required, 1))
        self.completeness.setValue(view.entered)
        tally = view.tally  # the assigned indicators as the report's summary counts them
        said = labels.completeness_text(view.counted)
        self.completeness.setFormat(said)
        self.completeness.setToolTip(said)
        # what a screen reader says of the bar: what it measures and how far, not a bare value ("1")
        self.completeness.setAccessibleName(f"{translate('MainWindow', 'How complete the entry is')}: {said}")
        self.completeness_label.setText(said)
        self.completeness_label.setAccessibleName(said)  # whole, also when the counts squeeze it (`_squeezed`)
        self._show_bar(view.entered > 0)
        # Whose counts each are (the assigned, the own targets'), the warnings before the own targets'.
        n = len(self.model.all_warnings())
        warnings = n and translate("MainWindow", "%n warning(s) to review", "", n)
        parts = term_end_parts(view)  # the term's last year report: the term's targets apart from the year's
        full = (labels.term_end_counts_text(tally.total, parts) if parts else labels.verdict_counts_text(tally),
                warnings, labels.own_counts_text(view.rows))
        own_counts = verdict_counts([r.own_evaluation.verdict for r in view.rows if r.own_evaluation is not None])
        own = compact_counts(own_counts)
        own_said = translate("labels", "Own targets: {counts}").format(counts=_said(own)) if own else full[2]

        def assigned(first) -> str:
            if parts:  # each part without its counts at 0, what to act on first in each
                return labels.term_end_counts_text(tally.total, parts,
                                                   lambda verdicts: _said(compact_counts(verdict_counts(verdicts), first)))
            shown = compact_counts(tally.counts, first)
            return (translate("labels", "Assigned {total}: {counts}").format(total=tally.total, counts=_said(shown))
                    if shown else full[0])

        compact = (assigned(TO_ACT_ON[:1]), warnings, own_said)
        to_act_on = (warnings, assigned(TO_ACT_ON), own_said)
        self._status_texts = tuple("· " + " · ".join(part for part in parts if part)
                                   for parts in (full, compact, to_act_on))
        self.summary_label.setText(self._status_texts[0])
        self._state_message_gone()  # read again after a change of state or of person: a message of before goes
        self._fit_status_line()

    def _show_bar(self, shown: bool) -> None:
        """The bar once something is entered: empty, it was a grey box beside "Đã nhập 0/8 chỉ tiêu
        giao", read as a field left blank (walk U1 F10); its words say the same. While a message
        covers the line (QStatusBar hid the bar), it is shown again when the message goes: QStatusBar
        shows again the widgets not hidden on purpose, and hide() is on purpose."""
        if shown and self.statusBar().currentMessage():
            self.completeness.setAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide, False)
        else:
            self.completeness.setVisible(shown)

    def _fit_status_line(self) -> None:
        """The counts as on paper when they fit in the room the whole account and the other labels
        leave them; else without the counts at 0; else what to act on first, cut with "…" if need
        be (the module's note)."""
        summary = self.summary_label
        if self._fitting or summary.isHidden() or summary.text() not in self._status_texts:
            return  # a message over the bar hides the counts: fitted again when they are back
        self._fitting = True
        try:
            room, metrics = summary.contentsRect().width(), summary.fontMetrics()
            room = self._squeezed(room, 0)  # the room beside the completeness's words whole: the line chosen as ever
            text = next((t for t in self._status_texts if metrics.horizontalAdvance(t) <= room), self._status_texts[-1])
            self._squeezed(room, metrics.horizontalAdvance(text))  # the words cut for that line to fit one line
            if summary.text() != text:
                summary.setText(text)
        finally:
            self._fitting = False

    def _squeezed(self, room: int, need: int) -> int:
        """The counts' `room` once the completeness's words ("Đã nhập 1/7 chỉ tiêu cần nhập kỳ này") gave them what
        they lack to say what to act on in one line (`need`), cut with "…" after the figure at the most, whole in
        their tooltip and accessible name, and the bar's; whole again where the counts fit beside them (S129: at 150 %
        the bar, shown after the first save, sent the counts to a second line, 21 px of the table's, an indicator
        fewer in sight)."""
        label = self.completeness_label
        if label.isHidden():
            return room
        natural = QLabel.sizeHint(label).width()
        # the room with the words whole: the width asked now, not yet the one laid out (the counts are fitted again
        # each time the bar lays them out, their room then as the last width asked left it)
        whole_room = room - (natural - min(natural, label.maximumWidth()))
        text, metrics = label.text(), label.fontMetrics()
        # only with a bigger text, where a second line of counts takes a whole indicator from the table's sight, and
        # only the words after the figure that name what is counted: never "…, 2 chờ số liệu đầu nhiệm kỳ"
        figure = re.match(r"\D*\d+/\d+", text)  # "Đã nhập 1/7": never cut
        least = natural - metrics.horizontalAdvance(text) + metrics.horizontalAdvance(
            (figure.group() if figure else "") + " …")
        # Cut only where that makes one line: else the words whole, as before. A second line once taken is kept while
        # the period's figures are typed (the table's rows do not move up and down as the counts change, S126), until
        # another period is shown.
        if need > whole_room and natural - least < need - whole_room and self.summary_label.isVisible():  # laid out
            self._two_lines = self.period
        if (need <= whole_room or text_scale(label.font()) <= 1 or "," in text
                or getattr(self, "_two_lines", None) == self.period):
            label.setMaximumWidth(QWIDGETSIZE_MAX)
            return whole_room
        width = natural - (need - whole_room)
        if label.maximumWidth() != width:
            label.setMaximumWidth(width)
            self.statusBar().layout().activate()  # the counts laid out in their room now: not two lines for a moment
        return whole_room + natural - width

    def _show_last_saved(self, when: dt.datetime | None = None) -> None:
        if when is not None:
            self.saved_label.setText(translate("MainWindow", "Saved at {time}").format(time=time_text(when)))
            return
        last = self.workspace.last_saved()
        # The hour alone when it was today (the clock's day, as the time saved): the verdicts' counts
        # beside it keep their room at 1366 px.
        when = last and (time_text(last) if last.date() == dt.datetime.now(last.tzinfo).date() else format_time(last))
        self.saved_label.setText(translate("MainWindow", "Last saved: {time}").format(time=when) if last
                                 else translate("MainWindow", "No figures yet"))
