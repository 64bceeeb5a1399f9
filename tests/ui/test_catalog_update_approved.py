"""An approved period keeps the catalogue it was approved with (walk-through 11, finding 1): after
the province's update 2026.2 changes Tân Cương's BHYT target (100 → ≥ 97) and assigns cultured
families, the approved 6-month period shows no "Số liệu đã thay đổi sau khi duyệt" notice blaming
corrections to earlier periods, its line in the period list says 7/7 as its status bar and
`chitieu show` do, and `chitieu status` says the same. A real correction (an earlier period it
compares with) is still named, figure by figure, with the notice's words as before."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop_app import catalog_update as cu
from desktop_app.__main__ import main
from desktop_app.core.periods import Period
from desktop_app.core.signing import key_code, new_private_key, public_key
from desktop_app.reopen_changes import reopen_targets_of
from tests.core.test_approval import approved_2027_q1, corrected
from tests.core.test_workflow import PW, as_, fill_year, office  # noqa: F401 (the fixture)

PROVINCE = new_private_key()
PERIOD = "2026-6M"


@pytest.fixture
def updated(office, tmp_path):  # noqa: F811 (the fixture)
    """2026-6M entered, completed, approved; then the administrator imports 2026.2."""
    as_(office, "canbo")
    fill_year(office, PERIOD)
    office.complete(PERIOD)
    as_(office, "lanhdao")
    office.approve(PERIOD)
    as_(office, "admin")
    return _import(office, tmp_path)


def _import(office, tmp_path):
    """The administrator imports 2026.2: BHYT ≥ 97 for Tân Cương, cultured families assigned (> 90)."""
    doc = cu.set_target(office.catalog.document, "bhyt", ">=", "97", unit="05503")
    doc = cu.assign(doc, "gia_dinh_van_hoa")
    doc = cu.set_target(doc, "gia_dinh_van_hoa", ">", "90", unit="all")
    update = cu.build_update(doc, "2026.1", "2026.2", issuer="UBND tỉnh Thái Nguyên", private_key=PROVINCE)
    path = cu.write_update(update, tmp_path / f"bo-chi-tieu-2026.2{cu.SUFFIX}")
    cu.import_update(office, path, key_code(public_key(PROVINCE)))
    as_(office, "lanhdao")
    return office


def _status(data_dir, capsys, *args) -> str:
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "--user", "canbo", "status", *args]) == 0
    return capsys.readouterr().out


def test_a_catalogue_update_is_no_drift_of_an_approved_period(updated, data_dir, capsys, monkeypatch):
    """The service: nothing changed since approval, counts from the approved snapshot; the CLI agrees."""
    assert updated.catalog.version == "2026.2"
    assert updated.drift(PERIOD) == []
    status = next(s for s in updated.overview() if s.period.code == PERIOD)
    view = updated.period_view(PERIOD)
    assert (status.entered, status.required) == (view.entered, len(view.required)) == (7, 7)
    # a period not approved is counted with the new catalogue: the newly assigned indicator is due
    year = next(s for s in updated.overview() if s.period.code == "2026-9M")
    assert year.required == 8

    monkeypatch.setenv("CHITIEU_PASSWORD", PW["canbo"])
    out = _status(data_dir, capsys)
    line = next(x for x in out.splitlines() if x.startswith(PERIOD))
    assert " 7/7 " in line
    assert "!" not in out and "mở lại kỳ" not in out
    six = next(s for s in json.loads(_status(data_dir, capsys, "--json")) if s["period"] == PERIOD)
    assert six["changed_since_approval"] == [] and (six["entered"], six["required"]) == (7, 7)


def test_the_window_says_nothing_changed_and_counts_7_of_7(make_window, updated):
    window = make_window(updated)
    window.show_period(Period(2026, "6M"))
    assert not window.drift_notice.isVisible()
    assert window.navigator._items[Period(2026, "6M")].text(1) == "7/7"
    assert window.navigator._items[Period(2026, "9M")].text(1) == "0/8"


def test_a_corrected_earlier_period_is_still_named_after_an_update(make_window, office, tmp_path,  # noqa: F811
                                                                   data_dir, capsys, monkeypatch):
    """2027-Q1 approved, 2026.2 imported, then 2026-Q1's road accidents (the same period last year
    it compares with) corrected: the notice names that indicator alone, in its words of before,
    the BHYT target not among the changes; the CLI the same."""
    approved_2027_q1(office)
    as_(office, "admin")
    _import(office, tmp_path)
    as_(office, "canbo")
    assert office.drift("2027-Q1") == []
    as_(office, "lanhdao")
    office.reopen("2026-Q1", "Số liệu được điều chỉnh", accepted=reopen_targets_of(office, "2026-Q1"))  # the changes shown, accepted
    as_(office, "canbo")
    office.set_entry("2026-Q1", "gia_dinh_van_hoa", numerator="900", denominator="1000")  # newly assigned
    corrected(office, "2026-Q1", "tngt_so_vu", value="3", reopen=False)  # corrected, approved again
    assert [d.indicator.code for d in office.drift("2027-Q1")] == ["tngt_so_vu"]
    window = make_window(office, today=dt.date(2027, 4, 5))
    window.show_period(Period(2027, "Q1"))
    assert window.drift_notice.isVisible()
    text = window.drift_label.text()
    assert "Số liệu đã thay đổi sau khi duyệt" in text and "những sửa đổi sau đó ở các kỳ trước" in text
    assert "Số vụ tai nạn giao thông: khi duyệt 6 vụ" in text and "bảo hiểm y tế" not in text
    monkeypatch.setenv("CHITIEU_PASSWORD", PW["canbo"])
    out = _status(data_dir, capsys)
    assert "! Số vụ tai nạn giao thông" in out and "bảo hiểm y tế" not in out
