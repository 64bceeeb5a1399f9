"""An older approval sent again later (red team 13, finding 3): a unit approved its report, reopened
the period, corrected a figure and approved again; then the first approval was exported once more
from a copy of the database taken before the reopening (a backup restored, a second laptop), signed
by the same key. The province keeps the later approval, whatever order the files arrive in, and
the reason of the file not kept says that it is the earlier approval, with both times of approval
to the second (all of it happens within one minute, as a quick correction does)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_app.core.intake import FileClass
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import KEYS, ON_TIME, delivered, make_submissions, sign_with

FIGURE = "thu_ngan_sach"
DAY = "2026-06-18T"


def _version(sub, approved_at: str, made: str, figure: str | None = None):
    """`sub` approved at `approved_at` and made (exported) at `made` (both on 18/06/2026, Vietnam
    time), with `figure` for thu_ngan_sach when given, signed by the unit's key again."""
    items = sub.items if figure is None else tuple(
        replace(i, value=figure, input_value=figure) if i.code == FIGURE else i for i in sub.items)
    out = replace(sub, items=items, approved_at=f"{DAY}{approved_at}+07:00", generated_at=f"{DAY}{made}+07:00",
                  stated_fingerprint=None)
    return sign_with(out, KEYS[sub.public_key]) if sub.signed else out


@pytest.fixture(scope="module")
def versions(tmp_path_factory):
    """A: the first approval (10:32:36), figure 51494; B: approved again at 10:32:40 with the
    figure corrected to 1; R: the first approval exported again at 10:32:42, after B."""
    root = tmp_path_factory.mktemp("older-approval")
    ws, subs = make_submissions(root, pick_units(1, 0), PERIOD, data_dir=root / "db")
    ws.close()
    [sub] = subs.values()
    return {"a.xlsx": _version(sub, "10:32:36", "10:32:37", "51494"),
            "b.xlsx": _version(sub, "10:32:40", "10:32:41", "1"),
            "r.xlsx": _version(sub, "10:32:36", "10:32:42", "51494")}


def _read(office, folder, versions, *names):
    """Each file in its own e-mail (its own folder), in the order given: the results."""
    out = []
    for n, name in enumerate(names):
        inbox = folder / f"{n}-{name}"
        inbox.mkdir(parents=True)
        delivered(write_submission(versions[name], inbox / name), ON_TIME)
        out += office.intake(inbox, PERIOD).results
    return out


def _counted(office, sub) -> str:
    return office.consolidation(PERIOD).item(sub.unit_code, FIGURE).value


@pytest.mark.parametrize("order", [("a.xlsx", "b.xlsx", "r.xlsx"), ("b.xlsx", "r.xlsx", "a.xlsx"),
                                   ("r.xlsx", "b.xlsx"), ("a.xlsx", "r.xlsx", "b.xlsx")])
def test_the_later_approval_counts_whatever_order_the_files_come_in(office, versions, tmp_path, order):
    results = _read(office, tmp_path, versions, *order)
    assert [r.kept for r in results][-1] == (order[-1] == "b.xlsx")
    assert _counted(office, versions["b.xlsx"]) == "1"  # the corrected figure, never 51494 again
    again = office.intake(_read_all(tmp_path, versions), PERIOD).results  # the whole mailbox read again
    assert all(r.reason.startswith("Đã nhận trước đó") for r in again if r.file_name in order)
    assert [r.file_name for r in again if r.kept] == ["b.xlsx"]
    assert _counted(office, versions["b.xlsx"]) == "1"
    office.confirm_key(results[0].unit_code, results[0].key_code)  # the versions chosen again: the same
    assert _counted(office, versions["b.xlsx"]) == "1"


def _read_all(folder, versions):
    inbox = folder / "tat-ca"
    inbox.mkdir()
    for name, sub in versions.items():
        delivered(write_submission(sub, inbox / name), ON_TIME)
    return inbox


def test_the_earlier_approval_read_last_says_it_does_not_replace_the_later_one(office, versions, tmp_path):
    a, b, r = _read(office, tmp_path, versions, "a.xlsx", "b.xlsx", "r.xlsx")
    assert b.kept and "Giữ bản duyệt sau (duyệt lúc 10:32:40 18/06/2026; bản kia duyệt lúc 10:32:36 18/06/2026)" \
        in b.reason
    assert r.class_ == FileClass.TRUNG and r.new and not r.kept
    assert r.reason.startswith(
        "Trùng đơn vị và kỳ với tệp b.xlsx đã nhận. Tệp này là bản duyệt lúc 10:32:36 18/06/2026, trước bản đang "
        f"giữ (tệp b.xlsx, duyệt lúc 10:32:40 18/06/2026, mã xác thực {b.fingerprint[:16]}): không thay. Bản duyệt "
        "trước không thay bản duyệt sau của đơn vị, dù tệp được xuất lúc nào (tệp này lập lúc 10:32 18/06/2026, mã "
        f"xác thực {r.fingerprint[:16]}); tệp này được lưu trong lịch sử, không tính vào tổng hợp.")


def test_the_later_approval_read_last_replaces_the_earlier_one_saying_both_times(office, versions, tmp_path):
    r, b = _read(office, tmp_path, versions, "r.xlsx", "b.xlsx")
    assert r.kept and b.kept and b.class_ == FileClass.HOP_LE
    # the files' times too, made in the same minute, are told apart by their seconds
    assert ("thay tệp r.xlsx đã nhận (lập lúc 10:32:42 18/06/2026). Giữ bản duyệt sau (duyệt lúc 10:32:40 18/06/2026; "
            "bản kia duyệt lúc 10:32:36 18/06/2026): tệp này (lập lúc 10:32:41 18/06/2026") in b.reason


def test_the_same_approval_exported_again_is_kept_the_times_told_apart_by_their_seconds(office, versions, tmp_path):
    """A and R are one approval (same figures, same time of approval): the later export is kept, as
    before; made in the same minute, the reason gives both times to the second."""
    a, r = _read(office, tmp_path, versions, "a.xlsx", "r.xlsx")
    assert r.kept and "Giữ bản lập sau (lập lúc 10:32:42 18/06/2026; bản kia lập lúc 10:32:37 18/06/2026)" in r.reason
    assert "thay tệp a.xlsx đã nhận (lập lúc 10:32:37 18/06/2026)" in r.reason
    assert "tệp này (lập lúc 10:32:42 18/06/2026, mã xác thực" in r.reason


def test_the_earlier_export_read_after_the_later_gives_both_times_to_the_second(office, versions, tmp_path):
    r, a = _read(office, tmp_path, versions, "r.xlsx", "a.xlsx")
    assert r.kept and not a.kept
    assert "tệp r.xlsx (lập lúc 10:32:42 18/06/2026); tệp này (lập lúc 10:32:37 18/06/2026)" in a.reason


def test_approvals_an_hour_apart_say_no_seconds(office, versions, tmp_path):
    """Times that differ by the minute read as before."""
    sub = versions["a.xlsx"]
    later_one = {"a.xlsx": sub, "c.xlsx": _version(sub, "11:40:00", "11:45:00", "7")}
    c, a = _read(office, tmp_path, later_one, "c.xlsx", "a.xlsx")
    assert c.kept and a.class_ == FileClass.TRUNG and not a.kept
    assert "Tệp này là bản duyệt lúc 10:32 18/06/2026, trước bản đang giữ (tệp c.xlsx, duyệt lúc 11:40 18/06/2026" \
        in a.reason
    assert _counted(office, sub) == "7"


def test_a_report_of_the_old_format_is_replaced_by_the_signed_approval_that_follows(office, versions, tmp_path):
    """Format 1 states no time of approval (old installations): an approved format-1 report,
    accepted by the province, then the unit's signed report approved after its upgrade, which
    counts once the province confirmed its key (before, a key nobody compared does not displace
    the version compared with the paper: red-team 19, F1); and two format-1 reports are still
    chosen by when they were made."""
    sub = versions["a.xlsx"]
    old = {name: replace(sub, format_version=1, public_key="", signature="", approved_by="", approved_at="",
                         chain_head="", generated_at=f"{DAY}{made}+07:00", stated_fingerprint=None,
                         items=_version(sub, "08:00:00", "08:00:00", figure).items)
           for name, made, figure in (("cu-1.xlsx", "08:00:00", "10"), ("cu-2.xlsx", "09:00:00", "20"))}
    [first] = _read(office, tmp_path / "1", old, "cu-1.xlsx")
    office.accept_unsigned(sub.unit_code, PERIOD, "cu-1.xlsx")
    [second] = _read(office, tmp_path / "2", old, "cu-2.xlsx")
    office.accept_unsigned(sub.unit_code, PERIOD, "cu-2.xlsx")
    assert _counted(office, sub) == "20"  # the one made later, as every version was chosen before
    [b] = _read(office, tmp_path / "3", versions, "b.xlsx")
    assert not b.kept and "tỉnh đã chấp nhận bản khác của đơn vị cho kỳ này" in b.reason
    assert _counted(office, sub) == "20"
    office.confirm_key(sub.unit_code, versions["b.xlsx"].key_code)
    assert _counted(office, sub) == "1"

