"""`chitieu consolidate` names each unit whose file was refused, with the file and the reason intake
recorded, after the completeness line that only counted them ("trong đó 1 đơn vị có tệp bị từ
chối"): a reviewer at a terminal reading another folder later did not learn which file to ask for
again, nor why. The list is bounded; the workbook has every one."""
from __future__ import annotations

import datetime as dt

from desktop_app.cli import run
from desktop_app.core.consolidation import Completeness, ReportStatus, UnitStatus
from desktop_app.core.periods import parse_period
from desktop_app.province_cli import REFUSED_SHOWN, refused_lines
from tests.province.conftest import PERIOD


def test_a_unit_refused_in_an_earlier_run_is_named_with_its_file_and_reason(inbox, tmp_path, capsys):
    data = tmp_path / "tinh"
    assert run(["--data-dir", str(data), "consolidate", str(inbox["folder"]), "--period", PERIOD]) == 0
    first = capsys.readouterr().out
    empty = tmp_path / "thu-moi"
    empty.mkdir()
    assert run(["--data-dir", str(data), "consolidate", str(empty), "--period", PERIOD]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "(trong đó 1 đơn vị có tệp bị từ chối)" in lines[1]  # the completeness line, as it was
    start = lines.index("Có tệp bị từ chối (số liệu chưa tính vào tổng hợp): 1 đơn vị.")
    named = lines[start + 1]
    assert named.startswith(f"- Phường Phổ Yên (mã {inbox['tampered']}), tệp bao-cao-da-sua.xlsx: Đã bị sửa: ")
    assert "đã bị sửa sau khi lập" in named and "hãy xin đơn vị gửi lại tệp do phần mềm xuất" in named
    # the first run's other lines are as they were: each file read, its class and reason, then the counts
    assert "Đã bị sửa: bao-cao-da-sua.xlsx: Số liệu trang" in first
    assert first.count("bao-cao-da-sua.xlsx: ") == 2  # its result line and the refused unit's


def _refused(n: int) -> Completeness:
    units = [UnitStatus(k, f"{k:05}", f"Xã Thứ {k}", "xã", ReportStatus.BI_TU_CHOI, file_name=f"tep-{k}.xlsx",
                        reason=f"Tệp hỏng: Tệp tep-{k}.xlsx bị hỏng.") for k in range(1, n + 1)]
    units.append(UnitStatus(n + 1, "99999", "Xã Đã Gửi", "xã", ReportStatus.DA_NHAN, file_name="gui.xlsx"))
    return Completeness(parse_period(PERIOD), dt.date(2026, 6, 20), units)


def test_the_list_is_bounded_and_says_how_many_more():
    lines = refused_lines(_refused(REFUSED_SHOWN + 5))
    assert lines[0] == f"Có tệp bị từ chối (số liệu chưa tính vào tổng hợp): {REFUSED_SHOWN + 5} đơn vị."
    assert lines[1] == "- Xã Thứ 1 (mã 00001), tệp tep-1.xlsx: Tệp hỏng: Tệp tep-1.xlsx bị hỏng."
    assert len(lines) == 1 + REFUSED_SHOWN + 1
    assert lines[-1].startswith("… và 5 tệp khác: xem đủ ở trang \"Tình hình gửi báo cáo\"")
    assert not any("Xã Đã Gửi" in line for line in lines)


def test_nothing_refused_prints_nothing():
    assert refused_lines(_refused(0)) == []
    assert len(refused_lines(_refused(REFUSED_SHOWN))) == 1 + REFUSED_SHOWN  # all shown: no "… và"


def test_a_reason_stored_before_prints_the_paper_s_code_not_the_file_s():
    """Red-team R15, F5: a reason intake stored before 0198f7c gave the file's own key code in its
    confirmation command; printed again at the terminal it now asks for the paper's."""
    stored = ("Chữ ký không khớp: Tệp tep-1.xlsx (Xã Thứ 1) được ký bằng khóa mã 2AGD-74DB-XAPR-HE6P, khác khóa "
              "đang chờ xác nhận của đơn vị … rồi xác nhận mã đúng (chitieu keys confirm 00001 2AGD-74DB-XAPR-HE6P).")
    unit = UnitStatus(1, "00001", "Xã Thứ 1", "xã", ReportStatus.BI_TU_CHOI, file_name="tep-1.xlsx", reason=stored)
    [_, line] = refused_lines(Completeness(parse_period(PERIOD), dt.date(2026, 6, 20), [unit]))
    assert "(chitieu keys confirm 00001 MÃ_TRÊN_GIẤY)" in line and "confirm 00001 2AGD" not in line
