"""The leader approves the paper the officer marked complete, people on it included: a change of a
setting the report prints (preparer, signer, signer's title, document prefix) while a period is
Hoàn thành sends it back to Đang nhập, as a figure edited does, and its history says why; an
approved or sent period keeps its paper (red-team 22, F4: the leader reviewed code X, an
administrator set another signer, `approve --expect X` passed and the paper named that signer)."""
from __future__ import annotations

import re

import pytest

from desktop_app.__main__ import main
from desktop_app.core.errors import InvalidInput
from desktop_app.core.workflow import State
from tests.core.test_workflow import PW, as_, fill_year, office  # noqa: F401 (the fixture)


def reviewed_code(data_dir, capsys, monkeypatch) -> str:
    """The code `chitieu show` prints the leader."""
    monkeypatch.setenv("CHITIEU_PASSWORD", PW["lanhdao"])
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "--user", "lanhdao", "show", "--period", "2026"]) == 0
    return re.search(r"Mã xác thực\D*?([0-9a-f]{16})", capsys.readouterr().out).group(1)


def completed(office):
    as_(office, "canbo")
    fill_year(office)
    office.complete("2026")


@pytest.mark.parametrize("change", [dict(signer="Kẻ Giả Mạo"), dict(signer_title="Phó Chủ tịch"),
                                    dict(preparer="Lê Văn Khác"), dict(doc_prefix="VP")])
def test_a_printed_setting_changed_after_completion_sends_the_period_back(office, data_dir, capsys, monkeypatch,
                                                                          change):
    completed(office)
    code = reviewed_code(data_dir, capsys, monkeypatch)
    people = dict(preparer="Nguyễn Văn An", signer="Trần Thị Bình", signer_title="Chủ tịch", doc_prefix="") | change
    as_(office, "admin")
    office.setup("tan cuong", **people)
    assert office.period_state("2026") == State.ENTERING
    last = office.period_history("2026")[-1]
    assert (last.event, last.from_state, last.to_state) == ("edit", State.COMPLETE.value, State.ENTERING.value)
    assert last.reason.startswith("Đổi ") and last.reason.endswith(" trong Cài đặt sau khi đánh dấu Hoàn thành")
    assert "trở lại trạng thái Đang nhập" in office.take_notice()
    # the leader's approval of what was reviewed: refused, saying why, nothing approved
    monkeypatch.setenv("CHITIEU_PASSWORD", PW["lanhdao"])
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "--user", "lanhdao", "approve", "--period", "2026",
                 "--expect", code]) != 0
    said = capsys.readouterr().err
    assert "đang ở trạng thái Đang nhập; chỉ duyệt được kỳ đã Hoàn thành" in said, said
    as_(office, "lanhdao")
    with pytest.raises(InvalidInput, match="chỉ duyệt được kỳ đã Hoàn thành"):
        office.approve("2026", code)
    assert office.approval("2026") is None


def test_the_same_settings_saved_again_change_nothing(office):
    completed(office)
    as_(office, "admin")
    office.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình")
    assert office.period_state("2026") == State.COMPLETE and office.take_notice() is None


def test_an_approved_period_keeps_its_paper(office, tmp_path):
    completed(office)
    as_(office, "lanhdao")
    office.approve("2026")
    as_(office, "admin")
    office.setup("tan cuong", "Nguyễn Văn An", "Kẻ Giả Mạo", "Phó Chủ tịch")
    assert office.period_state("2026") == State.APPROVED
    as_(office, "lanhdao")
    sub = office.submission("2026")
    assert (sub.signer, sub.signer_title) == ("Trần Thị Bình", "Chủ tịch")
