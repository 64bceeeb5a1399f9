"""What the reopen dialog says of the targets a reopened period is judged against (walk U18 F1):
above the question, "Kỳ này được duyệt theo bộ chỉ tiêu 2026.1; mở lại, kỳ sẽ được đánh giá theo bộ chỉ
tiêu đang dùng 2026.3:", the changes a line each in a frame that scrolls when they are many (the
dialog keeps its buttons on a 1366x768 screen), and under the reason a box the leader ticks to reopen
knowingly: the
reason typed and Enter alone do not reopen a period whose verdicts change (`ReopenDialog.accept`
refuses under the question, the keyboard on the box). Escape cancels, as before. The words are the
core's (core/reopen_targets.py), as `chitieu reopen` prints them and the audit row keeps them."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.reopen_targets import ReopenTargets
from ui.common import in_language
from ui.i18n import translate

LINES_SHOWN = 8  # the changes' lines shown before the frame scrolls: the dialog stays within 768 pixels


class TargetsOnReopening(QWidget):
    """The lead, the changes and the box to tick, put above the question of `dialog` (a QInputDialog
    already laid out); `width`: the question's width, which they keep."""

    def __init__(self, dialog: QInputDialog, targets: ReopenTargets, width: int):
        super().__init__(dialog)
        self.targets = targets
        self.lead = QLabel(in_language(targets.lead))
        self.lead.setWordWrap(True)
        self.lead.setMinimumWidth(width)
        said = [f"• {in_language(line)}" for line in targets.lines]
        self.lines = QLabel()
        self.lines.setWordWrap(True)
        self.lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines.setContentsMargins(6, 4, 6, 4)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.lines)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # arrows and PgDn read on, after a Tab
        self.scroll.setAccessibleName(in_language(targets.lead))
        self.said = said
        self._fit(width - self.scroll.verticalScrollBar().sizeHint().width())
        self.agree = QCheckBox(translate(
            "workflow_actions", "I &accept that the period is judged against catalogue {version}, as listed above"
        ).format(version=targets.current_version))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.lead)
        layout.addWidget(self.scroll)
        # the changes above what the dialog said before (a sent period's warning, the question); the box under
        # the reason, over the buttons: what is ticked last, as confirming is
        dialog.layout().insertWidget(0, self)
        dialog.layout().insertWidget(dialog.layout().indexOf(dialog.findChild(QDialogButtonBox)), self.agree)

    def _fit(self, width: int) -> None:
        """The frame as tall as the first LINES_SHOWN changes wrapped at `width` (the label's, with its margins),
        whole lines: more scroll."""
        self.lines.setText("\n".join(self.said[:LINES_SHOWN]))
        self.scroll.setFixedHeight(self.lines.heightForWidth(width) + 2 * self.scroll.frameWidth())
        self.lines.setText("\n".join(self.said))

    def showEvent(self, event) -> None:
        """Fitted again at the width the dialog gives the lines, known once shown."""
        super().showEvent(event)
        self._fit(self.scroll.viewport().width())

    def refusal(self) -> str:
        """Said under the question when the box is not ticked."""
        return translate("workflow_actions", "Tick the box under the reason first: once reopened, the period is "
                                             "judged against catalogue {version}, as listed above.").format(
            version=self.targets.current_version)
