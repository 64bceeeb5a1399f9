"""What a catalogue may hold: one set of rules, for the province's editor, for a commune's import of
an update and for the catalogue the program ships (red team R33 F1, F2, F6).

An update signed by the pinned key carried comparators the program never writes ("≠", "-", ""), a
negative rate, a rate of 1000, a yes/no value for a rate, a target of 1e-300 (whose progress no
decimal context holds: the period's window could not open), an indicator of an unknown kind,
direction or horizon, applying to "tỉnh" or to nobody, with no inputs or an input the program has
not, numbered 10^18, and texts holding what prints nothing or reorders the line. Each is refused
here, naming the indicator (or the unit), the field and what is accepted:

- a target (`check_target`): a comparator of `OPS`; for a yes/no indicator true or false, for any
  other a number under the rules a target typed in the editor is read by
  (`validation.parse_own_target`: never below zero but for a growth rate, at most 100 for a rate,
  whole for a count) with at most `MAX_INTEGER_DIGITS` digits before the decimal point and
  `MAX_DECIMALS` after it (a target typed so has no more: `typed_numbers`);
- an indicator (`check_indicator`): a kind of `KIND_INPUTS`, with exactly its inputs (and a
  baseline where the kind needs one), a direction, a horizon, a group of the catalogue, applying to
  xã, phường or both, a number from 1 to `MAX_INDICATORS` once in the catalogue;
- every text (`check_text`, `TEXT RULE` below): NFC, without a character that steers the line or a
  control character; what prints nothing and is harmless is accepted and cleaned (`clean_text`).

TEXT RULE (red team R34 F1: the previous release's editor stored labels and notes with a tab, a line
end, a soft hyphen or a zero-width space pasted from Word, Excel or a PDF, and its updates were refused
at every commune). One rule for the province's editor and a commune's import:
- accepted, and stored cleaned (`clean_text`): a line end (CR LF, CR, LF) and a tab; every Unicode
  format character but the direction controls (`DIRECTION_MARKS`): a soft hyphen U+00AD, a zero-width
  space U+200B, the joiners U+200C, U+200D, U+2060, a byte-order mark U+FEFF…, which print nothing and
  are dropped (what is stored is what is shown). A note or a source (`LONG_TEXTS`) keeps its line ends
  (a tab there is a space); a short text (a name, a unit, a label, a printed target) is one line: a
  line end or a tab is a space, the spaces around it one;
- refused, naming the field (`check_text`): a direction control (U+202A–U+202E, U+2066–U+2069,
  U+200E, U+200F, U+061C: the words would show in another order than stored), any other control
  character (NUL, BEL, ESC…), a text not in NFC.
A commune's import cleans the catalogue (`clean_document`) after the file's fingerprint and signature
were checked on it as sent, then checks it; the editor cleans what is pasted (`typed_catalog_text`)
and refuses only what can mislead.

`check_document` runs all with the bounds and the names' checks (`catalog_names.check_catalogue`).
"""
from __future__ import annotations

import json
import unicodedata
from decimal import Decimal

from desktop_app.core.catalog import MAX_INDICATORS, OPS, Catalog, Indicator
from desktop_app.core.catalog_names import (
    DIRECTION_MARKS,
    INDICATOR_CODE,
    INPUT_NAMES,
    INPUT_TEXTS,
    TEXTS,
    check_catalogue,
    hidden,
    shown,
)
from desktop_app.core.errors import InvalidInput
from desktop_app.core.numbers import MAX_DECIMALS, MAX_INTEGER_DIGITS
from desktop_app.core.validation import (
    AT_MOST_100,
    allows_negative,
    check_carried_digits,
    never_met,
    parse_own_target,
    target_is_whole,
)
from desktop_app.core.validation import (
    clean_text as _typed,
)

# The kinds the program evaluates (core/evaluation.compute), each with the inputs it reads, in order.
KIND_INPUTS = {"amount": ("value",), "ratio": ("numerator", "denominator"),
               "reduction": ("numerator", "denominator"), "ratio_of_baseline": ("numerator",),
               "count_vs_last_year": ("value", "previous"), "boolean": ("flag",)}
NEEDS_BASELINE = ("reduction", "ratio_of_baseline")  # computed against the start of the term
DIRECTIONS = ("higher", "lower")
HORIZONS = ("annual", "term_level", "term_total")
UNIT_KINDS = ("xã", "phường")


def _ind(d: dict) -> tuple[str, str]:
    no, name, code = (shown(str(d.get(k))) for k in ("no", "name", "code"))
    name = name if len(name) <= 80 else name[:80] + "…"
    return f'chỉ tiêu số {no} "{name}" (mã {code})', f'the indicator no. {no} "{name}" (code {code})'


def _refuse(field: str, field_en: str, vi: str, en: str) -> InvalidInput:
    return InvalidInput(f"{field}: {vi}", field=field, en=f"{field_en}: {en}")


def _said(value) -> str:
    """`value` as the file writes it (JSON), what prints nothing written out (`shown`)."""
    text = f'"{shown(value)}"' if isinstance(value, str) else shown(json.dumps(value, ensure_ascii=False, default=str))
    return text if len(text) <= 40 else text[:40] + "…"


# --- texts (the module's TEXT RULE) ----------------------------------------------------------------

_LINE_CONTROLS = frozenset("\t\n\r")
LONG_TEXTS = frozenset({"note", "source"})  # the texts keeping their line ends


def misleading(text: str) -> list[str]:
    """The characters of `text` a catalogue may not hold: a direction control, a control character
    other than a tab or a line end."""
    return [c for c in hidden(text) if c in DIRECTION_MARKS or (unicodedata.category(c) == "Cc"
                                                                 and c not in _LINE_CONTROLS)]


def clean_text(text: str, *, lines: bool = False) -> str:
    """`text` as a catalogue stores it (the TEXT RULE): its harmless characters that print nothing
    dropped, a tab a space; `lines`: line ends kept (as LF), else one line with single spaces. A
    text holding none of them, or holding what `check_text` refuses, is returned unchanged."""
    if not isinstance(text, str) or text.isprintable() or misleading(text):
        return text
    t = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    t = unicodedata.normalize("NFC", "".join(c for c in t if c == "\n" or unicodedata.category(c) != "Cf"))
    if lines:
        return "\n".join(line.strip() for line in t.split("\n")).strip()
    return " ".join(t.split())


def typed_catalog_text(text: str | None, *, lines: bool = False) -> str:
    """A text typed or pasted in the province's editor, as stored: NFC, without control characters
    (`validation.clean_text`), then cleaned as the TEXT RULE says (`clean_text`). A direction control
    is kept, for `check_text` to refuse naming the field."""
    t = _typed(text)
    return clean_text(t, lines=lines) if not misleading(t) else t


# The texts of a catalogue a person typed (names, units, labels, notes, sources, a printed target):
# the only ones cleaned. A code is never: "bhyt" + U+200B is refused as no code the program writes.
TEXT_KEYS = frozenset({"name", "name_en", "unit", "unit_en", "label", "label_en", "printed", "seed_name"}) | LONG_TEXTS


def clean_document(document, key: str = ""):
    """A copy of a catalogue document (or of a part of it, under `key`) whose every text (`TEXT_KEYS`,
    the catalogue's sources) is cleaned as the TEXT RULE says (`clean_text`; a note and a source keep
    their line ends); what `check_text` refuses is left for it to refuse, a code as it is. Run on an
    update after its fingerprint and signature were checked on the file as sent, and on the draft
    published."""
    if isinstance(document, dict):
        return {k: clean_document(v, "source" if key == "sources" else k) for k, v in document.items()}
    if isinstance(document, list):
        return [clean_document(v, key) for v in document]
    return clean_text(document, lines=key in LONG_TEXTS) if key in TEXT_KEYS else document


def check_text(text, field: str, field_en: str, whose: tuple[str, str], *, required: bool = False) -> None:
    """Refuse a text of a catalogue that is no text, is not NFC or holds what steers the line or a
    control character (`misleading`; the TEXT RULE); `required`: an empty one too. `whose`: what it
    belongs to, as a refusal names it."""
    if text is None and not required:
        return
    if not isinstance(text, str) or (required and not text.strip()):
        raise _refuse(field, field_en, f"{whose[0]} ghi {_said(text)}; chỉ nhận một đoạn chữ"
                      + (" không rỗng." if required else "."),
                      f"{whose[1]} says {_said(text)}; only a " + ("non-empty " if required else "") + "text is accepted.")
    bad = misleading(text)
    if bad or unicodedata.normalize("NFC", text) != text:
        chars = ", ".join(dict.fromkeys(f"U+{ord(c):04X}" for c in bad))
        what = f"ký tự không in ra hoặc đổi chiều chữ ({chars})" if bad else "chữ không chuẩn Unicode NFC"
        what_en = f"characters that print nothing or reverse the text ({chars})" if bad else "text not in Unicode NFC"
        raise _refuse(field, field_en, f'{whose[0]} ghi "{_said(text)[1:-1]}", có {what}; chỉ nhận chữ chuẩn NFC, '
                      "không có ký tự điều khiển hay ký tự đổi chiều chữ (xuống dòng, dấu tab được nhận).",
                      f'{whose[1]} says "{_said(text)[1:-1]}", holding {what_en}; only NFC text without control '
                      "characters or direction marks is accepted (line ends and tabs are).")


# The texts of an indicator and of its inputs as catalog_names bounds them (field, its words), and which
# may not be empty
_REQUIRED = {"name", "unit", "label"}
_INDICATOR_TEXTS = tuple((key, field, en, key in _REQUIRED) for key, field, en, _limit in TEXTS)
_INPUT_TEXTS = tuple((key, field, en, key == "label") for key, field, en, _limit in INPUT_TEXTS)


# --- targets ---------------------------------------------------------------------------------------

def accepted_values(ind: Indicator) -> tuple[str, str]:
    """What a target of `ind` may be, in words (Vietnamese, English)."""
    if ind.kind == "boolean":
        return "true (Có) hoặc false (Không)", "true (yes) or false (no)"
    low, low_en = ("một số (có thể âm)", "a number (negative too)") if allows_negative(ind) else \
        ("một số từ 0", "a number from 0")
    top, top_en = (" đến 100", " to 100") if ind.kind in AT_MOST_100 else ("", "")
    digits, digits_en = ((" (số nguyên)", " (a whole number)") if target_is_whole(ind) else
                         (f", tối đa {MAX_DECIMALS} chữ số thập phân", f", at most {MAX_DECIMALS} decimals"))
    return (f"{low}{top}{digits}, tối đa {MAX_INTEGER_DIGITS} chữ số phần nguyên",
            f"{low_en}{top_en}{digits_en}, at most {MAX_INTEGER_DIGITS} digits before the decimal point")


def check_target(ind: Indicator, raw, whose: tuple[str, str]) -> None:
    """Refuse a target (as the catalogue writes it: {"op", "value", "printed"}) of `ind` the editor
    never writes. `whose`: the target as a refusal names it ("chỉ tiêu giao của Xã …, chỉ tiêu số …")."""
    if raw is None:
        return
    if not isinstance(raw, dict):
        raise _refuse("Chỉ tiêu giao", "Target", f"{whose[0]} ghi {_said(raw)}; chỉ nhận một chỉ tiêu (phép so "
                      "sánh và giá trị) hoặc null.", f"{whose[1]} says {_said(raw)}; only a target (comparison and "
                      "value) or null is accepted.")
    op, value = raw.get("op"), raw.get("value")
    if op not in OPS:
        raise _refuse("Phép so sánh", "Comparison", f"{whose[0]} ghi phép so sánh {_said(op)}; chỉ nhận một trong: "
                      f"{', '.join(OPS)}.", f"{whose[1]} says the comparison {_said(op)}; only one of "
                      f"{', '.join(OPS)} is accepted.")
    check_text(raw.get("printed"), "Chỉ tiêu in ra", "Printed target", whose)
    accepted, accepted_en = accepted_values(ind)
    refused = _refuse("Giá trị chỉ tiêu", "Target value", f"{whose[0]} ghi giá trị {_said(value)}; chỉ nhận "
                      f"{accepted}.", f"{whose[1]} says the value {_said(value)}; only {accepted_en} is accepted.")
    if ind.kind == "boolean":
        if not isinstance(value, bool):  # any comparator of OPS: the editor wrote "≥ Có" too, judged as "Có"
            raise refused
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise refused
    number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    exponent = number.as_tuple().exponent
    if not number.is_finite() or abs(number) >= 10 ** MAX_INTEGER_DIGITS \
            or (number != number.to_integral_value() and -exponent > MAX_DECIMALS):
        raise refused
    never = never_met(ind, op, number)
    if never:  # red team R34 F4: a rate "> 100", "< 0" was published, which no commune could meet
        said = f"{op} {_said(value)}"
        raise _refuse("Giá trị chỉ tiêu", "Target value", f'{whose[0]} ghi "{said}": {never[0]}.',
                      f'{whose[1]} says "{said}": {never[1]}.')
    try:
        parse_own_target(ind, op, number)
        check_carried_digits(number)
    except InvalidInput:
        raise refused from None


def _check_no(d: dict, numbers: dict, whose: tuple[str, str]) -> None:
    no = d.get("no")
    if isinstance(no, bool) or not isinstance(no, int) or not 1 <= no <= MAX_INDICATORS:
        raise _refuse("Số thứ tự", "Number", f"{whose[0]}: số thứ tự {_said(no)}; chỉ nhận một số nguyên từ 1 đến "
                      f"{MAX_INDICATORS}.", f"{whose[1]}: the number {_said(no)}; only a whole number from 1 to "
                      f"{MAX_INDICATORS} is accepted.")
    if no in numbers:
        other = _ind(numbers[no])
        raise _refuse("Số thứ tự", "Number", f"{whose[0]} mang cùng số thứ tự với {other[0]}; mỗi chỉ tiêu một số.",
                      f"{whose[1]} bears the number of {other[1]}; each indicator has its own.")
    numbers[no] = d


def _one_of(value, accepted, field: str, field_en: str, whose) -> None:
    if not isinstance(value, str) or value not in accepted:
        raise _refuse(field, field_en, f"{whose[0]} ghi {_said(value)}; chỉ nhận: {', '.join(accepted)}.",
                      f"{whose[1]} says {_said(value)}; only {', '.join(accepted)} is accepted.")


def check_indicator(d: dict, groups) -> None:
    """Refuse an indicator (as the catalogue writes it) of a kind, direction, horizon, group (of
    `groups`), units it applies to, inputs or texts the program has not."""
    whose = _ind(d)
    for key, field, en, required in _INDICATOR_TEXTS:
        check_text(d.get(key), field, en, whose, required=required)
    kind = d.get("kind")
    _one_of(kind, tuple(KIND_INPUTS), "Loại chỉ tiêu", "Indicator kind", whose)
    _one_of(d.get("direction"), DIRECTIONS, "Chiều đánh giá", "Direction", whose)
    _one_of(d.get("horizon"), HORIZONS, "Thời hạn đánh giá", "Horizon", whose)
    _one_of(d.get("group"), tuple(groups), "Nhóm", "Group", whose)
    for key, field, en in (("assigned", "Tỉnh giao", "Assigned"), ("flow", "Cộng dồn trong năm", "Flow"),
                           ("year_end_only", "Chỉ đánh giá cuối năm", "Year end only")):
        if not isinstance(d.get(key, False), bool):
            raise _refuse(field, en, f"{whose[0]} ghi {_said(d.get(key))}; chỉ nhận true hoặc false.",
                          f"{whose[1]} says {_said(d.get(key))}; only true or false is accepted.")
    decimals = d.get("decimals")
    if isinstance(decimals, bool) or not isinstance(decimals, int) or not 0 <= decimals <= MAX_DECIMALS:
        raise _refuse("Số chữ số thập phân", "Decimals", f"{whose[0]} ghi {_said(decimals)}; chỉ nhận một số nguyên "
                      f"từ 0 đến {MAX_DECIMALS}.", f"{whose[1]} says {_said(decimals)}; only a whole number from 0 "
                      f"to {MAX_DECIMALS} is accepted.")
    applies = d.get("applies_to")
    if not isinstance(applies, list) or not applies or any(a not in UNIT_KINDS for a in applies) \
            or len(set(applies)) != len(applies):
        raise _refuse("Áp dụng cho", "Applies to", f"{whose[0]} ghi {_said(applies)}; chỉ nhận xã, phường hoặc cả hai "
                      '(["xã"], ["phường"], ["xã", "phường"]).', f"{whose[1]} says {_said(applies)}; only communes, "
                      'wards or both are accepted (["xã"], ["phường"], ["xã", "phường"]).')
    inputs, wanted = d.get("inputs"), KIND_INPUTS[kind]
    fields = [i.get("field") if isinstance(i, dict) else i for i in inputs] if isinstance(inputs, list) else inputs
    if fields != list(wanted):
        raise _refuse("Ô nhập", "Inputs", f"{whose[0]} loại {kind} có ô nhập {_said(fields)}; loại này chỉ nhận: "
                      f"{', '.join(INPUT_NAMES[f][0] for f in wanted)} ({', '.join(wanted)}).",
                      f"{whose[1]} of kind {kind} has the inputs {_said(fields)}; for this kind only these are "
                      f"accepted: {', '.join(INPUT_NAMES[f][1] for f in wanted)} ({', '.join(wanted)}).")
    baseline = d.get("baseline")
    if (baseline is not None) != (kind in NEEDS_BASELINE) or not isinstance(baseline, (dict, type(None))):
        need = kind in NEEDS_BASELINE
        raise _refuse("Số gốc", "Baseline", f"{whose[0]} loại {kind} " + ("cần" if need else "không có")
                      + " số liệu đầu nhiệm kỳ (baseline).", f"{whose[1]} of kind {kind} "
                      + ("needs" if need else "has no") + " start-of-term figure (baseline).")
    for i in [*inputs, *([dict(baseline, field="baseline")] if baseline else [])]:
        what, what_en = INPUT_NAMES[i["field"]]
        for key, field, en, required in _INPUT_TEXTS:
            check_text(i.get(key), f"{field} {what}", f"{en} ({what_en})", whose, required=required)


def check_rules(document: dict) -> None:
    """Refuse a catalogue document (its groups, indicators, units and targets) holding what the
    program never writes (this module's note). The indicators and units are built (`Catalog`)
    only once their own fields pass."""
    groups = document.get("groups")
    codes = []
    for g in groups if isinstance(groups, list) else [groups]:
        code = g.get("code") if isinstance(g, dict) else g
        whose = (f"nhóm {_said(code)}", f"the group {_said(code)}")
        if not isinstance(code, str) or not INDICATOR_CODE.fullmatch(code) or code in codes:
            raise _refuse("Nhóm", "Group", f"{whose[0]}: mã nhóm chỉ nhận chữ thường a-z không dấu, số và dấu gạch "
                          "dưới, mỗi nhóm một mã.", f"{whose[1]}: a group code takes only lower-case a-z, digits and "
                          "underscores, one code per group.")
        check_text(g.get("name"), "Tên nhóm", "Group name", whose, required=True)
        codes.append(code)
    for key, text in (document.get("sources") or {}).items():
        check_text(text, "Nguồn", "Source", (f"nguồn {_said(key)} của bộ chỉ tiêu",
                                             f"the catalogue's source {_said(key)}"))
    numbers: dict = {}
    for d in document["indicators"]:
        check_indicator(d, codes)
        _check_no(d, numbers, _ind(d))
    catalog = Catalog(document)
    named = {d["code"]: _ind(d) for d in document["indicators"]}
    for ind, d in zip(catalog.indicators, document["indicators"]):
        whose = named[ind.code]
        check_target(ind, d.get("default_target"), (f"chỉ tiêu chung của {whose[0]}", f"the common target of {whose[1]}"))
    for unit in document["communes"]:
        name = f'{shown(str(unit.get("name")))} (mã {shown(str(unit.get("code")))})'
        unit_en = name.replace(" (mã ", " (code ")
        _one_of(unit.get("kind"), UNIT_KINDS, "Loại đơn vị", "Unit kind", (f"đơn vị {name}", f"the unit {unit_en}"))
        check_text(unit.get("seed_name"), "Tên đơn vị", "Unit name", (f"đơn vị {name}", f"the unit {unit_en}"))
        no = unit.get("no")
        if isinstance(no, bool) or not isinstance(no, int) or not 1 <= no <= 10_000:
            raise _refuse("Số thứ tự đơn vị", "Unit number", f"đơn vị {name}: số thứ tự {_said(no)}; chỉ nhận một số "
                          "nguyên từ 1 đến 10.000.", f"the unit {unit_en}: the number {_said(no)}; only a whole number "
                          "from 1 to 10,000 is accepted.")
        for code, raw in unit["targets"].items():
            ind = catalog.indicator(code)
            whose = named[ind.code]
            check_target(ind, raw, (f"chỉ tiêu giao của {name}, {whose[0]},", f"the target of {unit_en}, {whose[1]},"))


def check_bounds(doc: dict) -> None:
    """Refuse a built catalogue document with more indicators than `MAX_INDICATORS`, or a target
    value the editor never writes (a JSON number of at most MAX_INTEGER_DIGITS integer digits, or
    true/false): "1E+999999" as text, read as a Decimal, took 2 GB to print. Run before the names
    are compared pair by pair."""
    if len(doc["indicators"]) > MAX_INDICATORS:
        many = f"{len(doc['indicators']):,}"
        raise InvalidInput(f"Bộ chỉ tiêu có {many.replace(',', '.')} chỉ tiêu, nhiều hơn giới hạn {MAX_INDICATORS}.",
                           field="Chỉ tiêu",
                           en=f"The catalogue has {many} indicators, more than the limit of "
                              f"{MAX_INDICATORS}.")
    raws = [(i["code"], i.get("default_target")) for i in doc["indicators"]]
    raws += [(code, raw) for unit in doc["communes"] for code, raw in unit["targets"].items()]
    for code, raw in raws:
        value = raw["value"] if raw is not None else 0
        if not (isinstance(value, (int, float)) and abs(value) < 10 ** MAX_INTEGER_DIGITS):  # True, False too
            said = repr(value)
            said = said if len(said) <= 40 else said[:40] + "…"
            raise InvalidInput(f"Chỉ tiêu {code} có giá trị chỉ tiêu {said}: chỉ nhận một số (tối đa "
                               f"{MAX_INTEGER_DIGITS} chữ số phần nguyên) hoặc true/false.", field="Chỉ tiêu",
                               en=f"The indicator {code} has the target value {said}: only a number (at most "
                                  f"{MAX_INTEGER_DIGITS} digits before the decimal point) or true/false is accepted.")


def check_document(document: dict, official_units: set[str] | None = None) -> None:
    """Every rule of a catalogue: the bounds (first: names are compared pair by pair), the names and
    codes (`catalog_names.check_catalogue`), then this module's."""
    check_bounds(document)
    check_catalogue(document, official_units)
    check_rules(document)


__all__ = ["DIRECTIONS", "DIRECTION_MARKS", "HORIZONS", "KIND_INPUTS", "LONG_TEXTS", "UNIT_KINDS", "accepted_values",
           "check_bounds", "check_document", "check_indicator", "check_rules", "check_target", "check_text", "clean_document",
           "clean_text", "misleading", "typed_catalog_text"]
