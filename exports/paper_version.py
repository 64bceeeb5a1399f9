"""Which version's paper a file prints (walk U24 F3): the paper of an approval is the one of the version that
APPROVED it, whichever version prints it later. A period approved and exported as "Báo cáo số 45" by 0.2.0 and
exported again by 0.3.0 printed "thay thế Báo cáo số 27/BC-UBND ngày …" where the 0.2.0 paper said "thay bản
mã …", and in 2030 its table would have switched to the five-year running totals (`report_rows.PAPER_3`): the
same number, another paper.

A new approval records the version approving it in its snapshot (`"app_version"`, the snapshot's JSON otherwise
unchanged); an approval without it was made before 0.3.0, and is printed as 0.2.0 printed it. A file of an
approval made by an earlier version than its writer states that version in `paper_version` (`Thông tin`, covered
by the signature only when present: every other file's payload is what it was); the province checks the file's
`Báo cáo` sheet and the PDF's pages in that version's form (`printed_version`). Both forms are renders of the same
signed data, so a file stating an earlier form than its writer gains a forger nothing: it prints no figure, code
or number the data do not hold, and a PDF whose paper states an earlier form than it prints is another paper
than the render (exports/FORMAT.md, "Thông tin" keys)."""
from __future__ import annotations

import json
import unicodedata

from desktop_app.core.errors import TamperedFile
from desktop_app.core.periods import format_date
from desktop_app.core.quoting import quoted
from desktop_app.core.vietnam_time import stated_day

BEFORE_0_3 = "0.2.0"  # the paper of an approval whose snapshot states no version: the last version before 0.3.0
PAPER_VERSION_SINCE = (0, 2, 0)  # the earliest version a file may state it prints (every version since prints it)
ISSUED_SINCE = (0, 3, 0)  # the first version naming a replaced report by the number it was issued with


def version_of(text: str) -> tuple[int, ...]:
    """"0.2.0" as (0, 2, 0); () for a version not written so ("", "0+unknown")."""
    parts = text.strip().split(".")
    return tuple(int(x) for x in parts) if all(x.isascii() and x.isdigit() for x in parts) else ()


def printed_version(sub) -> str:
    """The version whose paper a submission prints: its `paper_version` when it states one, else its writer's."""
    return sub.paper_version or sub.app_version


def names_issued(sub) -> bool:
    """Whether the paper of `sub` names the report a re-approval replaces by its number (from 0.3.0)."""
    return version_of(printed_version(sub)) >= ISSUED_SINCE


def approved_by(snapshot: str | None) -> str:
    """The version that made an approval, from its snapshot (`BEFORE_0_3` when the snapshot states none)."""
    try:
        stated = json.loads(snapshot or "{}").get("app_version")
    except (ValueError, AttributeError):
        stated = None
    return stated if isinstance(stated, str) and version_of(stated) else BEFORE_0_3


def paper_version(snapshot: str | None, writer: str) -> str:
    """What a file of the approval whose snapshot is `snapshot` written by version `writer` states as
    `paper_version`: the approving version when it is earlier than the writer, else "" (the writer's own)."""
    made = approved_by(snapshot)
    return made if version_of(writer) and version_of(made) < version_of(writer) else ""


# The versions whose paper this program prints (`report_rows.form_of`): every release since 0.2.0, up to this one,
# the last being the program's own (tests/exports/test_paper_version_known.py). A new release adds itself here.
PAPERS = ("0.2.0", "0.3.0")


def known_paper(paper: str) -> bool:
    """Whether `paper` is a version that printed a paper this program knows (`PAPERS`), or one later than this
    program, whose paper it cannot know and treats as a later version's (red-team R31 F5: "0.2.9", a version
    that never printed one, was read as 0.2.0's paper)."""
    return paper in PAPERS or version_of(paper) > version_of(PAPERS[-1])


def check_paper_version(paper: str, app: str, name: str, label: str) -> None:
    """Refuse a `paper_version` that is not a version of three numbers earlier than the writer's `app`, whose
    paper this program knows (`known_paper`)."""
    if not paper:
        return
    if not (len(paper) <= 11 and all(p.isascii() and p.isdigit() and (p == "0" or p[0] != "0")
                                     for p in paper.split(".")) and len(paper.split(".")) == 3
            and PAPER_VERSION_SINCE <= version_of(paper) < version_of(app) and known_paper(paper)):
        hidden = next((f"U+{ord(c):04X}" for c in paper if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp")), "")
        hidden = f" (có ký tự ẩn {hidden})" if hidden else ""  # "0.2.0\u200b" was said "0.2.0", then refused
        raise TamperedFile(
            f'Tệp {name}, trang "Thông tin": "{label}" ghi "{quoted(paper, 40)}"{hidden}, '
            "không phải phiên bản phần mềm có mẫu báo cáo giấy "
            f"(nhận {', '.join(PAPERS)} hoặc phiên bản sau {PAPERS[-1]}, trước phiên bản lập tệp {quoted(app, 40)}; "
            "để trống khi bản in theo phiên bản lập tệp).",
            field="paper_version")


def paper_day(at: str, sub=None) -> str:
    """"05/04/2026": the day of a stored approval time as its paper prints it. On the paper of 0.3.0 and
    later, the day in Vietnam time (`vietnam_time.stated_day`); on the paper of an earlier version (`sub`'s
    `paper_version`, else `app_version`: an approval made by 0.2.0 printed again by 0.3.0) the date the stored
    time states, as 0.2.0 printed it (the approving laptop's: "2026-12-07T18:30:00+00:00", 01:30 on 8 December
    in Vietnam, printed 07/12/2026), so that the paper of an approval says the same whichever version prints
    it, and the province's render and notes of it match (S131)."""
    day = stated_day(at) if sub is None or version_of(printed_version(sub)) >= ISSUED_SINCE else None
    return format_date(day) if day else f"{at[8:10]}/{at[5:7]}/{at[:4]}"
