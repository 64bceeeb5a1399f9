"""A commune's settings that reach its documents: the unit, the people on the report, the
document symbol and the deadlines. An approval keeps a copy (`as_json`), so a report
re-printed later names the people who were on it when it was approved."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, fields

from desktop_app.core.errors import InvalidInput
from desktop_app.core.periods import Period, PeriodRules, in_sentence
from desktop_app.core.quoting import quoted
from desktop_app.core.submission import doc_symbol
from desktop_app.core.validation import typed_text


@dataclass(frozen=True)
class Settings:
    commune_code: str | None = None
    preparer: str = ""
    signer: str = ""
    signer_title: str = "Chủ tịch"
    doc_prefix: str = ""
    rules: PeriodRules = PeriodRules()

    @classmethod
    def from_json(cls, values: dict) -> "Settings":
        """From the database's settings (or an approval's copy of them). A value of a shape the
        program never writes (a list for the unit's code, a number for the period rules: written with
        sqlite3, which `audit verify` names) reads as unset rather than stopping every command with a
        traceback (H12: `period_rules = '5'` stopped `status` and `audit acknowledge`). The unit read so
        is not taken as never chosen: the workspace reads it once more, naming a damaged one
        (desktop_app/stored_unit.py)."""
        return cls(
            commune_code=_text(values.get("commune_code"), None),
            preparer=_text(values.get("preparer"), ""),
            signer=_text(values.get("signer"), ""),
            signer_title=_text(values.get("signer_title"), "Chủ tịch"),
            doc_prefix=_text(values.get("doc_prefix"), ""),
            rules=_rules(values.get("period_rules")),
        )

    def as_json(self) -> dict:
        return {"commune_code": self.commune_code, "preparer": self.preparer, "signer": self.signer,
                "signer_title": self.signer_title, "doc_prefix": self.doc_prefix,
                "period_rules": self.rules.__dict__.copy()}


def _text(value, unset):
    return value if isinstance(value, str) else unset


def _rules(value) -> PeriodRules:
    """The stored period rules: whole numbers under the rules' own names, else the default (their
    range is checked by PeriodRules itself, in words)."""
    names = {f.name for f in fields(PeriodRules)}
    if not isinstance(value, dict) or not value or not set(value) <= names \
            or any(type(v) is not int for v in value.values()):
        return PeriodRules()
    return PeriodRules(**value)


# The document symbol printed after the number ("Số: 05/BC-UBND-VP"): at most this many characters,
# "BC-" included. Commune symbols are "BC-UBND" (7), "BC-UBND-VP", "BC-UBND-VHXH" (12); the longest a
# unit writes, "BC-UBND-VPHĐND&UBND" (19), still prints "Số: 123/BC-UBND-VPHĐND&UBND" on one line of
# the 1.4 template's left column (11 pt, exports/official_page.fit_line); 20 letters of the widest
# ("BC-WWW…") break once after "BC-" and stay inside the column. The province's reader refuses more
# than 200 (exports/submission_format._one_line_each) and a line break: a symbol typed with one was
# saved, and the unit's own genuine file was then called tampered (red-team 26, F4).
DOC_SYMBOL_MOST = 20
_SYMBOL_MARKS = "-&. "  # a space is left out of the symbol (`doc_symbol`)
SENT_MOST = 200  # what the province's reader takes in one line of "Thông tin"
_REORDERING = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def parse_doc_prefix(text: str | None) -> str:
    """The document symbol as typed in Settings or `chitieu setup --doc-prefix` ("UBND-VP", "BC-UBND-VP";
    "" is the default, BC-UBND): NFC, trimmed, a character that prints nothing (pasted with it) left
    out; refused, naming "Ký hiệu văn bản" and what is accepted, when it holds a line break or another
    character than letters, digits, "-", "&", "." and spaces, or the symbol printed (`doc_symbol`) is
    longer than `DOC_SYMBOL_MOST`."""
    typed = "".join(c for c in typed_text(text) if unicodedata.category(c) != "Cf")
    other = next((c for c in typed if unicodedata.category(c)[0] not in "LM" and unicodedata.category(c) != "Nd"
                  and c not in _SYMBOL_MARKS), None)
    symbol = doc_symbol(typed)
    if other is not None:
        vi, en = _character(other)
    elif len(symbol) > DOC_SYMBOL_MOST:
        vi = f'báo cáo sẽ ghi ký hiệu "{quoted(symbol)}" dài {len(symbol)} ký tự'
        en = f'the report would print the symbol "{quoted(symbol)}", {len(symbol)} characters long'
    else:
        return typed
    raise InvalidInput(
        f'Ký hiệu văn bản "{quoted(typed)}": {vi}. Ký hiệu văn bản ghi trên một dòng, gồm chữ cái, chữ số, dấu gạch '
        f'nối (-), dấu & hoặc dấu chấm, báo cáo ghi tối đa {DOC_SYMBOL_MOST} ký tự kể cả "BC-" (ví dụ "UBND-VP": '
        'báo cáo ghi "Số: …/BC-UBND-VP"); để trống: BC-UBND.', field="Ký hiệu văn bản",
        en=f'Document symbol "{quoted(typed)}": {en}. The document symbol is one line of letters, digits, hyphens (-), '
           f'"&" or dots, the report printing at most {DOC_SYMBOL_MOST} characters including "BC-" (for example '
           '"UBND-VP": the report prints "Số: …/BC-UBND-VP"); empty: BC-UBND.')


def _character(c: str) -> tuple[str, str]:
    if c == "\n" or unicodedata.category(c) in ("Zl", "Zp"):
        return "có dấu xuống dòng", "it holds a line break"
    if c == "\t":
        return "có dấu tab", "it holds a tab"
    if c.isprintable() and not c.isspace():
        return f'có ký tự "{c}"', f'it holds "{c}"'
    return f"có ký tự ẩn U+{ord(c):04X}", f"it holds the hidden character U+{ord(c):04X}"


def refuse_unsendable_symbol(symbol: str, period: Period, approved: bool,
                             doing: tuple[str, str] | None = None) -> None:
    """Refuse to export a report whose symbol (an older version saved it, or its approval kept it)
    the province's reader refuses in a genuine file, calling it tampered: a line break, a tab, a
    control or direction character, more than `SENT_MOST` characters (the reader's own rule,
    exports/submission_reader._visible_each and submission_format._one_line_each). Naming the setting
    to fix, and for an approved report the new approval its symbol needs. `doing`: another step the
    symbol stops (core/workflow.py's `APPROVING`: refused at the approval, not at the export after
    it), said with the steps after the fix (the period back to Đang nhập, marked complete again)."""
    bad = next((c for c in symbol if unicodedata.category(c) in ("Zl", "Zp") or not c.isprintable()
                and unicodedata.category(c)[0] != "Z" and (unicodedata.category(c) != "Cf" or c in _REORDERING)), None)
    if bad is None and len(symbol) <= SENT_MOST:
        return
    vi, en = _character(bad) if bad is not None else (f"dài {len(symbol)} ký tự", f"is {len(symbol)} characters long")
    if doing is not None:  # the setting changed, a Complete period goes back (approval._before_printed_settings)
        raise InvalidInput(
            f'Không {doing[0]} được kỳ {in_sentence(period.name)}: ký hiệu văn bản "{quoted(symbol)}" {vi}, tỉnh sẽ '
            'từ chối tệp báo cáo như tệp đã bị sửa. Hãy sửa "Ký hiệu văn bản" ở Tệp › Cài đặt (hoặc chitieu setup … '
            f"--doc-prefix …): kỳ trở lại Đang nhập, đánh dấu Hoàn thành lại rồi {doing[0]}.", field="Ký hiệu văn bản",
            en=f'{period.name_en} cannot be {doing[1]}: its document symbol "{quoted(symbol)}" '
               f"{en.removeprefix('it ')}, and the province would refuse the report's file as tampered. Correct "
               '"Document symbol" in File › Settings (or chitieu setup … --doc-prefix …): the period goes back to '
               f"Entering; mark it complete again, then it can be {doing[1]}.")
    again_vi = (", rồi Lãnh đạo mở lại kỳ và duyệt lại (báo cáo đã duyệt giữ ký hiệu lúc duyệt)" if approved else "")
    again_en = (", then a leader reopens the period and approves it again (an approved report keeps the symbol it "
                "was approved with)" if approved else "")
    raise InvalidInput(
        f'Chưa xuất được báo cáo kỳ {in_sentence(period.name)}: ký hiệu văn bản "{quoted(symbol)}" {vi}, tỉnh sẽ từ '
        f'chối tệp như tệp đã bị sửa. Hãy sửa "Ký hiệu văn bản" ở Tệp › Cài đặt (hoặc chitieu setup … --doc-prefix '
        f"…){again_vi}, rồi xuất lại.", field="Ký hiệu văn bản",
        en=f'The report of {in_sentence(period.name_en)} cannot be exported: its document symbol "{quoted(symbol)}" '
           f"{en.removeprefix('it ')}, and the province would refuse the file as tampered. Correct \"Document symbol\" "
           f"in File › Settings (or chitieu setup … --doc-prefix …){again_en}, then export again.")
