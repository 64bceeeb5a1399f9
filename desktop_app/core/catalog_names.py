"""The names and codes of a catalogue as the program writes them, and what makes two of them
print alike (red-team 17, F4).

The province's editor (desktop_app/catalog_draft.py) writes indicator codes in lower-case ASCII
(`INDICATOR_CODE`), the 92 units keep their national 5-digit codes, and a name is NFC text with
nothing that prints nothing. Two indicators (or two units) are never named alike: the same
words once case, spaces, width, what prints nothing (a zero-width space, a direction mark) and
the Cyrillic and Greek letters drawn like Latin ones are set aside (`look`). Diacritics count:
"Xã Văn Lăng" and "Xã Văn Lang" are two units of the official list.

A commune's import (desktop_app/catalog_update.read_update) refuses an update breaking any of
these (`check_catalogue`): no honest province writes one, and its change lines would show a
stranger's indicator or unit as if it were the commune's own.

Nor is a text of an indicator longer than the reports print (`check_texts`, red-team 26): a name
of 1.300 characters made its row of a commune's report, and of the province's consolidated one,
taller than a page, and every PDF export of the period stopped at reportlab's LayoutError, while
the province's editor can neither rename nor remove an indicator it published.
"""
from __future__ import annotations

import re
import unicodedata

from desktop_app.core.errors import InvalidInput

INDICATOR_CODE = re.compile(r"[a-z][a-z0-9_]{1,39}")
UNIT_CODE = re.compile(r"[0-9]{5}")
# What reorders what is shown after it (U+202E prints "Không Đạt" from "tạĐ gnôhK"): refused
# where a name is typed; the other characters that print nothing are dropped there.
# The characters that steer the direction of a line: the words would show in another order than stored
DIRECTION_MARKS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Cyrillic and Greek letters drawn as Latin ones (upper case before case folding, lower after).
_UPPER = str.maketrans("АВЕКМНОРСТХУІЈЅΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "ABEKMHOPCTXYIJSABEZHIKMNOPTYX")
_LOWER = str.maketrans("аеорсухіјѕһԁԛԝӏαοριυνκ", "aeopcyxijshdqwlaopiuvk")
_CODE_LIKE = str.maketrans("oOilI", "00111")  # a unit code written with letters for digits

# The longest texts of an indicator (characters). The shipped catalogue's longest: a name 95, an
# English name 60, an input's label 88 (in English 96), a unit 10 ("triệu đồng"; in English 28,
# "villages, residential groups"), a source 51, a note 117; the resolutions' appendices (seeds):
# a name 113, a unit 19 ("1.000 đảng viên/năm"). A name of MAX_NAME characters, even one word,
# fills 7 lines of its cell in a commune's report and 13 in the consolidated one (breaking at
# about 1.100); a unit of MAX_UNIT, its 18 mm cell in 2 lines. Labels, the English texts, the
# source and the note are shown in the window only.
MAX_NAME = 250
MAX_LABEL = MAX_NAME + 20  # the editor labels a Có/Không input "<name> (Có / Không)"
MAX_UNIT = 40
MAX_NOTE = 500
# (key, field named in a refusal, in English, limit) of an indicator, then of each of its inputs
TEXTS = (("name", "Tên chỉ tiêu", "Indicator name", MAX_NAME),
          ("name_en", "Tên chỉ tiêu tiếng Anh", "English indicator name", MAX_NAME),
          ("unit", "Đơn vị tính", "Unit", MAX_UNIT), ("unit_en", "Đơn vị tính tiếng Anh", "English unit", MAX_UNIT),
          ("source", "Nguồn", "Source", MAX_NOTE), ("note", "Ghi chú", "Note", MAX_NOTE))
INPUT_TEXTS = (("label", "Tên", "Name", MAX_LABEL), ("label_en", "Tên tiếng Anh", "English name", MAX_LABEL),
                ("unit", "Đơn vị tính", "Unit", MAX_UNIT),
                ("unit_en", "Đơn vị tính tiếng Anh", "English unit", MAX_UNIT))
INPUT_NAMES = {"value": ("giá trị", "value"), "numerator": ("tử số", "numerator"),
           "denominator": ("mẫu số", "denominator"), "flag": ("ô Có/Không", "yes/no box"),
           "previous": ("số năm trước", "last year's figure"), "baseline": ("số gốc", "baseline")}


def hidden(text: str) -> list[str]:
    """The characters of `text` that print nothing or steer the line (Unicode Cc and Cf)."""
    return [c for c in text if unicodedata.category(c) in ("Cc", "Cf")]


def shown(text: str) -> str:
    """`text` with what prints nothing written out ("bhyt<U+200B>"), for a refusal to name it."""
    return "".join(f"<U+{ord(c):04X}>" if unicodedata.category(c) in ("Cc", "Cf") else c for c in text)


def look(text: str) -> str:
    """What `text` looks like once printed: two names with the same `look` cannot be told apart."""
    t = unicodedata.normalize("NFKC", text or "")
    t = "".join(c for c in t if unicodedata.category(c) not in ("Cc", "Cf"))
    t = t.translate(_UPPER).casefold().translate(_LOWER)
    return " ".join(unicodedata.normalize("NFC", t).split())


def typed_name(text: str, field: str = "Tên chỉ tiêu") -> str:
    """A name typed in the province's editor, as stored: NFC, one line, without what prints
    nothing (a zero-width space pasted with it); refused with a direction mark, which would
    show its words in another order than they are stored."""
    bidi = sorted({c for c in text or "" if c in DIRECTION_MARKS})
    if bidi:
        chars = ", ".join(f"U+{ord(c):04X}" for c in bidi)
        raise InvalidInput(f'{field} "{shown(text)}" có ký tự đổi chiều chữ ({chars}): tên sẽ hiện khác chữ '
                           "đã lưu. Hãy gõ lại tên, không dán kèm ký tự đó.", field=field,
                           en=f'{field} "{shown(text)}" holds a character reversing the text ({chars}): the name '
                              "would show other than it is stored. Type the name again, without that character.")
    t = unicodedata.normalize("NFC", text or "")
    t = "".join(c if unicodedata.category(c) not in ("Cc", "Cf") else " " * c.isspace() for c in t)
    return " ".join(t.split())


def _indicator(d: dict) -> str:
    return f'chỉ tiêu số {d.get("no")} "{shown(str(d.get("name")))}" (mã {shown(str(d.get("code")))})'


def _cut(value) -> str:
    text = shown(str(value))
    return text if len(text) <= 60 else text[:60] + "…"


def check_texts(d: dict) -> None:
    """Refuse an indicator `d` (as the catalogue writes it) with a text longer than its bound
    (`MAX_NAME`, `MAX_LABEL`, `MAX_UNIT`, `MAX_NOTE`): the province's editor before adding it,
    `check_catalogue` for every indicator of a draft published or an update imported."""
    fields = [(d, key, field, en, limit, "", "") for key, field, en, limit in TEXTS]
    baseline = d.get("baseline")
    for i in [*(d.get("inputs") or []), *([dict(baseline, field="baseline")] if isinstance(baseline, dict) else [])]:
        if isinstance(i, dict):
            what, what_en = INPUT_NAMES.get(str(i.get("field")), (_cut(i.get("field")), _cut(i.get("field"))))
            fields += [(i, key, field, en, limit, f" {what}", f" ({what_en})") for key, field, en, limit in INPUT_TEXTS]
    for holder, key, field, en, limit, of, of_en in fields:
        text = holder.get(key)
        if isinstance(text, str) and len(text) > limit:
            n = f"{len(text):,}"
            named = f'chỉ tiêu số {_cut(d.get("no"))} "{_cut(d.get("name"))}" (mã {_cut(d.get("code"))})'
            named_en = f'the indicator no. {_cut(d.get("no"))} "{_cut(d.get("name"))}" (code {_cut(d.get("code"))})'
            raise InvalidInput(f"{field}{of}: {named} có {field[:1].lower()}{field[1:]}{of} dài {n.replace(',', '.')} ký tự, "
                               f"quá giới hạn {limit} ký tự.", field=f"{field}{of}",
                               en=f"{en}{of_en}: {named_en}: the text is {n} characters long, more than the "
                                  f"limit of {limit}.")


def _indicator_en(d: dict) -> str:
    return f'the indicator no. {d.get("no")} "{shown(str(d.get("name")))}" (code {shown(str(d.get("code")))})'


def _unit(d: dict) -> str:
    return f'{shown(str(d.get("name")))} (mã {shown(str(d.get("code")))})'


def _unit_en(d: dict) -> str:
    return f'{shown(str(d.get("name")))} (code {shown(str(d.get("code")))})'


def same_name(name: str, others: list[dict], but: dict | None = None) -> dict | None:
    """The first of `others` (indicators or units, as the catalogue writes them) named like `name`."""
    key = look(name)
    return next((o for o in others if o is not but and look(str(o.get("name"))) == key), None)


def refuse_same_name(new: dict, others: list[dict]) -> None:
    """The province's editor: `new` (an indicator being added) is not named like another."""
    twin = same_name(new["name"], others, new)
    if twin is not None:
        raise InvalidInput(f'Tên chỉ tiêu: {_indicator(new)} trùng tên với {_indicator(twin)}. Hai chỉ tiêu không '
                           "được mang cùng một tên, kể cả khi chỉ khác chữ hoa, chữ thường, dấu cách hay ký tự "
                           "không in ra; hãy đặt tên khác.", field="Tên chỉ tiêu",
                           en=f"Indicator name: {_indicator_en(new)} has the name of {_indicator_en(twin)}. Two "
                              "indicators cannot bear one name, even differing only in case, spaces or characters "
                              "that print nothing; choose another name.")


def _bad_name(d: dict) -> bool:
    name = d.get("name")
    return not isinstance(name, str) or not name.strip() or bool(hidden(name)) \
        or unicodedata.normalize("NFC", name) != name


def check_catalogue(document: dict, official_units: set[str] | None = None) -> None:
    """Refuse a catalogue document with a text of an indicator longer than its bound
    (`check_texts`), whose codes are not written as the program writes them, whose names hold
    what prints nothing (or are not NFC), or where two indicators or two units are named alike;
    `official_units`: the 92 units' codes, which the units must be among."""
    indicators, units = document.get("indicators") or [], document.get("communes") or []
    for d in indicators:  # first: a refusal below names the indicator by its whole name
        check_texts(d)
    for d in indicators:
        code = d.get("code")
        if not isinstance(code, str) or not INDICATOR_CODE.fullmatch(code):
            twin = next((o for o in indicators if o is not d and isinstance(code, str)
                         and look(str(o.get("code"))) == look(code)), None)
            like, like_en = (f" Mã này trông như mã của {_indicator(twin)}.",
                             f" It looks like the code of {_indicator_en(twin)}.") if twin else ("", "")
            raise InvalidInput(f'Mã chỉ tiêu: {_indicator(d)} có mã không đúng dạng phần mềm ghi (chữ thường '
                               f'a-z không dấu, số và dấu gạch dưới, bắt đầu bằng chữ).{like}', field="Mã chỉ tiêu",
                               en=f"Indicator code: {_indicator_en(d)} has a code not written as the program writes "
                                  f"one (lower-case a-z without diacritics, digits and underscores, starting with a "
                                  f"letter).{like_en}")
    for n, d in enumerate(indicators):
        if _bad_name(d):
            raise InvalidInput(f"Tên chỉ tiêu: {_indicator(d)} có tên chứa ký tự không in ra hoặc không chuẩn "
                               "Unicode NFC.", field="Tên chỉ tiêu",
                               en=f"Indicator name: {_indicator_en(d)} has a name holding characters that print "
                                  "nothing, or not in Unicode NFC.")
        twin = same_name(d["name"], indicators[:n])
        if twin is not None:
            raise InvalidInput(f"Tên chỉ tiêu: {_indicator(d)} trùng tên với {_indicator(twin)}.",
                               field="Tên chỉ tiêu",
                               en=f"Indicator name: {_indicator_en(d)} has the name of {_indicator_en(twin)}.")
    for d in units:
        code = d.get("code")
        if not isinstance(code, str) or not UNIT_CODE.fullmatch(code) \
                or (official_units is not None and code not in official_units):
            twin = next((o for o in units if o is not d and (
                look(str(o.get("name"))) == look(str(d.get("name")))
                or look(str(o.get("code"))) == look(str(code)).translate(_CODE_LIKE))), None)
            like, like_en = (f" Mã này trông như mã của {_unit(twin)}.",
                             f" It looks like the code of {_unit_en(twin)}.") if twin else ("", "")
            count = len(official_units or ()) or 92
            raise InvalidInput(f"Mã đơn vị: {_unit(d)} có mã không phải mã 5 chữ số của một trong {count} xã, "
                               f"phường của tỉnh.{like}", field="Mã đơn vị",
                               en=f"Unit code: {_unit_en(d)} has a code that is not the 5-digit code of one of the "
                                  f"province's {count} communes and wards.{like_en}")
    for n, d in enumerate(units):
        if _bad_name(d):
            raise InvalidInput(f"Tên đơn vị: {_unit(d)} có tên chứa ký tự không in ra hoặc không chuẩn Unicode NFC.",
                               field="Tên đơn vị",
                               en=f"Unit name: {_unit_en(d)} has a name holding characters that print nothing, or "
                                  "not in Unicode NFC.")
        twin = same_name(d["name"], units[:n])
        if twin is not None:
            raise InvalidInput(f"Tên đơn vị: {_unit(d)} trùng tên với {_unit(twin)}.", field="Tên đơn vị",
                               en=f"Unit name: {_unit_en(d)} has the name of {_unit_en(twin)}.")
