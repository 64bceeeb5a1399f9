"""Two copies of the program on one commune's database: while a window is open, another window
or `chitieu catalog-update import` imports a newer catalogue. The open window never completes or
approves the period with the catalogue it read when it opened: the action is refused once,
saying so, the results are computed with the new catalogue, and doing it again uses it."""
from __future__ import annotations

import pytest

from desktop_app import catalog_update as cu
from desktop_app.catalog_update import BadCatalogUpdate
from desktop_app.core.workflow import CatalogChanged, State
from desktop_app.services import Workspace
from tests.province.helpers import fill_unit

TAN_CUONG = "05503"
PERIOD = "2026-6M"


@pytest.fixture
def update(office, tmp_path):
    """The province lowers Tân Cương's BHYT target from 100 to ≥ 50 and publishes 2026.2:
    (the update file, the code printed on its cover note)."""
    cu.edit(office.ws, cu.set_target, "bhyt", ">=", "50", unit=TAN_CUONG)
    cu.publish(office.ws, "2026.2", tmp_path / "bo-chi-tieu-2026.2")
    return tmp_path / "bo-chi-tieu-2026.2.chitieu-catalog.json", office.ws.key_code


@pytest.fixture
def windows(tmp_path):
    """Two workspaces on one database, each on a connection of its own, as two processes are:
    Tân Cương with 6 tháng đầu năm 2026 fully entered (window A, opened first)."""
    a = Workspace.open(tmp_path / "xa", user="lanh-dao")
    a.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    fill_unit(a, PERIOD, seed=3)
    b = Workspace.open(tmp_path / "xa", user="can-bo")
    yield a, b
    b.close()
    a.close()


def bhyt(ws: Workspace):
    return next(r for r in ws.period_view(PERIOD).rows if r.indicator.code == "bhyt")


def test_approval_after_another_window_imported_a_newer_catalogue_is_refused_once(windows, update):
    """The review's case: window A shows BHYT judged against 100; B imports 2026.2 (≥ 50). A's
    approval is refused, naming the new version and the changed target; nothing is approved;
    A now shows ≥ 50, and approving again approves under 2026.2, as a fresh process sees it."""
    a, b = windows
    a.complete(PERIOD)
    assert bhyt(a).target_text == "100"
    cu.import_update(b, *update)

    with pytest.raises(CatalogChanged) as refused:
        a.approve(PERIOD)
    message = refused.value.message
    assert message.startswith("Kỳ 6 tháng đầu năm 2026 chưa duyệt được: bộ chỉ tiêu vừa được cập nhật ở một "
                              "cửa sổ hoặc lệnh khác của chương trình lên phiên bản 2026.2")
    assert "bảo hiểm y tế" in message and "100 → ≥ 50" in message
    assert "theo phiên bản 2026.1" in message and message.endswith("hãy xem lại kết quả rồi duyệt lại.")
    assert "version 2026.2" in refused.value.en and "version 2026.1" in refused.value.en
    assert a.period_state(PERIOD) == State.COMPLETE and a.approval(PERIOD) is None
    assert b.period_state(PERIOD) == State.COMPLETE

    assert a.catalog.version == "2026.2" and bhyt(a).target_text == "≥ 50"
    a.approve(PERIOD)
    assert a.approval(PERIOD).catalog_version == "2026.2"
    fresh = Workspace(b.store)
    assert fresh.catalog_for(PERIOD).version == "2026.2"
    sub = fresh.submission(PERIOD)
    assert sub.catalog_version == "2026.2"
    assert [i.target_text for i in sub.items if i.code == "bhyt"] == ["≥ 50"]


def test_marking_complete_after_an_import_elsewhere_is_refused_once(windows, update):
    a, b = windows
    cu.import_update(b, *update)
    with pytest.raises(CatalogChanged, match="chưa đánh dấu hoàn thành được: .* phiên bản 2026.2"):
        a.complete(PERIOD)
    assert a.period_state(PERIOD) == State.ENTERING
    a.complete(PERIOD)
    a.approve(PERIOD)  # completed with 2026.2 shown: approved at once
    assert a.approval(PERIOD).catalog_version == "2026.2"


def test_the_window_refreshed_after_the_import_approves_at_once(windows, update):
    """The window reads the database again when it is back in front (`changed_elsewhere`): the
    catalogue too, so what the leader then sees and approves is 2026.2, without a refusal."""
    a, b = windows
    a.complete(PERIOD)
    assert not a.changed_elsewhere()
    cu.import_update(b, *update)
    assert a.changed_elsewhere() and a.catalog.version == "2026.2"
    assert bhyt(a).target_text == "≥ 50"
    a.approve(PERIOD)
    assert a.approval(PERIOD).catalog_version == "2026.2"


def test_approval_with_no_catalogue_change_is_as_before(windows):
    """Another window writing something else (a settings change, another period's figure) does not
    hold the approval back: approved at once under the catalogue shown."""
    a, b = windows
    a.complete(PERIOD)
    b.set_entry("2026-Q1", "bhyt", numerator="9.000", denominator="10.000")
    b.set_province_email("vanthu@thainguyen.gov.vn")
    fingerprint = a.approve(PERIOD)
    approval = a.approval(PERIOD)
    assert approval.catalog_version == "2026.1" and approval.fingerprint == fingerprint
    assert b.period_state(PERIOD) == State.APPROVED


def test_an_update_imported_elsewhere_is_not_imported_again(windows, update, office, tmp_path):
    """Window A, still reading 2026.1, is given the file B has just imported: refused as not
    newer than the database's 2026.2 (not recorded a second time); the next update, made from
    2026.2, is imported from A as following 2026.2."""
    a, b = windows
    cu.import_update(b, *update)
    with pytest.raises(BadCatalogUpdate, match="không mới hơn phiên bản đang dùng 2026.2"):
        cu.import_update(a, update[0])
    assert sum(r.action == "catalog_update" for r in a.store.audit_rows()) == 1
    cu.edit(office.ws, cu.set_target, "bhyt", ">=", "60", unit=TAN_CUONG)
    cu.publish(office.ws, "2026.3", tmp_path / "b3")
    old, new, _ = cu.import_update(a, tmp_path / "b3.chitieu-catalog.json")
    assert (old, new) == ("2026.2", "2026.3") and a.catalog.version == "2026.3"


def test_a_draft_exported_after_an_import_elsewhere_is_refused_once(windows, update, tmp_path):
    """A draft is judged with the current catalogue: exported from window A after B imported
    2026.2, it is refused, nothing written; exported again, the draft names 2026.2."""
    from desktop_app.services import export_period

    a, b = windows
    cu.import_update(b, *update)
    out = tmp_path / "xuat"
    with pytest.raises(CatalogChanged, match="chưa xuất báo cáo được"):
        export_period(a, PERIOD, out, pdf=False)
    assert not out.exists() or not any(out.iterdir())
    result = export_period(a, PERIOD, out, pdf=False)
    assert result.submission.catalog_version == "2026.2" and not result.submission.approved


def test_the_windows_export_worker_judges_with_the_catalogue_the_window_shows(windows, update, tmp_path):
    """Xuất báo cáo… and Gửi cho tỉnh… export on a worker's own connection (`for_thread`): the
    worker keeps the window's catalogue, so the draft is refused there too, not exported under
    2026.2 while the window still shows 2026.1."""
    from desktop_app.services import export_period

    a, b = windows
    cu.import_update(b, *update)
    worker = a.for_thread()
    out = tmp_path / "xuat"
    try:
        with pytest.raises(CatalogChanged, match="chưa xuất báo cáo được"):
            export_period(worker, PERIOD, out, pdf=False, mark_sent=False)
    finally:
        worker.close()
    assert not out.exists() or not any(out.iterdir())
