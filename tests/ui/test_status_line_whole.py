"""After a catalogue update the status line says what changed; at 1366×768 the sentence naming the
new target is longer than the line (walk 11, finding 8: it stopped at "… bảo hiểm y tế =", the new
target never shown). It is cut with "…" to fit beside the permanent labels, and whole in the
status bar's tooltip while it is shown."""
from __future__ import annotations

from desktop_app.core.words import Words

JUDGED = Words("Kỳ đang nhập (Quý I năm 2026, 6 tháng đầu năm 2026, Năm 2026) nay được đánh giá theo chỉ tiêu mới: "
               "Tỷ lệ người dân tham gia bảo hiểm y tế = 100 → ≥ 97.",
               "The periods being entered (…) are now judged against the new target: Health insurance = 100 → ≥ 97.")


def test_a_long_update_line_is_cut_with_an_ellipsis_and_whole_in_the_tooltip(window, qtbot):
    window.resize(1366, 697)
    qtbot.wait(50)
    window.catalog_updated("2026.2", [JUDGED])
    bar = window.statusBar()
    shown, whole = bar.currentMessage(), bar.toolTip()
    assert whole.startswith("Đã cập nhật bộ chỉ tiêu lên phiên bản 2026.2.") and whole.endswith("= 100 → ≥ 97.")
    assert shown.endswith("…") and whole.startswith(shown[:-1])
    room = bar.width() - window.account_label.width() - window.saved_label.width()
    assert bar.fontMetrics().horizontalAdvance(shown) < room
    bar.showMessage("Đã lưu")  # another message: the tooltip went with the one it completed
    assert bar.toolTip() == ""


def test_a_short_update_line_is_shown_whole_without_tooltip(window, qtbot):
    window.resize(1366, 697)
    window.catalog_updated("2026.2", [])
    assert window.statusBar().currentMessage() == "Đã cập nhật bộ chỉ tiêu lên phiên bản 2026.2."
    assert window.statusBar().toolTip() == ""
