"""The catalogue: the 92 units, the indicators and the targets the province assigned.

Built from the committed `resources/catalog/catalog.json` (generated from the seeds by
`scripts/build_catalog.py`) and stored in each database, so a later catalogue update
from the province replaces it without touching entered values.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from desktop_app.core.errors import NotApplicable, NotFound
from desktop_app.core.numbers import format_number

# Where a target shown to the officer comes from.
SOURCE_PROVINCE_TERM = "Tỉnh giao (giai đoạn 2026-2030)"
SOURCE_RESOLUTION = "Nghị quyết năm 2026 của Tỉnh ủy"
SOURCE_OWN = "Xã tự đặt (năm {year})"

OPS = ("=", "≥", ">", "≤", "<")
# Indicators a catalogue holds: 22 as shipped. Naming two alike is checked pair by pair
# (catalog_names.check_catalogue): 2.000 indicators, a 650 kB update, took 16 s; 300 take 0,5 s.
# A submission's "Dữ liệu" holds one row for each, so no more (`exports.submission_format.read_data`).
MAX_INDICATORS = 300
_KINDS_EN = {"xã": "communes", "phường": "wards"}  # a unit's kind, in English messages


@dataclass(frozen=True)
class Target:
    op: str
    value: Decimal | bool
    printed: str = ""
    source: str = ""
    horizon: str = "annual"  # "annual", "term_level" or "term_total"

    def label(self, decimals: int = 2) -> str:
        """The target as a report prints it: `≥ 3,2`, `100`, `Có`."""
        return _label(self.op, self.value, decimals)


# A label depends on the operator, the value and the decimals only, all immutable: worked out
# once per value rather than once per unit (a consolidation words the same province target
# for each of 3.321 units). `typed`: True and Decimal(1) are equal keys otherwise ("Có", "1").
@lru_cache(maxsize=4096, typed=True)
def _label(op: str, value: Decimal | bool, decimals: int) -> str:
    if isinstance(value, bool):
        return "Có" if value else "Không"
    text = format_number(value, max(decimals, _decimals_of(value)))
    return text if op == "=" else f"{op} {text}"


def _decimals_of(value: Decimal) -> int:
    exp = value.normalize().as_tuple().exponent
    return max(0, -exp) if isinstance(exp, int) else 0


@dataclass(frozen=True)
class InputField:
    field: str  # "value", "numerator", "denominator", "flag", "previous"
    label: str
    unit: str
    # The same in English, for the window's English interface ("" in a catalogue made before
    # they existed, or a field the province added without them): `english_label` and
    # `english_unit` then give the Vietnamese.
    label_en: str = ""
    unit_en: str = ""

    @property
    def english_label(self) -> str:
        return self.label_en or self.label

    @property
    def english_unit(self) -> str:
        return self.unit_en or self.unit


ADDITIONAL = "bo_sung"  # the catalogue group of the indicators the province tracks without assigning them
ASSIGNED_ADDITIONAL = "tinh_giao_bo_sung"  # no catalogue group: the heading of those it assigned since (`heading`)
HEADINGS = {ASSIGNED_ADDITIONAL: "Chỉ tiêu tỉnh giao bổ sung"}


@dataclass(frozen=True)
class Indicator:
    code: str
    no: int
    name: str
    name_en: str
    unit: str
    group: str
    assigned: bool
    kind: str
    direction: str
    horizon: str
    flow: bool
    decimals: int
    applies_to: tuple[str, ...]
    year_end_only: bool
    inputs: tuple[InputField, ...]
    baseline: InputField | None
    default_target: Target | None
    source: str
    note: str
    unit_en: str = ""  # the unit in English, "" where the catalogue has none (see InputField)

    def applies(self, commune: "Commune") -> bool:
        return commune.kind in self.applies_to

    @property
    def heading(self) -> str:
        """The group it is listed under: its catalogue group, but one of the additional indicators
        ("bo_sung") that the province assigned by an update keeps that group (old updates and stored
        catalogues say so) and is listed with the assigned ones, as the report's annex puts it under
        "I. CHỈ TIÊU TỈNH GIAO" (walk U18 F3: the window and the workbook named it "Chỉ tiêu bổ sung")."""
        return ASSIGNED_ADDITIONAL if self.assigned and self.group == ADDITIONAL else self.group

    @property
    def denominator_carries(self) -> bool:
        """Whether a denominator entered in an earlier period may be proposed for a later one: a
        stock does (the population, the households, the schools), a flow counted from the start of
        the year (`flow`: the waste generated) does not, the year's total being no quarter's: 2027's
        1.860 t proposed for the first quarter of 2028 made 470 t treated 25% where 99% was true
        (walk U14 F1)."""
        return not self.flow and self.input("denominator") is not None

    def input(self, name: str) -> InputField | None:
        for f in self.inputs:  # a plain loop: asked several times for every item evaluated
            if f.field == name:
                return f
        return None

    @property
    def lower_is_better(self) -> bool:
        return self.direction == "lower"

    def due_at(self, period) -> bool:
        """Whether a result is expected at `period`: an indicator assessed only at year end
        (party building) is neither entered nor judged before the year's report."""
        return not self.year_end_only or period.is_year_end


@dataclass(frozen=True)
class Commune:
    no: int
    code: str
    name: str
    seed_name: str
    kind: str  # "xã" or "phường"
    targets: dict[str, Target | None] = field(hash=False, compare=False)


def version_order(version) -> tuple:
    """"2026.10" after "2026.9" (`desktop_app.catalog_update.version_key`); a version not written so
    sorts first, one that is no text at all (binary data, NULL put there with sqlite3) too: no
    catalogue version the program reads, which the history's check names (db/integrity.py)."""
    try:
        return (1, tuple(int(p) for p in version.split(".")))
    except (ValueError, TypeError, AttributeError):  # not numbers; bytes split by a text; None
        return (0, ())


def fold(text: str) -> str:
    """Lowercase, accent-free form used for searching: "Hoá", "Hóa" and "hoa" all match."""
    text = unicodedata.normalize("NFD", text or "").replace("đ", "d").replace("Đ", "D")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().split())


def _nfc_key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").casefold().split())


def _strip_prefix(text: str) -> str:
    return re.sub(r"^(xa|phuong|xã|phường)\s+", "", text)


def _target(raw: dict | None, source: str, horizon: str) -> Target | None:
    if raw is None:
        return None
    value = raw["value"]
    value = value if isinstance(value, bool) else Decimal(str(value))
    return Target(raw["op"], value, raw.get("printed", ""), source, horizon)


class Catalog:
    """Units, indicators and province targets of one catalogue version.

    `english` maps Vietnamese field names and units to English ones (`english_words()` of
    the catalogue this version ships): a document stored before catalogues carried English
    (every database made with an earlier version keeps its own) takes its English there,
    for the same Vietnamese words only; `document` itself is never changed.
    """

    def __init__(self, document: dict, english: dict[str, str] | None = None):
        self.document = document
        self._english = english or {}
        self.version: str = document["catalog_version"]
        self.groups: dict[str, str] = {g["code"]: g["name"] for g in document["groups"]}
        self.indicators: list[Indicator] = [self._indicator(d) for d in document["indicators"]]
        self._indicators = {i.code: i for i in self.indicators}
        self.communes: list[Commune] = [self._commune(d) for d in document["communes"]]
        self._communes = {c.code: c for c in self.communes}

    def _indicator(self, d: dict) -> Indicator:
        baseline = d.get("baseline")
        return Indicator(
            code=d["code"],
            no=d["no"],
            name=d["name"],
            name_en=d.get("name_en", ""),
            unit=d["unit"],
            group=d["group"],
            assigned=d["assigned"],
            kind=d["kind"],
            direction=d["direction"],
            horizon=d["horizon"],
            flow=d["flow"],
            decimals=d["decimals"],
            applies_to=tuple(d["applies_to"]),
            year_end_only=d.get("year_end_only", False),
            inputs=tuple(self._input(i["field"], i) for i in d["inputs"]),
            baseline=self._input("baseline", baseline) if baseline else None,
            # The resolution's target is judged at the indicator's own horizon: "Đạt chuẩn nông
            # thôn mới" (term level) is a level to reach by 2030, not a verdict each year.
            default_target=_target(d.get("default_target"), SOURCE_RESOLUTION, d["horizon"]),
            source=d.get("source", ""),
            note=d.get("note", ""),
            unit_en=d.get("unit_en") or self._english.get(d["unit"], ""),
        )

    def _input(self, name: str, d: dict) -> InputField:
        words = self._english
        return InputField(name, d["label"], d["unit"], d.get("label_en") or words.get(d["label"], ""),
                          d.get("unit_en") or words.get(d["unit"], ""))

    def english_words(self) -> dict[str, str]:
        """Every field name and unit of this catalogue that has an English one, Vietnamese -> English."""
        words = {}
        for ind in self.indicators:
            for f in ind.inputs + ((ind.baseline,) if ind.baseline else ()):
                words.update({k: v for k, v in ((f.label, f.label_en), (f.unit, f.unit_en)) if v})
            if ind.unit_en:
                words[ind.unit] = ind.unit_en
        return words

    def _commune(self, d: dict) -> Commune:
        targets = {
            code: _target(raw, SOURCE_PROVINCE_TERM, self._indicators[code].horizon)
            for code, raw in d["targets"].items()
        }
        return Commune(d["no"], d["code"], d["name"], d.get("seed_name", d["name"]), d["kind"], targets)

    # --- look-ups -------------------------------------------------------------
    def indicator(self, code: str) -> Indicator:
        try:
            return self._indicators[(code or "").strip().lower()]  # "BHYT" is bhyt
        except KeyError:
            raise NotFound(
                f'Mã chỉ tiêu "{code}" không có trong bộ chỉ tiêu. Các mã hợp lệ: '
                + ", ".join(self._indicators),
                field="Chỉ tiêu",
                en=f'The indicator code "{code}" is not in the catalogue. Valid codes: '
                   + ", ".join(self._indicators),
            ) from None

    def commune_codes(self) -> set[str]:
        return set(self._communes)

    def commune_by_code(self, code: str) -> Commune:
        try:
            return self._communes[code]
        except KeyError:
            raise NotFound(f'Không có xã, phường mang mã "{code}".', field="Xã, phường",
                           en=f'There is no commune or ward with the code "{code}".') from None

    def indicators_for(self, commune: Commune) -> list[Indicator]:
        """The indicators that exist for this unit, in catalogue order."""
        return [i for i in self.indicators if i.applies(commune)]

    def applicable(self, commune: Commune, code: str) -> Indicator:
        ind = self.indicator(code)
        if not ind.applies(commune):
            kinds = " và ".join(ind.applies_to)
            kinds_en = " and ".join(_KINDS_EN.get(k, k) for k in ind.applies_to)
            raise NotApplicable(
                f'Chỉ tiêu "{ind.name}" chỉ áp dụng cho {kinds}, không áp dụng cho {commune.name}.',
                field="Chỉ tiêu",
                en=f'The indicator "{ind.name_en or ind.name}" applies to {kinds_en} only, not to {commune.name}.',
            )
        return ind

    def province_target(self, commune: Commune, ind: Indicator) -> Target | None:
        if ind.assigned:
            return commune.targets.get(ind.code)
        return ind.default_target

    # --- search -----------------------------------------------------------------
    def find_communes(self, query: str) -> list[Commune]:
        """Units matching what an officer typed, best first.

        Matches the official name, the seed's spelling and the national code, with or
        without accents and prefix; an exact match (with accents) ranks first.
        """
        if not (query or "").strip():
            return list(self.communes)
        ranked = [(r, c.no, c) for c in self.communes if (r := match_rank(c, query)) is not None]
        return [c for _, _, c in sorted(ranked, key=lambda t: (t[0], t[1]))]

    def best_matches(self, query: str) -> list[Commune]:
        """The units a typed name or code stands for equally well (the best rank among those found,
        `match_rank`): one is the unit meant, several are a choice for the person, none: not found."""
        found = self.find_communes(query) if (query or "").strip() else []
        return [c for c in found if match_rank(c, query) == match_rank(found[0], query)]

    def resolve_commune(self, query: str) -> Commune:
        """One unit for a typed name or code; refuses an unknown or ambiguous name (the window's
        search chooses none for the person then either: ui/setup_dialog.py)."""
        best = self.best_matches(query)
        if not best:
            raise NotFound(
                f'Không tìm thấy xã, phường "{query}". Gõ tên (có hoặc không dấu) hoặc mã đơn vị 5 chữ số.',
                field="Xã, phường",
                en=f'No commune or ward "{query}" was found. Type its name (with or without diacritics) '
                   "or its 5-digit unit code.",
            )
        if len(best) == 1:
            return best[0]
        listing = "; ".join(f"{c.name} (mã {c.code})" for c in best)
        listing_en = "; ".join(f"{c.name} (code {c.code})" for c in best)
        raise NotFound(
            f'"{query}" khớp với {len(best)} đơn vị: {listing}. Gõ tên đầy đủ dấu hoặc mã đơn vị.',
            field="Xã, phường",
            en=f'"{query}" matches {len(best)} units: {listing_en}. Type the full name with its diacritics, '
               "or the unit code.",
        )


def match_rank(c: Commune, query: str) -> int | None:
    """0: exact name or code; 1: same name without accents; 2: starts with; 3: contains."""
    q = (query or "").strip()
    if q.isdigit():
        return 0 if c.code == q.zfill(5) else None
    names = (c.name, c.seed_name)
    exact = _nfc_key(q)
    if exact in {k for n in names for k in (_nfc_key(n), _strip_prefix(_nfc_key(n)))}:
        return 0
    qf = fold(q)
    folded = {fold(n) for n in names}
    shorts = {_strip_prefix(f) for f in folded}
    if qf in folded or qf in shorts:
        return 1
    if any(s.startswith(qf) for s in shorts | folded):
        return 2
    if any(qf in f for f in folded):
        return 3
    return None

