"""Walk U3 F3 in the window: Phường Phan Đình Phùng's poverty rate fell 1,2 points (5,2% → 4%)
against its 0,03; the Đánh giá cell read "Đến nay đã vượt mức chỉ tiêu (4.000%)". It says by how
many points, as the report does, in Vietnamese and in English."""
from __future__ import annotations

from desktop_app.core.periods import Period
from ui.entry_model import Col


def test_a_fall_beyond_its_target_reads_in_points(make_window, ward_workspace, english):
    ws = ward_workspace
    ws.set_baseline("giam_ngheo", "5,2%")
    ws.set_entry("2026-6M", "giam_ngheo", numerator="40", denominator="1.000")
    window = make_window(ws)
    window.show_period(Period(2026, "6M"))
    model = window.model

    def said() -> list[str]:
        return model.index(model.line_of("giam_ngheo"), Col.VERDICT).data().split("\n")

    assert said() == ["Đang thực hiện", "Đến nay đã vượt chỉ tiêu 1,17 điểm %"]
    assert said()[1] == ws.row("2026-6M", "giam_ngheo").compared_text  # the report's words
    english()
    window.show_period(Period(2026, "6M"))
    assert said() == ["In progress", "So far above the target by 1,17 points"]
