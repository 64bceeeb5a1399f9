"""The restore question says what to do after once, not once per period (walk 17, L8): with three
periods approved and exported after the backup it repeated "mở lại nếu cần, duyệt lại, xuất, ký số,
gửi lại tỉnh…" three times and grew to 532 pixels; and it said "ký số" to a unit that signs nothing."""
from __future__ import annotations

from pathlib import Path
from unittest.mock import patch

from desktop_app.backups import restore_warning, take_backup
from desktop_app.services import export_period
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)


def test_the_steps_after_a_restore_are_said_once_for_every_period(office, tmp_path):  # noqa: F811
    as_(office, "canbo")
    backup = take_backup(office, "thu-cong", target_dir=tmp_path / "usb")
    codes = []
    for period in ("2026-6M", "2026-9M"):
        as_(office, "canbo")
        if period == "2026-6M":
            fill_year(office, period)
        else:  # the start-of-term figures are the approved 6 months' now: fill_year's figures only
            with patch.object(type(office), "set_baseline", lambda *a, **k: None):
                fill_year(office, period)
        office.complete(period)
        as_(office, "lanhdao")
        office.approve(period)
        export_period(office, period, tmp_path / "out", pdf=False)
        codes.append(office.store.period_state(office.commune.code, period).fingerprint[:16])
    said = restore_warning(Path(office.store.path), backup)
    for code in codes:
        assert f"tỉnh có thể đang giữ tệp đã duyệt mã xác thực {code} mà cơ sở dữ liệu khôi phục không còn." in said
    assert said.count("Sau khi khôi phục: mở lại nếu cần") == 1
    assert said.endswith(f"Sau khi khôi phục: mở lại nếu cần, duyệt lại, xuất, gửi lại tỉnh và báo tỉnh bỏ bản mã "
                         f"{codes[0]}, {codes[1]}.")  # nothing signed: no "ký số"
    assert said.en.endswith(f"tell the province to drop the files with codes {codes[0]}, {codes[1]}.")
