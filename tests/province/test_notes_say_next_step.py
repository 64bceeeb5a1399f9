"""Each unit's note on "Tình hình gửi báo cáo" says what happened and what to do next (walk U15, at
1366×768): a refused file and the counted one of the same name told apart (a re-export keeps its
name), and the unit's status says another key waits; a draft counted says so and asks for the
approved report; a file signed by a key the province revoked ends with the next step."""
from __future__ import annotations

import datetime as dt

from desktop_app.core.intake import FileClass
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import later, make_submissions


def _row(office, code):
    return next(u for u in office.checked_completeness(PERIOD).units if u.code == code)


def test_a_refused_file_and_the_counted_one_of_the_same_name_are_told_apart(office, tmp_path):
    (a,) = pick_units(1, 0)
    for laptop in ("may-a", "may-cai-lai"):  # the same report's file name, from a reinstalled laptop
        ws, _ = make_submissions(tmp_path / laptop, [a], PERIOD, data_dir=tmp_path / f"{laptop}-db")
        ws.close()
    [kept] = office.intake(tmp_path / "may-a", PERIOD, received=dt.date(2026, 6, 18)).results
    first = office.keys(a)[0]
    office.confirm_key(a, first.key_code)
    [refused] = office.intake(tmp_path / "may-cai-lai", PERIOD, received=dt.date(2026, 7, 12)).results
    assert refused.class_ == FileClass.CHU_KY_KHONG_KHOP and refused.file_name == kept.file_name
    row = _row(office, a)
    made = office.store.received(PERIOD, unit_code=a)[0].generated_at  # "2026-06-18T09:00:00+07:00"
    hour, day = made[11:16], f"{made[8:10]}/{made[5:7]}/{made[:4]}"
    assert (f"tệp {refused.file_name} (nhận 12/07/2026) ký bằng khóa này đã bị từ chối (Chữ ký không khớp), chưa "
            f"được tính; tỉnh vẫn tính tệp cùng tên nhận trước đó (lập lúc {hour} {day}, nhận 18/06/2026, ký bằng "
            f"khóa mã {first.key_code}).") in row.reason
    # the status says an action waits (its figures' key confirmed: not among "pending", the header's figure)
    assert row.status_text == "Đã nhận, khóa khác chờ xác nhận"
    assert a not in {u.code for u in office.checked_completeness(PERIOD).units_in("pending")}


def test_a_counted_draft_says_its_figures_count_and_asks_for_the_approved_report(office, tmp_path):
    (a,) = pick_units(1, 0)
    ws, _ = make_submissions(tmp_path / "in", [a], PERIOD, approve=False, data_dir=tmp_path / "db")
    ws.close()
    office.intake(tmp_path / "in", PERIOD, received=dt.date(2026, 6, 18))
    row = _row(office, a)
    assert row.status == "Dự thảo" and row.received  # counted, as the note says
    assert row.reason.startswith("Bản dự thảo (chưa được Lãnh đạo duyệt): số liệu của bản này vẫn được tính vào "
                                 "tổng hợp trong khi chờ. Xin đơn vị trình Lãnh đạo duyệt rồi gửi lại tệp bản đã "
                                 "duyệt.")


def test_a_file_signed_by_a_revoked_key_ends_with_the_next_step(office, tmp_path):
    (a,) = pick_units(1, 0)
    ws, subs = make_submissions(tmp_path / "in", [a], PERIOD, data_dir=tmp_path / "db")
    ws.close()
    office.intake(tmp_path / "in", PERIOD, received=dt.date(2026, 6, 18))
    office.revoke_key(a, office.keys(a)[0].key_code)  # never confirmed: the paper did not match
    again = tmp_path / "lan-2"
    again.mkdir()
    write_submission(later(subs[a], 30), again / "lai.xlsx")
    [line] = office.intake(again, PERIOD, received=dt.date(2026, 6, 19)).results
    assert line.class_ == FileClass.KHOA_THU_HOI
    name = office.catalog.commune_by_code(a).name
    step = (f"Không nhận. Đề nghị {name} gửi báo cáo lập trên máy của đơn vị và cho biết mã khóa in trên báo cáo "
            "giấy có chữ ký, để đối chiếu rồi xác nhận khóa, gõ mã in trên giấy (chitieu keys confirm "
            f"{a} MÃ_TRÊN_GIẤY).")
    assert line.reason.endswith(step)
    assert _row(office, a).reason.endswith(step)  # the unit's note on "Tình hình gửi báo cáo"
