"""Walk U18 F5: the banner over an approved period exported for the province, then exported again, said the
second export's time alone; an officer asked "when did we send it?" read that. It says the first export and,
beside it, the latest: "… was exported at 09:12 05/12/2026 (exported again at 14:30 06/12/2026)." (the
Vietnamese "… đã được xuất lúc 09:12 05/12/2026 (xuất lại lúc 14:30 06/12/2026)." once translated). Exported
once, it says that time alone, as before."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QLabel

from desktop_app.core.periods import parse_period
from desktop_app.core.users import Role
from desktop_app.core.workflow import State
from desktop_app.services import Workspace, export_period
from tests.core.test_exported_first_time import AGAIN, FIRST, at
from tests.core.test_workflow import PW, as_
from tests.ui.conftest import shot, window_in_english
from tests.ui.test_alt_letters_first_run import shown
from tests.ui.test_roles_refused_at_once import DEC
from ui.workflow_actions import ReopenDialog

WARD_2026 = {"thu_ngan_sach": {"value": "912.450"}, "bhyt": {"numerator": "41.870", "denominator": "42.315"},
             "truong_chuan": {"numerator": "27", "denominator": "43"},
             "lao_dong_dao_tao": {"numerator": "24.310", "denominator": "28.150"},
             "rac_thai_do_thi": {"numerator": "18.240,5", "denominator": "18.240,5"},
             "to_chuc_dang_htt": {"numerator": "53", "denominator": "58"},
             "ho_so_truc_tuyen": {"numerator": "8.412", "denominator": "8.412"},
             "dan_quan_tu_ve": {"numerator": "1.120", "denominator": "42.315", "comment": "Đang kiện toàn lực lượng"},
             "tngt_so_vu": {"value": "9", "previous": "8", "comment": "Tăng 1 vụ trên Quốc lộ 3"}, "tngt_nguoi_chet": {"value": "2", "previous": "3"}}


@pytest.fixture
def ward_office(data_dir):
    """Phường Phan Đình Phùng (the longest unit name) with an administrator, an officer and a leader."""
    ws = Workspace.open(data_dir)
    ws.add_user("admin", "Hoàng Văn Quản", "Quản trị", PW["admin"])
    ws.login("admin", PW["admin"])
    ws.setup("Phan Đình Phùng", "Lê Văn Cường", "Phạm Thị Dung", "Phó Chủ tịch", "UBND")
    ws.add_user("canbo", "Lê Văn Cường", Role.OFFICER, PW["canbo"])
    ws.add_user("lanhdao", "Phạm Thị Dung", Role.LEADER, PW["lanhdao"])
    ws.logout()
    yield ws
    ws.close()


def _approved(ws) -> None:
    as_(ws, "canbo")
    ws.set_baseline("giam_ngheo", "0,20")
    ws.set_baseline("ket_nap_dang_vien", "1.386")
    ws.set_entry("2026", "giam_ngheo", numerator="21", denominator="11.940")
    ws.set_entry("2026", "ket_nap_dang_vien", numerator="46")
    for code, figures in WARD_2026.items():
        ws.set_entry("2026", code, **figures)
    ws.complete("2026")
    as_(ws, "lanhdao")
    with pytest.MonkeyPatch.context() as patch:  # the day before the exports: a file is not made before its approval
        at(patch, FIRST - dt.timedelta(days=1))
        ws.approve("2026")


def _banner(window) -> str:
    return window.frozen_label.text().replace("\u00a0", " ")


def test_the_banner_says_the_first_export_and_the_latest(make_window, ward_office, qtbot, tmp_path, monkeypatch,
                                                        english):
    ws = ward_office
    _approved(ws)
    at(monkeypatch, FIRST)
    export_period(ws, "2026", tmp_path / "lan-1", pdf=False)
    window = make_window(ws, today=DEC)
    window_in_english(window, qtbot, english)
    assert window.period.code == "2026" and ws.period_state("2026") == State.SENT
    assert _banner(window).startswith("This period is exported: its file for the province was exported at "
                                      "09:12 05/12/2026. The program does not send it:")
    at(monkeypatch, AGAIN)
    export_period(ws, "2026", tmp_path / "lan-2", pdf=False)
    window.reload(window.period)
    assert _banner(window).startswith("This period is exported: its file for the province was exported at "
                                      "09:12 05/12/2026 (exported again at 14:30 06/12/2026). The program does not "
                                      "send it: e-mail the file to the province (File › Send to the province…)")
    window.resize(1366, 768)
    shot(window, "s102_banner_exported_again_en")



def test_the_reopen_box_says_the_times_the_banner_says(ward_office, qtbot, tmp_path, monkeypatch):
    """Walk U20 F1: the reopen box said the latest export alone ("được xuất lúc 14:30 06/12/2026") under a
    banner saying the first; the province most likely holds the file of the first."""
    ws = ward_office
    _approved(ws)
    at(monkeypatch, FIRST)
    export_period(ws, "2026", tmp_path / "lan-1", pdf=False)
    at(monkeypatch, AGAIN)
    export_period(ws, "2026", tmp_path / "lan-2", pdf=False)
    dialog = shown(qtbot, ReopenDialog(None, ws, parse_period("2026")))
    said = dialog.findChild(QLabel).text().replace("\u00a0", " ")  # the QInputDialog's own label, made first
    assert "được xuất lúc 09:12 05/12/2026 (xuất lại lúc 14:30 06/12/2026), nên tỉnh có thể đang giữ" in said
    dialog.reject()
