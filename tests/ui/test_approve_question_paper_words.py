"""Duyệt's question after a reopening, as walk U17 left it (Phường Phan Đình Phùng, the longest name of the 92
units, at 1366×768):
- F5: it counted "Không đạt 2" of the additional indicators under "Không đạt 1" of the province's, and the
  leader looked for the 2 on page 1, which sums up only the province's indicators and the unit's own targets.
  Each count now says where the paper states it, in the paper's words: page 1's two sums (with the numbers of
  those Không đạt, as page 1 names them), the annex's part II for the additional ones, not summed up on page 1;
- F4: a growth of 1500 % corrected to 1250 read "1.500 → 1.250" in the list of changes, beside a cell showing
  1500: it reads "1500 → 1250", as the cell (the paper keeps "1.500");
- the names in the question whose words scroll are whole (they were cut at 60 letters, for the box's one line
  each); in the box that fits, still cut."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.workflow import State
from tests.core.test_workflow import as_
from tests.ui.conftest import Script, press, shot
from tests.ui.test_approve_enter_says_no import DAY, ward  # noqa: F401 (the fixture)
from ui import i18n
from ui.approve_dialog import ApproveQuestion

NBSP = "\u00a0"
GROWTH = "tang_gia_tri_san_pham"
ONLINE = "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng (trừ hồ sơ thuộc phạm vi bí mật nhà nước)"


def _approved_then_corrected(ws) -> None:
    """2026 approved with a growth of 1500 % and three additional indicators Không đạt, an own target of the
    ward's; reopened, the growth corrected to 1250; marked Hoàn thành again; the leader logged in."""
    ws.reopen("2026", "Bổ sung chỉ tiêu phường tự đặt")  # from Hoàn thành
    ws.set_own_target(2026, "bhyt", ">=", "99")
    as_(ws, "canbo")
    ws.set_entry("2026", "gia_dinh_van_hoa", numerator="80", denominator="100", comment="Còn 2 tổ chưa bình xét")
    ws.set_entry("2026", "co_quan_van_hoa", numerator="50", denominator="100", comment="Doanh nghiệp mới")
    ws.set_entry("2026", "ho_so_truc_tuyen", numerator="40", denominator="100", comment="Mạng chậm")
    ws.set_entry("2026", GROWTH, value="1500")
    ws.complete("2026")
    as_(ws, "lanhdao")
    ws.approve("2026", ws.submission("2026").fingerprint)
    ws.reopen("2026", "Điều chỉnh theo số liệu của Chi cục Thống kê")
    as_(ws, "canbo")
    ws.set_entry("2026", GROWTH, value="1250")
    ws.complete("2026")
    as_(ws, "lanhdao")


def _question(make_window, ws, kind, name) -> str:
    window = make_window(ws, today=DAY)
    window.resize(1366, 768)
    said = {}

    def read(box):
        said["text"] = box.text().replace(NBSP, " ")
        shot(box, name)
        press(Qt.Key.Key_Escape, widget=box)  # Không

    script = Script((kind, read))
    window.approve_action.trigger()
    script.check()
    assert ws.period_state("2026") == State.COMPLETE
    return said["text"]


@pytest.fixture
def screen_1366(monkeypatch):
    """1366×768 less its taskbar."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 1366, 728))


def test_each_count_says_where_the_paper_states_it(make_window, ward, screen_1366):  # noqa: F811
    _approved_then_corrected(ward)
    i18n.install_language(i18n.ENGLISH)
    lines = _question(make_window, ward, QMessageBox, "s96_approve_question_paper_words_en").split("\n")
    assert lines[1:4] == [
        "Page 1, assigned indicators summed up (8): Exceeded 1, Met 0, Not met 1 (indicator no. 8), In progress 6",
        "Page 1, the ward's own targets for 2026 (1): Exceeded 0, Met 0, Not met 1 (indicator no. 2)",
        ("Annex, part II. Additional indicators (not summed up on page 1): Exceeded 0, Met 0, Not met 3, "
         "No target assigned 1")], lines


def test_a_corrected_growth_rate_reads_as_its_cell(make_window, ward, screen_1366):  # noqa: F811
    _approved_then_corrected(ward)
    text = _question(make_window, ward, QMessageBox, "s96_approve_question_growth_vi")
    changed = [line for line in text.split("\n") if line.startswith("• Tốc độ tăng giá trị sản phẩm")]
    assert len(changed) == 1 and changed[0].endswith(" 1500 → 1250"), text
    assert "1.500" not in text and "1.250" not in text
    # the ward's own targets in page 1's words, "phường tự đặt", not "tự đặt" alone (walk U21 F10)
    assert "Trang 1, theo 1 chỉ tiêu phường tự đặt năm 2026: Vượt 0, Đạt 0, Không đạt 1 (chỉ tiêu số 2)" in text.split("\n"), text


def test_the_scrolling_question_names_them_whole(make_window, ward, monkeypatch, screen_1366):  # noqa: F811
    _approved_then_corrected(ward)
    cut = _question(make_window, ward, QMessageBox, "s96_approve_question_names_cut_vi")
    assert "• 14. Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng…: Không đạt" in cut.split("\n"), cut
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 1366, 400))
    whole = _question(make_window, ward, ApproveQuestion, "s96_approve_question_names_whole_vi")
    assert f"• 14. {ONLINE}: Không đạt" in whole.split("\n"), whole
    assert "…" not in whole.replace("… và", ""), whole
