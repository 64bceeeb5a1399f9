"""The key register's line says the date of receipt and the reading time in one zone, Vietnam's
(red-team 16, F5): on a computer set to UTC it read "nhận lần đầu 04/12/2026 (… đọc lúc 18:35
03/12/2026)", one moment on two days. The window's Khóa ký tab: a key that came only on a refused
file shows the day it was read, a date like the others' (walk 15, L6), in Vietnam time too, said as
a reading day, as the command says it (walk 29, M2: 05/12/2026 under "Nhận lần đầu" for a file
received on 19/06/2026)."""
from __future__ import annotations

from types import SimpleNamespace

from desktop_app.core.intake import vietnam_day, vietnam_when_text
from desktop_app.province_cli import _key_history

READ_UTC = "2026-12-03T18:35:00+00:00"  # 01:35 on 04/12/2026 in Vietnam


def _key(**changes):
    key = dict(first_file="2026-9M_05488_xa-dai-phuc.xlsx", first_seen=READ_UTC, first_received="2026-12-04",
               confirmed_at=None, confirmed_by=None, revoked_at=None, revoked_by=None, state="Chờ xác nhận",
               none_stored=False)
    return SimpleNamespace(**(key | changes))


def test_the_register_line_says_both_in_vietnam_time():
    assert _key_history(_key()) == ("nhận lần đầu 04/12/2026 (2026-9M_05488_xa-dai-phuc.xlsx, đọc lúc 01:35 "
                                    "04/12/2026)")
    confirmed = _key(confirmed_at="2026-12-03T20:10:00+00:00", confirmed_by="tinh.quantri")
    assert _key_history(confirmed).endswith("; xác nhận 03:10 04/12/2026 bởi tinh.quantri")
    refused_only = _key(first_received=None, none_stored=True)  # read before its date was recorded
    assert _key_history(refused_only) == ("đọc tệp đầu tiên lúc 01:35 04/12/2026 (2026-9M_05488_xa-dai-phuc.xlsx, "
                                          "chưa lưu tệp nào ký bằng khóa này, nên không có ngày nhận)")


def test_a_moment_in_vietnam_time():
    assert vietnam_when_text(READ_UTC) == "01:35 04/12/2026"
    assert vietnam_when_text("2026-12-04T01:35:00+07:00") == "01:35 04/12/2026"
    assert vietnam_day(READ_UTC).isoformat() == "2026-12-04"
    assert vietnam_when_text("") == "không rõ" and vietnam_day("") is None


def test_the_keys_tab_shows_a_refused_only_keys_day_in_vietnam_time(qapp):
    from PySide6.QtCore import Qt

    from ui.province_key_lists import KeysModel

    model = KeysModel()
    key = SimpleNamespace(unit_code="05488", unit_name="Xã Đại Phúc", key_code="AZB6-OUI2-CCRO-KV6N",
                          shared="", shared_with="", **vars(_key(first_received=None, none_stored=True)))
    model.set_rows([key])
    cell = model.index(0, KeysModel.FIRST_SEEN)
    # a day, as the others' (it was "18:35 03/12/2026"), said as the day it was read (walk 29, M2)
    assert cell.data() == "đọc 04/12/2026"  # in the window's Vietnamese (it stayed English: walk 29)
    tip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert " 01:35 04/12/2026" in tip  # when it was read
    assert tip.startswith("2026-9M_05488_xa-dai-phuc.xlsx: tệp đầu tiên ký bằng khóa này, đọc lúc "), tip
    assert tip.endswith(". Chưa lưu tệp nào ký bằng khóa này (các tệp đều bị từ chối), nên không có ngày nhận: ngày "
                        "trong cột là ngày chương trình đọc tệp.")
