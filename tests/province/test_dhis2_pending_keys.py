"""What goes to DHIS2: a unit whose report is signed by a key the province has not confirmed
yet ("khóa chờ xác nhận": anyone can sign a file with a key of their own for a unit that has
not reported) is not in the DHIS2 or ADX file; the command says it left it out, why, and what
to do; once the key is confirmed against the signed paper, the next export has it. Comments go
out without direction overrides or line breaks."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest

from desktop_app.cli import run
from desktop_app.core.consolidation import Consolidation
from desktop_app.core.vietnam_time import stated_day
from exports import dhis2
from exports.dhis2 import ADX_NS, data_value_sets, left_out_lines
from tests.province.conftest import PERIOD
from tests.province.helpers import make_submissions


@pytest.fixture
def two_units(tmp_path):
    """Two units' approved reports, each signed by its own laptop's key, which the province
    has not confirmed (their first files), and a province database set up."""
    folder = tmp_path / "hop-thu"
    folder.mkdir()
    ws, subs = make_submissions(folder, ["05503", "05443"], PERIOD, data_dir=tmp_path / "xa")
    ws.close()
    data = str(tmp_path / "tinh")
    assert run(["--data-dir", data, "province-setup", "--signer", "Hoàng Thị Ký"]) == 0
    return {"folder": folder, "data": data, "subs": subs}


def _export(two_units, tmp_path, capsys, *more):
    out = tmp_path / "out"
    capsys.readouterr()
    assert run(["--data-dir", two_units["data"], "consolidate", str(two_units["folder"]), "--period", PERIOD,
                "--dhis2", str(out / "dv.json"), "--adx", str(out / "dv.xml"), *more]) == 0
    sets = {s["orgUnit"]: s for s in json.loads((out / "dv.json").read_text(encoding="utf-8"))["dataValueSets"]}
    groups = {g.get("orgUnit"): g for g in ET.parse(out / "dv.xml").getroot().iter(f"{{{ADX_NS}}}group")}
    return sets, groups, capsys.readouterr().out


def test_a_unit_whose_key_awaits_confirmation_goes_to_dhis2_only_once_confirmed(two_units, tmp_path, capsys):
    tan_cuong, phan_dinh_phung = two_units["subs"]["05503"], two_units["subs"]["05443"]
    out = tmp_path / "out"
    # every unit's key awaits confirmation: files of no unit are not written (walk U10, F4), the workbook is
    assert run(["--data-dir", two_units["data"], "consolidate", str(two_units["folder"]), "--period", PERIOD,
                "--dhis2", str(out / "dv.json"), "--adx", str(out / "dv.xml"), "--xlsx", str(out / "t.xlsx")]) == 1
    assert not (out / "dv.json").exists() and not (out / "dv.xml").exists() and (out / "t.xlsx").is_file()
    captured = capsys.readouterr()
    said = captured.out
    assert ("Chưa ghi tệp DHIS2 6 tháng đầu năm 2026: tệp sẽ không có đơn vị nào. 2 đơn vị đã gửi báo cáo nhưng "
            "khóa ký tệp đang chờ tỉnh xác nhận: ") in captured.err
    assert "Xã Tân Cương (05503)" in captured.err and "Phường Phan Đình Phùng (05443)" in captured.err
    assert "Chưa ghi tệp ADX 6 tháng đầu năm 2026" in captured.err
    assert ("Chưa đưa vào tệp DHIS2 và tệp ADX: 2 đơn vị có khóa chờ xác nhận (tỉnh chưa đối chiếu mã khóa ký tệp "
            "với báo cáo giấy có chữ ký của đơn vị") in said
    assert (f"- Xã Tân Cương (mã 05503): tệp ký bằng khóa mã {tan_cuong.key_code} "
            "(chitieu keys confirm 05503 MÃ_TRÊN_GIẤY)") in said
    assert f"(mã 05443): tệp ký bằng khóa mã {phan_dinh_phung.key_code} (chitieu keys confirm 05443 MÃ_TRÊN_GIẤY)" in said
    assert "gõ mã in trên giấy thay cho MÃ_TRÊN_GIẤY" in said
    assert "rồi xuất lại tệp DHIS2 và tệp ADX." in said

    # the officer compares Xã Tân Cương's code with its signed paper and confirms it, as told
    assert run(["--data-dir", two_units["data"], "keys", "confirm", "05503", tan_cuong.key_code]) == 0
    sets, groups, said = _export(two_units, tmp_path, capsys)
    assert list(sets) == list(groups) == ["05503"]
    assert sets["05503"]["completeDate"] == groups["05503"].get("completeDate") == stated_day(tan_cuong.approved_at).isoformat()
    assert any(v["dataElement"] == "bhyt" for v in sets["05503"]["dataValues"])
    assert "Chưa đưa vào tệp DHIS2 và tệp ADX: 1 đơn vị có khóa chờ xác nhận" in said
    assert "Tân Cương" not in said.split("Chưa đưa vào")[1] and "(mã 05443)" in said

    assert run(["--data-dir", two_units["data"], "keys", "confirm", "05443", phan_dinh_phung.key_code]) == 0
    sets, _, said = _export(two_units, tmp_path, capsys)
    assert sorted(sets) == ["05443", "05503"] and "Chưa đưa vào" not in said


def test_only_the_file_asked_for_is_named_and_json_lists_the_units(two_units, tmp_path, capsys):
    out = tmp_path / "out"
    capsys.readouterr()
    assert run(["--data-dir", two_units["data"], "consolidate", str(two_units["folder"]), "--period", PERIOD,
                "--adx", str(out / "dv.xml")]) == 1  # no unit to write: not written
    said = capsys.readouterr().out
    assert "Chưa đưa vào tệp ADX: 2 đơn vị có khóa chờ xác nhận" in said and "rồi xuất lại tệp ADX." in said
    assert "DHIS2" not in said
    assert run(["--data-dir", two_units["data"], "consolidate", str(two_units["folder"]), "--period", PERIOD,
                "--dhis2", str(out / "dv.json"), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["outputs"] == {} and data["not_written"]["dhis2"].startswith("Chưa ghi tệp DHIS2 6 tháng đầu năm 2026")
    assert sorted(data["left_out_of_dhis2"], key=lambda u: u["code"]) == [
        {"code": c, "name": s.unit_name, "key_code": s.key_code} for c, s in sorted(two_units["subs"].items())]


def _confirmed(con: Consolidation) -> Consolidation:
    """`con` as if every counted unit's key were confirmed."""
    return replace(con, units=[replace(u, status=replace(u.status, key_state="Đã xác nhận")) for u in con.units])


def test_many_units_left_out_are_counted_past_the_first_names(received, monkeypatch):
    office, _ = received
    con = office.consolidation(PERIOD)
    pending = dhis2.left_out(con)
    assert len(pending) > 3
    monkeypatch.setattr(dhis2, "LEFT_OUT_NAMED", 3)
    lines = left_out_lines(con, "tệp DHIS2")
    assert lines[0].startswith(f"Chưa đưa vào tệp DHIS2: {len(pending)} đơn vị có khóa chờ xác nhận")
    assert [line.split(" (mã")[0] for line in lines[1:4]] == [f"- {u.name}" for u in pending[:3]]
    assert lines[4] == (f"… và {len(pending) - 3} đơn vị khác: xem đủ ở trang \"Tình hình gửi báo cáo\" của bảng "
                        "tổng hợp Excel (--xlsx).")
    assert lines[5].endswith("rồi xuất lại tệp DHIS2.")
    assert left_out_lines(_confirmed(con)) == []


def test_a_comment_goes_to_dhis2_without_direction_overrides_or_line_breaks(received):
    """A comment reversed on screen by U+202E ("Không đạt" typed backwards shows as "Không đạt"
    read the other way), or broken over lines, would travel from DHIS2 into others' sheets."""
    office, _ = received
    con = _confirmed(office.consolidation(PERIOD))
    unit = next(u for u in con.units if u.submission is not None)
    items = [replace(it, comment="Số liệu \u202etạđ gnôhK\u202c\nđến 30/6\u200b") if it.code == "bhyt" else it
             for it in unit.submission.items]
    con = replace(con, units=[replace(u, submission=replace(u.submission, items=tuple(items))) if u is unit else u
                              for u in con.units])
    [sent] = [s for s in data_value_sets(con) if s["orgUnit"] == unit.commune.code]
    [bhyt] = [v for v in sent["dataValues"] if v["dataElement"] == "bhyt"]
    assert bhyt["comment"] == "Số liệu tạđ gnôhK đến 30/6"
