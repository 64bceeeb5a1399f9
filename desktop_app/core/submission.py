"""The submission: what one commune states to the province for one period, as one plain value.

The printed report (exports/report_pdf.py) and the Excel file (exports/submission_xlsx.py)
are both written from a `Submission`, and its fingerprint, a SHA-256 over a canonical
serialisation of the data, is printed on the paper (first 16 hex digits, and in a QR code)
and stored in full in the file. The province's intake reads the file back into the same
model (`exports.submission_xlsx.read_submission`) and recomputes the fingerprint with the
same function, so paper and file are provably the same submission.

What the fingerprint covers (`fingerprint_payload`): the unit (code, name, kind), the
period, the catalogue version, every indicator item (inputs, baseline, value, target used,
verdict, progress and the texts the report prints, comment, notes; in format 2 also the
commune's own target and what was used from other periods) and the narrative. What it does
not cover: who prepared and signs, the document number and date, when the file was
generated, the app version and the approval state: a report re-printed the next day, or
approved later, is the same submission. Anyone can recompute it: it proves no origin.
Which earlier approval an approval replaces (`replaces`: the period reopened and approved
again) is printed on the paper only; the file does not carry it.

Format 2 adds the installation's Ed25519 signature over the whole document
(`signed_payload`: the fingerprint, the unit, period and catalogue, and every document
field, approval state included); `version_id` tells the versions of a unit's report apart
by that document. Once the leader has signed the report PDF digitally, the file also states
that PDF's SHA-256 (`signed_pdf_sha256`), covered by the same signature. exports/FORMAT.md
describes both exactly.

Qt-free; no database access: it is built from a `PeriodView` and the settings.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field, fields, replace
from decimal import Decimal
from functools import cached_property, lru_cache
from operator import attrgetter

from desktop_app.core.canonical import canonical_json as dumps
from desktop_app.core.catalog import fold
from desktop_app.core.doc_number import Issued, printed_number
from desktop_app.core.evaluation import (
    Evaluation,
    Verdict,
    assigned_tally,
    at_precision,
)
from desktop_app.core.numbers import canonical
from desktop_app.core.periods import Period, parse_period
from desktop_app.core.rows import NARRATIVE_SECTIONS, PeriodView
from desktop_app.core.signing import key_code, public_key, sign, verifies
from desktop_app.core.validation import clean_text, one_line
from desktop_app.core.vietnam_time import in_vietnam
from desktop_app.core.wording import remarks_text, summary_text
from desktop_app.core.workflow import State

FORMAT = "chitieu-submission"
FORMAT_VERSION = 2
# The fingerprint scheme of each file format: what a version-1 file's fingerprint covers
# never changes, so files written years ago keep verifying.
FINGERPRINT_SCHEMES = {1: "chitieu-submission-fingerprint/1", 2: "chitieu-submission-fingerprint/2"}
SIGNATURE_SCHEME = "chitieu-submission-signature/1"
# What format 2 adds to each item: the commune's own target for the year and its verdict,
# and what it used from other periods (so the province can recompute every verdict).
OWN_TARGET_FIELDS = ("own_target_op", "own_target_value", "own_target_text", "own_verdict")
USED_FIELDS = ("last_year", "earlier_total", "earlier_missing")
VERSION_2_FIELDS = OWN_TARGET_FIELDS + USED_FIELDS
SHORT_FINGERPRINT = 16

@dataclass(frozen=True)
class Item:
    """One indicator as the submission states it. Decimals are canonical strings
    ("9500", "95.25"); yes/no values are "1"/"0"; None is "not entered"."""

    code: str
    no: int
    name: str
    unit: str  # đơn vị tính: "%", "triệu đồng", "Có/Không"
    assigned: bool
    numerator: str | None = None
    denominator: str | None = None
    input_value: str | None = None  # the "value" input field (amounts, counts, a typed rate)
    flag: str | None = None
    previous: str | None = None
    baseline: str | None = None
    value: str | None = None  # the result, rounded as the report prints it
    value_text: str = ""  # "95,25", "12.500", "Có"
    target_op: str | None = None
    target_value: str | None = None
    target_text: str = ""  # "≥ 90", "Giảm ≥ 5% so với cùng kỳ"
    target_source: str = ""
    verdict: str = Verdict.CHUA_NHAP.value
    progress: str | None = None  # percent of the target reached so far
    compared_text: str = ""  # "95% chỉ tiêu", "Giảm 10% so với cùng kỳ"
    comment: str = ""
    notes: tuple[str, ...] = ()
    own_target_op: str | None = None  # the commune's own target for the year (format 2)
    own_target_value: str | None = None
    own_target_text: str = ""
    own_verdict: str = ""  # the year's result against it; "" without an own target
    last_year: str | None = None  # the same period a year before, as used (format 2)
    earlier_total: str | None = None  # the term's earlier years, summed, as used (format 2)
    earlier_missing: str = ""  # earlier years of a term total without a result: "2026,2027"

    @property
    def remarks(self) -> str:
        """The report's "Ghi chú" cell: the officer's comment, then the app's notes
        (`wording.remarks_text`: "; " between them, a space after a full stop)."""
        return remarks_text(self.comment, self.notes)


_ITEM_FIELDS = {f.name: f.name for f in fields(Item)}


@dataclass(frozen=True)
class Narrative:
    section: str  # "ket_qua", "han_che", "phuong_huong"
    title: str
    text: str


@dataclass(frozen=True)
class Replaced:
    """An earlier approval of the period that the submission's approval replaces: its code
    (fingerprint), when it was approved (ISO 8601, as the history keeps it), and why it was left:
    the leader's reason for reopening (`reopened`), or why the approval was voided. `issued`: the number,
    symbol and date its report went out to the province with (None: not exported with them, or not known),
    which the paper names (walk U20 F8: "thay thế Báo cáo số 45/BC-UBND ngày 08/04/2026"; from 0.3.0)."""

    fingerprint: str
    approved_at: str
    reason: str
    reopened: bool = True
    issued: Issued | None = None


@dataclass(frozen=True)
class Submission:
    unit_code: str  # national code, 5 digits
    unit_name: str  # "Xã Tân Cương"
    unit_kind: str  # "xã" or "phường"
    period: str  # period code: "2026-Q1", "2026-6M", "2026-9M", "2026"
    catalog_version: str
    items: tuple[Item, ...]
    narratives: tuple[Narrative, ...] = ()
    # --- the document, not covered by the fingerprint --------------------------------
    preparer: str = ""
    signer: str = ""
    signer_title: str = "Chủ tịch"
    doc_symbol: str = "BC-UBND"
    doc_number: str = ""  # blank: "Số:      /BC-UBND", the number is written by hand
    report_date: dt.date | None = None
    generated_at: str = ""  # ISO 8601 with the UTC offset
    app_version: str = ""
    approved: bool = False  # set by the approval workflow; False prints "DỰ THẢO"
    format_version: int = FORMAT_VERSION
    stated_fingerprint: str | None = field(default=None, compare=False)  # as read from a file
    # --- format 2: who approved, the history's head, and the installation's signature ----
    approved_by: str = ""
    approved_at: str = ""
    chain_head: str = ""  # the hash of the commune's audit chain when approved (or exported)
    public_key: str = ""  # the signing installation's Ed25519 public key, base64
    signature: str = ""  # its signature of `signed_payload`, base64
    # SHA-256 of the report PDF the leader signed digitally (PAdES), once signed: the pair
    # (this file, that PDF) is then provably the same report. "" in every file before.
    signed_pdf_sha256: str = ""
    # The version whose paper this file prints, when earlier than `app_version`: the one that approved it
    # (exports/paper_version.py, walk U24 F3). "" in every file before, and when it is the writer's.
    paper_version: str = ""
    # --- the paper only: never in the file, its fingerprint or its signature ---------------
    # The approval this one replaces (the period reopened, or its approval voided, then approved
    # again), from the period's history up to this approval: `replaced_approval`.
    replaces: Replaced | None = field(default=None, compare=False)

    # --- derived --------------------------------------------------------------------
    @property
    def period_obj(self) -> Period:
        return parse_period(self.period)

    @property
    def period_name(self) -> str:
        """"Năm 2026", "6 tháng đầu năm 2026"."""
        return self.period_obj.name

    @property
    def unit_short_name(self) -> str:
        return re.sub(r"^(Xã|Phường)\s+", "", self.unit_name)

    @property
    def unit_running_name(self) -> str:
        """The unit in running text: "xã Tân Cương"."""
        return running_name(self.unit_name)

    @property
    def assigned_items(self) -> list[Item]:
        return [i for i in self.items if i.assigned]

    @property
    def other_items(self) -> list[Item]:
        return [i for i in self.items if not i.assigned]

    @cached_property
    def canonical(self) -> bytes:
        """The canonical JSON its fingerprint is the hash of (`canonical_json`), made once."""
        return canonical_json(self)

    @cached_property
    def fingerprint(self) -> str:
        return hashlib.sha256(self.canonical).hexdigest()

    @property
    def short_fingerprint(self) -> str:
        return self.fingerprint[:SHORT_FINGERPRINT]

    @cached_property
    def key_code(self) -> str:
        """The signing key's short code printed on the paper ("" unsigned); asked of each file
        by every step of intake, so worked out once."""
        return key_code(self.public_key) if self.public_key else ""

    @property
    def signed(self) -> bool:
        return bool(self.signature)

    @cached_property
    def signed_bytes(self) -> bytes:
        """What a signature covers (`signed_payload`), made once: intake checks the signature
        and tells versions apart by it (`version_id`), for each of 3.321 files."""
        return signed_payload(self)

    def signature_valid(self) -> bool:
        """Whether the signature is the stated key's, over this very document."""
        return self.signed and verifies(self.public_key, self.signed_bytes, self.signature)

    @property
    def file_stem(self) -> str:
        """ASCII-safe for e-mail, with the unit's code (Xã Văn Lăng and Xã Văn Lang fold to the
        same words): "2026-6M_05665_xa-van-lang"."""
        return f"{self.period}_{self.unit_code}_{slug(self.unit_name)}"

    @property
    def qr_payload(self) -> str:
        """The submission identity the QR code on the paper carries."""
        key = f";key={self.key_code}" if self.key_code else ""
        return f"{FORMAT}/{self.format_version};unit={self.unit_code};period={self.period};fp={self.fingerprint}{key}"

    def summary_text(self) -> str:
        """"Vượt 3, Đạt 4, Không đạt 1, Chưa nhập 1" over the assigned indicators."""
        return summary_text(assigned_tally(self.items).verdicts)

    @property
    def is_ward(self) -> bool:
        """A phường, whose own words say "phường" where a xã's say "xã"."""
        return self.unit_kind == "phường"

    @property
    def unit_word(self) -> str:
        """"xã" or "phường": how the unit's own texts name it ("Phường tự đặt", never "Xã" for a ward)."""
        return "phường" if self.unit_kind == "phường" else "xã"

    def own_summary_sentence(self) -> str:
        """"Theo 4 chỉ tiêu xã tự đặt năm 2026: Vượt 3, Đạt 1, Không đạt 0." ("" without any)."""
        verdicts = [i.own_verdict for i in self.items if i.own_verdict]
        if not verdicts:
            return ""
        return (f"Theo {len(verdicts)} chỉ tiêu {self.unit_word} tự đặt năm {self.period_obj.year}: "
                f"{summary_text(verdicts)}.")

    @property
    def doc_number_text(self) -> str:
        """"Số: 05/BC-UBND", or "Số:      /BC-UBND" with room to write the number."""
        return number_text(self.doc_number, self.doc_symbol)

    @property
    def place_date_text(self) -> str:
        """"Tân Cương, ngày 24 tháng 11 năm 2026" (leading zero: days < 10, months 1-2)."""
        d = self.report_date or in_vietnam(dt.datetime.now().astimezone()).date()
        return f"{self.unit_short_name}, {date_words(d)}"

    @property
    def report_title(self) -> str:
        """The summary line under "BÁO CÁO"."""
        name = self.period_name
        return "Kết quả thực hiện các chỉ tiêu chủ yếu " + name[:1].lower() + name[1:]


def running_name(name: str) -> str:
    """A unit's name in running text, its prefix lowercase ("Xã Tân Cương" -> "xã Tân Cương",
    report-format.md): the commune's report and the province's name units so; a table's cell, a
    heading and a list keep the name as the catalogue writes it."""
    return name[:1].lower() + name[1:]


def date_words(d: dt.date) -> str:
    day = f"{d.day:02d}" if d.day < 10 else str(d.day)
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"ngày {day} tháng {month} năm {d.year}"


def slug(text: str) -> str:
    """"Xã Tân Cương" -> "xa-tan-cuong"."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "don-vi"


def number_text(number: str, symbol: str) -> str:
    """A document's number line: "Số: 05/BC-UBND" (a leading 0 below 10; typed "05/BC-UBND", the
    symbol is not printed twice), or "Số:      /BC-UBND" with room to write the number by hand when
    it is not given yet."""
    return f"Số: {printed_number(number, symbol) or ' ' * 6}/{symbol}"


def doc_symbol(prefix: str) -> str:
    """The report's symbol from the settings' prefix: "UBND" -> "BC-UBND"."""
    p = clean_text(prefix).upper().replace(" ", "")
    if not p:
        return "BC-UBND"
    return p if p.startswith("BC-") else f"BC-{p}"


# --- fingerprint -------------------------------------------------------------------------

# What the fingerprint covers of an item, by the file's format: each of its fields, by the same name.
_PAYLOAD_FIELDS = ("code", "no", "name", "unit", "assigned", "numerator", "denominator", "input_value", "flag",
                   "previous", "baseline", "value", "value_text", "target_op", "target_value", "target_text",
                   "target_source", "verdict", "progress", "compared_text", "comment", "notes")
# Each format's, in the order the canonical text sorts them: the encoder sorts each item's keys all
# the same, in one pass over keys already in order (a fifth of the serialisation of 3.321 files).
_PAYLOAD_NAMES = {1: tuple(sorted(_PAYLOAD_FIELDS)), 2: tuple(sorted(_PAYLOAD_FIELDS + VERSION_2_FIELDS))}
_PAYLOAD_VALUES = {version: attrgetter(*names) for version, names in _PAYLOAD_NAMES.items()}


def _item_payload(i: Item, version: int) -> dict:
    """An item's fields the fingerprint covers (`notes`, a tuple, is written as the JSON list it is read back as)."""
    version = 2 if version >= 2 else 1
    return dict(zip(_PAYLOAD_NAMES[version], _PAYLOAD_VALUES[version](i)))


def fingerprint_payload(sub: Submission) -> dict:
    """Everything the submission states, as plain JSON values."""
    return {
        "scheme": FINGERPRINT_SCHEMES[sub.format_version],
        "unit": {"code": sub.unit_code, "name": sub.unit_name, "kind": sub.unit_kind},
        "period": sub.period,
        "catalog_version": sub.catalog_version,
        "narratives": sorted(
            ({"section": n.section, "title": n.title, "text": n.text} for n in sub.narratives),
            key=lambda d: d["section"],
        ),
        "items": sorted((_item_payload(i, sub.format_version) for i in sub.items), key=lambda d: d["code"]),
    }


def canonical_json(sub: Submission) -> bytes:
    """What the fingerprint is the hash of (`desktop_app.core.canonical`)."""
    return dumps(fingerprint_payload(sub))


def fingerprint(sub: Submission) -> str:
    """SHA-256 (64 lowercase hex digits) of the canonical serialisation."""
    return sub.fingerprint


# --- building from the core ----------------------------------------------------------------

def _dec(v) -> str | None:
    if v is None:
        return None
    if isinstance(v, bool):
        return "1" if v else "0"
    return canonical(v)


def _rounded(v, decimals: int) -> str | None:
    if v is None or isinstance(v, bool):
        return _dec(v)
    return canonical(at_precision(v, decimals))


# The catalogue's texts an item carries (an indicator's name and unit, a target's words and
# source) are the same for every unit: each cleaned once (a pure function of the text: nothing
# can make it stale), not once for each of 30.000 items a consolidation recomputes.
_catalogue_text = lru_cache(maxsize=4096)(clean_text)


def item_from_row(row, comment: str | None = None) -> Item:
    """An `Item` from a `desktop_app.services.Row`; `comment`, when given, is kept as it is
    instead of the entry's (the province keeps a file's comment as stated: passed here, so
    the item is built once rather than built and copied)."""
    ind, e, ev = row.indicator, row.entry, row.evaluation
    notes = []
    for n in (*row.notes, ev.note):
        n = " ".join(clean_text(n).split())  # one line each: the file keeps one per line
        if n and n not in notes:
            notes.append(n)
    t, own = row.target, row.own_target
    return Item(
        code=ind.code, no=ind.no, name=_catalogue_text(ind.name), unit=_catalogue_text(ind.unit),
        assigned=ind.assigned,
        numerator=_dec(e.numerator), denominator=_dec(e.denominator), input_value=_dec(e.value),
        flag=_dec(e.flag), previous=_dec(e.previous), baseline=_dec(row.baseline),
        # the program's figure ("81,12", "Có"): nothing in it to clean
        value=_rounded(row.computed.value, ind.decimals), value_text=row.value_text,
        target_op=t.op if t else None, target_value=_dec(t.value) if t else None,
        target_text=_catalogue_text(row.target_text), target_source=_catalogue_text(t.source) if t else "",
        verdict=row.verdict.value, progress=_dec(ev.progress),
        compared_text=clean_text(row.compared_text),
        comment=clean_text(e.comment) if comment is None else comment,
        notes=tuple(notes),
        own_target_op=own.op if own else None, own_target_value=_dec(own.value) if own else None,
        own_target_text=clean_text(row.own_target_text),
        own_verdict=row.own_evaluation.verdict.value if row.own_evaluation else "",
        last_year=_dec(row.last_year), earlier_total=_dec(row.earlier_total),
        earlier_missing=",".join(map(str, row.missing_years)),
    )


def build_submission(view, settings, catalog_version: str, *, approved: bool = False,
                     report_date: dt.date | None = None, doc_number: str = "",
                     generated_at: dt.datetime | None = None,
                     app_version: str = "") -> Submission:
    """The submission of `view` (a `PeriodView`) with the people of `settings`.

    Every assigned indicator is stated; a supplementary one only when something was
    entered for it (or commented), or when the commune set its own target on it for the
    year (then "Chưa nhập" if nothing was entered: the target the leader set is never
    dropped from the report, and is counted in its own-target sentence), so the report
    does not list empty lines.
    """
    items = tuple(
        item_from_row(r) for r in view.rows
        if r.indicator.assigned or not r.entry.is_empty or r.entry.comment or r.own_target is not None
    )
    narratives = tuple(
        Narrative(code, title, clean_text(view.narratives.get(code)))
        for code, title in NARRATIVE_SECTIONS.items()
        if clean_text(view.narratives.get(code))
    )
    generated = generated_at or dt.datetime.now().astimezone()
    c = view.commune
    return Submission(
        unit_code=c.code, unit_name=clean_text(c.name), unit_kind=c.kind,
        period=view.period.code, catalog_version=catalog_version,
        items=items, narratives=narratives,
        preparer=clean_text(settings.preparer), signer=clean_text(settings.signer),
        signer_title=clean_text(settings.signer_title) or "Chủ tịch",
        doc_symbol=doc_symbol(settings.doc_prefix), doc_number=one_line(doc_number),
        report_date=report_date or in_vietnam(generated).date(),  # the day "Duyệt ngày" is said in (U25 F4)
        generated_at=generated.isoformat(timespec="seconds"),
        app_version=app_version,
        approved=approved,
    )


# --- rebuilding a stored submission ------------------------------------------------------

def view_as_approved(view, approved: Submission):
    """`view` (an approved period evaluated again from its snapshot) with the verdicts,
    progress and "So với chỉ tiêu" of `approved`, the submission as approved, wherever the
    program now judges or words them otherwise (a rule changed since: "Đạt chuẩn nông thôn
    mới" judged at its term's end, no accident as in the year before Đạt): the window and
    `chitieu show` say what the signed paper says. Figures and inputs are the snapshot's own."""
    stated = {i.code: i for i in approved.items}
    rows = []
    for r in view.rows:
        item = stated.get(r.indicator.code)
        if item is None:
            rows.append(r)
            continue
        progress = None if item.progress is None else Decimal(item.progress)
        evaluation = r.evaluation
        if (evaluation.verdict.value, evaluation.progress) != (item.verdict, progress):
            evaluation = Evaluation(Verdict(item.verdict), progress, evaluation.note)
        own = r.own_evaluation
        if own is not None and item.own_verdict and own.verdict.value != item.own_verdict:
            own = Evaluation(Verdict(item.own_verdict), own.progress, own.note)
        compared = item.compared_text if item.compared_text != r.compared_text else None
        rows.append(replace(r, evaluation=evaluation, own_evaluation=own, approved_compared=compared))
    counts: dict[Verdict, int] = {}
    for r in rows:
        counts[r.verdict] = counts.get(r.verdict, 0) + 1
    return PeriodView(view.commune, view.period, rows, view.narratives, view.rules, counts)


# --- what an approval replaces -----------------------------------------------------------

APPROVE, VOIDED = "approve", "approval_voided"  # the history's events of an approval and of its voiding


def replaced_approval(history, fingerprint: str) -> Replaced | None:
    """The approval that the period's latest approval (of `fingerprint`) replaces, from the
    period's history (oldest first; rows with `event`, `at`, `to_state`, `reason` and
    `fingerprint`, as the store keeps them): the approval before it, and the reason of the step
    that took the period out of that one (the leader's reopening, or an acknowledgement that
    voided it). None for a first approval, or a history whose latest approval is not of
    `fingerprint`. Only the history up to the latest approval is read, which later steps never
    change: the paper of an approval says the same whenever it is printed."""
    approvals = [k for k, h in enumerate(history) if h.event == APPROVE]
    if len(approvals) < 2 or history[approvals[-1]].fingerprint != fingerprint:
        return None
    before, latest = approvals[-2], approvals[-1]
    frozen = {State.APPROVED.value, State.SENT.value}
    left = next((h for h in history[before + 1:latest] if h.to_state not in frozen), None)
    reason = " ".join(clean_text(left.reason).split()) if left is not None else ""
    return Replaced(history[before].fingerprint or "", history[before].at or "", reason,
                    reopened=left is None or left.event != VOIDED)


# --- the signature ------------------------------------------------------------------------

def document_fields(sub: Submission) -> dict:
    """The parts of a submission its fingerprint does not cover: who, when, approved or not."""
    return {
        "preparer": sub.preparer, "signer": sub.signer, "signer_title": sub.signer_title,
        "doc_symbol": sub.doc_symbol, "doc_number": sub.doc_number,
        "report_date": sub.report_date.isoformat() if sub.report_date else "",
        "generated_at": sub.generated_at, "app_version": sub.app_version,
        "approved": sub.approved, "format_version": sub.format_version,
        "approved_by": sub.approved_by, "approved_at": sub.approved_at, "chain_head": sub.chain_head,
        "public_key": sub.public_key,
        # Only when there is one: the signed payload of every file written without it stays
        # exactly what it was, so those files keep verifying.
        **({"signed_pdf_sha256": sub.signed_pdf_sha256} if sub.signed_pdf_sha256 else {}),
        **({"paper_version": sub.paper_version} if sub.paper_version else {}),
    }


def signed_payload(sub: Submission, fingerprint: str | None = None) -> bytes:
    """What a format-2 signature covers: the whole document. The data through its fingerprint
    (a SHA-256 of all of it), then the unit, period and catalogue (again, for a reader of the
    signature alone), the approval, the people, the document number and date, the time it
    was made, the history's head and the key itself. `fingerprint`: the data's, hashed from
    the text it is stored as (the province checks its stored copies so, 3.321 at each
    consolidation, `ReportActions.submissions`), instead of serialising `sub`'s items again."""
    fingerprint = sub.fingerprint if fingerprint is None else fingerprint
    return dumps({"scheme": SIGNATURE_SCHEME, "fingerprint": fingerprint, "unit": sub.unit_code,
                  "period": sub.period, "catalog_version": sub.catalog_version,
                  "document": document_fields(sub)})


def version_id(sub: Submission) -> str:
    """The identity of one version of a submission, as the province tells versions apart:
    SHA-256 of everything its signature covers (`signed_payload`: the data's fingerprint and
    the whole document, approval state included) and the signature. The same figures sent
    approved after a draft, or signed after unsigned, are another version; the same file read
    twice is the same one."""
    return hashlib.sha256(sub.signed_bytes + b"\n" + sub.signature.encode("utf-8")).hexdigest()


def signed(sub: Submission, private_key: str) -> Submission:
    """`sub` signed by an installation's key (format 2)."""
    sub = replace(sub, format_version=2, public_key=public_key(private_key), signature="")
    return replace(sub, signature=sign(private_key, signed_payload(sub)))


def document_json(sub: Submission) -> str:
    """The document's parts and the signature, as the province stores them with the data."""
    return json.dumps({**document_fields(sub), "signature": sub.signature},
                      ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def submission_from_json(canonical_text: str, document_text: str) -> Submission:
    """The submission the province stored (`canonical` and `document_json`)."""
    c = json.loads(canonical_text)
    d = json.loads(document_text or "{}")
    items = []
    for i in c["items"]:
        # Keyed by Item's own field names: json.loads makes new strings of the keys, which a call
        # matches to its parameters by comparing text, not identity (for 30.000 items a consolidation
        # reads, 0,1 s of 0,28). An unknown key still fails in Item().
        i = {_ITEM_FIELDS.get(k, k): v for k, v in i.items()}
        i["notes"] = tuple(i["notes"])
        items.append(Item(**i))
    items.sort(key=lambda i: (not i.assigned, i.no))
    report_date = dt.date.fromisoformat(d["report_date"]) if d.get("report_date") else None
    return Submission(
        unit_code=c["unit"]["code"], unit_name=c["unit"]["name"], unit_kind=c["unit"]["kind"],
        period=c["period"], catalog_version=c["catalog_version"], items=tuple(items),
        narratives=tuple(Narrative(n["section"], n["title"], n["text"]) for n in c["narratives"]),
        preparer=d.get("preparer", ""), signer=d.get("signer", ""),
        signer_title=d.get("signer_title", "Chủ tịch"), doc_symbol=d.get("doc_symbol", "BC-UBND"),
        doc_number=d.get("doc_number", ""), report_date=report_date,
        generated_at=d.get("generated_at", ""), app_version=d.get("app_version", ""),
        approved=bool(d.get("approved")), format_version=d.get("format_version", 1),
        approved_by=d.get("approved_by", ""), approved_at=d.get("approved_at", ""),
        chain_head=d.get("chain_head", ""), public_key=d.get("public_key", ""),
        signature=d.get("signature", ""), signed_pdf_sha256=d.get("signed_pdf_sha256", ""),
        paper_version=d.get("paper_version", ""),
    )
