"""Red-team 9, finding 1: "Nhận tệp chưa ký…" and `chitieu unsigned accept` accepted the best-ranked
waiting unsigned version of the file's name, not the one whose fingerprint the reviewer compared
with the unit's signed paper. A second unsigned file of the same standard name, made later with
other figures (anyone with the program can make one), was accepted and counted in its place. Now
the version accepted is the one shown (the window's row, the command's --fingerprint), checked
inside the write transaction; several waiting and none named is refused, listing them."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.cli import run
from desktop_app.core.errors import InvalidInput
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import VN, delivered, make_submissions
from tests.ui.conftest import Script, press

TODAY = dt.date(2026, 7, 1)
FORGED = "999.999"


@pytest.fixture(scope="module")
def two_files(tmp_path_factory):
    """A unit's real unsigned report (the one on its signed paper, F1) in one mail folder, and a
    second unsigned file of the same name, made later with the budget revenue 999.999 (F2), in another."""
    root = tmp_path_factory.mktemp("two-unsigned")
    (unit,) = pick_units(1, 0)
    ws, subs = make_submissions(root / "mail1", [unit], PERIOD, data_dir=root / "commune", sign=False)
    ws.close()
    real = subs[unit]
    items = list(real.items)
    k = next(i for i, it in enumerate(items) if it.code == "thu_ngan_sach")
    items[k] = replace(items[k], value="999999", input_value="999999", value_text=FORGED)
    forged = replace(real, items=tuple(items), generated_at="2026-06-18T15:00:00+07:00")
    (root / "mail2").mkdir()
    delivered(write_submission(forged, root / "mail2" / f"{real.file_stem}.xlsx"),
              dt.datetime(2026, 6, 18, 16, 0, tzinfo=VN))
    return root, real, forged


@pytest.fixture
def both_read(office, two_files):
    """Both files read by the province: two unsigned versions of the unit wait, under one file name."""
    root, real, forged = two_files
    office.intake(root / "mail1", PERIOD)
    office.intake(root / "mail2", PERIOD)
    waiting = office.unsigned(PERIOD)
    assert {r.fingerprint for r in waiting} == {real.fingerprint, forged.fingerprint}
    assert len({r.file_name for r in waiting}) == 1
    return office, real, forged


def _counted(office, unit: str) -> str | None:
    sub = office.submissions(PERIOD).get(unit)
    return None if sub is None else next(it.value_text for it in sub.items if it.code == "thu_ngan_sach")


def _paper(real) -> str:
    return next(it.value_text for it in real.items if it.code == "thu_ngan_sach")


def _accepted(office) -> dict[str, bool]:
    return {r.fingerprint: bool(r.accepted_at) for r in office.unsigned(PERIOD)}


def _tab(qtbot, office):
    from ui.province_window import ProvinceWindow

    w = ProvinceWindow(office.ws, today=TODAY)
    w.period_box.setCurrentIndex(w.period_box.findData(PERIOD))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    w.tabs.setCurrentWidget(w.keys_tab)
    return w.keys_tab


def _select(tab, fingerprint: str) -> None:
    rows = tab.unsigned_model.rows
    tab.unsigned_table.selectRow(next(n for n, r in enumerate(rows) if r.fingerprint == fingerprint))
    assert tab.selected_unsigned().fingerprint == fingerprint


def test_the_window_accepts_the_row_whose_fingerprint_was_compared(qtbot, both_read):
    """F1's row chosen (the fingerprint on the paper), Yes in the box naming it: F1 is accepted and its
    figure counted, F2 (same file name, made later, other figures) still waits, not counted."""
    office, real, forged = both_read
    tab = _tab(qtbot, office)
    _select(tab, real.fingerprint)
    said = []

    def yes(box):
        said.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    script = Script((QMessageBox, yes))
    accepted = tab.accept_unsigned()
    script.check()
    assert real.fingerprint[:16] in said[0]
    assert accepted.fingerprint == real.fingerprint
    assert _accepted(office) == {real.fingerprint: True, forged.fingerprint: False}
    assert _counted(office, real.unit_code) == _paper(real) != FORGED


def test_a_row_accepted_meanwhile_is_refused_not_replaced_by_another(qtbot, both_read):
    """The list shown, then F1 accepted from another window or the command line: Yes on F1's stale
    row is refused ("đã được chấp nhận"), and F2 is not accepted in its place."""
    office, real, forged = both_read
    tab = _tab(qtbot, office)
    _select(tab, real.fingerprint)
    office.accept_unsigned(real.unit_code, PERIOD, fingerprint=real.fingerprint[:16])
    said = []

    def yes(box):
        box.button(QMessageBox.StandardButton.Yes).click()

    def refused(box):
        said.append(box.text())
        press(Qt.Key.Key_Return)

    script = Script((QMessageBox, yes), (QMessageBox, refused))
    assert tab.accept_unsigned() is None
    script.check()
    assert f"mã xác thực {real.fingerprint[:16]}) đã được chấp nhận lúc" in said[0]
    assert _accepted(office) == {real.fingerprint: True, forged.fingerprint: False}
    assert _counted(office, real.unit_code) == _paper(real)


def test_the_command_refuses_two_waiting_versions_unnamed_and_accepts_the_one_named(both_read, capsys):
    """`unsigned accept UNIT --period P` with two versions waiting: refused, both listed with their
    fingerprints, nothing accepted; with --fingerprint (16 characters, as `unsigned list` prints
    them): exactly that version accepted and counted; a shorter code is refused naming the field."""
    office, real, forged = both_read
    data = str(Path(office.store.path).parent)
    unit = real.unit_code
    office.close()
    assert run(["--data-dir", data, "unsigned", "list", "--period", PERIOD]) == 0
    listed = capsys.readouterr().out
    assert real.fingerprint[:16] in listed and forged.fingerprint[:16] in listed

    assert run(["--data-dir", data, "unsigned", "accept", unit, "--period", PERIOD]) == 2
    err = capsys.readouterr().err
    assert "có 2 bản chưa ký đang chờ chấp nhận" in err and "--fingerprint" in err
    assert f"mã xác thực {real.fingerprint[:16]}" in err and f"mã xác thực {forged.fingerprint[:16]}" in err
    assert "Không chấp nhận bản nào." in err

    assert run(["--data-dir", data, "unsigned", "accept", unit, "--period", PERIOD,
                "--fingerprint", real.fingerprint[:8]]) == 2
    assert "Mã xác thực" in capsys.readouterr().err

    assert run(["--data-dir", data, "unsigned", "accept", unit, "--period", PERIOD,
                "--fingerprint", real.fingerprint[:16].upper()]) == 0
    assert f"mã xác thực {real.fingerprint[:16]}" in capsys.readouterr().out
    from desktop_app.province import ProvinceOffice

    office = ProvinceOffice.open(data, user="van-thu")
    try:
        assert _accepted(office) == {real.fingerprint: True, forged.fingerprint: False}
        assert _counted(office, unit) == _paper(real)
    finally:
        office.close()


def test_a_row_named_with_another_fingerprint_is_refused(both_read):
    """The service told a row and a fingerprint that row no longer holds (its copy replaced since
    it was shown): refused, nothing accepted."""
    office, real, forged = both_read
    row = next(r for r in office.unsigned(PERIOD) if r.fingerprint == forged.fingerprint)
    with pytest.raises(InvalidInput, match=f"không phải mã {real.fingerprint[:16]} đã đối chiếu"):
        office.accept_unsigned(real.unit_code, PERIOD, received_id=row.id, fingerprint=real.fingerprint)
    assert not any(_accepted(office).values())


def test_versions_of_the_same_figures_are_told_apart_by_their_version(office, two_files, tmp_path):
    """The same figures sent twice unsigned (made at another time): their fingerprint names both, so
    it is refused listing each with its version's code, and that code names one."""
    root, real, _ = two_files
    again = replace(real, generated_at="2026-06-18T11:00:00+07:00")
    (tmp_path / "mail3").mkdir()
    delivered(write_submission(again, tmp_path / "mail3" / "lan-2.xlsx"), dt.datetime(2026, 6, 18, 12, 0, tzinfo=VN))
    office.intake(root / "mail1", PERIOD)
    office.intake(tmp_path / "mail3", PERIOD)
    rows = office.unsigned(PERIOD)
    assert len(rows) == 2 and {r.fingerprint for r in rows} == {real.fingerprint}
    with pytest.raises(InvalidInput) as refused:
        office.accept_unsigned(real.unit_code, PERIOD, fingerprint=real.fingerprint[:16])
    message = refused.value.message
    for r in rows:
        assert f"mã phiên bản {r.version_id[:16]}" in message
    # the fingerprint the reviewer typed names both: the refusal asks for the version's code, not
    # for the fingerprint again (red-team 11, finding 3)
    assert "--fingerprint MÃ_XÁC_THỰC" not in message
    assert (f"cùng mã xác thực {real.fingerprint[:16]}" in message
            and "--fingerprint MÃ_PHIÊN_BẢN" in message), message
    chosen = next(r for r in rows if r.file_name == "lan-2.xlsx")
    assert office.accept_unsigned(real.unit_code, PERIOD, fingerprint=chosen.version_id[:16]).id == chosen.id
    assert {r.file_name: bool(r.accepted_at) for r in office.unsigned(PERIOD)} == {
        f"{real.file_stem}.xlsx": False, "lan-2.xlsx": True}
