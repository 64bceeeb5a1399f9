"""A unit without accounts approves under the computer's login name. A version until 2026.12 wrote that name
as it was ("Admin", "Nguyễn Văn Ân"), and every reader refused the genuine file as changed: "người duyệt … không
phải tên đăng nhập" (walk U22 F1; the province said "Đã bị sửa", and sending again made the same file). Such a
file is read intact; markup or a line break in the approver is still refused."""
from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_app.services import Workspace
from exports.submission_reader import verify_file
from exports.submission_xlsx import write_submission
from tests.province.helpers import fill_unit, sign_with


@pytest.fixture
def approved(tmp_path):
    ws = Workspace.open(tmp_path / "xa", user="can-bo")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    fill_unit(ws, "2026-6M", seed=5)
    ws.complete("2026-6M")
    ws.approve("2026-6M")
    yield ws, ws.submission("2026-6M", approved=True)
    ws.close()


def _written(ws, sub, approver, tmp_path):
    sub = sign_with(replace(sub, approved_by=approver), ws.signing_key())
    return write_submission(sub, tmp_path / f"{sub.file_stem}.xlsx")


@pytest.mark.parametrize("approver", ["Admin", "Nguyễn Văn Ân", "Nguyen Van An", "PC"])
def test_a_computers_login_name_as_approver_reads_intact(approved, approver, tmp_path):
    ws, sub = approved
    v = verify_file(_written(ws, sub, approver, tmp_path))
    assert v.ok, v
    assert v.submission.approved_by == approver and v.submission.approved


@pytest.mark.parametrize("approver", ["<b>Admin</b>", "Admin\u202e", "Admin:", "Ad/min"])
def test_markup_or_a_control_in_the_approver_is_still_refused(approved, approver, tmp_path):
    ws, sub = approved
    v = verify_file(_written(ws, sub, approver, tmp_path))
    assert not v.ok and "không phải tên đăng nhập" in v.message, v.message


@pytest.mark.parametrize("login, approver", [("Nguyễn Văn Ân", "nguyen.van.an"), ("Admin", "admin"), ("PC", "may-pc")])
def test_a_unit_without_accounts_approves_under_a_login_name_every_reader_takes(tmp_path, monkeypatch, capsys,
                                                                                login, approver):
    """`chitieu approve` and `export` with no accounts, on a computer whose login name has capitals, spaces or
    Vietnamese letters: the file names the approver in a login name's form, which older readers take too."""
    import getpass

    from desktop_app.__main__ import main

    monkeypatch.setattr(getpass, "getuser", lambda: login)
    folder = str(tmp_path / "xa")
    ws = Workspace.open(folder)  # opened as the commands open it: no user given
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    fill_unit(ws, "2026-6M", seed=5)
    ws.close()
    for command in (["complete", "--period", "2026-6M"], ["approve", "--period", "2026-6M"],
                    ["export", "--period", "2026-6M", "--out", str(tmp_path / "gui"), "--number", "7"]):
        assert main(["--data-dir", folder, *command]) == 0, capsys.readouterr()
    xlsx = next((tmp_path / "gui").glob("*.xlsx"))
    v = verify_file(xlsx)
    assert v.ok, v.message
    assert v.submission.approved_by == approver
