"""A unit whose report is counted while a file of the same period, signed by another key of the
unit not yet confirmed, was refused ("Chữ ký không khớp"): "Tình hình gửi" said only "Đã nhận"
with an empty note (walk 29, L3, the reinstalled laptop's file). Its note now names the file, the
key's code and how to receive it, as the confirmation box does; gone once the file is received."""
from __future__ import annotations

import datetime as dt

from desktop_app.core.intake import FileClass
from desktop_app.core.keys import in_window
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import make_submissions


def _row(office, code):
    return next(u for u in office.checked_completeness(PERIOD).units if u.code == code)


def test_the_note_names_the_refused_file_and_its_key(office, tmp_path):
    (a,) = pick_units(1, 0)
    for laptop in ("may-a", "may-cai-lai"):  # A's laptop, then A's report from a reinstalled one
        ws, _ = make_submissions(tmp_path / laptop, [a], PERIOD, data_dir=tmp_path / f"{laptop}-db")
        ws.close()
    [kept] = office.intake(tmp_path / "may-a", PERIOD, received=dt.date(2026, 6, 18)).results
    first = office.keys(a)[0]
    office.confirm_key(a, first.key_code)
    assert _row(office, a).reason == ""
    [refused] = office.intake(tmp_path / "may-cai-lai", PERIOD, received=dt.date(2026, 6, 19)).results
    assert refused.class_ == FileClass.CHU_KY_KHONG_KHOP
    new = next(k for k in office.keys(a) if k.key_code != first.key_code)
    row = _row(office, a)
    assert row.status == "Đã nhận" and row.file_name == kept.file_name
    # dated by its date of receipt, 19/06, as recorded in the log (it said when it was read: walk 29, M2)
    assert row.reason.startswith(f"Khóa khác của đơn vị chờ xác nhận (mã {new.key_code}): tệp {refused.file_name} "
                                 "(nhận 19/06/2026) ký bằng khóa này")
    assert " ký bằng khóa này đã bị từ chối (Chữ ký không khớp), chưa được tính; " in row.reason
    assert refused.file_name == kept.file_name  # told apart by when the counted one was made (walk U15)
    assert "tỉnh vẫn tính tệp cùng tên nhận trước đó (lập lúc " in row.reason
    assert f"gõ mã in trên giấy (chitieu keys confirm {a} MÃ_TRÊN_GIẤY)" in row.reason
    assert "(Khóa ký › Xác nhận khóa…)" in in_window(row.reason)  # the window's way

    office.confirm_key(a, new.key_code)
    office.intake(tmp_path / "may-cai-lai", PERIOD, received=dt.date(2026, 6, 19))
    assert "Khóa khác" not in _row(office, a).reason  # received: nothing waits (its date: test_first_receipt_noted)
