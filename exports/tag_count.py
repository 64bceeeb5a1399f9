"""The tags and attributes of an .xlsx's parts, counted before any of them is parsed or searched
(`exports.xlsx_container`)."""
from __future__ import annotations

# The tags of all parts together (each element has one or two) and their attributes: readers build
# each part's elements in memory (the checks of `chitieu verify` parse the styles, the theme and the
# sheets; calamine a sheet's cells), some 400 bytes each, and as much for each attribute: 1,2 million
# small elements padded into any of them took 470 MB, one cell of a million attributes (a tag
# like any other) 433 MB and 10 s. A submission has at most about 4.400 tags and as many attributes
# (its LibreOffice re-save 4.300 of each). Parts holding more than MAX_ELEMENTS tags
# and attributes together (each "<" and each "=" counted: 300.000 of them took `chitieu verify`
# some 170 MB at most) are refused before any search of them, which then reads at most so many.
MAX_ELEMENTS = 300_000


class TagCount:
    """The tags ("<") and attributes ("=") of the parts seen so far, counted only once they could
    be too many: a part of n bytes holds at most n of them, so the parts of a writer's file (some
    100 kB in all) are never counted (counting them cost 1,4 % of reading the file) and a large
    part is, at once."""

    def __init__(self) -> None:
        self.counted = 0
        self.waiting: list[bytes] = []  # the parts not counted yet, together under MAX_ELEMENTS bytes
        self.bound = 0

    def too_many(self, out: bytes) -> bool:
        """Whether, with the part `out`, the parts seen hold more than MAX_ELEMENTS tags and
        attributes."""
        self.waiting.append(out)
        self.bound += len(out)
        if self.counted + self.bound > MAX_ELEMENTS:
            self.counted += sum(part.count(b"<") + part.count(b"=") for part in self.waiting)
            self.waiting, self.bound = [], 0
        return self.counted > MAX_ELEMENTS
