"""The question of a second approval says what changed since the last one (walk 29b: after a reopening
and corrections it said only the counts, like the first; nothing showed the corrections)."""
from __future__ import annotations

import datetime as dt
import os

from PySide6.QtWidgets import QMessageBox

from desktop_app.core.workflow import State
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script

SHOT = os.environ.get("CHITIEU_SHOT")  # a folder to save the question's picture in (looked at by hand)


def _approve(window) -> str:
    """Duyệt from the menu, Yes to the question and OK to the box saying it is approved: the question's text."""
    asked = []

    def question(box):
        asked.append(box.text())
        if SHOT:
            box.grab().save(os.path.join(SHOT, f"approve_{len(os.listdir(SHOT))}.png"))
        box.button(QMessageBox.StandardButton.Yes).click()

    script = Script((QMessageBox, question), (QMessageBox, lambda box: box.accept()))
    window.approve_action.trigger()
    script.check()
    return asked[0]


def _reopen(office):  # noqa: F811
    as_(office, "lanhdao")
    office.reopen("2026", "Điều chỉnh theo số liệu của Chi cục Thuế")


def test_a_second_approval_lists_what_changed_since_the_first(make_window, office):  # noqa: F811
    as_(office, "canbo")
    fill_year(office)
    office.complete("2026")
    as_(office, "lanhdao")
    window = make_window(office, today=dt.date(2026, 12, 20))
    first = _approve(window)
    # a first: the counts alone (and why 6 read "Đang thực hiện", 3ca9dd7)
    assert first.split("\n\n")[0].count("\n") == 2 and "→" not in first.split("\n\n")[1]
    assert office.period_state("2026") == State.APPROVED
    day = office.approval("2026").at[:10]
    day = f"{day[8:10]}/{day[5:7]}/{day[:4]}"

    _reopen(office)
    as_(office, "canbo")
    office.set_entry("2026", "thu_ngan_sach", value="51.200")
    office.set_entry("2026", "bhyt", numerator="9.600")
    office.complete("2026")
    as_(office, "lanhdao")
    window.reload(window.period)
    second = _approve(window)
    counts, changes = second.split("\n\n")[0], second.split("\n\n")[1]
    assert counts.count("\n") == 2  # the question, then the counts and why some read "Đang thực hiện"
    assert changes.splitlines()[0] == f"Khác với lần duyệt trước (ngày {day}):"
    assert changes.count("\n") == 2 and "50.000\u00a0→\u00a051.200" in changes and "9.500\u00a0→\u00a09.600" in changes  # the figures joined (S108)
    assert office.period_state("2026") == State.APPROVED

    _reopen(office)  # approved again with the figures as they were: said so, no list
    as_(office, "canbo")
    office.complete("2026")
    as_(office, "lanhdao")
    window.reload(window.period)
    third = _approve(window)
    said = third.split("\n\n")[0].splitlines()
    assert len(said) == 4 and said[3] == f"Không có số liệu nào khác lần duyệt trước (ngày {day})."
    assert "→" not in third.split("\n\n")[1]


def test_each_kind_of_change_is_named_for_what_it_is(office):  # noqa: F811
    """Red-team 29: a target changed by a catalogue update read "Đang thực hiện → Đang thực hiện", a
    correction nobody made; an own target and a comment read as nothing at all."""
    from dataclasses import replace

    from desktop_app.core.evaluation import Target
    from desktop_app.core.rows import Drift
    from ui.workflow_actions import changes_text

    as_(office, "canbo")
    fill_year(office)
    row = next(r for r in office.period_view("2026").rows if r.indicator.code == "bhyt")
    moved = replace(row, target=Target("≥", row.target.value - 3), own_target=Target("≥", row.target.value),
                    entry=replace(row.entry, comment="Theo Bảo hiểm xã hội"))
    said = changes_text(("2026-12-05T03:00:00+00:00", [Drift(row.indicator, row, moved)]))
    # the arrow held to its figures, a target's sign to its figure, by no-break spaces (walk U20 F7)
    assert said.splitlines()[-1].endswith(": chỉ tiêu tỉnh giao 100\u00a0→\u00a0≥\u00a097; chỉ tiêu xã tự đặt —\u00a0→\u00a0≥\u00a0100; "
                                          "đã sửa ghi chú"), said
    assert said.splitlines()[2].startswith("Khác với lần duyệt trước (ngày 05/12/2026)")
