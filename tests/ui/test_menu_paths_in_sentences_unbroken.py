"""A menu path written in a sentence (a refusal of the core: "… (Tệp › Xuất báo cáo…) rồi ký số."; a
translation: "… đánh dấu Hoàn thành (Kỳ báo cáo › Đánh dấu hoàn thành) …"; a dialog's "Tệp › Cài đặt…") is
never broken next to its "›" where a box or a dialog wraps the sentence: a line ended "(Tệp", the next began
"› Xuất báo cáo…)" (ui.menu_place kept only the paths the window builds). The spaces beside "›" are no-break
ones, read as spaces."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from desktop_app.core.errors import SignatureError
from tests.core.test_workflow import as_, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, press
from ui.actions import run_action
from ui.setup_dialog import SetupDialog
from ui.workflow_actions import approve_period

NBSP = "\u00a0"
# as report_signing says it when the export changed while signing
REFUSAL = ("Chưa ký số: trong lúc ký, kết quả kỳ báo cáo đã được mở lại để sửa. Không tệp nào được ghi. Xuất lại "
           "báo cáo kỳ 6 tháng đầu năm 2026 (Tệp › Xuất báo cáo…) rồi ký số.")


def _breaks_beside_the_separator(text: str, label: QLabel) -> list[str]:
    """Where `text`, wrapped at word boundaries as `label` wraps it, ends a line with "›" or starts one
    with it, at any width from a narrow box's to `label`'s own."""
    found = []
    narrowest = QFontMetrics(label.font()).horizontalAdvance("Kỳ báo cáo › Ký số báo cáo…")
    for width in range(narrowest, max(label.contentsRect().width(), narrowest) + 1):
        for paragraph in text.split("\n"):
            layout = QTextLayout(paragraph, label.font())
            layout.setTextOption(QTextOption())
            layout.beginLayout()
            lines = []
            while (line := layout.createLine()).isValid():
                line.setLineWidth(width)
                lines.append(paragraph[line.textStart():line.textStart() + line.textLength()])
            layout.endLayout()
            found += [f"{width}px: {a.strip()[-16:]} | {b.strip()[:16]}" for a, b in zip(lines, lines[1:])
                      if a.strip().endswith("›") or b.strip().startswith("›")]
    return found


def _read_box(seen: list):
    def read(box):
        label = box.findChild(QLabel, "qt_msgbox_label")
        seen.append((label.text(), _breaks_beside_the_separator(label.text(), label)))
        press(Qt.Key.Key_Return, widget=box)
    return read


def test_a_refusal_naming_a_menu_path_never_breaks_beside_its_arrow(qtbot):
    def sign():
        raise SignatureError(REFUSAL)

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    parent.activateWindow()
    seen = []
    script = Script((QMessageBox, _read_box(seen)))
    run_action(parent, sign, title="Không ký số được")
    script.check()
    [(text, breaks)] = seen
    assert text == REFUSAL.replace(" › ", f"{NBSP}›{NBSP}")  # the words as the core says them
    assert not breaks, breaks


def test_a_translated_sentence_naming_a_menu_path_never_breaks_beside_its_arrow(make_window, office):  # noqa: F811
    as_(office, "lanhdao")
    window = make_window(office)
    seen = []
    script = Script((QMessageBox, _read_box(seen)))
    approve_period(window, office, window.period)  # not marked complete: the box says who does what first
    script.check()
    [(text, breaks)] = seen
    assert text.endswith(f"Cán bộ nhập liệu nhập xong và đánh dấu Hoàn thành (Kỳ báo cáo{NBSP}›{NBSP}Đánh dấu hoàn "
                         "thành), sau đó Lãnh đạo mới duyệt."), text
    assert not breaks, breaks


def test_a_dialog_naming_a_menu_path_keeps_its_arrow_with_it(qtbot, blank_workspace):
    dialog = SetupDialog(blank_workspace, first_run=True)
    qtbot.addWidget(dialog)
    dialog.show()
    named = [label for label in dialog.findChildren(QLabel) if "Cài đặt…" in label.text()]
    [intro] = [label for label in named if "Có thể đổi lại sau" in label.text()]  # beside it: the e-mail field's note
    assert intro.text().endswith(f"Có thể đổi lại sau trong <i>Tệp{NBSP}›{NBSP}Cài đặt…</i>")
    assert len(named) == 2 and all(f"<i>Tệp{NBSP}›{NBSP}Cài đặt…</i>" in label.text() for label in named)
