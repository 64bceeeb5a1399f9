"""The province's PDFs name their author as a Vietnamese sentence writes the issuing body,
"Ủy ban nhân dân tỉnh Thái Nguyên" (walk 8, finding 12: str.title() made it "Ủy Ban Nhân Dân
Tỉnh Thái Nguyên", which a viewer's Properties and a records system show)."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from desktop_app import catalog_update as cu
from exports.catalog_cover_pdf import issuer_words
from exports.consolidated_pdf import render_pdf
from tests.province.conftest import PERIOD, REPORT_DATE

TAN_CUONG = "05503"


@pytest.mark.parametrize(("issuer", "words"), [
    (("ỦY BAN NHÂN DÂN", "TỈNH THÁI NGUYÊN"), "Ủy ban nhân dân tỉnh Thái Nguyên"),
    (("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG"), "Ủy ban nhân dân thành phố Hải Phòng"),
    (("ỦY BAN NHÂN DÂN", "TỈNH BÀ RỊA - VŨNG TÀU"), "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"),
    (("HỘI ĐỒNG NHÂN DÂN", "TỈNH  BẮC KẠN"), "Hội đồng nhân dân tỉnh Bắc Kạn"),
])
def test_the_issuer_in_words(issuer, words):
    assert issuer_words(issuer) == words


def test_the_consolidated_report_s_author(received):
    office, _ = received
    pdf = render_pdf(office.consolidation(PERIOD), report_date=REPORT_DATE)
    assert PdfReader(io.BytesIO(pdf)).metadata.author == "Ủy ban nhân dân tỉnh Thái Nguyên"


def test_the_catalogue_cover_note_s_author(office, tmp_path):
    office.setup(issuer=("ỦY BAN NHÂN DÂN", "TỈNH BẮC KẠN"))
    cu.edit(office.ws, cu.set_target, "bhyt", ">=", "97", unit=TAN_CUONG)
    update = cu.publish(office.ws, "2026.2", tmp_path / "b2")
    assert PdfReader(str(update["cover_note"])).metadata.author == "Ủy ban nhân dân tỉnh Bắc Kạn"
