"""`chitieu consolidate` lists a unit whose signed PDF's signature is valid but whose pages were not compared (a
workbook of another version) under a heading that says so: red-team R30 F1 found it listed under "Báo cáo PDF gửi
kèm chưa có chữ ký số hợp lệ", a valid signature called invalid."""
from __future__ import annotations

from types import SimpleNamespace

from desktop_app import signature_check
from desktop_app.core.pdf_signature import PdfVerdict
from desktop_app.province_cli import pdf_lines


def check(verdict: PdfVerdict, name: str):
    return SimpleNamespace(ok=False, verdict=verdict, file_name=name, unreadable="",
                           summary=f"{verdict.value}: Trần Thị Bình")


def test_a_valid_signature_whose_pages_were_not_compared_is_listed_apart(monkeypatch):
    units = [SimpleNamespace(code="05503", name="Xã Tân Cương"), SimpleNamespace(code="05443", name="Phường Phan Đình Phùng")]
    office = SimpleNamespace(catalog=SimpleNamespace(communes=units))
    monkeypatch.setattr(signature_check, "pdf_signatures", lambda office, period: {
        "05503": check(PdfVerdict.CHUA_SO_TRANG_IN, "a_ky-so.pdf"), "05443": check(PdfVerdict.DA_BI_SUA, "b_ky-so.pdf")})
    assert pdf_lines(office, "2026") == [
        "Báo cáo PDF gửi kèm chưa có chữ ký số hợp lệ (số liệu vẫn lấy từ tệp Excel): 1 đơn vị.",
        f"- Phường Phan Đình Phùng (mã 05443), tệp b_ky-so.pdf: {PdfVerdict.DA_BI_SUA.value}: Trần Thị Bình",
        "Báo cáo PDF gửi kèm có chữ ký số nhưng chưa so được trang in với số liệu tệp Excel (số liệu vẫn lấy từ tệp "
        "Excel, đừng dựa vào số liệu in trong tệp PDF): 1 đơn vị.",
        "- Xã Tân Cương (mã 05503), tệp a_ky-so.pdf: Chưa so được trang in với số liệu: Trần Thị Bình",
    ]


def test_only_pages_not_compared_say_no_invalid_signature(monkeypatch):
    office = SimpleNamespace(catalog=SimpleNamespace(communes=[SimpleNamespace(code="05503", name="Xã Tân Cương")]))
    monkeypatch.setattr(signature_check, "pdf_signatures",
                        lambda office, period: {"05503": check(PdfVerdict.CHUA_SO_TRANG_IN, "a_ky-so.pdf")})
    said = pdf_lines(office, "2026")
    assert not any("chưa có chữ ký số hợp lệ" in line for line in said)
    assert said[0].startswith("Báo cáo PDF gửi kèm có chữ ký số nhưng chưa so được trang in")
