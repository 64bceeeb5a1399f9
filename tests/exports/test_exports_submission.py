"""The submission model and its fingerprint: same data, same fingerprint; any change, another."""
from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from dataclasses import replace

import pytest

from desktop_app.core.submission import (
    FINGERPRINT_SCHEMES,
    Submission,
    canonical_json,
    date_words,
    doc_symbol,
    fingerprint,
    slug,
)
from tests.exports.conftest import submission_of


def test_fingerprint_is_sha256_hex(commune_sub):
    """The fingerprint is 64 lowercase hex digits; the short form is its first 16."""
    assert re.fullmatch(r"[0-9a-f]{64}", commune_sub.fingerprint)
    assert commune_sub.short_fingerprint == commune_sub.fingerprint[:16]


def test_fingerprint_ignores_document_metadata(commune_ws, commune_sub):
    """Re-exporting the same data another day, by another person, approved or not, keeps the fingerprint."""
    other = submission_of(commune_ws, report_date=dt.date(2027, 1, 5),
                          generated_at=dt.datetime(2027, 1, 5, 8, 0).astimezone(),
                          doc_number="07", approved=True, app_version="9.9")
    other = replace(other, preparer="Người khác", signer="Ai đó", signer_title="Phó Chủ tịch")
    assert other.fingerprint == commune_sub.fingerprint


def test_fingerprint_is_the_same_when_rebuilt(commune_ws, commune_sub):
    """Building the submission again from the database gives the same canonical bytes."""
    again = submission_of(commune_ws)
    assert canonical_json(again) == canonical_json(commune_sub)
    assert again == commune_sub


@pytest.mark.parametrize("change", [
    lambda s: replace(s, items=(replace(s.items[0], input_value="45231"),) + s.items[1:]),
    lambda s: replace(s, items=(replace(s.items[0], value_text="45.231"),) + s.items[1:]),
    lambda s: replace(s, items=(replace(s.items[1], comment="Ghi chú mới"),) + s.items[2:] + s.items[:1]),
    lambda s: replace(s, items=(replace(s.items[1], target_value="95"),) + s.items[2:] + s.items[:1]),
    lambda s: replace(s, items=(replace(s.items[1], verdict="Đạt"),) + s.items[2:] + s.items[:1]),
    lambda s: replace(s, items=s.items[:-1]),
    lambda s: replace(s, narratives=(replace(s.narratives[0], text=s.narratives[0].text + "."),)
                      + s.narratives[1:]),
    lambda s: replace(s, narratives=s.narratives[1:]),
    lambda s: replace(s, catalog_version="2026.2"),
    lambda s: replace(s, period="2026-9M"),
    lambda s: replace(s, unit_code="05506"),
    lambda s: replace(s, unit_name="Xã Tân Cương mới"),
], ids=["input", "value-text", "comment", "target", "verdict", "item-removed", "narrative",
        "narrative-removed", "catalogue", "period", "unit-code", "unit-name"])
def test_any_change_of_the_data_changes_the_fingerprint(commune_sub, change):
    """Every stated fact is covered: inputs, values, comments, targets, verdicts, narrative, unit, period."""
    assert change(commune_sub).fingerprint != commune_sub.fingerprint


def test_item_order_does_not_matter(commune_sub):
    """Items are serialised sorted by code, so the fingerprint does not depend on the order."""
    shuffled = replace(commune_sub, items=tuple(reversed(commune_sub.items)))
    assert shuffled.fingerprint == commune_sub.fingerprint


def test_text_is_normalised_to_nfc(commune_sub):
    """A comment typed in decomposed Unicode (NFD) has the fingerprint of the composed one."""
    item = commune_sub.items[4]
    nfc = replace(commune_sub, items=commune_sub.items[:4]
                  + (replace(item, comment="Lao động đi làm ăn xa"),) + commune_sub.items[5:])
    nfd = replace(commune_sub, items=commune_sub.items[:4]
                  + (replace(item, comment=unicodedata.normalize("NFD", "Lao động đi làm ăn xa")),)
                  + commune_sub.items[5:])
    assert fingerprint(nfc) == fingerprint(nfd)


def test_typing_the_same_number_differently_gives_the_same_fingerprint(workspace):
    """9500 typed as "9500" or "9.500,0" is the same canonical decimal."""
    workspace.set_entry("2026", "bhyt", numerator="9500", denominator="10000")
    a = submission_of(workspace)
    workspace.set_entry("2026", "bhyt", numerator="9.500,0", denominator="10.000")
    b = submission_of(workspace)
    assert a.fingerprint == b.fingerprint
    bhyt = next(i for i in a.items if i.code == "bhyt")
    assert (bhyt.numerator, bhyt.denominator, bhyt.value, bhyt.value_text) == ("9500", "10000", "95", "95")


def test_canonical_json_is_sorted_compact_utf8(commune_sub):
    """Sorted keys, no spaces, UTF-8 text (not \\u escapes), decimals as strings."""
    raw = canonical_json(commune_sub)
    text = raw.decode("utf-8")
    assert "Tân Cương".encode("utf-8") in raw
    assert "\\u" not in text
    data = json.loads(text)
    assert text == json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert data["scheme"] == FINGERPRINT_SCHEMES[2] == "chitieu-submission-fingerprint/2"
    bhyt = next(i for i in data["items"] if i["code"] == "bhyt")
    assert bhyt["numerator"] == "9412" and bhyt["value"] == "95.36"


def test_summary_matches_the_period_view(commune_ws, commune_sub, ward_ws, ward_sub):
    """The report's summary line counts the same verdicts as the entry window."""
    assert commune_sub.summary_text() == commune_ws.period_view("2026").summary_text()
    assert ward_sub.summary_text() == ward_ws.period_view("2026").summary_text()
    assert commune_sub.summary_text() == "Vượt 2, Đạt 0, Không đạt 0, Đang thực hiện 6"


def test_every_assigned_indicator_and_only_entered_supplementary_ones(commune_ws, commune_sub):
    """All assigned indicators are stated; an untouched supplementary one is left out."""
    view = commune_ws.period_view("2026")
    assert [i.code for i in commune_sub.assigned_items] == [r.indicator.code for r in view.assigned_rows]
    others = {i.code for i in commune_sub.other_items}
    assert others == {"nong_thon_moi", "gia_dinh_van_hoa", "tthc_truc_tuyen", "khong_ma_tuy", "tngt_so_vu"}


def test_file_names_are_ascii(commune_sub, ward_ws):
    """File names are safe to attach to an e-mail and carry the unit's code:
    2026_05503_xa-tan-cuong, 2026-6M_<code>_phuong-phan-dinh-phung."""
    assert commune_sub.file_stem == "2026_05503_xa-tan-cuong"
    ward = submission_of(ward_ws, "2026-6M")
    assert ward.file_stem == f"2026-6M_{ward.unit_code}_phuong-phan-dinh-phung"
    assert slug("Phường Đồng Quang") == "phuong-dong-quang"


def test_units_whose_names_fold_alike_get_different_file_names(commune_sub):
    """Xã Văn Lăng and Xã Văn Lang fold to the same words: the unit code keeps their files apart."""
    from dataclasses import replace

    a = replace(commune_sub, unit_code="05665", unit_name="Xã Văn Lăng", period="2026-6M")
    b = replace(commune_sub, unit_code="02143", unit_name="Xã Văn Lang", period="2026-6M")
    assert (a.file_stem, b.file_stem) == ("2026-6M_05665_xa-van-lang", "2026-6M_02143_xa-van-lang")


def test_place_and_date_line():
    """Leading zero for days below 10 and for months 1 and 2 only."""
    assert date_words(dt.date(2026, 1, 5)) == "ngày 05 tháng 01 năm 2026"
    assert date_words(dt.date(2026, 2, 10)) == "ngày 10 tháng 02 năm 2026"
    assert date_words(dt.date(2026, 6, 29)) == "ngày 29 tháng 6 năm 2026"
    assert date_words(dt.date(2026, 11, 24)) == "ngày 24 tháng 11 năm 2026"


def test_header_texts(commune_sub):
    """"Tân Cương, ngày …", "Số:      /BC-UBND" with room for the number, "Số: 05/BC-UBND" with it."""
    sub = replace(commune_sub, report_date=dt.date(2026, 11, 24))
    assert sub.place_date_text == "Tân Cương, ngày 24 tháng 11 năm 2026"
    assert sub.doc_number_text == "Số:       /BC-UBND"
    assert replace(sub, doc_number="5").doc_number_text == "Số: 05/BC-UBND"
    assert sub.report_title == "Kết quả thực hiện các chỉ tiêu chủ yếu năm 2026"
    assert replace(sub, period="2026-6M").report_title == (
        "Kết quả thực hiện các chỉ tiêu chủ yếu 6 tháng đầu năm 2026")
    assert doc_symbol("UBND") == "BC-UBND" and doc_symbol("") == "BC-UBND"
    assert doc_symbol("BC-UBND") == "BC-UBND"


def test_qr_payload_names_unit_period_and_fingerprint(commune_sub):
    """The QR code carries the identity the province matches paper and file with."""
    assert commune_sub.qr_payload == (
        f"chitieu-submission/2;unit=05503;period=2026;fp={commune_sub.fingerprint}")


def test_approved_defaults_to_false(commune_sub):
    """Until the approval workflow sets it, a submission is a draft."""
    assert commune_sub.approved is False
    assert Submission("1", "Xã A", "xã", "2026", "v", ()).approved is False
