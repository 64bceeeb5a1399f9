"""Accounts, roles and the life of a period: complete, approve, frozen, reopen."""
import datetime as dt

import pytest

from desktop_app.core.errors import InvalidInput, NotPermitted, PeriodFrozen
from desktop_app.services import Workspace
from desktop_app.core.users import Role, verify_password
from desktop_app.core.workflow import State

PW = {"admin": "cay-tre-2026", "canbo": "nhaplieu-2026", "lanhdao": "duyet-so-2026"}


@pytest.fixture
def office(data_dir):
    """Xã Tân Cương with an administrator, an officer and a leader."""
    ws = Workspace.open(data_dir)
    ws.add_user("admin", "Hoàng Văn Quản", "Quản trị", PW["admin"])
    ws.login("admin", PW["admin"])
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình")
    ws.add_user("canbo", "Nguyễn Văn An", Role.OFFICER, PW["canbo"])
    ws.add_user("lanhdao", "Trần Thị Bình", Role.LEADER, PW["lanhdao"])
    ws.logout()
    yield ws
    ws.close()


def as_(ws, who):
    ws.logout()
    ws.login(who, PW[who])
    return ws


def fill_year(ws, period="2026", baselines=True):
    """Every assigned indicator of a commune, one of them Không đạt with its explanation (and the
    term's baselines, unless a period approved already froze them)."""
    if baselines:
        ws.set_baseline("giam_ngheo", "5,2%")
        ws.set_baseline("ket_nap_dang_vien", "250")
    ws.set_entry(period, "thu_ngan_sach", value="50.000")
    ws.set_entry(period, "bhyt", numerator="9.500", denominator="10.000")
    ws.set_entry(period, "giam_ngheo", numerator="40", denominator="1.000")
    ws.set_entry(period, "truong_chuan", numerator="5", denominator="5")
    ws.set_entry(period, "lao_dong_dao_tao", numerator="780", denominator="1.000")
    ws.set_entry(period, "nuoc_sach_nong_thon", numerator="2.100", denominator="2.500")
    ws.set_entry(period, "ket_nap_dang_vien", value="6", comment="Thiếu nguồn kết nạp ở thôn xa")
    ws.set_entry(period, "to_chuc_dang_htt", numerator="19", denominator="20")


def test_first_account_must_be_the_administrator(blank_workspace):
    """A fresh database asks for the administrator first."""
    with pytest.raises(InvalidInput, match="Quản trị"):
        blank_workspace.add_user("canbo", "A", "Cán bộ nhập liệu", "hoa-sen-2026")
    blank_workspace.add_user("admin", "Quản trị viên", "Quản trị", "hoa-sen-2026")
    assert blank_workspace.has_accounts


def test_passwords_are_stored_only_as_salted_scrypt_hashes(office):
    """The database holds the scrypt parameters and hash, never the password."""
    row = office.store.user("canbo")
    assert row.password_hash.startswith("scrypt$16384$8$1$")
    assert PW["canbo"] not in row.password_hash
    assert verify_password(PW["canbo"], row.password_hash)
    assert office.store.user("lanhdao").password_hash != row.password_hash


def test_nothing_can_be_done_without_logging_in(office):
    """Once accounts exist every write needs a login."""
    with pytest.raises(NotPermitted, match="đăng nhập"):
        office.set_entry("2026", "bhyt", numerator="1")


@pytest.mark.parametrize(
    "who, action, allowed",
    [
        ("canbo", "enter", True), ("lanhdao", "enter", False), ("admin", "enter", False),
        ("canbo", "settings", False), ("lanhdao", "settings", False), ("admin", "settings", True),
        ("canbo", "users", False), ("lanhdao", "users", False), ("admin", "users", True),
        ("canbo", "narrative", True), ("lanhdao", "narrative", False),
        ("canbo", "baseline", True), ("admin", "baseline", False),
    ],
)
def test_each_role_does_exactly_its_own_work(office, who, action, allowed):
    """Officers enter, leaders approve, administrators manage accounts and settings."""
    as_(office, who)
    actions = {
        "enter": lambda: office.set_entry("2026", "bhyt", numerator="9"),
        "settings": lambda: office.setup("dai phuc", "A", "B"),
        "users": lambda: office.add_user(f"moi{who}", "Người mới", "Cán bộ nhập liệu", "hoa-sen-2026"),
        "narrative": lambda: office.set_narrative("2026", "ket_qua", "Tốt"),
        "baseline": lambda: office.set_baseline("ket_nap_dang_vien", "200"),
    }
    if allowed:
        actions[action]()
    else:
        with pytest.raises(NotPermitted, match=who):
            actions[action]()


def test_only_officer_completes_and_only_leader_approves_and_reopens(office):
    """Marking complete is the officer's; approving and reopening the leader's."""
    as_(office, "canbo")
    fill_year(office)
    as_(office, "lanhdao")
    with pytest.raises(NotPermitted):
        office.complete("2026")
    as_(office, "canbo")
    office.complete("2026")
    with pytest.raises(NotPermitted):
        office.approve("2026")
    as_(office, "admin")
    with pytest.raises(NotPermitted):
        office.approve("2026")
    as_(office, "lanhdao")
    office.approve("2026")
    assert office.period_state("2026") == State.APPROVED
    as_(office, "canbo")
    with pytest.raises(NotPermitted):
        office.reopen("2026", "Sai số liệu")


def test_an_account_locked_in_another_window_can_no_longer_act(office, data_dir):
    """The leader's window stays open while the administrator, in another, locks the account
    or makes it an officer: the open window can no longer approve, whatever it remembered."""
    as_(office, "canbo")
    fill_year(office)
    office.complete("2026")
    as_(office, "lanhdao")
    admin = Workspace.open(data_dir)
    try:
        admin.login("admin", PW["admin"])
        admin.set_user_active("lanhdao", False, last_leader=True)
        with pytest.raises(NotPermitted, match="đã bị khóa hoặc xóa trong lúc đang mở"):
            office.approve("2026")
        assert office.account is None
        admin.set_user_active("lanhdao", True)
        as_(office, "lanhdao")
        admin.store.update_user("lanhdao", role=Role.OFFICER.value)  # as the accounts dialog does
        with pytest.raises(NotPermitted):
            office.approve("2026")
    finally:
        admin.close()
    assert office.period_state("2026") == State.COMPLETE


def test_complete_refuses_missing_values_and_unexplained_failures(office):
    """Hoàn thành needs every assigned indicator, and a reason for every Không đạt."""
    as_(office, "canbo")
    office.set_entry("2026", "bhyt", numerator="9.500", denominator="10.000")
    with pytest.raises(InvalidInput, match="Chưa nhập đủ"):
        office.complete("2026")
    fill_year(office)
    office.set_entry("2026", "ket_nap_dang_vien", comment="")
    with pytest.raises(InvalidInput, match="chưa có giải thích"):
        office.complete("2026")
    office.set_entry("2026", "ket_nap_dang_vien", comment="Thiếu nguồn")
    assert office.complete("2026") == State.COMPLETE


def test_the_refusal_to_complete_gives_each_problem_its_own_line(office):
    """Figures missing and a Không đạt unexplained: two lines, each a sentence of its own (the
    missing names end "… trở lên", which ran into "chỉ tiêu Không đạt …" in one paragraph)."""
    as_(office, "canbo")
    fill_year(office)
    office.set_entry("2026", "ket_nap_dang_vien", comment="")
    office.set_entry("2026", "bhyt", numerator="", denominator="")
    with pytest.raises(InvalidInput) as err:
        office.complete("2026")
    head, *lines = err.value.message.split("\n")
    assert head == "Kỳ năm 2026 chưa hoàn thành được:"
    assert [line.split(":")[0] for line in lines] == [
        "• Chưa nhập đủ", "• Chỉ tiêu Không đạt chưa có giải thích ở cột Ghi chú"]
    assert all(line.endswith(".") for line in lines)


def test_complete_says_what_is_missing_of_an_indicator_whose_figures_are_typed(office):
    """Both poverty figures typed, the end-of-2025 rate not: the refusal names that figure and
    where it is entered, not only the indicator the officer sees filled."""
    as_(office, "canbo")
    office.set_entry("2026-Q1", "giam_ngheo", numerator="120", denominator="2.400")
    with pytest.raises(InvalidInput) as err:
        office.complete("2026-Q1")
    assert ("Mức giảm tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều đến năm 2030 — chưa nhập số liệu đầu nhiệm kỳ: "
            "Tỷ lệ hộ nghèo cuối năm 2025") in err.value.message
    assert "nhập ở Dữ liệu › Số liệu đầu nhiệm kỳ;" in err.value.message  # then the list's "." ends: never "kỳ…."
    assert "entered in Data › Start-of-term figures;" in err.value.en
    assert "…;" not in err.value.message and "…." not in err.value.message


def approved_office(office):
    as_(office, "canbo")
    fill_year(office)
    office.set_narrative("2026", "ket_qua", "Hoàn thành phần lớn chỉ tiêu.")
    as_(office, "lanhdao")  # own targets are the leader's
    office.set_own_target(2026, "thu_ngan_sach", "≥", "45.000")
    as_(office, "canbo")
    office.complete("2026")
    as_(office, "lanhdao")
    fp = office.approve("2026")
    as_(office, "canbo")
    return fp


@pytest.mark.parametrize(
    "write",
    [
        lambda ws: ws.set_entry("2026", "bhyt", numerator="9.600"),
        lambda ws: ws.set_entry("2026", "bhyt", comment="Sửa lại"),
        lambda ws: ws.set_narrative("2026", "han_che", "Thêm hạn chế"),
        lambda ws: (as_(ws, "lanhdao"), ws.set_own_target(2026, "bhyt", "≥", "96")),
        lambda ws: ws.set_baseline("ket_nap_dang_vien", "240"),
    ],
    ids=["value", "comment", "narrative", "target", "baseline"],
)
def test_an_approved_period_refuses_every_kind_of_write(office, write):
    """Values, comments, narrative, targets and baselines of an approved period are frozen."""
    approved_office(office)
    before = office.store.audit_rows()
    with pytest.raises(PeriodFrozen, match="mở lại"):
        write(office)
    assert office.store.audit_rows() == before


def test_other_periods_stay_open_after_approval(office):
    """Approving the 2026 year report does not freeze 2027."""
    approved_office(office)
    office.set_entry("2027-Q1", "bhyt", numerator="9.700", denominator="10.000")


def test_reopen_needs_a_reason_and_keeps_the_approved_version(office):
    """Mở lại keeps the signed figures and fingerprint in history; edits are possible again."""
    fp = approved_office(office)
    as_(office, "lanhdao")
    with pytest.raises(InvalidInput, match="Lý do"):
        office.reopen("2026", "  ")
    office.reopen("2026", "Bảo hiểm xã hội huyện điều chỉnh số thẻ BHYT")
    assert office.period_state("2026") == State.ENTERING
    history = office.period_history("2026")
    assert [h.event for h in history] == ["complete", "approve", "reopen"]
    approve = history[1]
    assert approve.fingerprint == fp and '"9500"' in approve.snapshot
    assert history[2].reason == "Bảo hiểm xã hội huyện điều chỉnh số thẻ BHYT"
    as_(office, "canbo")
    office.set_entry("2026", "bhyt", numerator="9.600")
    office.complete("2026")
    as_(office, "lanhdao")
    assert office.approve("2026") != fp


def test_sent_records_the_fingerprint_and_time(office):
    """Exporting an approved period records it as sent, with the fingerprint exported."""
    fp = approved_office(office)
    office.mark_sent(office.submission("2026"))
    row = office.store.period_state(office.commune.code, "2026")
    assert row.state == State.SENT.value and row.fingerprint == fp and row.sent_at
    assert row.approved_by == "lanhdao"
    statuses = {s.period.code: s for s in office.overview(dt.date(2026, 12, 24))}
    assert not statuses["2026"].overdue and statuses["2026-Q1"].overdue


def test_state_changes_are_in_the_audit_trail(office):
    """Each transition names who made it."""
    approved_office(office)
    states = [(r.user, r.old, r.new) for r in office.store.audit_rows() if r.action == "state"]
    assert states == [("canbo", "Đang nhập", "Hoàn thành"), ("lanhdao", "Hoàn thành", "Đã duyệt")]


def test_five_wrong_passwords_lock_the_account_for_five_minutes(office):
    """After 5 failures even the right password is refused until 5 minutes have passed."""
    t0 = dt.datetime(2026, 11, 24, 10, 0).astimezone()
    for i in range(4):
        with pytest.raises(NotPermitted, match=f"Còn {4 - i} lần"):
            office.login("canbo", "sai-mat-khau", now=t0)
    with pytest.raises(NotPermitted, match="tạm khóa"):
        office.login("canbo", "sai-mat-khau", now=t0)
    with pytest.raises(NotPermitted, match="tạm khóa"):
        office.login("canbo", PW["canbo"], now=t0 + dt.timedelta(minutes=4))
    assert office.login("canbo", PW["canbo"], now=t0 + dt.timedelta(minutes=5, seconds=1)).role == Role.OFFICER


def test_administrator_resets_a_forgotten_password_and_unlocks(office):
    """The administrator sets a new password; the old one stops working, the lock is lifted."""
    t0 = dt.datetime.now().astimezone()
    for _ in range(5):
        with pytest.raises(NotPermitted):
            office.login("canbo", "sai", now=t0)
    as_(office, "admin")
    office.set_password("canbo", "mat-khau-moi-1")
    office.logout()
    with pytest.raises(NotPermitted):
        office.login("canbo", PW["canbo"])
    assert office.login("canbo", "mat-khau-moi-1").username == "canbo"


def test_officer_changes_own_password_only_with_the_old_one(office):
    """Changing one's own password needs the current one; another's needs the administrator."""
    as_(office, "canbo")
    with pytest.raises(NotPermitted):
        office.set_password("canbo", "mat-khau-moi-2", old_password="sai")
    with pytest.raises(NotPermitted):
        office.set_password("lanhdao", "mat-khau-moi-2")
    office.set_password("canbo", "mat-khau-moi-2", old_password=PW["canbo"])
    office.logout()
    assert office.login("canbo", "mat-khau-moi-2")


def test_user_changes_are_audited(office):
    """Creating accounts and resetting passwords are in the audit trail."""
    as_(office, "admin")
    office.set_password("canbo", "mat-khau-moi-3")
    actions = [(r.action, r.new) for r in office.store.audit_rows() if r.action.startswith(("user", "password"))]
    assert ("user_add", "canbo (Cán bộ nhập liệu)") in actions
    assert ("password_reset", "canbo") in actions


def test_a_stronger_scrypt_cost_does_not_lock_anyone_out():
    """A hash made with four times today's cost (64 MiB, above OpenSSL's default 32 MiB limit)
    still verifies; one asking for an absurd amount of memory is refused, not attempted."""
    import base64
    import hashlib

    from desktop_app.core.users import _bytes, _memory

    salt, n = b"0123456789abcdef", 2**16
    digest = hashlib.scrypt(_bytes("hoa-sen-2026"), salt=salt, n=n, r=8, p=1, dklen=32, maxmem=_memory(n, 8, 1))
    stored = f"scrypt${n}$8$1${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"
    assert verify_password("hoa-sen-2026", stored)
    assert not verify_password("hoa-sen-2026", stored.replace(f"${n}$", f"${2**24}$"))


def test_an_approved_period_is_told_before_a_typing_slip(office):
    """Walk 22, L4: on an approved period the officer hears "đã duyệt" first, not that a count
    has no decimals, then "đã duyệt" only once the slip is mended."""
    approved_office(office)
    with pytest.raises(PeriodFrozen, match="mở lại"):
        office.set_entry("2026", "bhyt", numerator="9.500,5")
