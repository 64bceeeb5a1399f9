"""The line over the table names the cell chosen: a count of a ratio the province added by a catalogue
update, whose inputs carry no unit (the province's editor gives them none), is said by its label alone;
it read "Số hộ dùng cáp quang (Có / Không)" as if the count were a yes/no box (S140)."""
from __future__ import annotations

import gzip
import json

from desktop_app import catalog_update as cu
from tests.province.test_catalog_pasted_texts_and_targets import PASTED
from tests.ui.test_entry_lines_1366 import go_to, plain


def test_a_count_without_a_unit_is_not_said_to_be_yes_or_no(make_window, workspace, tmp_path):
    path = tmp_path / "cap-quang-2026.2.chitieu-catalog.json"
    path.write_bytes(gzip.decompress(PASTED.read_bytes()))
    cu.import_update(workspace, path, json.loads(path.read_text(encoding="utf-8"))["key_code"])
    window = make_window(workspace)
    go_to(window, "ho_cap_quang", "numerator")
    said = plain(window.cell_info)
    assert "Số hộ dùng cáp quang" in said and "Có / Không" not in said, said
    go_to(window, "nong_thon_moi", "flag")  # a yes/no box still says so
    assert "Có / Không" in plain(window.cell_info), plain(window.cell_info)
