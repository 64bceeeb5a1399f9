"""The reasons the file checks store for a hostile or damaged file, said in English in the English
window (S104: the English window showed them in Vietnamese, led by "The program says (in
Vietnamese):"). Each file is built as the hostile-file tests build it and read by the program's own
intake (or its own check writes the sentence); its stored reason must be said in English whole,
its names, codes and figures kept."""
from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

import pytest
from openpyxl import load_workbook

from desktop_app.core.intake import FileClass, receipt_capped
from desktop_app.core.kept_version import Version, older_approval_reason, preference
from desktop_app.core.keys import in_window
from desktop_app.core.reasons_english import in_english
from desktop_app.intake_batches import unexpected
from exports.submission_format import SHEET_INFO
from exports.submission_xlsx import write_submission
from exports.xlsx_container import MAX_FILE_BYTES
from tests.province.conftest import PERIOD, tamper
from tests.province.helpers import later, with_part

# Vietnamese words no English reason has, once names and what the file holds ("…") are taken out
VIETNAMESE = ("Tệp", "tệp", "nhận", "không", "được", "đơn vị", "phần mềm", "Trang", "dòng", "cột", "trang", "Giữ",
              "bản", "khóa", "lúc", "ngày")


def _zip(members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED, encrypted: bool = False) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        for name, data in members.items():
            z.writestr(name, data)
    data = bytearray(buf.getvalue())
    if encrypted:  # each part marked encrypted, as a tool setting a password marks it (headers' flag bit 0)
        for signature, at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
            for m in re.finditer(re.escape(signature), bytes(data)):
                data[m.start() + at] |= 0x1
    return bytes(data)


def _edited(src, out, key: str, value: str) -> None:
    """`src` with one item of its "Thông tin" sheet changed, as a person editing the file would."""
    wb = load_workbook(src)
    for row in wb[SHEET_INFO].iter_rows(min_row=2):
        if row[0].value == key:
            row[2].value = value
    wb.save(out)


def _files(office, inbox, folder):
    """Hostile files beside each other in one folder, as the province may find them: {name: why}."""
    src = inbox["folder"] / next(n for n, c in inbox["expected"].items() if c == FileClass.HOP_LE.value)
    sub = inbox["kept"][inbox["units"][3]]
    made = {
        "mat-khau.xlsx": _zip({"[Content_Types].xml": b"<x/>", "xl/workbook.xml": b"<x/>"}, encrypted=True),
        "bom.xlsx": _zip({"[Content_Types].xml": b"<x/>", "xl/worksheets/sheet1.xml": b"0" * (30 * 1024 * 1024)}),
        "nhieu-phan.xlsx": _zip({f"p{i}.xml": b"x" for i in range(100)}, zipfile.ZIP_STORED),
        "qua-lon.xlsx": b"PK\x03\x04" + b"\x00" * (MAX_FILE_BYTES + 10),
        "doctype.xlsx": with_part(src, "[Content_Types].xml", lambda x: x.replace(
            b"<Types", b'<!DOCTYPE Types [<!ENTITY e "aaaa">]><Types', 1)),
        "xa-ngoai.xlsx": with_part(src, "xl/worksheets/sheet3.xml", lambda x: x.replace(
            b"</sheetData>", b'<row r="20000"><c r="A20000"><v>1</v></c></row></sheetData>')),
        "macro.xlsx": with_part(src, "xl/workbook.xml", lambda x: x, {"xl/vbaProject.bin": b"\x00" * 64}),
    }
    for name, data in made.items():
        (folder / name).write_bytes(data)
    unit = office.catalog.commune_by_code(sub.unit_code)
    other = next(c for c in office.catalog.communes if c.kind != unit.kind)
    write_submission(later(sub, 5, unit_name=other.name, unit_kind=other.kind), folder / "ten-khac.xlsx")
    write_submission(later(sub, 6, period="2026-6m"), folder / "ky-viet-thuong.xlsx")
    write_submission(later(sub, 7, unit_code="99999"), folder / "ma-la.xlsx")
    write_submission(later(sub, 8, unit_name=unit.name[:3] + "\u200b" + unit.name[3:]), folder / "an.xlsx")
    _edited(src, folder / "phien-ban.xlsx", "format_version", "9")
    write_submission(later(sub, 10, signer="Nguyễn Văn \u202eAn"), folder / "an-ky.xlsx")
    tamper(src, folder / "chu.xlsx", new="chín nghìn")
    return {p.name for p in folder.iterdir()}


def _plain(text: str, *names: str) -> str:
    """`text` without the file's names and what it quotes of the file."""
    for name in names:
        text = text.replace(name, "")
    return re.sub(r'"[^"]*"', "", text)


def _said(reason: str, *names: str) -> str:
    said = in_english(in_window(reason, english=True).strip())
    assert said is not None, reason
    assert not any(word in _plain(said, *names) for word in VIETNAMESE), said
    # every code, date, time and figure of the reason is kept
    for figure in re.findall(r"[A-Z0-9]{4}(?:-[A-Z0-9]{4})+|\d{2}/\d{2}/\d{4}|\d{2}:\d{2}|\d+(?:[.,]\d+)*", reason):
        assert figure in said, (figure, said)
    return said


@pytest.fixture
def hostile(office, inbox, tmp_path):
    folder = tmp_path / "hop-thu"
    folder.mkdir()
    names = _files(office, inbox, folder)
    results = {r.file_name: r for r in office.intake(folder, PERIOD).results}
    assert set(results) == names
    return results


def test_each_hostile_files_reason_is_said_in_english(hostile):
    for name, result in hostile.items():
        assert result.class_ != FileClass.HOP_LE and result.reason, name
        _said(result.reason, name)


def test_the_english_says_what_the_reviewer_acts_on(hostile):
    said = {name: in_english(in_window(r.reason, english=True)) for name, r in hostile.items()}
    assert said["mat-khau.xlsx"] == "The file mat-khau.xlsx is protected by a password and cannot be read."
    assert said["bom.xlsx"].startswith("The file bom.xlsx is ") and "(zip bomb), not read." in said["bom.xlsx"]
    assert said["qua-lon.xlsx"] == ("The file qua-lon.xlsx is too large (5,0 MB, the limit is 5,0 MB): not a data "
                                    "file made by the software (a data file is only about 15 kB).")
    assert said["nhieu-phan.xlsx"].startswith("The file nhieu-phan.xlsx has 100 parts inside, too many")
    assert said["doctype.xlsx"].startswith("The file doctype.xlsx has a document type declaration (<!DOCTYPE> or "
                                           "<!ENTITY>) in the part [Content_Types].xml")
    assert "a cell or row outside the area of 104 columns x 9.999 rows" in said["xa-ngoai.xlsx"]
    assert said["macro.xlsx"].startswith("The file macro.xlsx has a macro project (VBA), part xl/vbaProject.bin: "
                                         "opening the file in Excel may connect to another computer or run code")
    assert said["ky-viet-thuong.xlsx"].startswith('The file ky-viet-thuong.xlsx writes the period code "2026-6m", '
                                                  "not as the software writes it (2026-6M)")
    assert "is not in the province's list of 92 communes and wards" in said["ma-la.xlsx"]
    assert re.search(r'names the unit code \d{5} "[^"]+" \((commune|ward)\); the province\'s list of communes and '
                     r"wards names this code [^()]+ \((commune|ward)\)", said["ten-khac.xlsx"])
    assert said["an.xlsx"].startswith('The file an.xlsx: "Tên đơn vị" holds the hidden character U+200B')
    assert said["phien-ban.xlsx"].startswith("The file phien-ban.xlsx is written in format version 9, newer than "
                                                "version")
    assert "If the signer's name was pasted from elsewhere, the unit should type it again" in said["an-ky.xlsx"]
    assert said["chu.xlsx"].startswith('The file chu.xlsx: "Dữ liệu" sheet, row ') and \
        '"chín nghìn" is not a number' in said["chu.xlsx"]


E10 = b'<c r="E10" s="8" t="inlineStr"><is><t>45.230</t></is></c>'
REPORT, INFO = "xl/worksheets/sheet1.xml", "xl/worksheets/sheet3.xml"


@pytest.mark.parametrize("part, old, new, extra, said", [
    (REPORT, E10, b'<c r="E10" s="8" t="str"><f>"99.999"</f><v>45.230</v></c>', None,
     "has a formula (cell E10, part xl/worksheets/sheet1.xml): the software writes no formulas"),
    (REPORT, b'<c r="E10" s="8" t="inlineStr">', b'<c r="E10" s="8" t="n" t="inlineStr">', None,
     "is damaged: the cell E10 has the attribute t twice (part xl/worksheets/sheet1.xml;"),
    (REPORT, E10, E10.replace(b"45.230", b"99.999") + E10, None,
     "is damaged: the cell E10 is written twice (part xl/worksheets/sheet1.xml;"),
    (REPORT, b'<row r="21" ht="34" customHeight="1">', b'<row ht="1" customHeight="1">', None,
     "has a row without its place (part xl/worksheets/sheet1.xml)"),
    (INFO, b'<c r="B2"', b'<c r="B2" r="Z9"', None,
     "is damaged: a cell or row states its place (the attribute r) twice (part xl/worksheets/sheet3.xml;"),
    (REPORT, E10, (b'<c r="E10" s="8" t="inlineStr" ph="1"><is><t>45.230</t><rPh sb="0" eb="6"><t>99.999</t></rPh>'
                   b"</is></c>"), None, "has phonetic text (part xl/worksheets/sheet1.xml)"),
    (REPORT, E10, E10, {"xl/connections.xml": b"<connections/>"},
     "has a data connection, part xl/connections.xml: opening the file in Excel may connect to another computer"),
], ids=["formula", "attribute-twice", "cell-twice", "row-unplaced", "place-twice", "phonetic", "connection"])
def test_a_sheet_or_part_the_program_never_writes_is_said_in_english(tmp_path, part, old, new, extra, said):
    """Files built as tests/province/test_parts_never_written.py and its neighbours build them,
    read by the program's own `examine`."""
    from exports.submission_reader import examine
    from tests.exports.test_exports_xlsx import SAMPLE_V2

    def change(xml: bytes) -> bytes:
        assert old in xml
        return xml.replace(old, new, 1)

    path = tmp_path / "xa.xlsx"
    path.write_bytes(with_part(SAMPLE_V2, part, change, extra))
    result, sub = examine(path)
    assert sub is None and result.class_ == FileClass.TEP_HONG, result.reason
    assert said in _said(result.reason, "xa.xlsx")


def _version(id_, name, made, **kw):
    return Version(id_, name, made, True, f"{id_:012x}", received_on="2026-06-18", **kw)


def test_the_checks_own_other_sentences_are_said_in_english():
    """What the intake's own functions write of a file read on a later day, an unexpected error, and
    why one version of a unit is kept rather than another."""
    kept = _version(1, "b.xlsx", "2026-06-18T10:40:00+07:00", approved_at="2026-06-18T10:32:40+07:00")
    older = _version(2, "a.xlsx", "2026-06-18T10:41:00+07:00", approved_at="2026-06-18T10:32:36+07:00")
    accepted = _version(3, "cu.xlsx", "2026-06-18T09:00:00+07:00")
    pending = _version(4, "moi.xlsx", "2026-06-18T12:00:00+07:00", key_code="7FKJ-ODJM-HVGX-K4WP", awaits_key=True)
    reasons = {
        "read later": receipt_capped(dt.date(2026, 9, 1), dt.date(2026, 6, 19))[1],
        "unexpected": unexpected("2026-6M_05488_x.xlsx", OverflowError("date value out of range")).reason,
        "older approval": older_approval_reason(kept, "632fadb3e95085ec", older, "127cd04de5f5e8d1", ""),
        "accepted unsigned kept": "Trùng đơn vị và kỳ với tệp cu.xlsx đã nhận. " + preference(accepted, pending)
        + ": tệp cu.xlsx (lập lúc 09:00 18/06/2026); tệp này (lập lúc 12:00 18/06/2026) được lưu trong lịch sử.",
    }
    said = {what: _said(text, "2026-6M_05488_x.xlsx", "b.xlsx", "cu.xlsx") for what, text in reasons.items()}
    assert said["read later"] == ("The file's modification date (01/09/2026) is after the day the file was read "
                                  "(19/06/2026): the date of receipt is the day the file was read.")
    assert "(OverflowError: date value out of range)" in said["unexpected"]
    assert said["older approval"].startswith("Same unit and period as the file b.xlsx received before. This file is "
                                             "the version approved at 10:32:36 18/06/2026, before the version kept")
    assert ("The unsigned version the province accepted after comparing it with the unit's signed paper report is "
            "kept (the other signed by the key 7FKJ-ODJM-HVGX-K4WP, awaiting confirmation)"
            ) in said["accepted unsigned kept"]



def test_the_english_window_says_a_hostile_files_reason_in_english(qtbot, office, inbox, tmp_path):
    """Kết quả nhận tệp in English: the password-protected file's cell, its tooltip and the text
    under the list say it in English, not led by "The program says (in Vietnamese):"."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from tests.province.helpers import shown_window
    from tests.ui.conftest import shot
    from ui import i18n
    from ui.common import VIETNAMESE_ONLY_LEAD
    from ui.province_intake_rows import REASON

    folder = tmp_path / "hop-thu"
    folder.mkdir()
    _files(office, inbox, folder)
    w = shown_window(qtbot, office, PERIOD, dt.date(2026, 7, 6))
    try:
        with qtbot.waitSignal(w.intake_done, timeout=60000):
            w.start_intake(folder, dt.date(2026, 6, 19))
        i18n.install_language(i18n.ENGLISH)
        qtbot.waitUntil(lambda: w.tabs.tabText(0) == "Reports &sent", timeout=10000)
        w.tabs.setCurrentIndex(1)
        row = next(n for n, r in enumerate(w.intake_model.rows) if r.file_name == "mat-khau.xlsx")
        w.intake_table.setCurrentIndex(w.intake_proxy.mapFromSource(w.intake_model.index(row, 0)))
        QApplication.processEvents()
        shot(w, "s104_file_reasons_en")
        assert w.intake_model.index(row, REASON).data() == "Protected by a password and cannot be read."
        tip = w.intake_model.index(row, REASON).data(Qt.ItemDataRole.ToolTipRole)
        assert tip == "The file mat-khau.xlsx is protected by a password and cannot be read."
        assert w.file_reason.text() == tip and VIETNAMESE_ONLY_LEAD not in tip
        shown = [w.intake_model.index(n, REASON).data(Qt.ItemDataRole.ToolTipRole)
                 for n in range(len(w.intake_model.rows))]
        assert not [t for t in shown if VIETNAMESE_ONLY_LEAD in t]
    finally:
        i18n.install_language(i18n.VIETNAMESE)
