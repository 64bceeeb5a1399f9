"""An indicator the province assigns by a catalogue update sits in the window where the paper puts it (walk U18
F3, Phường Phan Đình Phùng at 1366×768): the province assigned "Tốc độ tăng giá trị sản phẩm trên địa bàn"
(catalogue group "bo_sung") with a target for every unit and published 2026.2; the ward imported it. The
window showed it as the last row, STT 22, under "Chỉ tiêu bổ sung" although its target says "Tỉnh giao"; the
annex puts it in "I. CHỈ TIÊU TỈNH GIAO" right after 9, and page 1 counts it with the assigned ones. It is now
right after 9, headed "Chỉ tiêu tỉnh giao bổ sung", before the indicators the province does not assign.

Decision (brief S100, option b): the window heads such an indicator apart instead of the province naming a
thematic group when assigning. The catalogue that carries "bo_sung" (every update and stored catalogue
written so far) shows right as it is, the update's format is unchanged, and the window lists the assigned
indicators in the paper's order (1…9, 22): a thematic group given to STT 22 would have headed it "Kinh tế"
a second time under "Xây dựng Đảng", or moved it between 1 and 2 while the paper keeps it after 9."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop_app import catalog_update as cu
from desktop_app.core.periods import Period
from desktop_app.core.users import Role
from desktop_app.services import Workspace
from tests.core.test_workflow import PW, as_
from tests.province.conftest import office  # noqa: F401 (the fixture)
from tests.ui.conftest import shot
from ui import i18n
from ui.entry_model import ROW_KIND_ROLE

GROWTH = "tang_gia_tri_san_pham"
DAY = dt.date(2027, 3, 16)


@pytest.fixture
def ward(office, data_dir, tmp_path):  # noqa: F811 (the fixture)
    """The province assigns the growth of product value (≥ 8 for every unit) and publishes 2026.2;
    Phường Phan Đình Phùng imports it; its officer logged in, the growth typed for Quý I 2027."""
    cu.edit(office.ws, cu.assign, GROWTH)
    cu.edit(office.ws, cu.set_target, GROWTH, ">=", "8", unit="all")
    cu.publish(office.ws, "2026.2", tmp_path / "bo-chi-tieu-2026.2")
    ws = Workspace.open(data_dir)
    ws.add_user("admin", "Hoàng Văn Quản", "Quản trị", PW["admin"])
    ws.login("admin", PW["admin"])
    ws.setup("phan dinh phung", "Nguyễn Thị Thanh Huyền", "Đỗ Văn Quang")
    ws.add_user("canbo", "Nguyễn Thị Thanh Huyền", Role.OFFICER, PW["canbo"])
    cu.import_update(ws, tmp_path / f"bo-chi-tieu-2026.2{cu.SUFFIX}", office.ws.key_code)
    as_(ws, "canbo")
    ws.today_is = DAY
    ws.set_entry("2027-Q1", GROWTH, value="6,8")
    yield ws
    ws.close()


def _lines(model) -> list[tuple[str, str]]:
    """("group", its heading) or ("row", the indicator's code) of each line of the table, in order."""
    out = []
    for i in range(model.rowCount()):
        if model.data(model.index(i, 0), ROW_KIND_ROLE) == "group":
            out.append(("group", model.data(model.index(i, 0), Qt.ItemDataRole.DisplayRole)))
        else:
            out.append(("row", model.lines[i].row.indicator.code))
    return out


def test_the_services_count_it_assigned_and_the_paper_lists_it_after_9(ward):
    """The walk's case through the services: the ward's view and its report count the growth with the
    province's indicators, in the annex's part I after 9 (what the window must agree with)."""
    view = ward.period_view("2027-Q1")
    row = next(r for r in view.rows if r.indicator.code == GROWTH)
    assert row.indicator.assigned and row.indicator.group == "bo_sung" and row.target is not None
    assert [i.no for i in ward.submission("2027-Q1").assigned_items] == [1, 2, 3, 4, 5, 7, 8, 9, 22]
    assert len(view.assigned_rows) == 9


@pytest.mark.parametrize("language", ["en", "vi"])
def test_the_window_heads_it_with_the_assigned_ones_after_9(make_window, ward, language):
    if language == "en":
        i18n.install_language(i18n.ENGLISH)
    window = make_window(ward, today=DAY)
    window.resize(1366, 768)
    window.show_period(Period(2027, "Q1"))
    lines = _lines(window.model)
    rows = [code for kind, code in lines if kind == "row"]
    assigned = [i.code for i in ward.submission("2027-Q1").assigned_items]
    assert rows[:len(assigned)] == assigned  # the window's order is the paper's: 1…9, then 22
    at = lines.index(("row", GROWTH))
    heading = lines[at - 1]
    assert lines[at - 2] == ("row", "to_chuc_dang_htt")  # STT 9
    if language == "en":
        assert heading == ("group", "Additional indicators assigned by the province")
    else:  # the heading in Vietnamese once the lead's translation has it; the key is the English source
        assert heading[0] == "group" and heading[1] in ("Chỉ tiêu tỉnh giao bổ sung",
                                                        "Additional indicators assigned by the province")
    # the indicators the province does not assign follow, under their own heading, 21 the last
    assert lines[at + 1][0] == "group" and lines[at + 1][1] != heading[1]
    assert rows[-1] == "thu_tien_su_dung_dat"
    window.table.scrollTo(window.model.index(at, 0))
    shot(window, f"s100_assigned_additional_{language}")
