"""`chitieu consolidate`, `province-setup` and `catalog-update` on the command line; DHIS2 and ADX files."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from desktop_app.cli import run
from desktop_app.core.periods import parse_period
from desktop_app.core.vietnam_time import stated_day
from exports.dhis2 import ADX_NS, adx_period, data_element, dhis2_period
from tests.province.conftest import PERIOD


def test_consolidate_json_lists_every_file_and_the_counts(inbox, tmp_path, capsys):
    """--json prints each file's name, class and reason, and the completeness counts; outputs are written."""
    data = tmp_path / "tinh"
    out = tmp_path / "out"
    assert run(["--data-dir", str(data), "province-setup", "--signer", "Hoàng Thị Ký"]) == 0
    capsys.readouterr()
    code = run(["--data-dir", str(data), "consolidate", str(inbox["folder"]), "--period", PERIOD, "--json",
                "--xlsx", str(out / "tong-hop.xlsx"), "--pdf", str(out / "bao-cao.pdf"),
                "--dhis2", str(out / "dhis2.json"), "--adx", str(out / "adx.xml"), "--number", "3",
                "--date", "2026-07-02"])
    assert code == 1  # every key awaits confirmation: the DHIS2 and ADX files would hold no unit
    result = json.loads(capsys.readouterr().out)
    assert sorted(result["not_written"]) == ["adx", "dhis2"] and sorted(result["outputs"]) == ["pdf", "xlsx"]
    assert {f["file"]: f["class"] for f in result["files"]} == inbox["expected"]
    assert all(f["reason"] for f in result["files"])
    n = len(inbox["kept"])
    assert result["completeness"]["received"] == n and result["completeness"]["missing"] == 92 - n
    assert result["completeness"]["text"].startswith(f"Đã nhận {n}/92")
    assert (out / "tong-hop.xlsx").is_file() and (out / "bao-cao.pdf").is_file()
    assert not (out / "dhis2.json").exists() and not (out / "adx.xml").exists()

    # the same folder again: nothing new, text output names the missing units
    assert run(["--data-dir", str(data), "consolidate", str(inbox["folder"]), "--period", PERIOD]) == 0
    text = capsys.readouterr().out
    assert "chưa gửi báo cáo" in text and f"Đã nhận {n}/92" in text


def test_no_pdf_report_without_its_signers_name(inbox, tmp_path, capsys):
    """The report ends with the signer's title and name: with none saved, `consolidate --pdf`
    refuses before it reads a file, says where the name is typed, and writes nothing."""
    data, out = tmp_path / "tinh", tmp_path / "out"
    assert run(["--data-dir", str(data), "province-setup"]) == 0
    capsys.readouterr()
    code = run(["--data-dir", str(data), "consolidate", str(inbox["folder"]), "--period", PERIOD,
                "--xlsx", str(out / "tong-hop.xlsx"), "--pdf", str(out / "bao-cao.pdf"), "--date", "2026-07-02"])
    said = capsys.readouterr()
    assert code != 0
    assert "Chưa có tên Người ký" in said.err and "Tệp › Cài đặt…" in said.err
    assert 'chitieu province-setup --signer "HỌ VÀ TÊN"' in said.err
    assert not out.exists() and "Hợp lệ" not in said.out  # no file read, none written

    assert run(["--data-dir", str(data), "province-setup", "--signer", "Hoàng Thị Ký"]) == 0  # as it says
    assert run(["--data-dir", str(data), "consolidate", str(inbox["folder"]), "--period", PERIOD,
                "--pdf", str(out / "bao-cao.pdf"), "--date", "2026-07-02"]) == 0
    assert (out / "bao-cao.pdf").is_file()


def test_a_commune_database_refuses_province_mode(workspace, data_dir, capsys):
    """A database with a commune chosen cannot become the province's."""
    workspace.close()
    assert run(["--data-dir", str(data_dir), "province-setup"]) == 2
    assert "cấp tỉnh dùng cơ sở dữ liệu riêng" in capsys.readouterr().err


def test_a_province_database_refuses_a_commune(tmp_path, capsys):
    """province-setup, then setup --commune is refused: the province holds no commune entries."""
    data = tmp_path / "tinh"
    assert run(["--data-dir", str(data), "province-setup", "--signer", "Hoàng Thị Ký"]) == 0
    assert run(["--data-dir", str(data), "setup", "--commune", "tan cuong", "--preparer", "A B",
                "--signer", "C D"]) == 2
    assert "cấp tỉnh" in capsys.readouterr().err


def test_catalog_update_from_the_command_line(tmp_path, capsys):
    """The province edits and exports; a commune imports; a second import is refused."""
    prov, xa = str(tmp_path / "tinh"), str(tmp_path / "xa")
    assert run(["--data-dir", prov, "province-setup"]) == 0
    assert run(["--data-dir", prov, "catalog-update", "add-indicator", "--code", "ho_cap_quang", "--name",
                "Tỷ lệ hộ dùng internet cáp quang", "--unit", "%", "--kind", "ratio"]) == 0
    assert run(["--data-dir", prov, "catalog-update", "target", "--indicator", "bhyt", "--unit", "05503",
                "--op", ">=", "--value", "97"]) == 0
    out = tmp_path / "cap-nhat.chitieu-catalog.json"
    assert run(["--data-dir", prov, "catalog-update", "export", "--version", "2026.2", "--out", str(out)]) == 0
    code = json.loads(out.read_text(encoding="utf-8"))["key_code"]
    printed = capsys.readouterr().out
    assert f"mã khóa {code}: mã này in trên công văn gửi kèm" in printed
    cover = tmp_path / "cap-nhat_cong-van.pdf"
    assert "Công văn gửi kèm (in, ký, đóng dấu" in printed and f": {cover}\n" in printed and cover.is_file()
    assert run(["--data-dir", xa, "setup", "--commune", "tan cuong", "--preparer", "A B", "--signer", "C D"]) == 0
    capsys.readouterr()
    # the first import needs the code printed on the cover note: without it, or with another, refused
    assert run(["--data-dir", xa, "catalog-update", "import", str(out)]) == 2
    err = capsys.readouterr().err
    assert "bản cập nhật đầu tiên" in err and "mã khóa của tỉnh in trên công văn" in err and code not in err
    assert run(["--data-dir", xa, "catalog-update", "import", str(out), "--code", "AAAA-BBBB-CCCC-DDDD"]) == 2
    err = capsys.readouterr().err
    assert "mã đã gõ không khớp khóa đã ký tệp" in err and code not in err
    assert "Ghi nhận" not in capsys.readouterr().out
    assert run(["--data-dir", xa, "catalog-update", "import", str(out), "--code", code.lower()]) == 0
    printed = capsys.readouterr().out
    assert "2026.2" in printed and f"Ghi nhận khóa ký của tỉnh: mã {code}, khớp mã in trên công văn" in printed
    assert run(["--data-dir", xa, "set", "--period", "2026", "--indicator", "ho_cap_quang",
                "--numerator", "8", "--denominator", "10"]) == 0
    assert run(["--data-dir", xa, "catalog-update", "import", str(out)]) == 2
    assert "không mới hơn" in capsys.readouterr().err
    deep = tmp_path / "long-nhau.chitieu-catalog.json"
    deep.write_text("[" * 100000 + "]" * 100000, encoding="ascii")
    assert run(["--data-dir", xa, "catalog-update", "import", str(deep)]) == 2
    err = capsys.readouterr().err
    assert "lồng nhau quá sâu" in err and "Traceback" not in err and "RecursionError" not in err


def test_dhis2_and_adx_hold_the_consolidated_values(received, tmp_path):
    """One data value set per unit (data set, period, unit, the approval date as completeDate for
    an approved report): every recomputed result by unit code and indicator code, the
    baselines as their own data elements, a fall on last year's target as a percentage. Every
    unit's key confirmed first: one awaiting confirmation is left out (test_dhis2_pending_keys)."""
    office, _ = received
    for u in office.consolidation(PERIOD).completeness.units_in("pending"):
        office.confirm_key(u.code, u.key_code)
    con = office.consolidation(PERIOD)
    assert con.completeness.counts["pending"] == 0 and len(inbox_units(con)) > 10
    office.export_dhis2(PERIOD, tmp_path / "dv.json")
    office.export_adx(PERIOD, tmp_path / "adx.xml")
    dv = json.loads((tmp_path / "dv.json").read_text(encoding="utf-8"))
    assert dv["orgUnitIdScheme"] == "CODE" and dv["dataElementIdScheme"] == "CODE"
    sets = {s["orgUnit"]: s for s in dv["dataValueSets"]}
    assert {(s["dataSet"], s["period"]) for s in sets.values()} == {("CHITIEU_XA", "2026S1")}
    values = {(unit, v["dataElement"]): v for unit, s in sets.items() for v in s["dataValues"]}
    n = 0
    for u in inbox_units(con):
        one = sets[u.commune.code]
        if u.submission.approved:
            assert one["completeDate"] == stated_day(u.submission.approved_at).isoformat()  # the paper's Vietnam day
        else:
            assert "completeDate" not in one
        for it in u.submission.items:
            if it.value is not None:
                got = values[(u.commune.code, it.code)]["value"]
                want = it.value if it.unit != "Có/Không" else ("true" if it.value == "1" else "false")
                assert got == want == con.item(u.commune.code, it.code).value
                n += 1
            if it.baseline is not None:
                assert values[(u.commune.code, f"{it.code}__dau_nhiem_ky")]["value"] == it.baseline
            if it.code.startswith("tngt_") and it.target_value is not None:
                assert values[(u.commune.code, f"{it.code}__chi_tieu_giam_pct")]["value"] == it.target_value
    root = ET.parse(tmp_path / "adx.xml").getroot()
    groups = root.findall(f"{{{ADX_NS}}}group")
    assert len(groups) == len(inbox_units(con))
    assert {g.get("period") for g in groups} == {"2026-01-01/P6M"}
    assert {g.get("orgUnit"): g.get("completeDate") for g in groups} == {
        unit: s.get("completeDate") for unit, s in sets.items()}
    adx_values = {(g.get("orgUnit"), d.get("dataElement")): d.get("value")
                  for g in groups for d in g.findall(f"{{{ADX_NS}}}dataValue")}
    assert len(adx_values) == len(values)
    assert n > 100


def inbox_units(con):
    return [u for u in con.units if u.submission is not None]


@pytest.mark.parametrize("code, pe, adx", [("2026-Q1", "2026Q1", "2026-01-01/P3M"),
                                            ("2026-6M", "2026S1", "2026-01-01/P6M"),
                                            ("2027-9M", "2027Q3", "2027-07-01/P3M"),
                                            ("2030", "2030", "2030-01-01/P1Y")])
def test_period_mapping(code, pe, adx):
    """Our period codes map to DHIS2 periods; nine months go to Q3 under separate data elements."""
    p = parse_period(code)
    assert dhis2_period(p) == pe and adx_period(p) == adx
    assert data_element("bhyt", "", p) == ("bhyt__9t" if p.kind == "9M" else "bhyt")


def test_catalog_update_export_out_is_a_file(capsys):
    """`chitieu catalog-update export --help`: --out is a file (TỆP), as its help says, not a folder."""
    with pytest.raises(SystemExit):
        run(["catalog-update", "export", "--help"])
    out = "".join(capsys.readouterr().out.split())  # argparse wraps the help where it likes
    assert "--outTỆP" in out and "THƯ_MỤC" not in out
    assert "tệpcậpnhậtsẽghi,vídụbo-chi-tieu-2026.2.chitieu-catalog.json" in out
