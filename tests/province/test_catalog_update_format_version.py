"""A catalogue update's "format_version" that is no whole number (red-team H7 F6): 1.0 was told
"phiên bản 1.0 … Hãy cập nhật phần mềm" (a newer program would not read it either), `true` was read
as version 1, and a 400-digit number was printed whole. Such a file is not an update; only a
whole version above the program's is told to update the program, its number cut short."""
from __future__ import annotations

import pytest

from desktop_app import catalog_update as cu
from desktop_app.catalog_update import BadCatalogUpdate


def _refusal(tmp_path, version: str) -> BadCatalogUpdate:
    path = tmp_path / "u.chitieu-catalog.json"
    path.write_text('{"format": "%s", "format_version": %s, "fingerprint": "ab"}' % (cu.UPDATE_FORMAT, version),
                    encoding="ascii")
    with pytest.raises(BadCatalogUpdate) as err:
        cu.read_update(path)
    return err.value


@pytest.mark.parametrize("version", ["1.0", "true", "false", '"1"', "0", "-3", "null", "[1]"])
def test_a_version_that_is_no_whole_number_from_1_is_not_an_update(tmp_path, version):
    err = _refusal(tmp_path, version)
    assert err.message == ('Tệp u.chitieu-catalog.json không phải tệp cập nhật bộ chỉ tiêu: phiên bản định dạng '
                           f'("format_version") phải là số nguyên từ 1, tệp ghi {version}.')
    assert "cập nhật phần mềm" not in err.message and "Update the program" not in err.en
    assert err.en.endswith(f"must be a whole number from 1, the file says {version}.")


def test_a_huge_version_is_told_cut_short(tmp_path):
    err = _refusal(tmp_path, "9" * 400)
    assert err.message == ("Tệp u.chitieu-catalog.json theo định dạng phiên bản " + "9" * 20 + "…, phần mềm này chỉ "
                           "đọc được phiên bản 1. Hãy cập nhật phần mềm.")
    assert len(err.en) < 200


def test_a_newer_whole_version_still_asks_to_update_the_program(tmp_path):
    err = _refusal(tmp_path, "2")
    assert err.message.endswith("theo định dạng phiên bản 2, phần mềm này chỉ đọc được phiên bản 1. Hãy cập nhật "
                                "phần mềm.")
