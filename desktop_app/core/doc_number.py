"""The number and date an approved report is issued with ("Số: 01/BC-UBND", "ngày 18 tháng 6").

The number and date of an approved period are fixed at its first export for the province (the
period marked Đã gửi records them in its history, `issued_of`): each later export of the same
approval, from the window or a command, prints the same ones (`keep_issued`), and another number or
date is refused, naming the ones issued. A paper in circulation and the file the province keeps
then never carry two numbers for one approval (red-team 14, F3). A new number needs a new approval:
the leader reopens the period and approves it again. A draft is exported with any number. A restore
of a backup taken before that first export keeps them (`issued_after`, desktop_app/backups.py).

A number is typed as people write it, with its symbol or without ("01" or "01/BC-UBND"):
`without_symbol` keeps the number alone, so the paper does not print the symbol twice.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field

from desktop_app.core.errors import InvalidInput
from desktop_app.core.periods import Period, format_date, format_time, in_sentence
from desktop_app.core.validation import one_line

APPROVE, SENT = "approve", "sent"  # the history's events of an approval and of its report exported for the province


def without_symbol(number: str | None, symbol: str) -> str:
    """The document number as typed (`one_line`), without the report's `symbol` people write after
    it: "01/BC-UBND", "01 / bc-ubnd " -> "01"; "01" and a number of another symbol stay as typed."""
    typed = one_line(number)
    bare = re.sub(r"\s+", "", symbol or "").upper()
    if bare:
        found = re.fullmatch(r"(.*?)\s*/\s*" + r"\s*".join(re.escape(c) for c in bare) + r"\s*/?", typed,
                             flags=re.IGNORECASE)
        if found:
            typed = found.group(1)
    return typed.rstrip("/ ").strip()


def printed_number(number: str | None, symbol: str) -> str:
    """The number as the paper prints it before "/symbol": the symbol typed with it left out, a
    leading 0 below 10 ("5" -> "05"); "" when not given."""
    number = without_symbol(number, symbol)
    if number.isdigit() and len(number) < 2:
        number = number.zfill(2)
    return number


# A number as an office's register gives it ("15", "152a", "15.1", "03-TH"): the province's reader refuses in
# a typed text what changes how it reads, and a number is printed in a few millimetres of the heading. Its
# digits count the office's documents from 1: letters alone ("ABC", "Đ") or a zero ("0", "00") number none.
_NUMBER_LONGEST = 10  # characters of a document number
_NUMBER = re.compile(r"(?=.*[0-9])(?![0.]*$)[0-9A-Za-zĐđ](?:[0-9A-Za-zĐđ.\-]{0,%d}[0-9A-Za-zĐđ])?"
                     % (_NUMBER_LONGEST - 2))
NUMBER_FIELD = "Số văn bản"
# What prints like another number (red-team R6 F4, R7 F6): a letter O, o, l or I beside a digit ("2O", "l5"), or
# standing alone, next to no other letter ("1-I", "15.l": the paper shows 1-1 and 15.1). An office's suffix keeps
# its letters ("152a", "03-TH", "05-BC"), and leading zeros are its register's ("012"): numbers are compared
# without them (core/number_taken.py), so "012" is 12 to the program as on paper.
_LOOK_ALIKE = re.compile(r"(?<=[0-9])[OolI]+|[OolI]+(?=[0-9])|(?<![A-Za-zĐđ])[OolI]+(?![A-Za-zĐđ])")
_LIKE = str.maketrans("OolI", "0011")


def as_read(number: str) -> str:
    """The number as its paper reads, the letters that print like digits read as those digits (`_LOOK_ALIKE`):
    "2O" -> "20", "l5" -> "15", "1-I" -> "1-1"; "152a", "03-TH" as they are. An older version issued such
    numbers: compared with them, "20" is the number 2O was (red-team R7 F5)."""
    return _LOOK_ALIKE.sub(lambda found: found.group().translate(_LIKE), number)


def _look_alike(number: str, found: re.Match) -> tuple[str, str]:
    """Why `found` in `number` reads as digits, in Vietnamese and in English."""
    letters, digits = found.group(), found.group().translate(_LIKE)
    if found.start() > 0 and number[found.start() - 1].isdigit() or number[found.end():found.end() + 1].isdigit():
        where, where_en = "đứng cạnh chữ số", "beside a digit"
    else:
        where, where_en = "đứng một mình, không liền chữ cái nào", "standing alone, next to no other letter,"
    if len(letters) == 1:
        return (f'chữ "{letters}" {where}, in ra giống chữ số {digits}',
                f'the letter "{letters}" {where_en} prints like the digit {digits}')
    return (f'các chữ "{letters}" {where}, in ra giống các chữ số {digits}',
            f'the letters "{letters}" {where_en} print like the digits {digits}')


def checked_number(number: str | None, symbol: str) -> str:
    """The document number typed for a report not issued yet, as it is kept (`without_symbol`): ""
    for none (written by hand on the paper); refused, naming the field and what is accepted, when it
    is not a register's number."""
    kept = without_symbol(number, symbol)
    shown = kept if len(kept) <= 30 else kept[:29] + "…"
    if kept and _NUMBER.fullmatch(kept):
        look_alike = _LOOK_ALIKE.search(kept)
        if look_alike is None:
            return kept
        # "2O", "l5", "1-I": on paper 20, 15 and 1-1, another number to the program (red-team R6 F4, R7 F6)
        why, why_en = _look_alike(kept, look_alike)
        raise InvalidInput(
            f'Số văn bản "{shown}" dễ đọc nhầm trên bản in: {why}. Gõ số bằng chữ số, ví dụ {as_read(kept)}; chữ cái '
            "kèm theo số như 152a, 03-TH vẫn dùng được.", field=NUMBER_FIELD,
            en=f'The document number "{shown}" reads as another one on paper: {why_en}. Type the number in digits, '
               f"for example {as_read(kept)}; letters added to a number, as in 152a or 03-TH, can be used.")
    if not kept:
        return kept
    why, why_en = _faults(kept, symbol)
    refused = (f'Số văn bản "{shown}" không dùng được: {why}. Số văn bản gồm chữ số (có thể thêm chữ cái, dấu chấm '
               f"hoặc gạch nối), không phải số 0, không quá 10 ký tự, ví dụ 15 hoặc 15/{symbol}; hoặc ghi số viết tay "
               "trên bản in")
    refused_en = (f'The document number "{shown}" cannot be used: {why_en}. A document number is digits (letters, a '
                  f"dot or a hyphen may be added), not 0, at most 10 characters, for example 15 or 15/{symbol}; or "
                  "write the number by hand on the paper")
    raise ByHand((refused, refused_en))


class ByHand(InvalidInput):
    """A refusal of a document number whose words `said` (Vietnamese, English) end "… hoặc ghi số viết tay trên bản
    in", then say how that is done where the refusal is read (`how`, `saying_how`), then `after` (what became of
    the files written, core/number_taken.py). How differs by surface, so each adds its own: the window's number box
    ticks "Số viết tay trên bản in", `chitieu export` leaves out --number (walk U17: "để trống số văn bản" was the
    command line's way, read in the box, which takes no empty number on Enter)."""

    def __init__(self, said: tuple[str, str], after: tuple[str, str] = ("", ""), how: tuple[str, str] = ("", "")):
        super().__init__(f"{said[0]}{how[0]}.{_then(after[0])}", field=NUMBER_FIELD,
                         en=f"{said[1]}{how[1]}.{_then(after[1])}")
        self.said, self.after, self.how = said, after, how

    def saying_how(self, how: str, how_en: str) -> ByHand:
        """The same refusal, saying after "… trên bản in" how that is done here ("… trên bản in: đánh dấu …"); what
        a caller added at its end since it was raised ("Thư gửi tỉnh … chưa được soạn.", desktop_app/mail.py) kept."""
        made = type(self)(self.said, self.after, self.how)
        refusal = type(self)(self.said, self.after, (f": {how}", f": {how_en}"))
        refusal.message += self.message[len(made.message):]
        refusal.en += (self.en or "")[len(made.en):]
        refusal.args = (refusal.message,)
        return refusal


def _then(sentence: str) -> str:
    return f" {sentence}" if sentence else ""


def _add_look_alike(number: str, vi: list[str], en: list[str]) -> None:
    """`number`'s letters that print like digits (`_look_alike`), added to the faults `vi` and `en` when it has some."""
    found = _LOOK_ALIKE.search(number)
    if found is not None:
        why, why_en = _look_alike(number, found)
        vi.append(why)
        en.append(why_en)


_ALLOWED = re.compile(r"[0-9A-Za-zĐđ.\-]")


def _char_named(c: str) -> tuple[str, str]:
    """A character the number does not take, as the refusal names it: "dấu cách" for a space, else quoted."""
    return ("dấu cách", "a space") if c.isspace() else (f'"{c}"', f'"{c}"')


def _faults(kept: str, symbol: str) -> tuple[str, str]:
    """What is wrong with `kept`, a number `_NUMBER` refuses, in Vietnamese and in English (U4 F5): a "/" (another
    symbol typed after it: the report's is printed beside the box), the characters it does not take, named, its
    length when too long, no digit, zero, a dot or hyphen at an end, letters that print like digits (`_LOOK_ALIKE`):
    every fault at once ("2O/QĐ" was refused for its "/", then typed again, for its O). With a "/", the part before
    it is judged."""
    vi: list[str] = []
    en: list[str] = []
    number = kept
    if "/" in kept:
        number, after = (part.strip() for part in kept.split("/", 1))
        if after:
            vi.append(f'có dấu "/" và ký hiệu "{after}" gõ kèm, trong khi ký hiệu của báo cáo này là {symbol}, đã in '
                      "sẵn sau số")
            en.append(f'it has a "/" and the symbol "{after}" typed with it, while this report\'s symbol is {symbol}, '
                      "printed after the number already")
        else:
            vi.append(f'có dấu "/"; ký hiệu {symbol} đã in sẵn sau số')
            en.append(f'it has a "/"; the symbol {symbol} is printed after the number already')
        if _NUMBER.fullmatch(number):
            _add_look_alike(number, vi, en)  # "2O/QĐ": both faults at once, not the O at the second try
            if _NUMBER.fullmatch(as_read(number)):  # "0O" reads as 00: no number to suggest
                vi.append(f"chỉ gõ số: {as_read(number)}")
                en.append(f"type the number alone: {as_read(number)}")
            return "; ".join(vi), "; ".join(en)
    if number:
        _add_look_alike(number, vi, en)
        odd = list(dict.fromkeys(c for c in number if not _ALLOWED.fullmatch(c)))
        if odd:
            names = [_char_named(c) for c in odd]
            many = len(odd) > 1
            vi.append(("có các ký tự không dùng được: " if many else "có ký tự không dùng được: ")
                      + ", ".join(n for n, _ in names))
            en.append(("it has characters a number does not take: " if many else "it has a character a number does "
                       "not take: ") + ", ".join(n for _, n in names))
        if len(number) > _NUMBER_LONGEST:
            vi.append(f"dài {len(number)} ký tự, quá {_NUMBER_LONGEST} ký tự")
            en.append(f"it is {len(number)} characters long, over {_NUMBER_LONGEST}")
        if not re.search(r"[0-9]", number):
            vi.append("không có chữ số nào")
            en.append("it has no digit")
        elif re.fullmatch(r"[0.]*", number):
            vi.append("là số 0")
            en.append("it is zero")
        elif not odd and (number[0] in ".-" or number[-1] in ".-"):
            vi.append("bắt đầu hoặc kết thúc bằng dấu chấm hoặc gạch nối")
            en.append("it begins or ends with a dot or a hyphen")
    else:
        vi.append('trước dấu "/" không có số')
        en.append('there is no number before the "/"')
    if not vi:
        vi.append("không đúng dạng số văn bản")
        en.append("it is not in a document number's form")
    return "; ".join(vi), "; ".join(en)


@dataclass(frozen=True)
class Issued:
    """The number and date an approval's report was first exported with for the province (`symbol`:
    the report's, printed after the number; not recorded, the approval's snapshot keeps it).
    `recorded_at`: when the restore ran whose row recorded them, for an approval of that code this database
    has not exported since (core/restore_record.recorded_for); "" when its own history holds them."""
    doc_number: str
    report_date: dt.date
    symbol: str = field(default="BC-UBND", compare=False)
    recorded_at: str = field(default="", compare=False)

    def as_json(self) -> str:
        return json.dumps({"doc_number": self.doc_number, "report_date": self.report_date.isoformat()},
                          ensure_ascii=False, sort_keys=True)

    def said(self, symbol: str | None = None) -> tuple[str, str]:
        """"số 01/BC-UBND ngày 18/06/2026" ("số để trống, viết tay trên bản in, ngày …" for a number left blank), in
        Vietnamese and in English."""
        symbol = symbol or self.symbol
        number = printed_number(self.doc_number, symbol)
        day = format_date(self.report_date)
        if not number:
            return (f"số để trống, viết tay trên bản in, ngày {day}",  # no "(viết tay) /BC-UBND" (walk U20 F4)
                    f"number left blank, written by hand on the paper, dated {day}")
        return f"số {number}/{symbol} ngày {day}", f"number {number}/{symbol}, dated {day}"

    def logged(self) -> tuple[str, str]:
        """"số 01/BC-UBND, ngày 18/06/2026", "số để trống /BC-UBND, ngày …" (written by hand): what the change
        log says of the "sent" step, within the state's parentheses ("Đã gửi (…)"), so with none of
        its own; in Vietnamese and in English. `in_log` reads it back, and `said`'s older words."""
        number = printed_number(self.doc_number, self.symbol)
        day = format_date(self.report_date)
        if not number:
            return f"số để trống /{self.symbol}, ngày {day}", f"number left blank /{self.symbol}, dated {day}"
        return f"số {number}/{self.symbol}, ngày {day}", f"number {number}/{self.symbol}, dated {day}"


# The change log's words of a "sent" step, as `Issued.logged` writes them and as `Issued.said` wrote
# them before ("số để trống (viết tay) /BC-UBND ngày 03/12/2026"): the log's rows are chained, never
# rewritten, so older ones are read back to be shown in the interface's language.
_LOGGED = (re.compile(r"số để trống (?:\(viết tay\) )?/(?P<symbol>[^\s,]*),? ngày (?P<day>\d\d/\d\d/\d{4})"),
           re.compile(r"số (?P<number>\S.*)/(?P<symbol>[^/\s,]*),? ngày (?P<day>\d\d/\d\d/\d{4})"))


def in_log(detail: str) -> Issued | None:
    """The number and date a change log's "sent" row records (what is in "Đã gửi (…)"), from the
    words `Issued.logged` wrote, or `Issued.said` before; None for other words."""
    for pattern in _LOGGED:
        found = pattern.fullmatch(detail.strip())
        if found:
            try:
                day = dt.datetime.strptime(found["day"], "%d/%m/%Y").date()
            except ValueError:
                return None
            return Issued(found.groupdict().get("number") or "", day, found["symbol"])
    return None


def _issued(snapshot: str | None) -> Issued | None:
    try:
        found = json.loads(snapshot or "")
        return Issued(str(found["doc_number"]), dt.date.fromisoformat(found["report_date"]))
    except (ValueError, KeyError, TypeError):  # a step recorded before numbers were kept
        return None


def issued_in(step) -> Issued | None:
    """The number and date a step of a period's history issued: a "sent" step recording them; else None."""
    return _issued(step.snapshot) if step.event == SENT else None


def issued_of(history) -> Issued | None:
    """The number and date the period's latest approval was first exported with, from the period's
    history (oldest first; rows with `event` and `snapshot`, as the store keeps them): the first
    "sent" step after the latest approval that records them. None before its first export (and for
    one exported by a version that did not record them)."""
    step = _issuing(history)
    return _issued(step.snapshot) if step is not None else None


def _issuing(history):
    """The "sent" step of `issued_of` (None: none)."""
    latest = max((k for k, h in enumerate(history) if h.event == APPROVE), default=None)
    if latest is None:
        return None
    return next((h for h in history[latest + 1:] if h.event == SENT and _issued(h.snapshot)), None)


def issued_after(history, last: int, fingerprint: str) -> tuple[Issued, str] | None:
    """The number and date the report of code `fingerprint` was first exported with after row `last` of a
    period's history (a backup taken then, standing on its latest approval, of that code), and when that
    export was marked sent (its step's time), from the period's history as it went on (oldest first, as
    `issued_of` reads it): the first "sent" step after that row recording them whose code is that one,
    whichever approval it was under (the approval reopened and the same figures approved again: one code,
    which the province knows the report by). None when that approval was issued by then already, or no
    report of that code has been since."""
    then = [h for h in history if h.id <= last]
    latest = max((k for k, h in enumerate(then) if h.event == APPROVE), default=None)
    if latest is None or then[latest].fingerprint != fingerprint or issued_of(then) is not None:
        return None
    step = next((h for h in history if h.id > last and h.event == SENT and h.fingerprint == fingerprint
                 and _issued(h.snapshot)), None)
    return (_issued(step.snapshot), step.at) if step is not None else None


def keep_issued(issued: Issued, period: Period, symbol: str, number: str | None,
                date: dt.date | None) -> tuple[str, dt.date]:
    """The number and date an export of an approval already issued as `issued` prints: the same
    ones, whether `number` and `date` are left out (None, "") or given the same; another one is
    refused, naming the field, the one issued and how to get another (reopen, approve again). A date
    issued before the approval's day (an older version let it be chosen; `periods.check_report_date`
    refuses only a new one) is kept as it is: the paper in circulation carries it."""
    other_number = bool(one_line(number)) and printed_number(number, symbol) != printed_number(issued.doc_number, symbol)
    other_date = date is not None and date != issued.report_date
    if other_number or other_date:
        vi, en = issued.said(symbol)
        asked_vi = (f"số {printed_number(number, symbol)}/{symbol}" if other_number else "") + (
            (" " if other_number else "") + f"ngày {format_date(date)}" if other_date else "")
        asked_en = (f"number {printed_number(number, symbol)}/{symbol}" if other_number else "") + (
            (", " if other_number else "") + f"dated {format_date(date)}" if other_date else "")
        when = format_time(issued.recorded_at) if issued.recorded_at else ""
        raise InvalidInput(
            f"Báo cáo đã duyệt kỳ {in_sentence(period.name)} đã xuất gửi tỉnh với {vi}"
            + (f" (lần khôi phục lúc {when} đã ghi lại số và ngày đó từ dữ liệu lần đó thay thế: tỉnh đang giữ báo cáo "
               "cùng mã xác thực với số và ngày đó)" if when else "")
            + f": mỗi lần duyệt chỉ có một số văn bản và một ngày báo cáo, không xuất thành {asked_vi} được. Xuất lại "
            "thì để trống số và ngày, hoặc ghi đúng số và ngày đã xuất. Cần số hoặc ngày khác: Lãnh đạo mở lại kỳ báo "
            "cáo rồi duyệt lại.",
            field="Số văn bản" if other_number else "Ngày báo cáo",
            en=f"The approved report of {period.name_en} was already exported for the province with {en}" + (
                f" (the restore at {when} recorded that number and date from the data it replaced: the province holds "
                "the report of the same code with them)" if when else "") + ": one "
               f"approval has one document number and one report date, so it cannot be exported with {asked_en}. "
               "To export it again, leave the number and date out, or give the same ones. For another number or "
               "date, a leader reopens the period and approves it again.")
    return issued.doc_number, issued.report_date


def issued_elsewhere(issued: Issued | None, exported) -> tuple[str, str] | None:
    """Why `exported`, an approved report written to a file a moment ago, is not to be sent: another
    window or command exported the same approval meanwhile with another number or date (`issued`),
    in Vietnamese and in English; None when it carries the ones issued, or none was issued yet."""
    if issued is None or not exported.approved:
        return None
    symbol = exported.doc_symbol
    if (printed_number(exported.doc_number, symbol), exported.report_date) == (
            printed_number(issued.doc_number, symbol), issued.report_date):
        return None
    vi, en = issued.said(symbol)
    mine = Issued(exported.doc_number, exported.report_date, symbol).said()
    return (f"báo cáo đã duyệt đã được xuất gửi tỉnh ở cửa sổ hoặc lệnh khác với {vi}, còn tệp vừa ghi mang {mine[0]}",
            f"the approved report was exported for the province in another window or command with {en}, and the file "
            f"just written carries {mine[1]}")
