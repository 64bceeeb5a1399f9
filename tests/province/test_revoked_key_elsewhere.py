"""A key the province revoked signs for no unit (red-team 11, finding 1): Tân Cương's laptop key,
revoked for Tân Cương (laptop lost, or the key found signing a forged report), then signs a report
in Đại Phúc's name. It was registered fresh for Đại Phúc as "Chờ xác nhận" and counted, nothing
said of the revocation, where without the revocation the same file was held as a shared key.

A revocation that settles a shared key (the key revoked for the unit whose paper does not print
it, while it is still registered for the unit whose paper does) leaves it that unit's key."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.cli import run
from desktop_app.core.errors import InvalidInput
from desktop_app.core.intake import FileClass
from desktop_app.core.keys import KeyState, UnitKey
from desktop_app.province import ProvinceOffice
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import ON_TIME, delivered, forged_by_a_neighbour

TAN_CUONG, DAI_PHUC = "Xã Tân Cương", "Xã Đại Phúc"


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    """Each unit's report from its own laptop, and Đại Phúc's report signed by Tân Cương's key."""
    return forged_by_a_neighbour(tmp_path_factory.mktemp("revoked-elsewhere"), *pick_units(2, 0))


def _inbox(folder, files):
    folder.mkdir(parents=True, exist_ok=True)
    for name, sub in files.items():
        delivered(write_submission(sub, folder / name), ON_TIME)
    return folder


def test_a_revoked_key_signs_for_no_other_unit(office, reports, tmp_path, capsys):
    t, forged = reports["t"], reports["forged"]
    office.intake(_inbox(tmp_path / "in1", {"t.xlsx": t}), PERIOD)
    office.close()
    data = str(tmp_path / "tinh")
    assert run(["--data-dir", data, "keys", "revoke", t.unit_code, "--yes"]) == 0
    said = capsys.readouterr().out
    assert f"Đã thu hồi khóa {t.key_code} của {TAN_CUONG}" in said
    assert "không được nhận cho đơn vị nào" in said  # what the program does, said

    again = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    try:
        [r] = again.intake(_inbox(tmp_path / "in2", {"d.xlsx": forged}), PERIOD).results
        assert r.class_ == FileClass.KHOA_THU_HOI and not r.kept
        assert f"được ký bằng khóa mã {t.key_code}, khóa này đã bị tỉnh thu hồi" in r.reason
        assert f"{TAN_CUONG} (mã {t.unit_code})" in r.reason and "Không nhận" in r.reason
        assert again.submissions(PERIOD) == {}  # counted for neither
        assert again.keys(forged.unit_code) == []  # not registered as Đại Phúc's fresh candidate
        unit = {u.code: u for u in again.checked_completeness(PERIOD).units}[forged.unit_code]
        assert not unit.received
    finally:
        again.close()


def _registered_after_revocation(office, unit_code, key):
    """What an earlier version of the program did: the revoked key registered for another unit,
    after the revocation, as a fresh pending key."""
    later = (dt.datetime.now().astimezone() + dt.timedelta(minutes=5)).isoformat(timespec="seconds")
    with office.store.transaction():
        office.store.add_unit_key(UnitKey(None, unit_code, key.public_key, key.key_code, KeyState.CHO.value, later,
                                          "d.xlsx"))


def test_confirming_a_key_revoked_for_another_unit_is_refused_naming_the_revocation(office, reports, tmp_path,
                                                                                    capsys):
    t, forged = reports["t"], reports["forged"]
    office.intake(_inbox(tmp_path / "in1", {"t.xlsx": t}), PERIOD)
    office.revoke_key(t.unit_code)
    _registered_after_revocation(office, forged.unit_code, t)
    for shared in (False, True):
        with pytest.raises(InvalidInput) as refused:
            office.confirm_key(forged.unit_code, t.key_code, shared=shared)
        message = refused.value.message
        assert f"khóa mã {t.key_code} đã bị tỉnh thu hồi" in message
        assert f"{TAN_CUONG} (mã {t.unit_code})" in message
    assert {k.unit_code: k.state for k in office.keys()} == {t.unit_code: KeyState.THU_HOI,
                                                              forged.unit_code: KeyState.CHO}
    office.close()
    assert run(["--data-dir", str(tmp_path / "tinh"), "keys", "confirm", forged.unit_code, t.key_code]) == 2
    assert "đã bị tỉnh thu hồi" in capsys.readouterr().err


def test_settling_a_shared_key_by_revoking_it_for_one_unit_leaves_it_the_others(office, reports, tmp_path, capsys):
    """The forged file read first: the key is held for both units; revoking it for Đại Phúc
    (whose paper prints another code) leaves it Tân Cương's pending key, counted, and the revocation
    says so, naming how to revoke it there too."""
    t, forged = reports["t"], reports["forged"]
    office.intake(_inbox(tmp_path / "in1", {"1.xlsx": forged, "2.xlsx": t}), PERIOD)
    assert office.submissions(PERIOD) == {}
    office.close()
    data = str(tmp_path / "tinh")
    assert run(["--data-dir", data, "keys", "revoke", forged.unit_code, "--code", t.key_code, "--yes"]) == 0
    said = capsys.readouterr().out
    assert f"Đã thu hồi khóa {t.key_code} của {DAI_PHUC}" in said
    assert f"vẫn được nhận cho {TAN_CUONG} (mã {t.unit_code}, chờ xác nhận)" in said
    assert f"chitieu keys revoke {t.unit_code} --code {t.key_code}" in said
    again = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    try:
        assert set(again.submissions(PERIOD)) == {t.unit_code}
        again.confirm_key(t.unit_code, t.key_code)  # the settlement, then the paper compared: allowed
        assert set(again.submissions(PERIOD)) == {t.unit_code}
        # revoked for its last unit too: now it signs for none, Đại Phúc's file refused again
        again.revoke_key(t.unit_code)
        assert again.submissions(PERIOD) == {}
    finally:
        again.close()


def test_the_key_tab_says_what_the_command_says_before_and_after_revoking(qtbot, office, reports, tmp_path):
    """Khóa ký › Thu hồi khóa… on a shared key: the warning and the message after it say, in the
    service's words, that the key stays the other unit's (the command's words, its command named
    as the window's action), as `chitieu keys revoke` prints them."""
    from PySide6.QtWidgets import QMessageBox

    from tests.province.test_keys_window import click, key_row
    from tests.ui.conftest import Script
    from ui.province_window import ProvinceWindow

    t, forged = reports["t"], reports["forged"]
    office.intake(_inbox(tmp_path / "in1", {"1.xlsx": forged, "2.xlsx": t}), PERIOD)
    effect, still = office.revoke_effect(forged.unit_code, t.key_code)
    assert [k.unit_code for k in still] == [t.unit_code]
    window = ProvinceWindow(office.ws, today=dt.date(2026, 7, 1))
    window.period_box.setCurrentIndex(window.period_box.findData(PERIOD))
    qtbot.addWidget(window)
    window.resize(1500, 600)
    window.show()
    qtbot.waitExposed(window)
    tab = window.keys_tab
    window.tabs.setCurrentWidget(tab)
    tab.table.selectRow(key_row(tab, forged.unit_code, t.key_code))
    texts = []

    def yes(box):
        texts.append(box.text().replace("\u00a0", " "))  # ui.unbroken_paths
        box.button(QMessageBox.StandardButton.Yes).click()

    script = Script((QMessageBox, yes))
    click(qtbot, tab.revoke_button)
    script.check()
    in_window = str(effect).replace(f"(chitieu keys revoke {t.unit_code} --code {t.key_code})",
                                    "(Khóa ký › Thu hồi khóa…)")
    assert f"vẫn được nhận cho {TAN_CUONG} (mã {t.unit_code}, chờ xác nhận)" in in_window
    assert in_window in texts[0] and "refuses every file" not in texts[0]
    assert in_window in window.statusBar().currentMessage()
    assert {(k.unit_code, k.state) for k in office.keys()} == {(t.unit_code, KeyState.CHO),
                                                               (forged.unit_code, KeyState.THU_HOI)}
    assert set(office.submissions(PERIOD)) == {t.unit_code}
