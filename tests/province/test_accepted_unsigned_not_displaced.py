"""An unsigned report the province compared with the unit's signed paper and accepted is not
displaced by a later file in the unit's name signed with a key nobody compared (red-team 19, F1).
The unit still runs the older program; anyone then sends a file of the same unit and period with
other figures, signed with a fresh key (registered "Chờ xác nhận") and approved later by its own
say. It is received and listed, not counted over the accepted version, and its line says why and
that the key must be confirmed first; whatever times the file states. Once the province compares
the key with the paper and confirms it, the signed report counts as any confirmed key's does."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.cli import run
from desktop_app.core.intake import NOT_KEPT, FileClass
from desktop_app.core.keys import UNSIGNED_ACCEPTED, KeyState
from desktop_app.core.signing import new_private_key
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import ON_TIME, delivered, make_submissions, sign_with
from tests.province.test_keys_window import file_row, unit_row

FIGURE = "thu_ngan_sach"
TODAY = dt.date(2026, 7, 1)


@pytest.fixture(scope="module")
def unsigned(tmp_path_factory):
    """The unit's approved report from the older program: unsigned."""
    root = tmp_path_factory.mktemp("accepted-unsigned")
    ws, subs = make_submissions(root, pick_units(1, 0), PERIOD, data_dir=root / "db", sign=False)
    ws.close()
    [sub] = subs.values()
    assert not sub.signed
    return sub


def _signed_by_a_fresh_key(sub, minutes: int, figure: str = "999999"):
    """`sub` with another figure, made and approved `minutes` after it (before it when negative),
    signed with a key the province has never seen."""
    at = (dt.datetime.fromisoformat(sub.generated_at) + dt.timedelta(minutes=minutes)).isoformat(timespec="seconds")
    items = tuple(replace(i, value=figure, input_value=figure) if i.code == FIGURE else i for i in sub.items)
    return sign_with(replace(sub, items=items, generated_at=at, approved_at=at, stated_fingerprint=None),
                     new_private_key())


def _read(office, folder, sub, name="bao-cao.xlsx"):
    folder.mkdir(parents=True)
    delivered(write_submission(sub, folder / name), ON_TIME + dt.timedelta(days=1))
    [result] = office.intake(folder, PERIOD).results
    return result


def _accepted(office, tmp_path, sub):
    assert _read(office, tmp_path / "1", sub).class_ == FileClass.HOP_LE
    office.accept_unsigned(sub.unit_code, PERIOD)
    accepted = office.consolidation(PERIOD).item(sub.unit_code, FIGURE).value
    assert accepted != "999999"
    return accepted


@pytest.mark.parametrize("minutes", [180, -30], ids=["approved-later", "approved-earlier"])
def test_a_file_signed_by_a_pending_key_is_received_not_counted_over_the_accepted_version(
        office, unsigned, tmp_path, minutes):
    unit = unsigned.unit_code
    accepted = _accepted(office, tmp_path, unsigned)
    forged = _signed_by_a_fresh_key(unsigned, minutes)
    result = _read(office, tmp_path / "2", forged, "gia.xlsx")

    assert result.new and not result.kept and result.class_ == FileClass.TRUNG  # received, listed, not kept
    assert result.key_state == KeyState.CHO.value and result.key_code == forged.key_code
    assert ("Giữ bản chưa ký tỉnh đã chấp nhận sau khi đối chiếu với báo cáo giấy có chữ ký của đơn vị (bản kia ký "
            f"bằng khóa mã {forged.key_code}, đang chờ xác nhận): tệp bao-cao.xlsx") in result.reason
    assert (f"Khóa ký mã {forged.key_code} của đơn vị chưa được xác nhận, và tỉnh đã chấp nhận bản khác của đơn vị "
            "cho kỳ này sau khi đối chiếu với báo cáo giấy có chữ ký: tệp này được nhận và lưu, CHƯA tính vào tổng "
            f"hợp thay bản đó. Cần xác nhận khóa trước: đối chiếu mã {forged.key_code} với mã in trên báo cáo giấy có "
            f"chữ ký của đơn vị rồi xác nhận, gõ mã in trên giấy (chitieu keys confirm {unit} MÃ_TRÊN_GIẤY)") \
        in result.reason
    assert "số liệu được tính" not in result.reason

    con = office.consolidation(PERIOD)
    assert con.item(unit, FIGURE).value == accepted
    status = next(u for u in con.completeness.units if u.code == unit)
    assert (status.key_state, status.fingerprint) == (UNSIGNED_ACCEPTED, unsigned.fingerprint)
    [key] = office.keys(unit)
    assert (key.key_code, key.state) == (forged.key_code, KeyState.CHO.value)  # listed, awaiting the paper


def test_once_the_key_is_confirmed_the_signed_report_counts(office, unsigned, tmp_path, capsys):
    unit = unsigned.unit_code
    _accepted(office, tmp_path, unsigned)
    signed = _signed_by_a_fresh_key(unsigned, 180, "52000")  # the unit's new laptop, its paper in hand
    assert not _read(office, tmp_path / "2", signed).kept
    capsys.readouterr()
    assert run(["--data-dir", str(tmp_path / "tinh"), "keys", "confirm", unit, signed.key_code]) == 0
    said = capsys.readouterr().out
    assert (f"nay giữ bản đã duyệt, mã xác thực {signed.fingerprint[:16]}, ký bằng khóa mã {signed.key_code} (trước "
            f"đó giữ bản đã duyệt, mã xác thực {unsigned.fingerprint[:16]}, chưa ký)") in said
    con = office.consolidation(PERIOD)
    assert con.item(unit, FIGURE).value == "52000"
    status = next(u for u in con.completeness.units if u.code == unit)
    assert (status.key_state, status.key_code) == (KeyState.XAC_NHAN.value, signed.key_code)


def test_a_unit_signing_with_a_pending_key_still_has_no_unsigned_version_accepted(office, unsigned, tmp_path):
    """The reverse order stays refused (`_refuse_while_pending`)."""
    signed = _signed_by_a_fresh_key(unsigned, 0)
    assert _read(office, tmp_path / "1", signed).kept
    assert _read(office, tmp_path / "2", replace(unsigned, generated_at=signed.generated_at)).class_ == FileClass.TRUNG
    with pytest.raises(Exception, match="Không chấp nhận bản chưa ký"):
        office.accept_unsigned(unsigned.unit_code, PERIOD)


def test_the_window_lists_the_file_not_kept_and_counts_the_accepted_version(qtbot, office, unsigned, tmp_path):
    from ui.province_window import ProvinceWindow

    unit = unsigned.unit_code
    _accepted(office, tmp_path, unsigned)
    forged = _signed_by_a_fresh_key(unsigned, 180)
    folder = tmp_path / "hop-thu"
    folder.mkdir()
    delivered(write_submission(forged, folder / "gia.xlsx"), ON_TIME + dt.timedelta(days=1))
    w = ProvinceWindow(office.ws, today=TODAY)
    qtbot.addWidget(w)
    w.period_box.setCurrentIndex(w.period_box.findData(PERIOD))
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    with qtbot.waitSignal(w.intake_done, timeout=30000):
        w.start_intake(folder)
    row = file_row(w, "gia.xlsx")  # the intake list, in the words the service wrote
    assert (row["Kết quả"], row["Khóa ký"]) == (NOT_KEPT, f"{forged.key_code} · {KeyState.CHO.value}")
    reason = row["Lý do"]
    assert "tỉnh đã chấp nhận bản khác của đơn vị cho kỳ này sau khi đối chiếu với báo cáo giấy có chữ ký" in reason
    assert reason.endswith("rồi xác nhận, gõ mã in trên giấy (Khóa ký › Xác nhận khóa…); khi đó tỉnh chọn lại bản "
                           "được tính.")
    assert "chitieu" not in reason
    shown = unit_row(w, unit)  # "Tình hình gửi báo cáo": the accepted version, not the pending key's
    assert (shown["Khóa ký"], shown["Mã xác thực"]) == (UNSIGNED_ACCEPTED, unsigned.fingerprint[:16])
    # the summary counts the accepted version's figure, as the service does
    w.tabs.setCurrentIndex(next(i for i in range(w.tabs.count()) if "Tổng hợp" in w.tabs.tabText(i).replace("&", "")))
    qtbot.waitUntil(lambda: w.summary_model.rowCount() > 0, timeout=30000)
    total = next(s.total for s in w.summary_model.rows if s.indicator.code == FIGURE)
    assert total == Decimal(office.consolidation(PERIOD).item(unit, FIGURE).value) != Decimal(999999)


def test_a_database_where_the_pending_key_displaced_the_accepted_version_is_put_right_once_opened(
        office, unsigned, tmp_path):
    """A province database of the version before this rule, where the pending key's file had displaced
    the accepted version: opened by this version, the kept versions are chosen again once
    (`kept_again.KEPT_RULE_NOW`), and the accepted version counts again."""
    from desktop_app.kept_again import KEPT_RULE
    from desktop_app.province import ProvinceOffice

    accepted = _accepted(office, tmp_path, unsigned)
    forged = _read(office, tmp_path / "2", _signed_by_a_fresh_key(unsigned, 180), "gia.xlsx")
    store = office.store
    with store.transaction():  # as the earlier version left it
        store.set_kept_version(unsigned.unit_code, PERIOD, forged.received_id)
        store.put_setting(KEPT_RULE, 4)
    assert office.consolidation(PERIOD).item(unsigned.unit_code, FIGURE).value == "999999"
    path = store.path
    office.close()
    again = ProvinceOffice.open(Path(path).parent)
    try:
        assert again.consolidation(PERIOD).item(unsigned.unit_code, FIGURE).value == accepted
    finally:
        again.close()
