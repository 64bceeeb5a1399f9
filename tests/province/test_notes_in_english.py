"""The units' notes the English window said in Vietnamese after S97 (S101): the receipt-date notes, a
key of the unit waiting with its refused files, the unit's other refused files, a file whose name
carries the unit's code, a key shared with another unit, a stored copy changed, a draft after the
approved version, a date of receipt taken from an earlier file. Each sentence is written by the
program's own code here (never typed), and must be said in English whole, its names, codes, dates
and figures kept; a note with a part not known stays Vietnamese (test_reasons_in_english)."""
from __future__ import annotations

import datetime as dt
import re
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from desktop_app.core.intake import (
    FROM_FILE,
    FROM_TYPED,
    FileClass,
    kept_note,
    receipt_note,
)
from desktop_app.core.keys import (
    KeyState,
    UnitKey,
    held_reason,
    in_window,
    mismatch_reason,
    shared_note,
    unsigned_reason,
)
from desktop_app.core.reasons_english import in_english
from desktop_app.core.refused_before import RefusedFile
from desktop_app.intake_notes import (
    altered_reason,
    catalog_note,
    chosen_again_note,
    first_receipt_note,
)
from desktop_app.province import ProvinceOffice, more, named_note, waiting_note

# Vietnamese words no English note has (a unit's or file's name may have others)
VIETNAMESE = ("Khóa", "khóa", "tệp", "Tệp", "nhận", "Ngày", "ngày", "chưa", "được", "đơn vị", "Kết quả", "tính")
NAMES = {"05503": "Xã Tân Cương", "05488": "Xã Đại Phúc"}
KEY, OTHER_KEY = "5MIX-QH5H-DCRX-UZPU", "NALX-R3NC-FBH7-QOO5"


def _row(**kw):
    base = {"id": 1, "file_name": "2026-6M_05503_xa-tan-cuong.xlsx", "generated_at": "2026-06-18T09:01:00+07:00",
            "received_on": "2026-06-18", "received_from": FROM_FILE, "received_at": "2026-06-18T10:00:00+07:00",
            "key_code": KEY, "fingerprint": "a" * 64, "approved": 1, "public_key": "p1"}
    return SimpleNamespace(**{**base, **kw})


def _log(**kw):
    base = {"file_name": "sua-so.xlsx", "class_": FileClass.DA_BI_SUA.value, "arrived_on": "2026-06-18",
            "at": "2026-06-18T10:00:00+07:00", "unit_code": "05503", "file_sha256": "s1", "fingerprint": "f1",
            "reason": ""}
    return SimpleNamespace(**{**base, **kw})


def _key(unit, state=KeyState.CHO, code=OTHER_KEY, **kw):
    return UnitKey(None, unit, "p2", code, state.value, "", **kw)


def _key_reasons():
    """What `core.keys` says of a file signed by a revoked, replaced or second pending key."""
    file, unit, at = "may-moi.xlsx", "Xã Tân Cương", "2026-06-20T08:00:00+07:00"
    revoked = _key("05503", KeyState.THU_HOI, revoked_at=at)
    confirmed, pending = _key("05503", KeyState.XAC_NHAN, KEY), _key("05503", KeyState.CHO, KEY)
    return {
        "revoked for another unit": mismatch_reason(file, unit, OTHER_KEY, None, _key("05488", KeyState.THU_HOI,
                                                                                     revoked_at=at), "05503",
                                                    name_of=NAMES.get),
        "revoked for another unit, unit's key": mismatch_reason(file, unit, OTHER_KEY, confirmed,
                                                                _key("05488", KeyState.THU_HOI), "05503",
                                                                name_of=NAMES.get),
        "revoked, never confirmed, shared": mismatch_reason(file, unit, OTHER_KEY, pending, revoked, "05503",
                                                            name_of=NAMES.get, known_others=[_key("05488")]),
        "revoked, key confirmed": mismatch_reason(file, unit, OTHER_KEY, confirmed,
                                                  _key("05503", KeyState.THU_HOI, confirmed_at=at), "05503"),
        "replaced, no key": mismatch_reason(file, unit, OTHER_KEY, None, _key("05503", KeyState.DA_THAY), "05503"),
        "replaced": mismatch_reason(file, unit, OTHER_KEY, confirmed, _key("05503", KeyState.DA_THAY, revoked_at=at),
                                    "05503"),
        "two pending keys, shared": mismatch_reason(file, unit, OTHER_KEY, pending, None, "05503",
                                                    active_others=[_key("05488", code=KEY)], name_of=NAMES.get),
        "unsigned, key confirmed": unsigned_reason(file, unit, confirmed, "05503"),
    }


def _catalogue_and_upgrade_notes():
    """What a file's line adds of its catalogue, and of an upgrade that chose the kept version again."""
    kept, dropped = _row(), _row(id=2, approved=0, file_name="du-thao.xlsx")
    why = "Giữ bản đã duyệt (bản kia là dự thảo)"
    return {
        "catalogue behind": catalog_note("2026.1", "2026.2"),
        "catalogue not published": catalog_note("2026.3", "2026.2"),
        "catalogue of its approval": catalog_note("2026.1", "2026.2", approved_under=True),
        "chosen again, kept": chosen_again_note("2026-12-05T08:00:00+07:00", kept, kept, dropped, why),
        "chosen again, dropped": chosen_again_note("2026-12-05T08:00:00+07:00", dropped, kept, dropped, why),
    }


def _notes():
    """(what it is, the note as the window has it: its commands named as the window's actions)."""
    kept = _row()
    refused = [RefusedFile("may-moi.xlsx", "2026-6M", "", "2026-06-18T10:00:00+07:00", received_on="2026-06-18"),
               RefusedFile("may-moi (2).xlsx", "2026-6M", "", "2026-06-19T08:00:00+07:00", received_on=None)]
    same_name = RefusedFile(kept.file_name, "2026-6M", "", "2026-06-20T08:00:00+07:00", received_on="2026-06-20")
    made_late = "2026-06-25T09:00:00+07:00"
    draft = _row(id=2, approved=0, file_name="du-thao.xlsx", generated_at="2026-06-19T08:00:00+07:00")
    first = _row(id=3, file_name="lan-dau.xlsx", key_code=OTHER_KEY, received_on="2026-06-17",
                 generated_at="2026-06-17T08:00:00+07:00")
    refusals = [_log(), _log(file_name=kept.file_name, class_=FileClass.TEP_HONG.value, file_sha256="s2"),
                _log(file_name="2026-6M_05488_x.xlsx", class_=FileClass.CHU_KY_KHONG_KHOP.value, file_sha256="s3",
                     arrived_on=None)]
    notes = {
        "receipt typed": receipt_note("2026-06-19", made_late, FROM_TYPED),
        "receipt modified": receipt_note("2026-06-19", made_late, FROM_FILE),
        "receipt modified, read": receipt_note("2026-06-19", made_late, FROM_FILE, dt.date(2026, 6, 20)),
        "waiting key, two files": waiting_note("05503", OTHER_KEY, refused, kept.file_name, kept),
        "waiting key, same name": waiting_note("05503", OTHER_KEY, [same_name], kept.file_name, kept),
        "more keys": more(2, "khóa khác chờ xác nhận"),
        "more files": more(147, "tệp khác"),
        "refused, one": ProvinceOffice._refused_note("05503", kept, refusals[:1], set(), [], set(NAMES)),
        "refused, three": ProvinceOffice._refused_note("05503", kept, refusals, set(), [], set(NAMES)),
        "named, refused": named_note(_log(file_name="2026-6M_05503_hong.xlsx", unit_code="",
                                          class_=FileClass.TEP_HONG.value), NAMES.get),
        "named, another unit's": named_note(_log(file_name="2026-6M_05503_x.xlsx", unit_code="05488"), NAMES.get),
        "shared": shared_note([_key("05488"), _key("05503", KeyState.XAC_NHAN)], NAMES.get),
        "held": held_reason(OTHER_KEY, "05503", "Xã Tân Cương", [_key("05488")], NAMES.get),
        "altered": altered_reason(kept.file_name),
        "draft after approved": kept_note(kept, [kept, draft, _row(id=4, approved=0, file_name="du-thao-2.xlsx",
                                                                 generated_at="2026-06-20T08:00:00+07:00")]),
        "first receipt": first_receipt_note(_row(received_on="2026-06-18", generated_at=made_late), first),
        **_key_reasons(),
        **_catalogue_and_upgrade_notes(),
    }
    return [(what, in_window(text, english=True).strip()) for what, text in notes.items()]


@pytest.mark.parametrize(("what", "note"), _notes(), ids=[w for w, _ in _notes()])
def test_each_note_is_said_in_english_with_its_names_and_figures(what, note):
    assert note, what  # the program wrote one
    said = in_english(note)
    assert said is not None, note
    plain = said
    for name in (*NAMES.values(), "may-moi.xlsx", "may-moi (2).xlsx", "sua-so.xlsx", "2026-6M_05503_xa-tan-cuong.xlsx",
                 "2026-6M_05488_x.xlsx", "2026-6M_05503_hong.xlsx", "2026-6M_05503_x.xlsx", "du-thao-2.xlsx",
                 "lan-dau.xlsx", "du-thao.xlsx"):
        plain = plain.replace(name, "")
    assert not any(word in plain for word in VIETNAMESE), said
    # what the reviewer acts on is kept: every code, date, time and count of the note
    for figure in re.findall(r"[A-Z0-9]{4}(?:-[A-Z0-9]{4})+|\d{2}/\d{2}/\d{4}|\d{2}:\d{2}|\b\d+\b", note):
        assert figure in said, (figure, said)


def test_the_notes_english_reads_as_sentences():
    notes = dict(_notes())
    assert in_english(notes["receipt typed"]) == (
        "The date of receipt 19/06/2026 (typed when the folder was read) is before the day the file was made, "
        "25/06/2026: check the date typed (or the unit's computer clock); lateness is judged by the date typed.")
    assert in_english(notes["waiting key, two files"]).startswith(
        f"Another key of the unit awaits confirmation (code {OTHER_KEY}): the 2 files may-moi.xlsx (received on "
        "18/06/2026), may-moi (2).xlsx (read at ")
    assert in_english(notes["waiting key, same name"]).split("; ")[1].startswith(
        "the province still counts the file of the same name received before (made at 09:01 18/06/2026, received "
        f"on 18/06/2026, signed by the key {KEY})")
    assert in_english(notes["shared"]) == ("This key also signs files of Xã Đại Phúc (code 05488, awaiting "
                                           "confirmation); Xã Tân Cương (code 05503, confirmed).")



def test_the_english_window_says_a_typed_date_before_the_file_was_made_in_english(qtbot, office, inbox):
    """The inbox read with 19/06/2026 typed, the late unit's file made 25/06/2026: its note in
    Tình hình gửi báo cáo, under the table and its file's reason in Kết quả nhận tệp, all in English."""
    from PySide6.QtWidgets import QApplication

    from tests.province.conftest import PERIOD
    from tests.province.helpers import shown_window
    from tests.ui.conftest import shot
    from ui import i18n
    from ui.common import VIETNAMESE_ONLY_LEAD
    from ui.province_intake_rows import NOTE, REASON

    w = shown_window(qtbot, office, PERIOD, dt.date(2026, 7, 6))
    try:
        with qtbot.waitSignal(w.intake_done, timeout=60000):
            w.start_intake(inbox["folder"], dt.date(2026, 6, 19))
        i18n.install_language(i18n.ENGLISH)
        qtbot.waitUntil(lambda: w.tabs.tabText(0) == "Reports &sent", timeout=10000)
        w.tabs.setCurrentIndex(0)
        late = next(n for n, u in enumerate(w.model.rows) if u.code == inbox["late"])
        w.table.setCurrentIndex(w.proxy.mapFromSource(w.model.index(late, 0)))
        QApplication.processEvents()
        shot(w, "s101_notes_en_units")
        note = w.model.index(late, NOTE).data()
        assert note.startswith("The date of receipt 19/06/2026 (typed when the folder was read) is before the day "
                               "the file was made, 25/06/2026"), note
        assert w.unit_note.text() == f"{w.model.rows[late].name}: {note}"
        assert VIETNAMESE_ONLY_LEAD not in w.unit_note.text()
        w.tabs.setCurrentIndex(1)
        row = next(n for n, r in enumerate(w.intake_model.rows) if r.unit_code == inbox["late"])
        w.intake_table.setCurrentIndex(w.intake_proxy.mapFromSource(w.intake_model.index(row, 0)))
        QApplication.processEvents()
        shot(w, "s101_reasons_en_files")
        reason = w.intake_model.index(row, REASON).data(Qt.ItemDataRole.ToolTipRole)
        assert "The date of receipt 19/06/2026 (typed when the folder was read)" in reason, reason
        assert VIETNAMESE_ONLY_LEAD not in reason and w.file_reason.text() == reason
    finally:
        i18n.install_language(i18n.VIETNAMESE)
