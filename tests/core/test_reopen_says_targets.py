"""Reopening an approved period says when today's targets are not the ones it was approved against
(walk U18 F1): the ward's 2026 year report approved with party admissions ≥ 3,2 (Vượt); the province's
2026.2, meant for 2027, sets ≥ 4 and assigns the growth of product value (≥ 7,5). Reopened, the 2026
report read ≥ 4 → Không đạt and "tăng giá trị sản phẩm" ≥ 7,5 → Đạt, and nothing warned the leader.
Now the changes are listed before reopening (`reopen_targets_of`), the command line refuses without
--yes, printing them, and the reopening's audit row keeps them. A period reopened with no target
changed says nothing more, and shows what it showed."""
from __future__ import annotations

import pytest

from desktop_app import catalog_update as cu
from desktop_app.__main__ import main
from desktop_app.core.signing import key_code, new_private_key, public_key
from desktop_app.reopen_changes import reopen_targets_of
from tests.core.test_workflow import PW, as_, fill_year, office  # noqa: F401 (the fixture)

PROVINCE = new_private_key()
PERIOD = "2026"
ADMISSIONS = "Tỷ lệ kết nạp đảng viên mới hằng năm: ≥ 3,2 → ≥ 4 (Vượt → Không đạt)"
GROWTH = "Tốc độ tăng giá trị sản phẩm trên địa…: chưa giao → ≥ 7,5 (Đạt)"


def approved_2026(ws):
    """The year 2026 entered (party admissions 3,6 %, the growth of product value 7,5 %), approved."""
    as_(ws, "canbo")
    fill_year(ws, PERIOD)
    ws.set_entry(PERIOD, "ket_nap_dang_vien", value="9", comment="")
    ws.set_entry(PERIOD, "tang_gia_tri_san_pham", value="7,5")
    ws.complete(PERIOD)
    as_(ws, "lanhdao")
    ws.approve(PERIOD)
    return ws


def import_2026_2(ws, tmp_path):
    """The province's 2026.2: party admissions ≥ 4 for Tân Cương, the growth of product value assigned."""
    as_(ws, "admin")
    doc = cu.set_target(ws.catalog.document, "ket_nap_dang_vien", ">=", "4", unit="05503")
    doc = cu.assign(doc, "tang_gia_tri_san_pham")
    doc = cu.set_target(doc, "tang_gia_tri_san_pham", ">=", "7,5", unit="all")
    update = cu.build_update(doc, "2026.1", "2026.2", issuer="UBND tỉnh Thái Nguyên", private_key=PROVINCE)
    cu.import_update(ws, cu.write_update(update, tmp_path / f"bo-chi-tieu-2026.2{cu.SUFFIX}"),
                     key_code(public_key(PROVINCE)))
    as_(ws, "lanhdao")
    return ws


@pytest.fixture
def updated(office, tmp_path):  # noqa: F811 (the fixture)
    return import_2026_2(approved_2026(office), tmp_path)


def _verdicts(ws):
    return {r.indicator.code: (r.target_text, r.verdict.value) for r in ws.period_view(PERIOD).rows}


def test_the_changes_reopening_makes_are_listed(updated):
    before = _verdicts(updated)
    assert before["ket_nap_dang_vien"] == ("≥ 3,2", "Vượt")
    said = reopen_targets_of(updated, PERIOD)
    assert said.lead == ("Kỳ này được duyệt theo bộ chỉ tiêu 2026.1; mở lại, kỳ sẽ được đánh giá theo bộ chỉ tiêu "
                         "đang dùng 2026.2:")
    assert list(said.lines) == [ADMISSIONS, GROWTH]
    assert [line.en for line in said.lines] == [
        "New party members admitted each year: ≥ 3,2 → ≥ 4 (Exceeded → Not met)",
        "Growth of the value of products in the…: not assigned → ≥ 7,5 (Met)"]
    # what it says is what reopening does
    updated.reopen(PERIOD, "Sửa số liệu thu ngân sách", accepted=said)
    after = _verdicts(updated)
    assert after["ket_nap_dang_vien"] == ("≥ 4", "Không đạt")
    assert after["tang_gia_tri_san_pham"] == ("≥ 7,5", "Đạt")


def test_the_audit_row_of_the_reopening_keeps_the_list(updated):
    updated.reopen(PERIOD, "Sửa số liệu thu ngân sách", accepted=reopen_targets_of(updated, PERIOD))
    row = [r for r in updated.store.audit_rows(period=PERIOD) if r.action == "state"][-1]
    assert "Sửa số liệu thu ngân sách" in row.new
    assert "bộ chỉ tiêu 2026.1" in row.new and "2026.2" in row.new
    assert ADMISSIONS in row.new and GROWTH in row.new


def test_a_period_reopened_with_no_target_changed_shows_what_it_showed(office):  # noqa: F811
    ws = approved_2026(office)
    before = _verdicts(ws)
    assert reopen_targets_of(ws, PERIOD) is None
    ws.reopen(PERIOD, "Sửa số liệu thu ngân sách")
    assert _verdicts(ws) == before
    row = [r for r in ws.store.audit_rows(period=PERIOD) if r.action == "state"][-1]
    assert row.new == "Đang nhập (Sửa số liệu thu ngân sách)"


def _reopen(data_dir, capsys, monkeypatch, *more):
    monkeypatch.setenv("CHITIEU_PASSWORD", PW["lanhdao"])
    capsys.readouterr()
    code = main(["--data-dir", str(data_dir), "--user", "lanhdao", "reopen", "--period", PERIOD,
                 "--reason", "Sửa số liệu thu ngân sách", *more])
    out = capsys.readouterr()
    return code, out.out + out.err


def test_the_command_line_says_them_and_needs_yes(updated, data_dir, capsys, monkeypatch):
    code, out = _reopen(data_dir, capsys, monkeypatch)
    assert code != 0
    assert f"• {ADMISSIONS}" in out and f"• {GROWTH}" in out
    assert "--yes" in out and "Chưa mở lại" in out
    assert updated.period_state(PERIOD).frozen
    code, out = _reopen(data_dir, capsys, monkeypatch, "--yes")
    assert code == 0, out
    assert f"• {ADMISSIONS}" in out and "Đã mở lại" in out
    assert not updated.period_state(PERIOD).frozen


def test_the_command_line_needs_no_yes_when_nothing_changes(office, data_dir, capsys, monkeypatch):  # noqa: F811
    approved_2026(office)
    code, out = _reopen(data_dir, capsys, monkeypatch)
    assert code == 0, out
    assert "bộ chỉ tiêu" not in out and "--yes" not in out



def test_a_target_changed_that_keeps_the_verdict_says_so(office, tmp_path):  # noqa: F811
    """BHYT = 100 → ≥ 97 (judged in 2030): the year 2026 stays Đang thực hiện, and the line says so."""
    ws = approved_2026(office)
    as_(ws, "admin")
    doc = cu.set_target(ws.catalog.document, "bhyt", ">=", "97", unit="05503")
    update = cu.build_update(doc, "2026.1", "2026.2", issuer="UBND tỉnh Thái Nguyên", private_key=PROVINCE)
    cu.import_update(ws, cu.write_update(update, tmp_path / f"bo-chi-tieu-2026.2{cu.SUFFIX}"),
                     key_code(public_key(PROVINCE)))
    line, = reopen_targets_of(ws, PERIOD).lines
    assert line == "Tỷ lệ người dân tham gia bảo hiểm y tế: = 100 → ≥ 97 (vẫn Đang thực hiện)"
    assert line.en == "Health insurance coverage: = 100 → ≥ 97 (still In progress)"


def test_the_workspace_reopens_only_with_the_changes_accepted(updated, tmp_path):
    """The rule is the workspace's, not only the window's box and the command's --yes: no list accepted, or a
    list another window's or command's catalogue import has made stale since it was shown, is refused, the
    period left approved."""
    from desktop_app.core.errors import InvalidInput

    shown = reopen_targets_of(updated, PERIOD)
    with pytest.raises(InvalidInput, match="Chưa mở lại: Kỳ này được duyệt theo bộ chỉ tiêu 2026.1"):
        updated.reopen(PERIOD, "Sửa số liệu thu ngân sách")
    as_(updated, "admin")  # meanwhile, 2026.3 changes the growth target again
    doc = cu.set_target(updated.catalog.document, "tang_gia_tri_san_pham", ">=", "7", unit="all")
    update = cu.build_update(doc, "2026.2", "2026.3", issuer="UBND tỉnh Thái Nguyên", private_key=PROVINCE)
    cu.import_update(updated, cu.write_update(update, tmp_path / f"bo-chi-tieu-2026.3{cu.SUFFIX}"))
    as_(updated, "lanhdao")
    with pytest.raises(InvalidInput, match="đang dùng 2026.3"):
        updated.reopen(PERIOD, "Sửa số liệu thu ngân sách", accepted=shown)
    assert updated.period_state(PERIOD).frozen
    updated.reopen(PERIOD, "Sửa số liệu thu ngân sách", accepted=reopen_targets_of(updated, PERIOD))
    assert not updated.period_state(PERIOD).frozen
