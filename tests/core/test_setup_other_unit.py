"""A database whose unit approved a report stays that unit's (red-team 18, F5: an administrator
switched a database with approved periods to another unit with no word: the approved reports were
hidden, and the other unit's reports signed with the same laptop key). A unit chosen by mistake,
with figures only typed, can still be corrected."""
from __future__ import annotations

import pytest

from desktop_app.core.errors import InvalidInput
from tests.core.test_workflow import fill_year


def test_a_unit_with_an_approved_report_is_not_switched_to_another(workspace):
    fill_year(workspace, "2026-6M")
    workspace.complete("2026-6M")
    workspace.approve("2026-6M")
    with pytest.raises(InvalidInput) as refused:
        workspace.setup("dai phuc", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch")
    assert refused.value.message.startswith(
        "Cơ sở dữ liệu này là của Xã Tân Cương, đã duyệt báo cáo 6 tháng đầu năm 2026: không đổi sang Xã Đại Phúc "
        "được")
    assert refused.value.field == "Xã, phường" and "another data folder" in refused.value.en
    assert workspace.commune.name == "Xã Tân Cương"
    workspace.reopen("2026-6M", "Sửa số liệu hộ nghèo")  # reopened, it was approved all the same
    with pytest.raises(InvalidInput, match="đã duyệt báo cáo 6 tháng đầu năm 2026"):
        workspace.setup("dai phuc", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch")
    workspace.setup("tan cuong", "Nguyễn Văn Bình", "Trần Thị Bình", "Chủ tịch")  # its own people: as before
    assert workspace.settings.preparer == "Nguyễn Văn Bình"


def test_a_unit_chosen_by_mistake_with_figures_only_typed_can_be_corrected(workspace):
    fill_year(workspace, "2026-6M")
    workspace.setup("dai phuc", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch")
    assert workspace.commune.name == "Xã Đại Phúc"
