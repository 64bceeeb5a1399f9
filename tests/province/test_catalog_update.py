"""Catalogue updates: the province adds an indicator and changes a target, the commune imports it."""
from __future__ import annotations

import copy
import datetime as dt
import json

import pytest

from desktop_app import catalog_update as cu
from desktop_app.catalog_update import BadCatalogUpdate
from desktop_app.core.errors import InvalidInput
from desktop_app.core.workflow import State
from desktop_app.reopen_changes import reopen_targets_of
from desktop_app.services import Workspace
from tests.province.helpers import commune_half_year

TAN_CUONG = "05503"


@pytest.fixture
def published(office, tmp_path):
    """The province adds "tỷ lệ hộ dùng internet cáp quang", assigns the growth of product value
    with a target for every unit, raises Tân Cương's BHYT target, and publishes 2026.2."""
    cu.edit(office.ws, cu.add_indicator, "ho_cap_quang", "Tỷ lệ hộ gia đình sử dụng internet cáp quang", "%",
            "ratio", numerator_label="Số hộ dùng cáp quang", denominator_label="Tổng số hộ",
            input_unit="hộ")
    cu.edit(office.ws, cu.set_target, "ho_cap_quang", ">=", "80")
    cu.edit(office.ws, cu.assign, "tang_gia_tri_san_pham")
    cu.edit(office.ws, cu.set_target, "tang_gia_tri_san_pham", ">=", "8,5", unit="all")
    changes = cu.edit(office.ws, cu.set_target, "bhyt", ">=", "97", unit=TAN_CUONG)
    assert any("cáp quang" in c for c in changes) and any("bảo hiểm y tế" in c for c in changes)
    update = cu.publish(office.ws, "2026.2", tmp_path / "bo-chi-tieu-2026.2")
    assert update["path"].endswith(".chitieu-catalog.json")
    assert office.catalog.version == "2026.2"
    return tmp_path / "bo-chi-tieu-2026.2.chitieu-catalog.json"


@pytest.fixture
def commune(tmp_path):
    """Xã Tân Cương with Quý I approved (frozen) and 6 tháng being entered."""
    ws = commune_half_year(tmp_path)
    yield ws
    ws.close()


def test_round_trip_keeps_old_values_and_frozen_periods(published, commune, office):
    """New indicator and targets appear; entries and the approved quarter do not change."""
    entries_before = commune.store.entries(commune.commune.code)
    q1_before = commune.submission("2026-Q1")
    fp_approved = commune.store.period_state(commune.commune.code, "2026-Q1").fingerprint
    assert q1_before.fingerprint == fp_approved

    old, new, changes = cu.import_update(commune, published, office.ws.key_code)
    assert (old, new) == ("2026.1", "2026.2") and changes

    assert commune.store.entries(commune.commune.code) == entries_before
    assert commune.period_state("2026-Q1") == State.APPROVED
    q1_after = commune.submission("2026-Q1")
    assert q1_after.catalog_version == "2026.1" and q1_after.fingerprint == fp_approved

    view = commune.period_view("2026-6M")
    codes = [r.indicator.code for r in view.rows]
    assert "ho_cap_quang" in codes
    bhyt = next(r for r in view.rows if r.indicator.code == "bhyt")
    assert bhyt.province_target.value == 97 and bhyt.entry.numerator == 9600
    row = commune.set_entry("2026-6M", "ho_cap_quang", numerator="1.700", denominator="2.000")
    assert str(row.computed.value) == "85" or row.value_text == "85,00"
    growth = commune.set_entry("2026-6M", "tang_gia_tri_san_pham", value="9,1")
    assert growth.indicator.assigned and growth.target.value == 8.5
    sub = commune.submission("2026-6M")
    assert sub.catalog_version == "2026.2"
    assert any(i.code == "ho_cap_quang" for i in sub.items)
    # reopened later, the quarter is judged with the current catalogue again
    commune.reopen("2026-Q1", "Sửa số liệu BHYT", accepted=reopen_targets_of(commune, "2026-Q1"))  # shown, accepted
    assert commune.submission("2026-Q1").catalog_version == "2026.2"


def test_tampered_older_and_wrong_base_updates_are_refused(published, commune, office, tmp_path):
    """A changed figure breaks the fingerprint; the same or an older version, or another base, is refused."""
    data = json.loads(published.read_text(encoding="utf-8"))
    data["catalog"]["communes"][0]["targets"]["bhyt"]["value"] = 50
    bad = tmp_path / "sua.chitieu-catalog.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(BadCatalogUpdate, match="đã bị sửa"):
        cu.import_update(commune, bad)
    assert commune.catalog.version == "2026.1"

    # 2026.3 made from 2026.2: the commune still on 2026.1 must import 2026.2 first
    cu.edit(office.ws, cu.set_target, "bhyt", ">=", "98", unit=TAN_CUONG)
    cu.publish(office.ws, "2026.3", tmp_path / "b3.chitieu-catalog.json")
    with pytest.raises(BadCatalogUpdate, match="2026.2"):
        cu.import_update(commune, tmp_path / "b3.chitieu-catalog.json")

    cu.import_update(commune, published, office.ws.key_code)
    with pytest.raises(BadCatalogUpdate, match="không mới hơn"):
        cu.import_update(commune, published)
    cu.import_update(commune, tmp_path / "b3.chitieu-catalog.json")
    assert commune.catalog.version == "2026.3"
    reopened = Workspace(commune.store)
    assert reopened.catalog.version == "2026.3"

    not_update = tmp_path / "khac.json"
    not_update.write_text('{"format": "khac"}', encoding="utf-8")
    with pytest.raises(BadCatalogUpdate, match="không phải tệp cập nhật"):
        cu.import_update(commune, not_update)


def test_province_edits_are_validated(office):
    """Unknown codes, duplicate codes and a version that does not grow are refused in Vietnamese."""
    with pytest.raises(InvalidInput, match="đã có"):
        cu.edit(office.ws, cu.add_indicator, "bhyt", "Trùng mã", "%", "ratio")
    with pytest.raises(InvalidInput, match="không có"):
        cu.edit(office.ws, cu.set_target, "khong_co", ">=", "1", unit="all")
    with pytest.raises(InvalidInput, match="giao riêng"):
        cu.edit(office.ws, cu.set_target, "bhyt", ">=", "90")
    with pytest.raises(InvalidInput, match="lớn hơn"):
        cu.build_update(office.catalog.document, "2026.1", "2026.1")
    assert cu.version_key("2026.10") > cu.version_key("2026.9")


def test_a_road_accident_target_is_described_as_a_fall(office):
    """A province target for road accidents is a fall in percent: the change list the province
    reads before publishing says so, never "≥ 10" (at least ten accidents)."""
    doc = cu.draft(office.ws)
    new = cu.set_target(copy.deepcopy(doc), "tngt_so_vu", ">=", "10")
    assert ('Chỉ tiêu chung của “Số vụ tai nạn giao thông”: Giảm ≥ 5% so với cùng kỳ → Giảm ≥ 10% so với cùng kỳ.'
            in cu.describe_changes(doc, new))


def test_an_old_catalogue_cannot_be_brought_back_by_its_import_time(published, commune, office, tmp_path):
    """The catalogue in use is the newest version imported: setting the old one's import time
    ahead with sqlite3 (no protected record) once made it the catalogue again, unseen."""
    cu.import_update(commune, published, office.ws.key_code)
    commune.store.conn.execute("UPDATE catalogs SET imported_at = '2099-01-01T00:00:00+07:00' WHERE version = '2026.1'")
    assert commune.store.current_catalog()["catalog_version"] == "2026.2"
    reopened = Workspace.open(tmp_path / "xa", user="can-bo")
    try:
        assert reopened.catalog.version == "2026.2"
    finally:
        reopened.close()


def _write(update, path):
    cu.write_update(update, path)
    return path


def test_the_first_signed_update_pins_the_province_key(published, commune, office):
    """The first import, with the code typed from the cover note (any case, spaces for dashes),
    pins the key that signed it and says its code; the file carries the code as a readable field."""
    data = json.loads(published.read_text(encoding="utf-8"))
    assert data["key_code"] == office.ws.key_code and data["public_key"] and data["signature"]
    assert cu.province_key(commune) is None
    typed = office.ws.key_code.lower().replace("-", " ")
    _, _, changes = cu.import_update(commune, published, typed)
    assert changes[0].startswith(f"Ghi nhận khóa ký của tỉnh: mã {office.ws.key_code}, khớp mã in trên công văn")
    pinned = cu.province_key(commune)
    assert pinned["key_code"] == office.ws.key_code and pinned["catalog_version"] == "2026.2"
    assert commune.store.verify_integrity() == []


def test_updates_unsigned_or_signed_by_another_key_are_refused(published, commune, office, tmp_path):
    """An unsigned update (as earlier versions wrote them) is refused before any key is pinned
    and after; once pinned, an update signed by another key is refused naming both codes; a
    changed catalogue with its fingerprint recomputed fails the signature."""
    from desktop_app.core.signing import key_code, new_private_key, public_key

    doc, base = office.catalog.document, "2026.1"
    old_style = _write(cu.build_update(doc, base, "2026.2"), tmp_path / "cu.chitieu-catalog.json")
    with pytest.raises(BadCatalogUpdate, match="chưa được ký bằng khóa của tỉnh"):
        cu.import_update(commune, old_style)
    assert commune.catalog.version == "2026.1" and cu.province_key(commune) is None

    forged = json.loads(published.read_text(encoding="utf-8"))
    forged["catalog"]["communes"][0]["targets"]["bhyt"]["value"] = 50
    forged["fingerprint"] = cu.update_fingerprint(forged)
    with pytest.raises(BadCatalogUpdate, match="chữ ký của tỉnh không khớp với nội dung"):
        cu.import_update(commune, _write(forged, tmp_path / "gia.chitieu-catalog.json"))

    cu.import_update(commune, published, office.ws.key_code)
    province = office.ws.key_code
    other = new_private_key()
    cu.edit(office.ws, cu.set_target, "bhyt", ">=", "98", unit=TAN_CUONG)
    by_other = cu.build_update(cu.draft(office.ws), "2026.2", "2026.3", private_key=other)
    with pytest.raises(BadCatalogUpdate) as err:
        cu.import_update(commune, _write(by_other, tmp_path / "khac.chitieu-catalog.json"))
    assert f"khóa mã {key_code(public_key(other))}, khác khóa của tỉnh mã {province}" in err.value.message
    unsigned = cu.build_update(cu.draft(office.ws), "2026.2", "2026.3")
    with pytest.raises(BadCatalogUpdate, match=f"chỉ nhận bản cập nhật ký bằng khóa của tỉnh mã {province}"):
        cu.import_update(commune, _write(unsigned, tmp_path / "khong-ky.chitieu-catalog.json"))
    assert commune.catalog.version == "2026.2"
    cu.publish(office.ws, "2026.3", tmp_path / "b3.chitieu-catalog.json")
    cu.import_update(commune, tmp_path / "b3.chitieu-catalog.json")
    assert commune.catalog.version == "2026.3"


# --- the first import needs the code printed on the cover note ----------------------------------

def test_a_first_update_without_the_cover_note_code_is_refused(published, commune):
    """No code (or only spaces and dashes): refused, saying to type the cover note's code,
    without naming the file's code (it would be copied); nothing pinned, nothing imported."""
    file_code = json.loads(published.read_text(encoding="utf-8"))["key_code"]
    for code in (None, "", " - "):
        with pytest.raises(BadCatalogUpdate) as err:
            cu.import_update(commune, published, code)
        message = err.value.message
        assert "bản cập nhật đầu tiên" in message and "mã khóa của tỉnh in trên công văn" in message
        assert "Chưa gõ mã nào: không nhập" in message and "không dùng mã ghi trong tệp" in message
        assert file_code not in message and file_code not in err.value.en
    assert cu.province_key(commune) is None and commune.catalog.version == "2026.1"


def test_a_wrong_first_code_is_refused_without_the_files_code(published, commune, office):
    """A code that is not the signer's at the first import: the message does not show the
    file's code (an officer would copy it from the box, walk-through 15 M2): it says to check
    each group on the letter, and that a code typed right means a file the province did not
    issue, to report; nothing pinned. Typed right afterwards, the update imports."""
    with pytest.raises(BadCatalogUpdate) as err:
        cu.import_update(commune, published, "aaaa bbbb cccc dddd")
    message, en = err.value.message, err.value.en
    assert message == (f"Tệp {published.name}: mã đã gõ không khớp khóa đã ký tệp. Không nhập. Kiểm tra lại từng "
                       "nhóm của mã in trên công văn giấy có chữ ký, đóng dấu của tỉnh (không phải tệp PDF gửi cùng "
                       "thư) rồi gõ lại. Nếu đã gõ đúng mã trên công văn, tệp không do tỉnh phát hành: đừng nhập, hãy báo Văn phòng UBND tỉnh.")
    for text in (message, en):
        assert office.ws.key_code not in text and office.ws.key_code.replace("-", "") not in text
    assert "does not match the key that signed the file" in en
    assert cu.province_key(commune) is None and commune.catalog.version == "2026.1"
    cu.import_update(commune, published, office.ws.key_code)
    assert cu.province_key(commune)["key_code"] == office.ws.key_code


def test_a_forged_first_update_is_refused_against_the_province_code(published, commune, office, tmp_path):
    """The attack: someone signs a first update with a key of their own (lowering the BHYT
    target); the officer types the province's code from the cover note: refused, without the
    forger's code; the province's real update then imports and pins the province's key."""
    from desktop_app.core.signing import key_code, new_private_key, public_key

    forger = new_private_key()
    doc = cu.set_target(commune.catalog.document, "bhyt", ">=", "1", unit="all")
    forged = _write(cu.build_update(doc, "2026.1", "2026.2", issuer="UBND tỉnh Thái Nguyên", private_key=forger),
                    tmp_path / "gia-mao.chitieu-catalog.json")
    with pytest.raises(BadCatalogUpdate) as err:
        cu.import_update(commune, forged, office.ws.key_code)
    assert key_code(public_key(forger)) not in err.value.message + err.value.en
    assert "nếu đã gõ đúng mã trên công văn, tệp không do tỉnh phát hành" in err.value.message.lower()
    assert cu.province_key(commune) is None and commune.catalog.version == "2026.1"
    cu.import_update(commune, published, office.ws.key_code)
    assert cu.province_key(commune)["key_code"] == office.ws.key_code


def test_later_updates_need_no_code_and_a_code_given_is_compared(published, commune, office, tmp_path):
    """Once the key is pinned, an update signed by it imports without a code; a code given
    all the same must match (a wrong one is refused)."""
    cu.import_update(commune, published, office.ws.key_code)
    cu.edit(office.ws, cu.set_target, "bhyt", ">=", "98", unit=TAN_CUONG)
    cu.publish(office.ws, "2026.3", tmp_path / "b3.chitieu-catalog.json")
    with pytest.raises(BadCatalogUpdate, match="mã khóa đã gõ là AAAA-BBBB-CCCC-DDDD"):
        cu.import_update(commune, tmp_path / "b3.chitieu-catalog.json", "AAAA-BBBB-CCCC-DDDD")
    assert cu.import_update(commune, tmp_path / "b3.chitieu-catalog.json")[:2] == ("2026.2", "2026.3")
    assert commune.catalog.version == "2026.3"
    assert commune.store.verify_integrity() == []


@pytest.mark.parametrize("text", [
    "[" * 100000 + "]" * 100000,  # deeper than Python's stack: json.loads raises RecursionError
    '{"format": "chitieu-catalog-update", "format_version": 1, "x": ' + "[" * 500 + "]" * 500 + "}",
], ids=["100000-levels", "500-levels-in-an-update"])
def test_a_deeply_nested_file_is_refused_as_not_an_update(commune, tmp_path, text):
    """JSON nested far deeper than an update (6 levels) is refused with the format's message,
    not a RecursionError."""
    path = tmp_path / "long-nhau.chitieu-catalog.json"
    path.write_text(text, encoding="ascii")
    with pytest.raises(BadCatalogUpdate) as err:
        cu.import_update(commune, path, "AAAA-BBBB-CCCC-DDDD")
    assert err.value.message == (f"Tệp {path.name} không phải tệp cập nhật bộ chỉ tiêu (dữ liệu JSON lồng nhau quá "
                                 f"sâu, hơn {cu.MAX_DEPTH} tầng).")
    assert commune.catalog.version == "2026.1"


# --- the cover note (công văn gửi kèm) printing the province's key code --------------------------

def _pdf_text(path) -> list[str]:
    """Each page's text as pypdf reads it, NFC, whitespace runs made one space."""
    import unicodedata

    from pypdf import PdfReader

    return [" ".join(unicodedata.normalize("NFC", p.extract_text()).split()) for p in PdfReader(str(path)).pages]


def test_publishing_writes_the_cover_note(published, office):
    """Beside the update file, a Decree-30 công văn: the issuing body, Quốc hiệu, the number and
    "V/v" lines, place and date, Kính gửi; the new version and the one it replaces, the file's
    name and fingerprint (short and full), every change; the key code set apart exactly as the
    office's key; the signature block of a vice-chair and Nơi nhận. A4 portrait, read back with pypdf."""
    from pypdf import PdfReader

    update = json.loads(published.read_text(encoding="utf-8"))
    cover = cu.cover_note_path(published)
    assert cover == published.with_name("bo-chi-tieu-2026.2_cong-van.pdf") and cover.is_file()
    pages = _pdf_text(cover)
    text = " ".join(pages)
    reader = PdfReader(str(cover))
    assert all((float(p.mediabox.width), float(p.mediabox.height)) == pytest.approx((595.28, 841.89), abs=0.5)
               for p in reader.pages)
    day = dt.date.fromisoformat(update["issued_at"][:10])
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    for expected in ("ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     "Độc lập - Tự do - Hạnh phúc", "/UBND-VP", "V/v cập nhật bộ chỉ tiêu phiên bản 2026.2",
                     f"Thái Nguyên, ngày {day.day:02d} tháng {month} năm {day.year}",
                     "Kính gửi: Ủy ban nhân dân các xã, phường.",
                     "ban hành bộ chỉ tiêu phiên bản 2026.2, thay thế phiên bản 2026.1",
                     f"Tên tệp: {published.name};", f"rút gọn: {update['fingerprint'][:16]};",
                     f"Mã khóa ký của tỉnh: {office.ws.key_code}", "gõ mã này từ công văn giấy",
                     "không chép từ tệp hay màn hình", "Tệp ký bằng khóa khác không được nhập",
                     "hướng dẫn./.", "Nơi nhận: - Như trên;", "- Lưu: VT.",
                     "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH", "Hoàng Thị Ký"):
        assert expected in text, expected
    assert update["key_code"] == office.ws.key_code
    assert update["fingerprint"] in "".join(text.split())  # printed in groups of eight
    assert update["changes"] and all(" ".join(line.split()) in text for line in update["changes"])
    # the code and its label are never split across pages, and the letter ends with its signature,
    # before the annex (the growth target changed at every unit)
    assert any(f"Mã khóa ký của tỉnh: {office.ws.key_code}" in page for page in pages)
    signed = next(n for n, page in enumerate(pages) if page.endswith("Hoàng Thị Ký"))
    assert all("Hoàng Thị Ký" not in page for page in pages[signed + 1:])
    assert pages[signed + 1].startswith("Phụ lục CHỈ TIÊU GIAO TỪNG ĐƠN VỊ ĐÃ THAY ĐỔI")
    # "V/v" is under the number, in the left column
    runs = []
    reader.pages[0].extract_text(visitor_text=lambda t, cm, tm, font, size: runs.append((t, tm[4], tm[5])))
    number = next(r for r in runs if r[0].startswith("Số:"))
    subject = next(r for r in runs if r[0].startswith("V/v"))
    assert subject[2] < number[2] and subject[1] < 595.28 / 2


def test_the_subject_line_keeps_chi_tieu_together(published):
    """The "V/v" summary wraps in the number's column without breaking "chỉ tiêu": it read
    "V/v cập nhật bộ chỉ / tiêu phiên bản 2026.2" (walk 11, finding 9)."""
    import subprocess

    text = subprocess.run(["pdftotext", "-layout", "-l", "1", str(cu.cover_note_path(published)), "-"],
                          capture_output=True, text=True, check=True).stdout
    lines = [" ".join(line.split()) for line in text.splitlines()]
    at = next(n for n, line in enumerate(lines) if line.startswith("V/v"))
    summary = lines[at:at + 2] if not lines[at].endswith("2026.2") else lines[at:at + 1]
    assert " ".join(summary) == "V/v cập nhật bộ chỉ tiêu phiên bản 2026.2", summary
    assert all("chỉ tiêu" in line or "chỉ" not in line for line in summary), summary


def test_a_commune_types_the_code_read_from_the_cover_note(published, commune, office):
    """End to end: the code as the officer reads it on the printed cover note is what the
    first import takes; the key pinned is the province office's."""
    import re

    found = re.findall(r"Mã khóa ký của tỉnh: ([A-Z2-7]{4}(?:-[A-Z2-7]{4}){3})",
                       " ".join(_pdf_text(cu.cover_note_path(published))))
    assert found == [office.ws.key_code]
    assert cu.province_key(commune) is None
    old, new, changes = cu.import_update(commune, published, found[0].lower().replace("-", " "))
    assert (old, new) == ("2026.1", "2026.2") and changes[0].startswith("Ghi nhận khóa ký của tỉnh")
    assert cu.province_key(commune)["key_code"] == office.ws.key_code


def test_the_cover_note_uses_the_province_settings(office, tmp_path):
    """Another issuing body and a chair who signs: the letter's header and signature follow the
    settings (as the consolidated report's do); the update's issuer is the settings' too."""
    office.setup(signer="Nguyễn Văn Chủ", signer_title="Chủ tịch", issuer=("ỦY BAN NHÂN DÂN", "TỈNH BẮC KẠN"))
    cu.edit(office.ws, cu.set_target, "bhyt", ">=", "97", unit=TAN_CUONG)
    update = cu.publish(office.ws, "2026.2", tmp_path / "b2")
    assert update["issuer"] == "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN"
    text = " ".join(_pdf_text(update["cover_note"]))
    assert "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN" in text and "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Nguyễn Văn Chủ" in text
    assert "KT. CHỦ TỊCH" not in text


def test_without_a_font_for_the_cover_note_nothing_is_published(office, tmp_path, monkeypatch):
    """The cover note is made before any file is written: when it cannot be (no Vietnamese font),
    no update file is left behind and the catalogue and the draft stay as they were."""
    import exports.catalog_cover_pdf as cover_pdf
    from exports.fonts import FontNotFound

    def no_font():
        raise FontNotFound("Không tìm thấy phông chữ có đủ dấu tiếng Việt để in báo cáo.")

    monkeypatch.setattr(cover_pdf, "report_fonts", no_font)
    cu.edit(office.ws, cu.set_target, "bhyt", ">=", "97", unit=TAN_CUONG)
    out = tmp_path / "phat-hanh"
    out.mkdir()
    with pytest.raises(FontNotFound):
        cu.publish(office.ws, "2026.2", out / "b2")
    assert list(out.iterdir()) == [] and office.catalog.version == "2026.1"
    assert cu.describe_changes(office.catalog.document, cu.draft(office.ws))


# --- the cover note says what changed and for whom ---------------------------------------------

def _reviewed_update(office, tmp_path):
    """The update a reviewer read: a new indicator with a common target of 80,5, the growth of
    product value assigned at 8,5 to all 92 units, the BHYT target of one commune and the budget
    target of one ward changed."""
    cu.edit(office.ws, cu.add_indicator, "ho_cap_quang", "Tỷ lệ hộ gia đình sử dụng internet cáp quang", "%",
            "ratio", numerator_label="Số hộ dùng cáp quang", denominator_label="Tổng số hộ", input_unit="hộ")
    cu.edit(office.ws, cu.set_target, "ho_cap_quang", ">=", "80,5")
    cu.edit(office.ws, cu.assign, "tang_gia_tri_san_pham")
    cu.edit(office.ws, cu.set_target, "tang_gia_tri_san_pham", ">=", "8,5", unit="all")
    cu.edit(office.ws, cu.set_target, "bhyt", ">=", "97", unit=TAN_CUONG)
    cu.edit(office.ws, cu.set_target, "thu_ngan_sach", ">=", "1250000", unit="05443")
    return cu.publish(office.ws, "2026.2", tmp_path / "bo-chi-tieu-2026.2")


def _old_target(catalog, unit: str, indicator: str) -> str:
    """As the changes print a target: with its operator, "= 100" too (walk 4 L1)."""
    from desktop_app.core.wording import target_text

    target = catalog.commune_by_code(unit).targets.get(indicator)
    text = target_text(catalog.indicator(indicator), target)
    return f"= {text}" if target is not None and target.op == "=" else text


def test_the_cover_note_names_each_changed_unit_with_its_old_and_new_target(office, tmp_path):
    """A commune reading the signed paper sees its own name with its old and new target when a
    few units changed, a change at every unit counted with its value, and a new indicator's target."""
    old_bhyt, old_budget = _old_target(office.catalog, TAN_CUONG, "bhyt"), _old_target(office.catalog, "05443",
                                                                                       "thu_ngan_sach")
    update = _reviewed_update(office, tmp_path)
    pages = _pdf_text(update["cover_note"])
    signed = next(n for n, page in enumerate(pages) if page.endswith("Hoàng Thị Ký"))
    letter = " ".join(pages[:signed + 1])
    assert f"Xã Tân Cương: {old_bhyt} → ≥ 97" in letter
    assert f"Phường Phan Đình Phùng: {old_budget} → ≥ 1.250.000" in letter
    assert ('Giao chỉ tiêu “Tốc độ tăng giá trị sản phẩm trên địa bàn” cho các xã, phường; chỉ tiêu giao '
            "thay đổi ở 92 đơn vị: chưa giao → ≥ 8,5.") in letter
    assert ('Thêm chỉ tiêu “Tỷ lệ hộ gia đình sử dụng internet cáp quang” (%), áp dụng cho các xã, phường; '
            "chỉ tiêu chung: ≥ 80,5.") in letter
    assert "xem Phụ lục kèm theo Công văn này" in letter
    assert "thay đổi ở 1 đơn vị" not in letter  # one unit is named, not counted


def test_the_annex_lists_every_changed_unit_under_repeated_headers(office, tmp_path):
    """After the signed page, "Phụ lục" (kèm theo the letter): under each indicator, one row per
    unit with its old and new target; the table's header on every page, the annex's pages
    numbered on their own (its first page without a number)."""
    from desktop_app.core.catalog_changes import NAMED_UNITS

    old_bhyt = _old_target(office.catalog, TAN_CUONG, "bhyt")
    update = _reviewed_update(office, tmp_path)
    pages = _pdf_text(update["cover_note"])
    signed = next(n for n, page in enumerate(pages) if page.endswith("Hoàng Thị Ký"))
    annex = pages[signed + 1:]
    assert len(annex) >= 2 and annex[0].startswith("Phụ lục CHỈ TIÊU GIAO TỪNG ĐƠN VỊ ĐÃ THAY ĐỔI (Kèm theo Công "
                                                   "văn số /UBND-VP ngày")
    assert "của Ủy ban nhân dân tỉnh Thái Nguyên)" in annex[0]
    header = "STT Xã, phường Chỉ tiêu giao cũ Chỉ tiêu giao mới (1) (2) (3) (4)"
    assert all(header in page for page in annex)
    assert [page.split(" ", 1)[0] for page in annex[1:]] == [str(n) for n in range(2, len(annex) + 1)]
    text = " ".join(annex)
    assert "III Tốc độ tăng giá trị sản phẩm trên địa bàn (%)" in text
    for unit in office.catalog.communes:
        assert f"{unit.name} chưa giao ≥ 8,5" in text, unit.name
    assert f"Xã Tân Cương {old_bhyt} ≥ 97" in text
    assert NAMED_UNITS < 92


def test_a_note_naming_every_changed_unit_has_no_annex(office, tmp_path):
    """When every changed target is named in the letter, no annex repeats it."""
    cu.edit(office.ws, cu.set_target, "bhyt", ">=", "97", unit=TAN_CUONG)
    update = cu.publish(office.ws, "2026.2", tmp_path / "b2")
    pages = _pdf_text(update["cover_note"])
    assert pages[-1].endswith("Hoàng Thị Ký") and "Phụ lục" not in " ".join(pages)


def test_the_changes_are_worded_once_for_the_paper_the_dialog_and_the_command_line(office, commune, tmp_path):
    """What the commune's import (the window's dialog and `chitieu catalog-update import`) lists
    are the lines the signed update carries and its cover note prints."""
    update = _reviewed_update(office, tmp_path)
    _, _, imported = cu.import_update(commune, update["path"], office.ws.key_code)
    own = [line for line in imported if line.startswith("Chỉ tiêu giao của Xã Tân Cương")]
    # after the key pinned and the commune's own, what changes for every unit as the paper says it, and the
    # other units' new targets in one line, counted, none named (walk U10 F6: its own change is not said
    # twice; walk U18 F7: nor every other unit's after it)
    assert len(own) == 2
    every_unit = [line for line in update["changes"] if line.startswith("Thêm chỉ tiêu")]  # the new indicator
    assert len(every_unit) == 1
    assert imported[1 + len(own):] == [
        "Giao chỉ tiêu “Tốc độ tăng giá trị sản phẩm trên địa bàn” cho các xã, phường.", *every_unit,
        "Chỉ tiêu giao mới của 91 đơn vị khác (không ảnh hưởng đến đơn vị này)."]
    assert not any("Phường Phan Đình Phùng" in line for line in imported)
    letter = " ".join(_pdf_text(update["cover_note"]))
    assert all(" ".join(line.split()) in letter for line in update["changes"])


def test_a_commune_reads_its_own_new_targets_first(office, commune, tmp_path):
    """A change counted at 92 units names none of them: the importing commune is told its own
    targets, old and new, before the province's list."""
    bhyt = _old_target(commune.catalog, TAN_CUONG, "bhyt")
    update = _reviewed_update(office, tmp_path)
    _, _, imported = cu.import_update(commune, update["path"], office.ws.key_code)
    assert imported[1:3] == [
        f'Chỉ tiêu giao của Xã Tân Cương, “Tỷ lệ người dân tham gia bảo hiểm y tế”: {bhyt} → ≥ 97.',
        'Chỉ tiêu giao của Xã Tân Cương, “Tốc độ tăng giá trị sản phẩm trên địa bàn”: chưa giao → ≥ 8,5.']
    assert not any("Phường Phan Đình Phùng" in line for line in imported[1:3])


def test_many_changed_units_are_counted_with_their_values(office):
    """Beyond five units: the count, and the values when they are few; a removed target and a
    new assigned indicator without targets are said as such."""
    doc = cu.draft(office.ws)
    everywhere = cu.set_target(doc, "bhyt", ">=", "97", unit="all")
    (line,) = cu.describe_changes(doc, everywhere)
    old = _old_target(office.catalog, TAN_CUONG, "bhyt")
    assert line == f'Chỉ tiêu giao “Tỷ lệ người dân tham gia bảo hiểm y tế” thay đổi ở 92 đơn vị: {old} → ≥ 97.'
    split = copy.deepcopy(everywhere)
    for unit in split["communes"][:30]:
        unit["targets"]["bhyt"] = {"op": "≥", "value": 98, "printed": "≥ 98"}
    assert cu.describe_changes(everywhere, split) == [
        'Chỉ tiêu giao “Tỷ lệ người dân tham gia bảo hiểm y tế” thay đổi ở 30 đơn vị: ≥ 97 → ≥ 98.']
    for n, unit in enumerate(split["communes"][:30]):
        unit["targets"]["bhyt"] = {"op": "≥", "value": 90 + n % 2, "printed": ""}
    assert cu.describe_changes(everywhere, split) == [
        'Chỉ tiêu giao “Tỷ lệ người dân tham gia bảo hiểm y tế” thay đổi ở 30 đơn vị, nay: ≥ 90 ở 15 đơn vị; '
        "≥ 91 ở 15 đơn vị."]
    removed = cu.set_target(doc, "bhyt", None, unit=TAN_CUONG)
    assert cu.describe_changes(doc, removed) == [
        f'Chỉ tiêu giao “Tỷ lệ người dân tham gia bảo hiểm y tế”: Xã Tân Cương: {old} → bỏ chỉ tiêu.']
    added = cu.add_indicator(doc, "moi", "Chỉ tiêu mới", "%", "ratio", assigned=True)
    assert cu.describe_changes(doc, added) == [
        'Thêm chỉ tiêu “Chỉ tiêu mới” (%), giao riêng cho từng đơn vị; chưa giao chỉ tiêu.']
