"""The English window says the intake's reasons and the units' notes in English (walk U15: an English
reviewer read every file's reason and note in Vietnamese). What is stored stays as the intake wrote it,
in Vietnamese: the log, the database and the workbook; a reason with a sentence the window does not
know is shown as stored, led by "The program says (in Vietnamese):", never half English."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.core.keys import in_window
from desktop_app.core.reasons_english import in_english
from tests.province.conftest import PERIOD
from tests.province.helpers import shown_window
from tests.ui.conftest import shot
from ui import i18n
from ui.common import VIETNAMESE_ONLY_LEAD
from ui.province_intake_rows import NOTE, REASON

# Vietnamese words no English reason has (a unit's or file's name may have others)
VIETNAMESE = ("Đã nhận", "mã xác thực", "Khóa ký", "Trễ hạn", "Không nhận", "Tệp ", "tệp ", "chưa", "được")


def test_every_reason_of_a_folder_read_is_said_in_english(received, inbox):
    office, run = received
    classes = {r.class_ for r in run.results}
    assert len(classes) == 6  # valid (a corrected version among them), copy, changed, another period, not a report, damaged
    for r in run.results:
        said = in_english(in_window(r.reason, english=True))
        assert said is not None, r.reason
        # but names: the file's, and the commune software's menu the unit uses, in Vietnamese
        plain = said.replace(r.file_name, "").replace("Tệp › Gửi cho tỉnh…", "")
        assert not any(word in plain for word in VIETNAMESE), said
    late = next(r for r in run.results if r.unit_code == inbox["late"])
    assert in_english(in_window(late.reason, english=True)) == (
        f"Received {late.unit_name}, first 6 months of 2026, fingerprint {late.fingerprint[:16]}. Late: received on "
        f"25/06/2026, deadline 20/06/2026. The unit's signing key {late.key_code} is not confirmed yet: its figures "
        "count, marked as awaiting confirmation; compare this code with the code printed on the signed paper "
        "report, then confirm it, typing the code on the paper (Signing keys › Confirm key…).")
    # stored as written: the log keeps the Vietnamese
    assert {line.reason for line in office.store.intake_log(run_id=run.run_id)} == {r.reason for r in run.results}
    assert late.reason.startswith(f"Đã nhận {late.unit_name}, 6 tháng đầu năm 2026, mã xác thực")


def test_a_sentence_not_known_leaves_the_whole_reason_vietnamese():
    known = "Đã nhận Xã Tân Cương, 6 tháng đầu năm 2026, mã xác thực 127cd04de5f5e8d1."
    assert in_english(known) == "Received Xã Tân Cương, first 6 months of 2026, fingerprint 127cd04de5f5e8d1."
    assert in_english(known + " Một câu chương trình chưa biết.") is None
    assert in_english(known[:-1] + ", thêm.") is None


@pytest.fixture
def window(qtbot, office, inbox):
    w = shown_window(qtbot, office, PERIOD, dt.date(2026, 7, 6))
    with qtbot.waitSignal(w.intake_done, timeout=60000):
        w.start_intake(inbox["folder"], dt.date(2026, 6, 19))
    yield w
    i18n.install_language(i18n.VIETNAMESE)


def test_the_english_window_says_reasons_and_notes_in_english(qtbot, window, inbox):
    model, stored = window.intake_model, {r.file_name: r.reason for r in window.intake_model.rows}
    i18n.install_language(i18n.ENGLISH)
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Reports &sent", timeout=10000)
    window.tabs.setCurrentIndex(1)
    changed = next(n for n, r in enumerate(model.rows) if r.file_name == "bao-cao-da-sua.xlsx")
    window.intake_table.setCurrentIndex(window.intake_proxy.mapFromSource(model.index(changed, 0)))
    QApplication.processEvents()
    shot(window, "s97_reasons_en_files")
    cell = model.index(changed, REASON)
    assert cell.data().startswith('The figures of the "Dữ liệu" sheet in this file (Phường Phổ Yên) were changed '
                                  "after it was made: the fingerprint worked out again is ")
    assert cell.data().endswith("Not received; ask the unit to send again the file the software exports.")
    whole = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert whole.startswith('The figures of the "Dữ liệu" sheet in the file bao-cao-da-sua.xlsx (Phường Phổ Yên)')
    assert window.file_reason.text() == whole  # under the table: English, no "in Vietnamese" lead
    assert model.headerData(REASON, Qt.Orientation.Horizontal) == "Reason"
    damaged = next(n for n, r in enumerate(model.rows) if r.file_name == "rac.xlsx")  # beside its name: a heading
    assert model.index(damaged, REASON).data() == "Damaged: Excel's compressed file structure cannot be opened."
    # a unit's note: the refused file's result in the window's words, then its reason
    window.tabs.setCurrentIndex(0)
    units = window.model
    refused = next(n for n, u in enumerate(units.rows) if u.code == inbox["tampered"])
    draft = next(n for n, u in enumerate(units.rows) if u.code == inbox["draft"])
    assert units.index(refused, NOTE).data() == "Altered: " + whole
    assert units.index(draft, NOTE).data().startswith("A draft (not approved by the leader): its figures count")
    window.table.setCurrentIndex(window.proxy.mapFromSource(units.index(refused, 0)))
    QApplication.processEvents()
    shot(window, "s97_reasons_en_units")
    assert window.unit_note.text() == f"{units.rows[refused].name}: Altered: {whole}"
    assert VIETNAMESE_ONLY_LEAD not in window.unit_note.text()
    # back in Vietnamese: the stored words, as before
    i18n.install_language(i18n.VIETNAMESE)
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Tình &hình gửi báo cáo", timeout=10000)
    assert model.index(changed, REASON).data(Qt.ItemDataRole.ToolTipRole) == stored["bao-cao-da-sua.xlsx"]
    assert units.index(refused, NOTE).data() == f"Đã bị sửa: {stored['bao-cao-da-sua.xlsx']}"
