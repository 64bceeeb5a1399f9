"""The window names its own actions where a reason says what to do, the command line its commands
(walk 8, finding 6): every valid file's "Lý do" ended "(chitieu keys confirm 01840 7ZBJ-…)" and an
unsigned one's note "(chitieu unsigned accept …)" in the window, whose people confirm a key on its
"Khóa ký" tab. The log keeps one text; the window shows "(Khóa ký › Xác nhận khóa…)", the command
line prints the command, the printed sheets neither (as before)."""
from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtCore import Qt

from desktop_app.cli import run
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import ON_TIME, delivered, make_submissions
from ui.province_intake_rows import NOTE, REASON

TODAY = dt.date(2026, 7, 1)
CONFIRM = "(Khóa ký › Xác nhận khóa…)"
ACCEPT = "(Khóa ký › Nhận tệp chưa ký…)"


@pytest.fixture
def folder(tmp_path):
    """A's report signed by its laptop's key (pending), then another file of A signed by another
    laptop's; B's report unsigned."""
    a, b = pick_units(2, 0)
    inbox = tmp_path / "hop-thu"
    inbox.mkdir()
    made = {}
    for name, unit, laptop, sign in (("1-ky.xlsx", a, "may-a", True), ("2-may-khac.xlsx", a, "may-khac", True),
                                     ("3-chua-ky.xlsx", b, "may-b", False)):
        out = tmp_path / laptop
        out.mkdir()
        ws, subs = make_submissions(out, [unit], PERIOD, data_dir=tmp_path / f"{laptop}-db", sign=sign)
        ws.close()
        made[name] = subs[unit]
        delivered(shutil.copy2(out / f"{subs[unit].file_stem}.xlsx", inbox / name), ON_TIME)
    return inbox, a, b, made


def _reason_cells(window) -> dict[str, str]:
    model = window.intake_model
    return {model.index(r, 0).data(): model.index(r, REASON).data() for r in range(model.rowCount())}


def _window_after_intake(qtbot, office, inbox):
    from ui.province_window import ProvinceWindow

    w = ProvinceWindow(office.ws, today=TODAY)
    qtbot.addWidget(w)
    w.period_box.setCurrentIndex(w.period_box.findData(PERIOD))
    w.show()
    qtbot.waitExposed(w)
    with qtbot.waitSignal(w.intake_done, timeout=30000):
        w.start_intake(inbox)
    return w


def test_the_window_names_its_own_actions(qtbot, office, folder):
    inbox, a, b, made = folder
    w = _window_after_intake(qtbot, office, inbox)
    code = made["1-ky.xlsx"].key_code
    cells = _reason_cells(w)
    assert cells["1-ky.xlsx"].endswith(f"Khóa ký mã {code} của đơn vị chưa được xác nhận: số liệu được tính và đánh "
                                       "dấu chờ xác nhận; đối chiếu mã này với mã in trên báo cáo giấy có chữ ký rồi "
                                       f"xác nhận, gõ mã in trên giấy {CONFIRM}.")
    assert "rồi xác nhận mã đúng (Khóa ký › Xác nhận khóa…; xác nhận một khóa thì khóa kia bị thu hồi) và nhận " \
           "lại tệp." in cells["2-may-khac.xlsx"]
    assert f"chưa tính vào tổng hợp cho đến khi tỉnh chấp nhận {ACCEPT}." in cells["3-chua-ky.xlsx"]
    for row in range(w.intake_model.rowCount()):  # the cell, its tooltip and the whole reason under the table
        index = w.intake_proxy.index(row, REASON)
        w.intake_table.setCurrentIndex(index)
        for text in (index.data(), index.data(Qt.ItemDataRole.ToolTipRole), w.file_reason.text()):
            assert "chitieu" not in text and "Khóa ký ›" in text

    # the unsigned unit's note in "Tình hình gửi báo cáo", its tooltip and under the table
    w.tabs.setCurrentIndex(0)
    w.search.setText(b)
    assert w.proxy.rowCount() == 1
    index = w.proxy.index(0, NOTE)
    w.table.setCurrentIndex(index)
    assert index.data() == f"Chỉ nhận được bản chưa ký: chưa tính vào tổng hợp cho đến khi tỉnh chấp nhận {ACCEPT}."
    assert "chitieu" not in index.data(Qt.ItemDataRole.ToolTipRole) and ACCEPT in w.unit_note.text()
    assert "chitieu" not in w.unit_note.text()


def test_the_command_line_prints_its_commands(folder, tmp_path, capsys):
    inbox, a, b, made = folder
    assert run(["--data-dir", str(tmp_path / "tinh"), "consolidate", str(inbox), "--period", PERIOD]) == 0
    out = capsys.readouterr().out
    assert f"rồi xác nhận, gõ mã in trên giấy (chitieu keys confirm {a} MÃ_TRÊN_GIẤY)." in out
    assert f"(chitieu keys confirm {a} {made['1-ky.xlsx'].key_code}" not in out
    assert f"(chitieu keys confirm {a} MÃ_TRÊN_GIẤY; xác nhận một khóa thì khóa kia bị thu hồi)" in out
    assert f"(chitieu unsigned accept {b} --period {PERIOD})." in out
    assert "Khóa ký ›" not in out


def test_the_english_window_names_its_actions_in_english(qtbot, office, folder):
    """Walk 17, L4: the reason stays in Vietnamese (said so), the way to act as the English window
    names it: "(Signing keys › Confirm key…)", not a Vietnamese menu that is not on the screen."""
    from ui import i18n

    inbox, a, b, made = folder
    w = _window_after_intake(qtbot, office, inbox)
    try:
        i18n.switch_language(i18n.ENGLISH)
        qtbot.waitUntil(lambda: "Signing keys ›" in _reason_cells(w)["1-ky.xlsx"], timeout=10000)
        cells = _reason_cells(w)
        assert cells["1-ky.xlsx"].endswith("then confirm it, typing the code on the paper (Signing keys › Confirm key…).")  # in English since walk U15
        assert "(Signing keys › Accept unsigned file…)." in cells["3-chua-ky.xlsx"]
        assert not any("Khóa ký ›" in text for text in cells.values())
    finally:
        i18n.install_language(i18n.VIETNAMESE)
        i18n.save_language(i18n.VIETNAMESE)
