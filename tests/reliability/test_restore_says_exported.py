"""Walk U24 F5: the restore warning called a period exported for the province "trạng thái Đã gửi" while the window and
`chitieu status` say "Đã xuất" (the program does not know the file reached the province, core.workflow.State.label).
It now says the state as the window does, in Vietnamese and in English ("Exported")."""
from __future__ import annotations

from pathlib import Path

from desktop_app.backups import restore_warning, take_backup
from desktop_app.core.workflow import State
from desktop_app.services import export_period
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)


def test_the_restore_warning_says_exported_as_the_window_does(office, tmp_path):  # noqa: F811
    """Q1 and 6M exported, backed up; then Q1 reopened, 6M reopened and approved again: the restore brings Q1 back
    and takes 6M's new approval away, both back to the state the backup has them in, Đã xuất."""
    as_(office, "canbo")
    for i, period in enumerate(("2026-Q1", "2026-6M")):
        fill_year(office, period, baselines=i == 0)
        office.complete(period)
        as_(office, "lanhdao")
        office.approve(period)
        export_period(office, period, tmp_path / "gui", pdf=False)
        assert office.period_state(period) == State.SENT
        as_(office, "canbo")
    backup = take_backup(office, "thu-cong", tmp_path / "usb")
    as_(office, "lanhdao")
    office.reopen("2026-Q1", "Sửa số hộ nghèo")
    office.reopen("2026-6M", "Sửa bảo hiểm y tế")
    as_(office, "canbo")
    office.set_entry("2026-6M", "bhyt", numerator="9.600", denominator="10.000")
    office.complete("2026-6M")
    as_(office, "lanhdao")
    office.approve("2026-6M")
    said = restore_warning(Path(office.store.path), backup)
    assert "Kỳ quý I năm 2026 đã được Lãnh đạo mở lại lúc " in said
    assert "sau khi khôi phục, kỳ trở lại trạng thái Đã xuất với bản đã duyệt mã xác thực " in said
    assert "Kỳ 6 tháng đầu năm 2026 đã được Lãnh đạo duyệt sau khi sao lưu" in said
    assert "trở lại lần duyệt trước trong bản sao lưu (mã xác thực " in said and ", trạng thái Đã xuất)" in said
    assert "Đã gửi" not in str(said), str(said)
    assert "the period is back in the state Exported with the approved version" in said.en
    assert ", state Exported)" in said.en
