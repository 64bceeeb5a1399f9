"""Vietnamese typed in a legacy 8-bit font, found and turned into Unicode.

Old reports were typed with .VnTime/.VnArial fonts (TCVN3, also called ABC) or VNI-Times fonts
(VNI-Windows): the file holds Latin-1 characters that only those fonts draw as Vietnamese. Pasted
into this program, "Thu ngân sách" arrives as "Thu ng©n s¸ch" (TCVN3) or "Thu ngaân saùch" (VNI)
and would print as such on the signed report, in the Excel file and in the province's data.

Detection is by words, not by characters: a symbol such as "©" or "µm" alone is not a report
typed in TCVN3. A word counts as legacy when it is not a Vietnamese syllable as it stands, holds a
character the legacy encoding uses and Vietnamese Unicode never does, and reads as a Vietnamese
syllable once converted. A line is legacy with two such words (or one word with two such
characters) and more of them than words with Unicode-only Vietnamese letters (ư, ơ, đ, ạ, ế…,
which neither legacy encoding can hold). Ordinary Unicode Vietnamese therefore never qualifies:
its words are syllables already and hold none of those characters.

TCVN3 is one character per letter: the table is the VN3 table of TCVN 5712:1993 (the lower-case
letters with their tones, and the seven capitals Ă Â Ê Ô Ơ Ư Đ; toned capitals were drawn by
the .VnTimeH fonts from the lower-case codes, so they come back lower-case). VNI writes a base
letter followed by mark characters ("aâ" â, "aù" á, "eá" ế, "ôø" ờ), plus single characters
for đ, ư, ơ and the toned i's and ỵ.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from desktop_app.core.errors import InvalidInput

TCVN3 = "TCVN3"
VNI = "VNI"
FONTS = {TCVN3: "TCVN3 (.VnTime)", VNI: "VNI-Windows (VNI-Times)"}

# TCVN 5712:1993, table VN3: byte (read as Latin-1) → letter.
_TCVN3_TABLE = dict(zip(
    "¡¢£¤¥¦§¨©ª«¬\xad®"
    "µ¶·¸¹" "»¼½¾Æ" "ÇÈÉÊË" "ÌÎÏÐÑ" "ÒÓÔÕÖ" "×ØÜÝÞ" "ßáâãä" "åæçèé" "êëìíî" "ïñòóô" "õö÷øù" "úûüýþ",
    "ĂÂÊÔƠƯĐăâêôơưđ"
    "àảãáạ" "ằẳẵắặ" "ầẩẫấậ" "èẻẽéẹ" "ềểễếệ" "ìỉĩíị" "òỏõóọ" "ồổỗốộ" "ờởỡớợ" "ùủũúụ" "ừửữứự" "ỳỷỹýỵ",
    strict=True))
_TCVN3 = str.maketrans(_TCVN3_TABLE)
# The codes Vietnamese Unicode never holds (á, é, ô… are letters of both).
_TCVN3_ONLY = frozenset(c for c in _TCVN3_TABLE if not unicodedata.name(c).startswith("LATIN"))
_TCVN3_ONLY |= frozenset("ÆÇËÎÏÐÑÖØÜÞßäåæçëîïñöøûüþ")  # letters of other languages

# VNI-Windows: marks written after the letter, in lower and upper case.
_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT = "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"
_CIRC, _BREVE = "\u0302", "\u0306"
_TONES = dict(zip("ùøûõï", (_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT), strict=True))
_WITH_CIRC = dict(zip("âáàåãä", ("", _ACUTE, _GRAVE, _HOOK, _TILDE, _DOT), strict=True))
_WITH_BREVE = dict(zip("êéèúüë", ("", _ACUTE, _GRAVE, _HOOK, _TILDE, _DOT), strict=True))
_VNI_LETTERS = {"ñ": "đ", "ô": "ơ", "ö": "ư", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ"}
_VNI_ONLY = frozenset("øûïåäëüñöæîØÛÏÅÄËÜÑÖÆÎ")

_LETTER = "A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f" + re.escape("".join(_TCVN3_TABLE))
_WORD = re.compile(f"[{_LETTER}]+")
# A unit right after a number, as Word types it: µ (U+00B5) and · are TCVN3's "à" and "ã", but
# "50 µm", "0,45µm", "300 N·m", "5 mg·L" are micrometres and newton-metres, no evidence of an old
# font (two of them on a short line would outnumber its Unicode words).
_UNIT = re.compile(r"(?<=\d)[ \u00a0\u202f]?(?:[A-Za-z]{0,2}µ[A-Za-z]{1,3}|[A-Za-z]{1,3}(?:·[A-Za-z]{1,3})+)"
                   f"(?![{_LETTER}])")
# Letters only Unicode can hold (ă, đ, ơ, ư and the toned letters of Latin Extended Additional).
_UNICODE_ONLY = re.compile("[\u0100-\u01ff\u1ea0-\u1ef9]")
# Quick test before the word by word reading: most texts hold no character of either encoding.

# A Vietnamese syllable without its tone: onset, vowels, final consonant.
_SYLLABLE = re.compile(
    "(ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?"
    "(uyê|uya|uyu|uây|uôi|ươi|ươu|iêu|yêu|oai|oay|oeo|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi"
    "|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|oo|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)"
    "(ch|ng|nh|c|m|n|p|t)?")
_TONE_MARKS = frozenset((_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT))


@dataclass(frozen=True)
class Legacy:
    """Text found typed in a legacy font: which encoding, and the text in Unicode (NFC)."""
    encoding: str  # TCVN3 or VNI
    converted: str

    @property
    def font(self) -> str:
        return FONTS[self.encoding]


class LegacyText(InvalidInput):
    """A text refused because it reads as a legacy font's bytes; `legacy` carries its Unicode."""

    def __init__(self, message: str, legacy: Legacy, field: str, en: str):
        super().__init__(message, field=field, en=en)
        self.legacy = legacy


def is_syllable(word: str) -> bool:
    """A Vietnamese syllable written as Vietnamese is: lower case, upper case or capitalised
    (a capital inside a lower-case word is how TCVN3's toned letters look: "kÕt"); one tone at
    most, on a vowel that may carry it (`_tone_fits`); a stop final (c, ch, p, t) only with the
    sắc or nặng tone."""
    if not (word.islower() or word.isupper() or word.istitle()):
        return False
    letters = [unicodedata.normalize("NFD", c) for c in unicodedata.normalize("NFC", word.lower())]
    toned = [(i, m) for i, c in enumerate(letters) for m in c[1:] if m in _TONE_MARKS]
    base = "".join(unicodedata.normalize("NFC", "".join(m for m in c if m not in _TONE_MARKS)) for c in letters)
    match = _SYLLABLE.fullmatch(base)
    if match is None or len(toned) > 1:
        return False
    final, tone = match.group(3), toned[0][1] if toned else None
    if final in ("c", "ch", "p", "t") and tone not in (_ACUTE, _DOT):
        return False
    if tone is None:
        return True
    start, end = match.span(2)
    return _tone_fits(base[start:end], toned[0][0] - start, bool(final))


def _tone_fits(nucleus: str, at: int, closed: bool) -> bool:
    """The tone on the vowel Vietnamese spelling puts it on: a vowel with a circumflex, breve or horn;
    else the last vowel before a final consonant, the middle one of three, the first of two ("áo",
    "mùa"), either of oa, oe, uy ("hoà" and "hòa" are both written)."""
    if not 0 <= at < len(nucleus):
        return False
    if any(c in "ăâêôơư" for c in nucleus):
        return nucleus[at] in "ăâêôơư"
    if len(nucleus) == 1 or nucleus in ("oa", "oe", "uy"):
        return True
    if closed:
        return at == len(nucleus) - 1
    return at == (1 if len(nucleus) == 3 else 0)


def tcvn3_to_unicode(text: str) -> str:
    return unicodedata.normalize("NFC", text.translate(_TCVN3))


def vni_to_unicode(text: str) -> str:
    """Each mark joins the vowel before it; a mark after anything else stays as it is."""
    out: list[str] = []
    for c in text:
        low, prev = c.lower(), out[-1] if out else ""
        base = unicodedata.normalize("NFD", prev)
        marks = _vni_marks(base[:1].lower(), base[1:], low)
        if marks is not None:
            out[-1] = unicodedata.normalize("NFC", base + marks)
        elif low in _VNI_LETTERS:
            letter = _VNI_LETTERS[low]
            out.append(letter if c == low else letter.upper())
        else:
            out.append(c)
    return unicodedata.normalize("NFC", "".join(out))


def _vni_marks(base: str, has: str, mark: str) -> str | None:
    """The combining marks VNI's `mark` adds to the letter `base` (already marked `has`), or None."""
    if not base:
        return None
    if base in "aeo" and not has and mark in _WITH_CIRC:
        return _CIRC + _WITH_CIRC[mark]
    if base == "a" and not has and mark in _WITH_BREVE:
        return _BREVE + _WITH_BREVE[mark]
    if base in "aeiouy" and has in ("", "\u031b") and mark in _TONES:  # \u031b: the horn of ơ, ư
        return _TONES[mark]
    return None


_CONVERT = {TCVN3: tcvn3_to_unicode, VNI: vni_to_unicode}
# What in a word is written only by an encoding (a VNI mark after a vowel: "aù" á, "eâ" ê).
_VNI_MARK = "[aeiouy][ùõâáàãêéèú]"
_OWN = {TCVN3: re.compile("[" + re.escape("".join(_TCVN3_ONLY)) + "]|(?<=[a-z])[ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ]"),
        VNI: re.compile("[" + re.escape("".join(_VNI_ONLY)) + "]|" + _VNI_MARK, re.IGNORECASE)}


def _evidence(words: list[str], encoding: str) -> tuple[int, int]:
    """(words that read as Vietnamese only in `encoding`, the most of its own codes in one)."""
    count = most = 0
    for word in words:
        own = _legacy_codes(word, encoding)
        if own:
            count += 1
            most = max(most, own)
    return count, most


@lru_cache(maxsize=8192)  # a report says the same words again and again
def _legacy_codes(word: str, encoding: str) -> int:
    """How many of `encoding`'s own codes the word holds, if it reads as a syllable only in it; else 0."""
    own = len(_OWN[encoding].findall(word))
    return own if own and _reads_only_in(word, encoding) else 0


def _reads_only_in(word: str, encoding: str) -> bool:
    """Not a syllable as it stands, a syllable converted from `encoding` ("lôc": lục in TCVN3)."""
    return len(word) > 1 and not is_syllable(word) and is_syllable(_CONVERT[encoding](word))


def _line_encoding(line: str) -> tuple[str | None, int]:
    """The legacy encoding one line (paragraph) is typed in, if it reads as one, and its word count."""
    if not any(own.search(line) for own in _OWN.values()):
        return None, 0
    words = _evidence_words(line)
    unicode_words = sum(1 for w in words if _UNICODE_ONLY.search(w))
    best, best_count = None, 0
    for encoding in (TCVN3, VNI):
        count, most = _evidence(words, encoding)
        if count > best_count and count > unicode_words and (count >= 2 or most >= 2):
            best, best_count = encoding, count
    return best, best_count


def _also_legacy(line: str, encoding: str) -> bool:
    """A line of a legacy text too weak to tell alone ("phô lôc 1": phụ lục 1): no Unicode-only
    letter, and a word that reads as a syllable only converted."""
    return not _UNICODE_ONLY.search(line) and any(_reads_only_in(w, encoding) for w in _evidence_words(line))


def _evidence_words(line: str) -> list[str]:
    """The line's words, but for the units written after a number ("50 µm", "300 N·m")."""
    return _WORD.findall(_UNIT.sub(" ", line))


def _unmapped_symbols(text: str) -> str:
    """Word pastes a symbol font's characters at U+F020–U+F0FF: their Latin-1 codes are meant."""
    return re.sub("[\uf020-\uf0ff]", lambda m: chr(ord(m.group()) - 0xF000), text)


def detect(text: str | None) -> Legacy | None:
    """The text in Unicode when some of its lines read as TCVN3 or VNI, else None. Only those
    lines are converted: a Unicode paragraph typed before a pasted one is left as it is."""
    if not text:
        return None
    source = _unmapped_symbols(text)
    if not any(own.search(source) for own in _OWN.values()):
        return None
    lines = source.split("\n")
    found = [_line_encoding(line) for line in lines]
    counts = {TCVN3: 0, VNI: 0}
    for encoding, count in found:
        if encoding:
            counts[encoding] += count
    if not any(counts.values()):
        return None
    encoding = max(counts, key=counts.get)
    convert = _CONVERT[encoding]
    converted = [convert(line) if own == encoding or _also_legacy(line, encoding) else line
                 for line, (own, _) in zip(lines, found, strict=True)]
    return Legacy(encoding, "\n".join(converted))


def _preview(text: str, most: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= most else line[:most].rstrip() + "…"


def refuse_legacy(text: str, field: str, field_en: str, *, as_typed: bool = False) -> str:
    """`text` when it is not typed in a legacy font, or the officer chose to keep it as typed
    (`as_typed`: the window's "Keep as typed", for the rare text the detection misreads); else
    LegacyText, naming the field, showing how its start reads in Unicode and how to convert it
    (the window offers it in one step)."""
    legacy = None if as_typed else detect(text)
    if legacy is None:
        return text
    shown, font = _preview(legacy.converted), legacy.font
    raise LegacyText(
        f"{field}: đoạn văn có vẻ gõ bằng phông {font}, sẽ in ra thành ký tự lạ; chưa lưu. "
        f"Chuyển sang Unicode thì đọc là: «{shown}». Trong cửa sổ chương trình, dán lại đoạn văn và "
        f"chọn «Chuyển sang Unicode»; hoặc dùng Unikey (Công cụ chuyển mã, Ctrl+Shift+F6: nguồn "
        f"{legacy.encoding}, đích Unicode) rồi nhập lại.",
        legacy, field=field,
        en=f"{field_en}: the text seems typed in a {font} font and would print as odd characters; "
           f"not saved. In Unicode it reads: «{shown}». In the program's window, paste it again and "
           f"choose «Convert to Unicode»; or use Unikey (conversion tool, Ctrl+Shift+F6: source "
           f"{legacy.encoding}, destination Unicode) and enter it again.")
