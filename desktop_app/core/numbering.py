"""Why the numbers (STT) of a unit's indicators skip some: one wording for the report's line under
its table (`exports.report_annex`) and the entry window's number (`ui.entry_model`).

The numbers are the catalogue's (Phụ lục 2), the ones the province uses, and a commune is not
assigned the indicators only a ward is (nor a ward those only a commune is), so a commune's rows
run 6, 8: a reader took a row for missing.
"""
from __future__ import annotations

from desktop_app.core.words import Words


def numbering_note(numbers: list[int], unit_kind: str) -> Words | str:
    """The line said where `numbers` (the assigned indicators', in order) skip some; "" where they
    run 1, 2, 3… without a gap."""
    if numbers == list(range(1, len(numbers) + 1)):
        return ""
    if unit_kind == "phường":
        return Words("STT theo Phụ lục 2, bỏ qua các chỉ tiêu chỉ giao cho xã.",
                     "Numbers as in Annex 2, skipping the indicators assigned to communes only.")
    return Words("STT theo Phụ lục 2, bỏ qua các chỉ tiêu chỉ giao cho phường.",
                 "Numbers as in Annex 2, skipping the indicators assigned to wards only.")


def after_gap(numbers: list[int]) -> set[int]:
    """The numbers that follow a gap (8 after 6): where the note is said in the window."""
    return {n for before, n in zip([0] + numbers, numbers) if n != before + 1}
