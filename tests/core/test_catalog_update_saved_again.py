"""A genuine catalogue update file saved again by Notepad (red team R33 F7): with a UTF-8
byte-order mark, or as "Unicode" (UTF-16 with its mark), it is still the province's update (the
fingerprint and the signature cover the parsed content) and imports; a file that cannot be read
as either says it may have been saved again by another program, and to use the file the province
sent; a saved-again file whose content changed is refused as changed."""
from __future__ import annotations

import codecs

import pytest

from desktop_app import catalog_update as cu
from desktop_app.catalog_update import BadCatalogUpdate
from desktop_app.core.signing import key_code, new_private_key, public_key

PROVINCE = new_private_key()
CODE = key_code(public_key(PROVINCE))
HINT = "Tệp đã bị lưu lại bằng chương trình khác? Hãy dùng đúng tệp tỉnh gửi, không mở rồi lưu lại."


def _text(workspace, folder) -> str:
    """The province's update to 2026.2 (Tân Cương's BHYT target raised to 97), as the program writes it."""
    doc = cu.set_target(workspace.catalog.document, "bhyt", ">=", "97", unit="05503")
    update = cu.build_update(doc, "2026.1", "2026.2", issuer="UBND tỉnh Thái Nguyên", private_key=PROVINCE)
    return cu.write_update(update, folder / "goc.json").read_text(encoding="utf-8")


@pytest.mark.parametrize("saved", ["utf-8 with mark", "utf-16 little-endian", "utf-16 big-endian"])
def test_an_update_saved_again_by_notepad_imports(workspace, tmp_path, saved):
    text = _text(workspace, tmp_path).replace("\n", "\r\n")  # Notepad writes Windows line ends too
    raw = {"utf-8 with mark": codecs.BOM_UTF8 + text.encode("utf-8"),
           "utf-16 little-endian": codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
           "utf-16 big-endian": codecs.BOM_UTF16_BE + text.encode("utf-16-be")}[saved]
    path = tmp_path / f"bo-chi-tieu-2026.2{cu.SUFFIX}"
    path.write_bytes(raw)
    old, new, _ = cu.import_update(workspace, path, CODE)
    assert (old, new) == ("2026.1", "2026.2") and cu.province_key(workspace)["key_code"] == CODE
    cat = workspace.catalog
    assert cat.province_target(cat.commune_by_code("05503"), cat.indicator("bhyt")).label(0) == "≥ 97"


def test_a_file_read_neither_way_says_it_may_have_been_saved_again(workspace, tmp_path):
    """UTF-16 without its mark, or another encoding: refused, with the hint; nothing imported."""
    text = _text(workspace, tmp_path)
    for name, raw in (("khong-dau.json", text.encode("utf-16-le")), ("ansi.json", text.encode("cp1258", "replace")),
                      ("utf32.json", codecs.BOM_UTF32_LE + text.encode("utf-32-le"))):
        path = tmp_path / name
        path.write_bytes(raw)
        with pytest.raises(BadCatalogUpdate) as err:
            cu.import_update(workspace, path, CODE)
        assert err.value.message == (f"Tệp {name} không phải tệp cập nhật bộ chỉ tiêu (không đọc được JSON). {HINT}")
        assert err.value.en.endswith("Was the file saved again by another program? Use the very file the province "
                                     "sent, not opened and saved again.")
    assert workspace.catalog.version == "2026.1" and cu.province_key(workspace) is None


def test_a_file_saved_again_and_changed_is_refused_as_changed(workspace, tmp_path):
    """The mark read, the content still checked: the target edited in Notepad (97 -> 9) is refused."""
    text = _text(workspace, tmp_path).replace('"value": 97', '"value": 9', 1)
    assert '"value": 9,' in text or '"value": 9\n' in text
    path = tmp_path / f"sua{cu.SUFFIX}"
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    with pytest.raises(BadCatalogUpdate) as err:
        cu.import_update(workspace, path, CODE)
    assert "đã bị sửa" in err.value.message
    assert workspace.catalog.version == "2026.1" and cu.province_key(workspace) is None
