"""Walk 4 at the commune (H1, M6, L1, M4, L3), used as a person does:

- Dữ liệu › Cập nhật bộ chỉ tiêu… as the officer is refused at once, naming the task and who may,
  before any file or code is asked; the core refuses with the same words.
- A province target changed mid-period: the question names the periods being entered that will be
  judged against the new target, per indicator, the own change listed once, old and new each with
  its operator ("= 100 → ≥ 97"); after the import, the box and the status line say it once more.
- Restoring a backup taken before a reopening says that the period was reopened (when, the reason)
  and returns to its approval with the approved version's code.
- An approved period overdue to send reads "Đã duyệt, quá hạn gửi", not "Quá hạn" alone.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app import catalog_update as cu
from desktop_app.backups import restore_warning, take_backup
from desktop_app.core.errors import NotPermitted
from desktop_app.core.signing import key_code, new_private_key, public_key
from desktop_app.core.workflow import State
from desktop_app.services import export_period
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, press, type_text
from tests.ui.test_roles_refused_at_once import _first_box
from ui.catalog_update_dialog import CoverCodeDialog, import_catalog_update

PROVINCE = new_private_key()
PROVINCE_CODE = key_code(public_key(PROVINCE))
JUNE = dt.date(2026, 6, 20)  # 6M being entered; Q1 approved, due 20/04
BHYT = "Tỷ lệ người dân tham gia bảo hiểm y tế"


def _q1_approved_6m_entering(office):
    as_(office, "canbo")
    fill_year(office, "2026-Q1")
    office.complete("2026-Q1")
    as_(office, "lanhdao")
    office.approve("2026-Q1")
    as_(office, "canbo")
    office.set_entry("2026-6M", "bhyt", numerator="9.650", denominator="10.000")


def _update(office, folder: Path) -> str:
    doc = cu.set_target(office.catalog.document, "bhyt", ">=", "97", unit="05503")
    update = cu.build_update(doc, "2026.1", "2026.2", issuer="UBND tỉnh Thái Nguyên", private_key=PROVINCE)
    return str(cu.write_update(update, folder / f"bo-chi-tieu-2026.2{cu.SUFFIX}"))


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_officer_is_refused_the_catalogue_update_at_once_naming_the_task(make_window, office, qtbot, english,
                                                                             language):
    """H1: the first thing the officer sees is the refusal, no file dialog, no code."""
    as_(office, "canbo")
    window = make_window(office, today=JUNE)
    if language == "en":
        english()
    kind, words = _first_box(window.catalog_update_action.trigger)
    assert kind is QMessageBox
    if language == "vi":
        assert ("Tài khoản canbo (Cán bộ nhập liệu) không được cập nhật bộ chỉ tiêu. Việc này do Quản trị làm: "
                "Hoàng Văn Quản (admin) — đăng nhập bằng tài khoản đó (Tệp › Đăng nhập tài khoản khác…).") in words
    else:
        assert ("The account canbo (Data-entry officer) may not update the indicator catalogue. This is for the "
                "role Administrator: Hoàng Văn Quản (admin) — log in with that account (File › Log in as "
                "another account…).") in words
    assert "cài đặt" not in words and "settings" not in words
    assert office.catalog.version == "2026.1"


def test_the_core_refuses_the_officer_naming_the_task(office, tmp_path):
    path = _update(office, tmp_path)
    as_(office, "canbo")
    with pytest.raises(NotPermitted, match="không được cập nhật bộ chỉ tiêu. Việc này do Quản trị làm: Hoàng Văn Quản"):
        cu.import_update(office, path, PROVINCE_CODE)


def test_a_mid_period_target_change_names_the_period_being_entered(make_window, office, qtbot, tmp_path):
    """M6 and L1: the question lists the own change once, with both operators, and says the 6M being
    entered will be judged against the new target (Q1, approved, is not named); the box after it and
    the status line say it is now."""
    _q1_approved_6m_entering(office)
    path = _update(office, tmp_path)
    as_(office, "admin")
    window = make_window(office, today=JUNE)
    seen = {}

    def code(dialog):
        type_text(PROVINCE_CODE)
        press(Qt.Key.Key_Return)

    def question(box):
        seen["question"] = box.text()
        window.resize(1366, 768)
        box.button(QMessageBox.StandardButton.Yes).click()

    def done(box):
        seen["done"] = box.text()
        press(Qt.Key.Key_Return)

    script = Script((CoverCodeDialog, code), (QMessageBox, question), (QMessageBox, done))
    assert import_catalog_update(window, office, path) is True
    script.check()
    q = seen["question"]
    judged = f"Kỳ đang nhập (6 tháng đầu năm 2026) sẽ được đánh giá theo chỉ tiêu mới: {BHYT} = 100 → ≥ 97."
    assert judged in q
    assert q.count("= 100 → ≥ 97") == 2  # the own change and the period judged; not a third time in the list
    assert f'Chỉ tiêu giao của Xã Tân Cương, “{BHYT}”: = 100 → ≥ 97.' in q
    assert "Quý I" not in q
    assert (f"Kỳ đang nhập (6 tháng đầu năm 2026) nay được đánh giá theo chỉ tiêu mới: {BHYT} = 100 → ≥ 97."
            in seen["done"])
    status = window.statusBar().currentMessage()
    assert "2026.2" in status and "nay được đánh giá theo chỉ tiêu mới" in status


def test_restoring_a_backup_taken_before_a_reopening_says_the_approval_comes_back(office, tmp_path):
    """M4: 6M sent, backed up, reopened with a reason and changed: the warning says it was reopened
    (with the reason) and returns to Đã gửi with the approved version's code, in both languages."""
    as_(office, "canbo")
    fill_year(office, "2026-6M")
    office.complete("2026-6M")
    as_(office, "lanhdao")
    office.approve("2026-6M")
    code = office.store.period_state(office.commune.code, "2026-6M").fingerprint[:16]
    export_period(office, "2026-6M", tmp_path / "out.xlsx")
    assert office.period_state("2026-6M") == State.SENT
    backup = take_backup(office, "tay", tmp_path)
    office.reopen("2026-6M", "Thử khôi phục")
    as_(office, "canbo")
    office.set_entry("2026-6M", "bhyt", numerator="9.600", denominator="10.000")
    said = restore_warning(Path(office.store.path), backup)
    assert "Kỳ 6 tháng đầu năm 2026 đã được Lãnh đạo mở lại lúc " in said
    assert (f"(lý do: Thử khôi phục) sau khi sao lưu: sau khi khôi phục, kỳ trở lại trạng thái Đã xuất với bản đã "
            f"duyệt mã xác thực {code}") in said
    assert "First 6 months of 2026 was reopened by a leader at " in said.en
    assert f"(reason: Thử khôi phục) after the backup was taken: after the restore, the period is back in the " \
           f"state Exported with the approved version, code {code}" in said.en


def test_an_approved_period_overdue_to_send_reads_approved(make_window, office, qtbot):
    """L3: Q1 approved, not sent, past its deadline: "Đã duyệt, quá hạn gửi", not "Quá hạn" alone."""
    _q1_approved_6m_entering(office)
    window = make_window(office, today=JUNE)
    item = window.navigator._items[next(p for p in window.navigator._items if p.code == "2026-Q1")]
    assert item.text(3) == "Đã duyệt, quá hạn gửi"
    window.resize(1366, 768)
