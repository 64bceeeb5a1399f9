"""Turning what an officer typed into checked values, or a message saying what to type.

Every check lives here so the window, the CLI and imports refuse the same things.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from decimal import ROUND_FLOOR, Decimal
from functools import lru_cache

from desktop_app.core.catalog import Indicator, InputField, fold
from desktop_app.core.errors import InvalidInput
from desktop_app.core.evaluation import Entry, at_precision
from desktop_app.core.input_examples import AMOUNT, RATE, WHOLE, Accepts
from desktop_app.core.numbers import MAX_DECIMALS, canonical, format_number
from desktop_app.core.typed_numbers import parse_number

# Units that count things, whose figures and targets are whole numbers: the catalogue's (hộ, người,
# trường, thôn, tổ, tổ chức, đơn vị, hồ sơ, vụ) and those of the resolutions' appendices (đảng viên,
# tiêu chí, bậc), with the administrative units. Every other unit may have decimals: money (đồng,
# USD, tỷ, triệu), lượt, tuổi, tấn, ha, %, a ratio: refusing the genuine "≥ 127,5 triệu đồng" or
# "74,6 tuổi" is the worse error (red team R34 F2). `counts_things` reads a unit.
COUNT_UNITS = ("hộ", "người", "trường", "xã", "phường", "thôn", "xóm", "tổ", "tổ chức", "đơn vị", "hồ sơ", "vụ",
               "đảng viên", "tiêu chí", "bậc", "cơ sở", "doanh nghiệp", "hợp tác xã", "cơ quan", "gia đình")
_COUNT = re.compile("(?:" + "|".join(sorted(map(re.escape, COUNT_UNITS), key=len, reverse=True)) + r")(?=$|[\s,;(])")
# What makes a figure one per something ("Người (bác sĩ/vạn dân)", "Số bác sĩ/vạn dân", "bình quân"):
# a ratio or an average, which has decimals (17,5 doctors per 10.000 people).
_PER = re.compile(r"/|\bbình quân\b|\btrung bình\b|\bmật độ\b")
# A fall in percentage points (no "%" typed: the unit is "điểm %"), and a growth rate (which may
# be negative): an example of a rate such as 85,5% would be out of their usual range.
POINTS = Accepts("points", ("1,5",), negative=False)
GROWTH = Accepts("rate", ("8,5", "8,5%"), negative=True)
# A sum in million đồng: whole, as the province assigns and sums it (4.450.844 triệu đồng; the
# catalogue gives such results no decimals): a refusal never suggests a decimal, which
# `check_entry` would refuse as finer than the result (`beyond_precision`).
MONEY = Accepts("whole", ("1.234.567",), negative=False)
MAX_TEXT = 4000
FLOAT_DIGITS = 15  # significant digits any decimal number keeps through a binary float (DBL_DIG)
MAX_NARRATIVE = 20_000  # one section of a report: about six printed pages
# C0 and C1 control characters but tab and line feed: invisible, and Excel and XML refuse them.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# What XML 1.0 cannot hold (its production "Char") but C0 controls (`_CONTROL`): the surrogates
# (half a character, which UTF-8 cannot write either), U+FFFE and U+FFFF. lxml, under every
# workbook writer, refuses them; and no file the program wrote holds them, so a reader drops
# them without changing what any genuine file says.
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# The other Unicode noncharacters (U+FDD0-U+FDEF, the last two code points of every plane:
# U+1FFFE …): they print nothing and XML discourages them, but holds them. Dropped from what a
# person types (`typed_text`), kept in what is read: a report approved with one by an older
# version was written with it, and its approval code covers it.
_NONCHARACTERS = re.compile("[\ufdd0-\ufdef" + "".join(
    chr(plane << 16 | 0xFFFE) + chr(plane << 16 | 0xFFFF) for plane in range(1, 17)) + "]")

YES = {"có", "co", "c", "x", "yes", "y", "đạt", "dat", "true"}
NO = {"không", "khong", "k", "no", "n", "không đạt", "khong dat", "false"}
# "1"/"0" is how a yes/no is stored and how files of older versions carry it: read there, refused
# where a person types it. In "Đơn vị không có ma túy (Có/Không)" an officer typing 0 meant
# "0 cases", which 0 = Không recorded as the unit NOT drug-free (walk U16).
STORED_FLAGS = {"1": True, "0": False}

SIGNER_TITLES = ("Chủ tịch", "Phó Chủ tịch")

OP_SYNONYMS = {"=": "=", "≥": "≥", ">=": "≥", "=>": "≥", ">": ">", "≤": "≤", "<=": "≤", "=<": "≤", "<": "<"}


@lru_cache(maxsize=4096)  # asked for every figure a province reads (92 files: thousands), of a few dozen fields
def counts_things(unit: str | None, *names: str | None) -> bool:
    """Whether a figure in `unit` counts things, so is a whole number: the unit begins with one of
    `COUNT_UNITS` (case aside: "Hộ", "thôn, tổ", "Người (…)"), and neither it nor any of `names`
    (the field's label, the indicator's name) makes it one per something (`_PER`: "Người (bác
    sĩ/vạn dân)", "Số bác sĩ/vạn dân", "bình quân"). Any other unit may have decimals."""
    folded = [" ".join(unicodedata.normalize("NFC", t or "").casefold().split()) for t in (unit, *names)]
    return bool(_COUNT.match(folded[0])) and not any(_PER.search(t) for t in folded)


def accepts(spec: InputField, allow_negative: bool = False, *, whole: bool | None = None) -> Accepts:
    """What `parse_quantity` takes in a field, for the examples its refusals show: a count a
    whole number, a rate in % a percentage, an amount a decimal. `whole`: whether the field
    counts things (`counts_things` of its unit and label if None)."""
    if spec.unit == "%":
        return GROWTH if allow_negative else RATE
    whole = counts_things(spec.unit, spec.label) if whole is None else whole
    kind = (POINTS if spec.unit == "điểm %" else MONEY if spec.unit == "triệu đồng"
            else WHOLE if whole else AMOUNT)
    return replace(kind, negative=True) if allow_negative else kind


def parse_quantity(text, spec: InputField, *, allow_negative: bool = False, max_percent: bool = True,
                   most: int | None = None, whole: bool | None = None) -> Decimal | None:
    """A number for one input field, checked against the field's unit (the English of a
    refusal names the field and its unit in English where the catalogue has them). `most`: the
    highest a caller takes that refuses more itself (a target, `check_target_level`), so that an
    ambiguous text is offered no reading above it. `whole`: whether the field counts things, so
    takes whole numbers only (`counts_things` of its unit and label if None)."""
    name_en, unit_en = spec.english_label, spec.english_unit
    whole = counts_things(spec.unit, spec.label) if whole is None else whole
    if isinstance(text, (int, Decimal)) and not isinstance(text, bool):
        value, percent = Decimal(text), False
    else:
        takes = accepts(spec, allow_negative, whole=whole)
        if spec.unit in ("%", "điểm %") and (max_percent or most is not None):
            takes = replace(takes, most=100 if max_percent else most)
        parsed = parse_number(text, field=spec.label, field_en=name_en, accepts=takes)
        if parsed is None:
            return None
        value, percent = parsed.value, parsed.percent
    if percent and spec.unit != "%":
        raise InvalidInput(
            f"{spec.label}: đơn vị là {spec.unit}, không phải %. Gõ số {spec.unit}, không kèm dấu %.",
            field=spec.label,
            en=f"{name_en}: the unit is {unit_en}, not %. Type the figure in {unit_en}, without a % sign.",
        )
    if value < 0 and not allow_negative:
        raise InvalidInput(f"{spec.label}: không được âm. Gõ số từ 0 trở lên.", field=spec.label,
                           en=f"{name_en}: cannot be negative. Type a number from 0 up.")
    if whole and value != value.to_integral_value():
        below, above = _whole_numbers_around(value)
        raise InvalidInput(
            f"{spec.label}: đếm bằng {spec.unit}, phải là số nguyên, ví dụ {below} hoặc {above}.", field=spec.label,
            en=f"{name_en}: counted in {unit_en}, so a whole number, for example {plain(below)} or {plain(above)}.",
        )
    if spec.unit in ("%", "điểm %") and max_percent and value > 100:
        raise InvalidInput(f"{spec.label}: tỷ lệ không quá 100%.", field=spec.label,
                           en=f"{name_en}: a rate is at most 100%.")
    return value


def _whole_numbers_around(value: Decimal) -> tuple[str, str]:
    """The whole numbers on either side of a decimal typed for a count, as examples: 12,5 schools
    is told "12 hoặc 13", numbers the officer recognises as near what was typed. A fixed
    example such as "1.250" read as 1.250 schools to some and as one and a quarter to others."""
    below = value.to_integral_value(rounding=ROUND_FLOOR)
    return format_number(below, 0), format_number(below + 1, 0)


def parse_flag(text, spec: InputField, *, typed: bool = True) -> bool | None:
    """Có/Không as a person types it (a digit refused: `STORED_FLAGS`); `typed` False: as a file or
    a stored value carries it, "1"/"0" read too."""
    if text is None or isinstance(text, bool):
        return text
    t = " ".join(unicodedata.normalize("NFC", str(text)).strip().lower().split())
    if t == "":
        return None
    if t in YES:
        return True
    if t in NO:
        return False
    if t in STORED_FLAGS:
        if not typed:
            return STORED_FLAGS[t]
        raise InvalidInput(
            f'{spec.label}: ô này ghi Có hoặc Không, không nhận số "{t}": gõ C (Có) hoặc K (Không).',
            field=spec.label,
            en=f'{spec.english_label}: this cell takes Yes or No, not the number "{t}": '
               "type Y or C (Yes), N or K (No).")
    raise _flag_refused(text, spec)


def flag_beginning(text: str) -> bool | None:
    """What the letters typed so far in a Có/Không cell choose: True (Có) or False (Không)
    for an accepted word or its beginning ("c", "kh", "khon", "y", "x"); None for nothing
    typed, or a text no accepted word begins with ("q", "ca"), which `parse_flag` refuses
    when it is saved. No word of one answer begins as one of the other does, so the first
    letter decides."""
    t = " ".join(unicodedata.normalize("NFC", str(text or "")).strip().lower().split())
    if t:
        for answer, words in ((True, YES), (False, NO)):
            if any(word.startswith(t) for word in words):
                return answer
    return None


def _flag_refused(text, spec: InputField) -> InvalidInput:
    return InvalidInput(
        f'{spec.label}: chỉ nhận Có (gõ C) hoặc Không (gõ K), không nhận "{text}".',
        field=spec.label,
        en=f'{spec.english_label}: only Yes (type Y or C) or No (type N or K) is accepted, not "{text}".')


def parse_op(text: str) -> str:
    op = OP_SYNONYMS.get((text or "").strip())
    if op is None:
        raise InvalidInput(
            f'Phép so sánh "{text}" không hợp lệ. Dùng một trong: =, ≥ (hoặc >=), >, ≤ (hoặc <=), <.',
            field="Phép so sánh",
            en=f'The comparison "{text}" is not valid. Use one of: =, ≥ (or >=), >, ≤ (or <=), <.',
        )
    return op


def clean_text(text: str | None) -> str:
    """Free text as stored and printed: NFC, Unix line ends, no control characters, nothing XML
    cannot hold (U+FFFE, U+FFFF, a lone surrogate: a workbook could not be written), trimmed."""
    if not text:  # most optional texts of an item are empty
        return ""
    t = unicodedata.normalize("NFC", text)
    if not t.isprintable():  # line ends, control characters, U+FFFE to tidy: a printable text has none
        t = t.replace("\r\n", "\n").replace("\r", "\n")
        t = _NOT_XML.sub("", _CONTROL.sub("", t))
    return t.strip()


def typed_text(text: str | None) -> str:
    """What a person typed or pasted, as stored: `clean_text` without any noncharacter either
    (U+FDD0, U+1FFFE …), which prints nothing: nobody typed it knowingly."""
    t = clean_text(text)
    return t if t.isprintable() else _NONCHARACTERS.sub("", t)


def xml_safe(text: str) -> str:
    """`text` without what an XML 1.0 document cannot hold (`_XML_FORBIDDEN`), for a writer of
    workbooks: a text stored by an older version never stops an export. Nothing else of it
    changes."""
    return text if text.isprintable() else _XML_FORBIDDEN.sub("", text)


def without_format(text: str) -> str:
    """`text` without Unicode's format characters, which print nothing yet change how a text reads
    or prints: a direction override (pasted, "RTL" reads "LTR"), a zero-width space, a byte-order
    mark; reportlab prints some as black boxes (walk 21). Not the soft hyphen: in a text kept as
    typed in TCVN3 (.VnTime) it is the letter "ư"."""
    if text.isprintable():
        return text
    return "".join(c for c in text if c == "\xad" or unicodedata.category(c) != "Cf")


def one_line(text: str | None) -> str:
    """A short text printed on one line (the document's number): `typed_text` without what prints
    nothing or breaks the line (a direction mark, a zero-width space, a tab, a line break pasted
    with it), which the province's reader refuses in such a field."""
    t = typed_text(text)
    if t.isprintable():
        return t
    return " ".join("".join(c for c in t if unicodedata.category(c) != "Cf").split())


def parse_comment(text) -> str:
    """A cell's remark: a tab in it (cells of Excel pasted together) is a space on paper; format
    characters pasted with it are dropped (`without_format`)."""
    text = without_format(typed_text(text)).replace("\t", " ")
    if len(text) > MAX_TEXT:
        raise InvalidInput(f"Ghi chú dài {len(text)} ký tự, tối đa {MAX_TEXT}.", field="Ghi chú",
                           en=f"The comment is {len(text)} characters long, at most {MAX_TEXT}.")
    return text


def parse_narrative(text, title: str, title_en: str | None = None) -> str:
    """One section of the report's text, at most `MAX_NARRATIVE` characters (`title_en`:
    the section's English title, for the refusal's English; the Vietnamese one if None); format
    characters pasted with it are dropped (`without_format`), line breaks and tabs kept."""
    text = without_format(typed_text(text))
    if len(text) > MAX_NARRATIVE:
        length, most = format_number(len(text), 0), format_number(MAX_NARRATIVE, 0)
        raise InvalidInput(f"{title}: dài {length} ký tự, tối đa {most}. Hãy rút gọn, hoặc gửi phần chi "
                           "tiết thành văn bản riêng.", field=title,
                           en=f"{title_en or title}: {length} characters long, at most {most}. Shorten it, "
                              "or send the details as a separate document.")
    return text


def is_growth_rate(ind: Indicator) -> bool:
    """A growth rate entered directly (an amount in %): it may fall below zero, or rise above 100."""
    return ind.kind == "amount" and ind.unit == "%"


allows_negative = is_growth_rate  # only a growth rate may fall below zero


def beyond_precision(ind: Indicator, entry: Entry) -> tuple[InputField, Decimal] | None:
    """The figure of `entry` that is the indicator's result itself (an amount: the budget, a
    growth rate) when it has more decimals than the catalogue gives the result (`ind.decimals`:
    the budget in whole million đồng, as the province assigns it): (its field, the figure).
    None for any other: a count or a rate computed from the figures typed is rounded as shown,
    the figures themselves are not the result. The report, the file and the province's total
    carry the result at that precision: 1.234,5 would be 1.235 there, not what was typed."""
    if ind.kind != "amount" or entry.value is None or isinstance(entry.value, bool):
        return None
    spec = ind.input("value")
    if spec is None or entry.value == at_precision(entry.value, ind.decimals):
        return None
    return spec, entry.value


def precision_refused(ind: Indicator, spec: InputField, value: Decimal) -> InvalidInput:
    """Why a figure with more decimals than its indicator's result has is refused, naming the
    field, the precision and the two figures on either side of it ("gõ 1.234 hoặc 1.235")."""
    below, above = _around(value, ind.decimals)
    said, said_en = precision_words(ind, spec)
    return InvalidInput(f"{spec.label}: {said}: gõ {below} hoặc {above}.", field=spec.label,
                        en=f"{spec.english_label}: {said_en}: type {plain(below)} or {plain(above)}.")


def precision_words(ind: Indicator, spec: InputField) -> tuple[str, str]:
    """The precision an indicator's result is carried with, in words (Vietnamese, English):
    "tính đến đơn vị triệu đồng, không có phần lẻ", "tính đến 2 chữ số thập phân"."""
    if ind.decimals == 0:
        return (f"tính đến đơn vị {spec.unit}, không có phần lẻ",
                f"counted in whole {spec.english_unit}, without a fraction")
    return f"tính đến {ind.decimals} chữ số thập phân", f"at most {ind.decimals} decimal places"


def plain(whole: str) -> str:
    """A whole number as shown ("1.234") without its thousands points ("1234"), for an English
    sentence: its reader takes "1.234" for one and a quarter (walk U14 F9b). Decimals keep their
    comma, which no English reader takes for thousands before fewer than 3 digits."""
    return whole.replace(".", "") if "," not in whole else whole


def _around(value: Decimal, decimals: int) -> tuple[str, str]:
    """The figures at `decimals` decimals on either side of `value`, lower first."""
    quantum = Decimal(1).scaleb(-decimals)
    below = value.quantize(quantum, rounding=ROUND_FLOOR)
    return format_number(below, decimals), format_number(below + quantum, decimals)


def check_entry(ind: Indicator, entry: Entry, baseline: Decimal | None, *, precision: bool = True) -> None:
    """Cross-field checks once every field of an entry is known. `precision`: a figure that is the
    result itself has no more decimals than the result is carried with (`beyond_precision`), so
    what was typed is what the window, the report, the file and the province's total show; False
    for a file received, made by a version that let such a figure through (the province counts it
    as that version's report printed it, and says so: `recompute`)."""
    num, den = ind.input("numerator"), ind.input("denominator")
    beyond = beyond_precision(ind, entry) if precision else None
    if beyond is not None:
        raise precision_refused(ind, *beyond)
    if den and entry.denominator is not None and entry.denominator == 0:
        raise InvalidInput(f"{den.label}: phải lớn hơn 0.", field=den.label,
                           en=f"{den.english_label}: must be greater than 0.")
    if num and den and entry.numerator is not None and entry.denominator is not None:
        if entry.numerator > entry.denominator:
            numerator, denominator = format_number(entry.numerator, 2), format_number(entry.denominator, 2)
            raise InvalidInput(
                f"{num.label} ({numerator}) không được lớn hơn {den.label} ({denominator}): "
                "tỷ lệ sẽ vượt 100%.",
                field=num.label,
                en=f"{num.english_label} ({numerator}) cannot be greater than {den.english_label} "
                   f"({denominator}): the rate would exceed 100%.",
            )
    if ind.kind == "ratio_of_baseline" and baseline:
        count = entry.numerator if entry.numerator is not None else entry.value
        if count is not None and count > baseline:
            first, start = ind.inputs[0], ind.baseline
            raise InvalidInput(
                f"{first.label} ({format_number(count, 0)}) lớn hơn {start.label} "
                f"({format_number(baseline, 0)}): tỷ lệ sẽ vượt 100%.",
                field=first.label,
                en=f"{first.english_label} ({format_number(count, 0)}) is greater than {start.english_label} "
                   f"({format_number(baseline, 0)}): the rate would exceed 100%.",
            )


def parse_name(text: str, label: str, label_en: str | None = None) -> str:
    """A person's full name as typed: NFC, single spaces, at most 100 characters (`label_en`:
    the field's English name, for the refusal's English; `label` if None). A character that
    prints nothing (a zero-width space or a direction mark pasted with the name) is dropped:
    the province refuses a file whose names hold one."""
    name = typed_text(text)
    if not name.isprintable():
        name = "".join(c for c in name if unicodedata.category(c) != "Cf")
    name = " ".join(name.split())
    label_en = label_en or label
    if not name:
        raise InvalidInput(f"{label}: chưa nhập họ và tên.", field=label, en=f"{label_en}: no full name typed.")
    if len(name) > 100:
        raise InvalidInput(f"{label}: họ và tên dài quá 100 ký tự.", field=label,
                           en=f"{label_en}: the full name is longer than 100 characters.")
    return name


def parse_signer_title(text: str) -> str:
    """"Chủ tịch" or "Phó Chủ tịch", however typed ("pho chu tich UBND")."""
    t = fold(text)
    for title in SIGNER_TITLES:
        if t in (fold(title), fold(title + " UBND"), fold(title + " Ủy ban nhân dân")):
            return title
    raise InvalidInput(
        f'Chức vụ người ký "{text}" không hợp lệ. Chọn "Chủ tịch" hoặc "Phó Chủ tịch".',
        field="Chức vụ người ký",
        en=f'The signer\'s title "{text}" is not valid. Choose "Chủ tịch" (Chair) or "Phó Chủ tịch" (Vice-chair).',
    )


_TARGET = re.compile(r"^\s*(>=|=>|<=|=<|≥|≤|>|<|=)?\s*(.*?)\s*$", re.S)


def parse_target_text(text: str, boolean: bool = False) -> tuple[str | None, str]:
    """"≥ 95", ">= 95", "95", "Có" → (comparator, value text); "" → (None, "") to remove.
    The value is checked by `Workspace.set_own_target`; here only the split."""
    t = (text or "").strip()
    if not t:
        return None, ""
    if boolean:
        return "=", t.lstrip("=").strip()
    m = _TARGET.match(t)
    op, value = m.group(1) or "=", m.group(2)
    if not value:
        raise InvalidInput(f'Chỉ tiêu "{text}": thiếu giá trị sau phép so sánh, ví dụ "≥ 95".',
                           field="Giá trị chỉ tiêu",
                           en=f'Target "{text}": no value after the comparison, for example "≥ 95".')
    return op, value


_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$")


def parse_email(text: str, label: str, label_en: str | None = None) -> str:
    """One e-mail address, as a mail program will accept it in To: ("" clears it). Letters with
    diacritics are refused: Vietnamese government mail servers do not take them. (`label_en`:
    the field's English name, for the refusal's English; `label` if None.)"""
    address = clean_text(text)
    if address and (len(address) > 254 or not _EMAIL.match(address)):
        raise InvalidInput(f'{label}: "{address[:80]}" không phải địa chỉ thư điện tử. Nhập một địa chỉ '
                           "dạng ten@thainguyen.gov.vn, không dấu, không dấu cách.", field=label,
                           en=f'{label_en or label}: "{address[:80]}" is not an e-mail address. Type an address '
                              "such as ten@thainguyen.gov.vn, without diacritics or spaces.")
    return address


def target_is_whole(ind: Indicator) -> bool:
    """Whether a target of `ind` is a whole number: its unit counts things (`counts_things`), and
    neither its name nor its first field's label makes it one per something ("Số bác sĩ/vạn
    dân", in "Người": 17,5). A fall on last year is a percentage, never whole."""
    return ind.kind != "count_vs_last_year" and counts_things(ind.unit, ind.name, ind.inputs[0].label)


def parse_own_target(ind: Indicator, op, value, *, typed: bool = True) -> tuple[str, str]:
    """A commune's own target for a year of one indicator, as (operator, canonical value: "1"/"0"
    for yes/no): the rules of the leader's "Chỉ tiêu xã tự đặt", and of a file the province reads.
    `typed` False: a file received, whose version let a target above `check_target_level`'s 100
    through (the province reads it as that version's report printed it)."""
    op = parse_op(op)
    # A fall on last year is a percentage ("Giảm ≥ 5%"), not a count of accidents: typed as a rate.
    unit, unit_en = ("%", "%") if ind.kind == "count_vs_last_year" else (ind.unit, ind.unit_en)
    spec = replace(ind.inputs[0], label="Giá trị chỉ tiêu", unit=unit, label_en="Target value", unit_en=unit_en)
    whole = target_is_whole(ind)
    if ind.kind == "boolean":
        parsed = parse_flag(value, spec, typed=typed)
    else:
        # A growth rate's target may exceed 100 % as its result may (`is_growth_rate`); a typed
        # one above 100 is refused by `check_target_level`, naming what was typed.
        # The typed one's refusal offers no reading `check_target_level` refuses after (red team R27: "≥ 12.500"
        # for a coverage rate was told "gõ 12500 … hoặc 12,5", then 12500 refused as over 100 %).
        parsed = parse_quantity(value, spec, allow_negative=allows_negative(ind),
                                max_percent=not typed and ind.unit == "%" and not is_growth_rate(ind),
                                most=100 if typed and ind.kind in _AT_MOST_100 else None, whole=whole)
    if parsed is None:
        raise InvalidInput("Giá trị chỉ tiêu: chưa nhập.", field="Giá trị chỉ tiêu", en="Target value: not entered.")
    if typed and not isinstance(parsed, bool):
        check_target_level(ind.kind, parsed)
    return op, (("1" if parsed else "0") if isinstance(parsed, bool) else canonical(parsed))


# What a target of each kind whose result never exceeds 100 measures, as a refusal names it (and
# the unit of its 100): a share (numerator ÷ denominator, count ÷ baseline), a fall in points of
# such a share (giảm nghèo), a fall in percent on last year (road accidents: by more than 100 %
# there would be fewer than none). A growth rate (an amount in %) may exceed 100.
_AT_MOST_100 = {
    "ratio": ("tỷ lệ", "%", "a rate", "%"),
    "ratio_of_baseline": ("tỷ lệ", "%", "a rate", "%"),
    "reduction": ("mức giảm tỷ lệ", " điểm %", "a fall in a rate", " percentage points"),
    "count_vs_last_year": ("mức giảm so với cùng kỳ", "%", "a fall on the same period last year", "%"),
}
AT_MOST_100 = tuple(_AT_MOST_100)


def never_met(ind: Indicator, op: str, number: Decimal) -> tuple[str, str] | None:
    """Why no result of `ind` within its range can meet the target `op number` (the province's, its
    catalogue's: core/catalog_rules.check_target; a commune's own: `refuse_never_met`), and what is accepted
    instead (Vietnamese, English); None when a result can: a rate never exceeds 100 ("> 100"), a
    quantity but a growth rate is never below 0 ("< 0"). A growth rate may be negative or above 100:
    any target of it is left."""
    if ind.kind in AT_MOST_100 and op == ">" and number >= 100:
        return ("kết quả của chỉ tiêu này không vượt quá 100, không xã, phường nào đạt được; chỉ nhận “≥ 100”, "
                "“= 100” hoặc “> x” với x dưới 100"), ("the result of this indicator never exceeds 100, no commune "
                                                         "or ward could meet it; only “≥ 100”, “= 100” or “> x” with "
                                                         "x below 100 is accepted")
    if not allows_negative(ind) and op == "<" and number <= 0:
        why, why_en = (("mức giảm dưới 0 là tăng lên, không phải mức giảm", "a fall below 0 is a rise, not a fall")
                       if ind.kind in ("reduction", "count_vs_last_year") else
                       ("kết quả của chỉ tiêu này không dưới 0, không xã, phường nào đạt được",
                        "the result of this indicator is never below 0, no commune or ward could meet it"))
        return (f"{why}; chỉ nhận “≤ 0”, “= 0” hoặc “< x” với x lớn hơn 0",
                f"{why_en}; only “≤ 0”, “= 0” or “< x” with x above 0 is accepted")
    return None


def refuse_never_met(ind: Indicator, op: str, value: str) -> None:
    """Refuse a commune's own target (`parse_own_target`'s operator and canonical value) no result can meet
    (`never_met`, as the province's: red team R34 F4, a leader's own "< 0" could only be missed)."""
    number = Decimal(value)
    never = never_met(ind, op, number)
    if never:
        said = f"{op} {format_number(number, MAX_DECIMALS)}"
        raise InvalidInput(f'Chỉ tiêu tự đặt "{said}" của chỉ tiêu "{ind.name}": {never[0]}.', field="Giá trị chỉ tiêu",
                           en=f'Own target "{said}" of "{ind.name_en or ind.name}": {never[1]}.')


def check_target_level(kind: str, value: Decimal) -> None:
    """Refuse a target (the province's or a commune's own) that an indicator of `kind` can never
    reach: above 100 where its result never exceeds 100 (`_AT_MOST_100`)."""
    if kind not in _AT_MOST_100 or value <= 100:
        return
    what, unit, what_en, unit_en = _AT_MOST_100[kind]
    shown = format_number(value, MAX_DECIMALS)
    raise InvalidInput(f"Giá trị chỉ tiêu: {what} không quá 100{unit}, đã nhập {shown}. Gõ một số từ 0 đến 100.",
                       field="Giá trị chỉ tiêu",
                       en=f"Target value: {what_en} is at most 100{unit_en}, {shown} typed. Type a number from 0 "
                          "to 100.")


def check_carried_digits(value: Decimal) -> None:
    """Refuse a province target the catalogue-update file cannot carry exactly. The file writes it
    as a JSON number, which every installation, the older ones too, reads as a binary float: one
    holds any number of at most FLOAT_DIGITS significant digits exactly (a whole number is written
    as such, and has at most 15 digits), and no more (123.456.789.012.345,678901 came back as
    123.456.789.012.345,67, 999.999.999.999.999,999999 as 10^15, which every commune refused)."""
    digits = len(value.normalize().as_tuple().digits)
    if digits <= FLOAT_DIGITS:
        return
    shown = format_number(value, MAX_DECIMALS)
    raise InvalidInput(f"Giá trị chỉ tiêu: {shown} có {digits} chữ số; tệp cập nhật bộ chỉ tiêu chỉ ghi đúng số có "
                       f"tối đa {FLOAT_DIGITS} chữ số (phần nguyên và phần thập phân cộng lại), ví dụ "
                       "999.999.999.999.999 hoặc 123.456.789,123456. Hãy bớt chữ số thập phân.",
                       field="Giá trị chỉ tiêu",
                       en=f"Target value: {shown} has {digits} digits; the catalogue-update file carries exactly a "
                          f"number of at most {FLOAT_DIGITS} digits (before and after the decimal mark together), "
                          "for example 999,999,999,999,999 or 123,456,789.123456. Type fewer decimals.")
