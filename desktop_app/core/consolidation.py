"""What the province counts: which units sent their report for a period (`Completeness`),
and the received figures consolidated per indicator (`Consolidation`), which the exports
write as the Phụ lục 2 workbook, the summary report and the DHIS2 and ADX files.

Qt-free and without I/O: the province office (`desktop_app.province`) reads the stored
submissions and the intake log and hands them here.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum
from functools import cached_property
from types import MappingProxyType

from desktop_app.core.catalog import Catalog, Commune, Indicator
from desktop_app.core.errors import InvalidInput
from desktop_app.core.evaluation import Verdict
from desktop_app.core.keys import UNSIGNED_ACCEPTED, KeyState
from desktop_app.core.numbers import format_number
from desktop_app.core.periods import Period, PeriodRules, format_date
from desktop_app.core.province_total import indicator_total, total_units
from desktop_app.core.recompute import recompute
from desktop_app.core.running import left_words, running_value, short_words, shows_running
from desktop_app.core.stated_earlier import on_file_line
from desktop_app.core.submission import Item, Submission, running_name
from desktop_app.core.term_end import term_end_title
from desktop_app.core.words import Words


class ReportStatus(StrEnum):
    """Where a unit stands for a period, as the completeness table says it."""

    DA_NHAN = "Đã nhận"
    TRE_HAN = "Trễ hạn"
    DU_THAO = "Dự thảo"
    CHUA_KY = "Chưa ký"  # only unsigned versions received, none accepted yet: not counted
    # kept version signed by a key that also signs another unit's files, still pending
    # (`desktop_app.core.keys.held_keys`): not counted until the province compares the key's code
    # with the signed papers and confirms (`--shared`) or revokes it; nothing was refused
    CHO_DOI_CHIEU = "Chờ tỉnh đối chiếu khóa"
    BI_TU_CHOI = "Bị từ chối"
    CHUA_GUI = "Chưa gửi"


class Count(StrEnum):
    """The columns of the per-indicator counts, in order (a column added later goes last, so
    the outputs' earlier columns keep their places)."""

    VUOT = Verdict.VUOT.value
    DAT = Verdict.DAT.value
    KHONG_DAT = Verdict.KHONG_DAT.value
    DANG_THUC_HIEN = Verdict.DANG_THUC_HIEN.value
    KHAC = "Khác"
    CHUA_BAO_CAO = "Chưa báo cáo"
    # An indicator judged only at year end (`Indicator.due_at`), before the year's report:
    # nothing is expected of any unit, so every unit it applies to is counted here.
    CHUA_DEN_KY = Verdict.CHUA_DEN_KY.value


KEY_PENDING = KeyState.CHO.value

# The units `Count.CHUA_BAO_CAO` counts whose counted report leaves the indicator without a figure
# (`IndicatorSummary.not_entered`), as the report's tables name them apart from those without a
# counted report: the commune's screen says "Chưa nhập" of such an indicator
NOT_ENTERED = Verdict.CHUA_NHAP.value

# What a summary row of an indicator assessed only at year end says before the year's report
# (`IndicatorSummary.shown`): its counts but "Chưa đến kỳ đánh giá" are "—", not 0 (at 6 months the
# window's row 9 read "Chưa báo cáo 0" beside 88 on the other rows: every unit as if it had reported,
# walk U1 F5), and why, as the report's table says it across them.
NOT_COUNTED = "—"
NOT_DUE_NOTE = Words(
    "Chưa đến kỳ đánh giá: chỉ tiêu đánh giá, xếp loại vào cuối năm. Ở kỳ này không đơn vị nào phải báo cáo "
    "chỉ tiêu này, nên không đơn vị nào được đếm vào các cột khác (“—”), kể cả cột Chưa báo cáo.",
    "Not yet assessed: the indicator is assessed and rated at year end. No unit reports it for this period, so "
    "no unit is counted in the other columns (“—”), not reported included.")

# What a blank share of units that met a target means (`IndicatorSummary.met_share`; when a target is
# judged: `wording.JUDGED_WHEN`)
SHARE_BLANK = "để trống khi chưa có đơn vị nào được đánh giá đạt hay không đạt"

DEFAULT_ISSUER = ("ỦY BAN NHÂN DÂN", "TỈNH THÁI NGUYÊN")


@dataclass(frozen=True)
class ProvinceSettings:
    issuer: tuple[str, str] = DEFAULT_ISSUER  # the issuing body, two lines in capitals
    place: str = "Thái Nguyên"
    preparer: str = ""
    signer: str = ""
    signer_title: str = "Phó Chủ tịch"
    doc_symbol: str = "BC-UBND"
    recipient: str = "Ban Thường vụ Tỉnh ủy Thái Nguyên"
    rules: PeriodRules = PeriodRules()


@dataclass(frozen=True)
class UnitStatus:
    no: int
    code: str
    name: str
    kind: str
    status: ReportStatus
    late: bool = False
    draft: bool = False
    generated_at: str = ""
    received_at: str = ""
    fingerprint: str = ""
    file_name: str = ""
    # why the last file of a refused unit was refused; of a received one, what the province
    # notes (a later draft not counted, a date of receipt taken from the file's own date, a shared key)
    reason: str = ""
    # the kept version's signature: the register's state of its key (desktop_app.core.keys:
    # "Chờ xác nhận" is shown marked), or "Chưa ký" / "Chưa ký, đã chấp nhận"; "" none kept
    key_state: str = ""
    key_code: str = ""
    # YYYY-MM-DD: the date of receipt of the kept version, which `late` is judged by (the batch's
    # date given at intake, or the file's modification date, never before the day a signed file says
    # it was made: `desktop_app.core.intake.judged_on`); `received_at` is when the program
    # read it. "" when not known (a version received before it was kept: judged by generated_at)
    received_on: str = ""
    # where `received_on` came from (`desktop_app.core.intake.judged_from`): "nhập" typed for the
    # folder, "tệp" the file's modification date, "lập" the day the file was made (its modification
    # date was earlier), "" not recorded
    received_from: str = ""
    # another key of the unit awaiting confirmation whose file was refused (`ProvinceOffice._waiting_note`):
    # its code; said in the status ("Đã nhận, khóa khác chờ xác nhận", walk U15), not among "pending",
    # whose words say the counted figures' key is not confirmed (`exports.consolidated_pdf.PENDING_MEANS`)
    waiting_key: str = ""

    @property
    def received(self) -> bool:
        """Received and counted in the consolidation."""
        return self.status in (ReportStatus.DA_NHAN, ReportStatus.TRE_HAN, ReportStatus.DU_THAO)

    @property
    def pending(self) -> bool:
        """Counted, but signed by a key the province has not confirmed yet."""
        return self.received and self.key_state == KEY_PENDING

    @property
    def missing(self) -> bool:
        """Nothing counted and nothing waiting for the province's decision (an unsigned version
        to accept, a shared key to compare with the paper)."""
        return not self.received and self.status not in (ReportStatus.CHUA_KY, ReportStatus.CHO_DOI_CHIEU)

    @property
    def status_text(self) -> str:
        """"Đã nhận", "Dự thảo, trễ hạn", "Đã nhận, khóa chờ xác nhận"; a counted file unsigned that
        the province accepted "Đã nhận (chưa ký, đã chấp nhận)" (walk U12, F10: plain "Đã nhận",
        only the "Khóa ký" column said it): exports/CONSOLIDATED.md, "Tình trạng"."""
        text = str(self.status)
        if self.status == ReportStatus.DU_THAO and self.late:
            text = f"{ReportStatus.DU_THAO}, trễ hạn"
        if self.received and self.key_state == UNSIGNED_ACCEPTED:
            return f"{text} ({UNSIGNED_ACCEPTED.lower()})"
        if self.pending:
            return f"{text}, khóa chờ xác nhận"
        return f"{text}, khóa khác chờ xác nhận" if self.waiting_key else text


# Why a unit among the refused had its file refused when the key that signed it is one the province
# revoked (its versions, or a file read since: "Khóa đã thu hồi"): a file came in its name and the
# province's own decision refuses it, which "chưa gửi" alone does not say (walk h8, #2)
REVOKED_WHY = "vì khóa ký tệp đã bị tỉnh thu hồi"

# The words of each figure of `Completeness.counts`, the one place the documents take them from
# (the window says them in its interface language: ui/province_labels.py). Every unit is in exactly
# one of "received" (counted; "late", "draft" and "pending" are among them), "unsigned" (waiting
# for the province's acceptance, not counted), "held" (signed by a key that signs for another unit
# too, waiting for the province to compare it with the paper, not counted) and "missing" ("refused"
# are among them, and "revoked" among those). A unit not counted is among an indicator's "Chưa báo
# cáo" (`Count`).
FIGURE_WORDS = {
    "received": "đã nhận {received}/{total}",
    "late": "trễ hạn {late}",
    "draft": "dự thảo {draft}",
    "pending": "{pending} đơn vị có khóa chờ xác nhận",  # units: the key register counts keys
    "unsigned": "chưa ký chờ chấp nhận {unsigned}",
    "held": "chờ tỉnh đối chiếu khóa {held}",
    "missing": "chưa gửi {missing}",
    "refused": "trong đó {refused} đơn vị có tệp bị từ chối",
    "revoked": "{revoked} đơn vị " + REVOKED_WHY,
}
FIGURE_UNITS = {
    "total": lambda u: True,
    "received": lambda u: u.received,
    "late": lambda u: u.received and u.late,
    "draft": lambda u: u.received and u.draft,  # among the counted: an unsigned draft waiting is "unsigned" only
    "refused": lambda u: u.status == ReportStatus.BI_TU_CHOI,
    "revoked": lambda u: u.status == ReportStatus.BI_TU_CHOI and u.key_state == KeyState.THU_HOI,
    "missing": lambda u: u.missing,
    "pending": lambda u: u.pending,
    "unsigned": lambda u: u.status == ReportStatus.CHUA_KY,
    "held": lambda u: u.status == ReportStatus.CHO_DOI_CHIEU,
}


@dataclass(frozen=True)
class Completeness:
    period: Period
    deadline: dt.date
    units: list[UnitStatus]

    @property
    def total(self) -> int:
        return len(self.units)

    def check_report_day(self, day: dt.date) -> None:
        """The report says "Đến ngày {day}, đã nhận báo cáo của N xã, phường": a day before a
        counted report's date of receipt would say it had arrived before it did (InvalidInput
        naming the latest one)."""
        dated = [u for u in self.units if u.received and u.received_on]
        last = max(dated, key=lambda u: u.received_on, default=None)
        if last is None or day >= dt.date.fromisoformat(last.received_on):
            return
        on = format_date(dt.date.fromisoformat(last.received_on))
        raise InvalidInput(
            f"Ngày báo cáo {format_date(day)} trước ngày nhận báo cáo của {last.name} ({on}): báo cáo sẽ ghi "
            f'"Đến ngày {format_date(day)}, đã nhận…" cả những báo cáo nhận sau ngày đó. Chọn ngày báo cáo từ {on} trở đi.',
            field="Ngày báo cáo",
            en=f"Report date {format_date(day)} is before the day {last.name}'s report was received ({on}): the report "
               f"would say \"By {format_date(day)}, received…\" of reports received later. Choose a date from {on} on.")

    @cached_property
    def counts(self) -> Mapping[str, int]:
        """Made once (the units do not change): the workbook, the report and its charts ask for
        it once per line, sheet and indicator, each a pass over 3.321 units."""
        return MappingProxyType({figure: sum(map(counted, self.units)) for figure, counted in FIGURE_UNITS.items()})

    def words(self, figure: str) -> str:
        """One figure of the completeness line as every document words it ("chưa gửi 85",
        "3 đơn vị có khóa chờ xác nhận"; `FIGURE_WORDS`): the CLI and the workbook in `text`,
        the report PDF in its section I."""
        return FIGURE_WORDS[figure].format(**self.counts)

    def refused_words(self) -> str:
        """What the completeness line says of the refused units after "chưa gửi N": "trong đó 2 đơn vị
        có tệp bị từ chối", and of those whose file the key the province revoked signed, why ("…, 1 đơn
        vị vì khóa ký tệp đã bị tỉnh thu hồi"; "… bị từ chối vì khóa ký tệp đã bị tỉnh thu hồi" when it is
        every one). "chưa gửi" counts them still, as every unit without a report counted (walk h8, #2)."""
        c = self.counts
        if not c["revoked"]:
            return self.words("refused")
        if c["revoked"] == c["refused"]:
            return f"{self.words('refused')} {REVOKED_WHY}"
        return f"{self.words('refused')}, {self.words('revoked')}"

    def units_in(self, figure: str) -> list[UnitStatus]:
        """The units a figure of `counts` counts, in catalogue order ("total": every unit)."""
        return [u for u in self.units if FIGURE_UNITS[figure](u)]

    @property
    def text(self) -> str:
        """"Đã nhận 87/92, trễ hạn 3, chưa gửi 5" (and drafts, pending keys, unsigned files and
        units awaiting the province's key check when any). The refused units are among those not sent: said after that figure, "chưa gửi 5
        (trong đó 1 đơn vị có tệp bị từ chối)" (`refused_words`)."""
        c = self.counts
        parts = [self.words("received"), self.words("late"), self.words("missing")]
        if c["refused"]:
            parts[-1] += f" ({self.refused_words()})"
        parts += [self.words(k) for k in ("draft", "pending", "unsigned", "held") if c[k]]
        text = ", ".join(parts)
        return text[:1].upper() + text[1:]

    @property
    def missing_units(self) -> list[UnitStatus]:
        return [u for u in self.units if u.missing]

    def missing_names(self) -> list[str]:
        return [u.name for u in self.missing_units]

    def reminder_text(self) -> str:
        """The missing units' names, ready to paste into a reminder e-mail."""
        names = self.missing_names()
        if not names:
            return f"Đã nhận đủ báo cáo {self._period_words()} của {self.total} xã, phường."
        lines = [f"Các xã, phường chưa gửi báo cáo {self._period_words()} (hạn gửi "
                 f"{format_date(self.deadline)}): {len(names)} đơn vị."]
        lines += [f"{n}. {name}" for n, name in enumerate(names, 1)]
        return "\n".join(lines)

    def _period_words(self) -> str:
        name = self.period.name
        return name[:1].lower() + name[1:]

    def as_json(self) -> dict:
        return {**self.counts, "text": self.text, "deadline": self.deadline.isoformat(),
                "missing_units": [{"code": u.code, "name": u.name, "status": u.status}
                                  for u in self.missing_units],
                "held_units": [{"code": u.code, "name": u.name, "key_code": u.key_code}
                               for u in self.units_in("held")]}


# --- consolidation -----------------------------------------------------------------------------

@dataclass(frozen=True)
class IndicatorSummary:
    indicator: Indicator
    applicable: int  # units the indicator exists for
    counts: dict[Count, int]
    total: Decimal | None = None  # the province-wide figure, when one makes sense
    total_label: str = ""  # "Tổng", "Tỷ lệ chung", "Bình quân", "Số đơn vị Có"
    due: bool = True  # False: judged only at year end, not yet (`Count.CHUA_DEN_KY`)
    # what the units counted `Count.KHAC` were found, in the order first met: ("Chưa giao chỉ tiêu",
    # 1) for a unit that reported an indicator it was not assigned a target for
    others: tuple[tuple[str, int], ...] = ()
    # Of `counts[Count.CHUA_BAO_CAO]`, the units whose counted report leaves the indicator without a
    # figure: a supplementary one it does not state (a report states one only when entered), or one
    # stated "Chưa nhập" (a draft's). They sent; the others (`not_reported`) have no counted report.
    # `counts` keeps both under "Chưa báo cáo" (its total is then every unit the indicator applies to);
    # every table, sheet and chart prints them apart (`parted`).
    not_entered: int = 0
    # A term total (`Indicator.horizon` "term_total"): the units' running totals summed (each the
    # period's figure and the term's earlier years, what its verdict judges: `running_value`), beside
    # `total`, the period's figures alone; None for any other indicator, in 2026 (`shows_running`: the same
    # figure), or no unit's running total known.
    running: Decimal | None = None
    # Of the units `running` counts, those whose running total leaves out an earlier year the province
    # holds no result of: their names in running text and the years, (("xã Tân Cương", "2027"),)
    # (`running.short_words`); until 2026.12 `running` left such units out without a word (R21 F1).
    running_short: tuple[tuple[str, str], ...] = ()
    # how many units `total` is formed of (`province_total.total_units`), said wherever it is printed
    # ("787.095 (tổng của 17 đơn vị)": walk U15 read "(tổng)" of 17 units as the province's)
    total_units: int = 0
    # Of the units `running` counts (`running_units` of them), those whose earlier years are their files'
    # statements, the province holding none of those years' reports (`stated_earlier`), names in running text
    running_on_file: tuple[str, ...] = ()
    running_units: int = 0
    # road accidents: the units whose same period a year before is their file's own (`stated_earlier`)
    same_period_on_file: tuple[str, ...] = ()

    @property
    def term_total(self) -> bool:
        return self.indicator.horizon == "term_total"

    @property
    def running_text(self) -> str:
        """`running` printed as `total_text` prints the period's figure ("343.500"), "" without one."""
        return "" if self.running is None else format_number(self.running, self.indicator.decimals)

    @property
    def left_words(self) -> Words | None:
        """What is left of the province's term target, or its excess, against `running` (`running.left_words`)."""
        return left_words(self.indicator, self.running)

    @property
    def short_words(self) -> Words | None:
        """"gồm 1 đơn vị chưa đủ số liệu các năm: xã Tân Cương (chưa tính năm 2027)", None for none."""
        return short_words(self.running_short) if self.running is not None else None

    @property
    def on_file_line(self) -> Words | None:
        """The units whose earlier years are their files' own, said under the running total (`stated_earlier`)."""
        return on_file_line(self.running_on_file, self.running_units) if self.running is not None else None

    @property
    def met(self) -> int:
        return self.counts[Count.VUOT] + self.counts[Count.DAT]

    @property
    def not_reported(self) -> int:
        """Of `counts[Count.CHUA_BAO_CAO]`, the units without a counted report (not sent, refused,
        or waiting for the province: `Completeness`)."""
        return self.counts[Count.CHUA_BAO_CAO] - self.not_entered

    @property
    def parted(self) -> dict[str, int]:
        """`counts` with "Chưa báo cáo" parted in two: `Count.CHUA_BAO_CAO` the units without a
        counted report, `NOT_ENTERED` (last) those whose report leaves the indicator empty. Until
        2026.12 the report's tables printed both as "Chưa báo cáo": "92" of a supplementary
        indicator 86 units had sent a report without entering."""
        return {**self.counts, Count.CHUA_BAO_CAO: self.not_reported, NOT_ENTERED: self.not_entered}

    @property
    def shown(self) -> dict[str, str]:
        """Each of `parted`'s counts as the window's summary says it: the number; of an indicator
        not due at the period, `NOT_COUNTED` but the units it applies to under "Chưa đến kỳ đánh
        giá" (`NOT_DUE_NOTE` says why)."""
        if self.due:
            return {k: str(n) for k, n in self.parted.items()}
        return {k: str(n) if k == Count.CHUA_DEN_KY else NOT_COUNTED for k, n in self.parted.items()}

    @property
    def judged(self) -> int:
        """The units found Vượt, Đạt or Không đạt: those a verdict on the target was given."""
        return self.met + self.counts[Count.KHONG_DAT]

    @property
    def met_share(self) -> Decimal | None:
        """Percent of the units the indicator applies to that met (Vượt or Đạt) the target; None
        (a blank, `SHARE_BLANK`) when no unit was judged: every one "Đang thực hiện" (an annual
        target before the year's report, a term target before 2030's), not reported, not due or
        "Khác". It printed "0" there, read as every unit failing. Of all the units it applies to,
        also when some are judged and others not: the province's own targets on units are shares
        of all of them ("≥ 25% số đơn vị", indicators.md), and the counts beside it say how many
        are still in progress or not reported."""
        if not self.judged:
            return None
        return (Decimal(self.met) * 100 / Decimal(self.applicable)).quantize(Decimal("0.01"))

    @property
    def total_text(self) -> str:
        """The province-wide figure as the window and the PDF print it: with the indicator's decimals
        (2 for a rate), trailing zeros kept as the workbook's number format keeps them ("67,10"
        among "68,77", not "67,1")."""
        if self.total is None:
            return ""
        places = max(self.indicator.decimals, 2 if self.indicator.unit == "%" else 0)
        text = format_number(self.total, places)
        whole, _, fraction = text.partition(",")
        return f"{whole},{fraction.ljust(places, '0')}" if places else text


@dataclass(frozen=True)
class UnitResult:
    commune: Commune
    status: UnitStatus
    submission: Submission | None

    def item(self, code: str) -> Item | None:
        if self.submission is None:
            return None
        return next((i for i in self.submission.items if i.code == code), None)


@dataclass(frozen=True)
class Consolidation:
    period: Period
    catalog: Catalog
    settings: ProvinceSettings
    completeness: Completeness
    units: list[UnitResult]
    assigned: list[Indicator]
    supplementary: list[Indicator]
    summaries: dict[str, IndicatorSummary]
    intake_log: list = field(default_factory=list)  # IntakeLogRow of the period, oldest first
    generated_at: str = ""
    items: dict = field(default_factory=dict)  # (unit code, indicator code) -> Item, as recomputed
    # unit code -> what its file stated that the province computes otherwise (shown, not counted), what
    # it counts as the file states it without being able to check it (a figure of an earlier report of
    # the unit it does not hold, while it holds others: `recompute.Unchecked`, the row "Chưa đủ số liệu"
    # rather than met), or why its file is not counted (it could not be recomputed, its stored copy was
    # changed outside the program)
    differences: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # unit code -> the older catalogue version its approved file was judged against (its approval's,
    # which the province published: `consolidate`'s `catalogs`); a unit judged against `catalog` is not in it
    judged_under: dict[str, str] = field(default_factory=dict)
    # (unit code, indicator code) -> the earlier years of a term total counted as the unit's file states
    # them, unchecked (`Recomputed.on_file`): counted and marked, as a key waiting to be confirmed
    on_file: dict[tuple[str, str], tuple[int, ...]] = field(default_factory=dict)

    def item(self, unit_code: str, code: str) -> Item | None:
        return self.items.get((unit_code, code))

    def verdict_text(self, unit_code: str, ind: Indicator) -> str:
        """What a unit's cell of `ind` says: "Chưa đến kỳ đánh giá" for every unit before an
        indicator is due, else the recomputed verdict, or "Chưa báo cáo" for none stated."""
        if not ind.due_at(self.period):
            return Count.CHUA_DEN_KY.value
        it = self.item(unit_code, ind.code)
        return it.verdict if it is not None and it.verdict else Count.CHUA_BAO_CAO.value

    @property
    def title(self) -> str:
        """The report's summary line."""
        name = self.period.name
        # the term's last year report judges the term too, as the communes' say (`term_end_title`, walk U21 F2)
        return term_end_title("Tổng hợp kết quả thực hiện các chỉ tiêu chủ yếu của các xã, phường "
                              + name[:1].lower() + name[1:], self.period.code)


def count_category(verdict: str | None) -> Count:
    """The column a stated verdict is counted in."""
    if verdict in (None, "", Verdict.CHUA_NHAP):
        return Count.CHUA_BAO_CAO
    try:
        return Count(verdict)
    except ValueError:
        return Count.KHAC


def consolidate(p: Period, catalog: Catalog, settings: ProvinceSettings, completeness: Completeness,
                subs: dict[str, Submission], intake_log: list | None = None,
                earlier: dict[str, dict[str, Submission]] | None = None,
                withheld: Mapping[str, tuple[str, ...]] | None = None,
                catalogs: Mapping[str, Catalog] | None = None) -> Consolidation:
    """The province's figures for `p`: every result recomputed from the inputs the units'
    files state (`recompute`), with the province's catalogue and targets. `earlier`: the
    kept submissions of `periods.earlier_periods(p)` (period code -> unit code ->
    submission), which replace what a file states it used from those periods. `withheld`:
    unit code -> why its kept version is not in `subs` (its stored copy changed outside the
    program), said among the differences. `catalogs`: unit code -> the catalogue its file is judged
    against when not `catalog` (an approved file under an older version the province published:
    `HeldCatalogues.judging`), said on the unit's note and in `Consolidation.judged_under`."""
    earlier, catalogs = earlier or {}, catalogs or {}
    known = catalog.commune_codes()  # a new set each call: taken once, not once per unit
    again, failed = {}, {}
    for code, sub in subs.items():
        if code not in known:
            continue
        try:
            held = {q: kept[code] for q, kept in earlier.items() if code in kept}
            judging = catalogs.get(code, catalog)
            again[code] = recompute(judging, judging.commune_by_code(code), sub, held)
        except Exception as err:  # noqa: BLE001 - one unit's file never stops the province's consolidation
            # intake refuses what the entry form would (`check_values`); this is the last guard
            failed[code] = (f"Không tính lại được số liệu của tệp ({type(err).__name__}): tệp không được "
                            "tính vào tổng hợp; hãy xin đơn vị gửi lại tệp do phần mềm xuất.",)
    subs = {code: r.submission for code, r in again.items()}
    judged_under = {code: catalogs[code].version for code in again
                    if code in catalogs and catalogs[code].version != catalog.version}
    completeness = _judged_said(completeness, judged_under, catalog.version)
    differences = {code: r.differences for code, r in again.items() if r.differences} | failed | dict(withheld or {})
    on_file = {(code, icode): years for code, r in again.items() for icode, years in r.on_file}
    status = {u.code: u for u in completeness.units}
    units = [UnitResult(c, status[c.code], subs.get(c.code)) for c in catalog.communes]
    items: dict[tuple[str, str], Item] = {}
    for code, sub in subs.items():
        for it in sub.items:
            items[(code, it.code)] = it
    assigned = [i for i in catalog.indicators if i.assigned]
    supplementary = [i for i in catalog.indicators if not i.assigned]
    # Each stated item counted once, under its indicator, when the indicator applies to its
    # unit; every other unit the indicator applies to has not reported it.
    kind_of = {c.code: c.kind for c in catalog.communes}
    units_of_kind: dict[str, int] = {}
    for c in catalog.communes:
        units_of_kind[c.kind] = units_of_kind.get(c.kind, 0) + 1
    counted_of_kind: dict[str, int] = {}  # the units with a counted report
    for code in subs:
        counted_of_kind[kind_of[code]] = counted_of_kind.get(kind_of[code], 0) + 1
    indicators = {ind.code: ind for ind in catalog.indicators}
    present: dict[str, list[Item]] = {ind.code: [] for ind in catalog.indicators}
    short_of: dict[str, list[tuple[str, Item]]] = {}  # a term total's units without an earlier year's result
    name_of = {c.code: c.name for c in catalog.communes}
    for (code, icode), it in items.items():
        ind = indicators.get(icode)
        if ind is not None and kind_of.get(code) in ind.applies_to:
            present[icode].append(it)
            if it.earlier_missing:
                short_of.setdefault(icode, []).append((code, it))
    summaries = {}
    for ind in catalog.indicators:
        applicable = sum(units_of_kind.get(k, 0) for k in set(ind.applies_to))
        counts = {c: 0 for c in Count}
        others: dict[str, int] = {}
        not_entered = 0
        if not ind.due_at(p):
            counts[Count.CHUA_DEN_KY] = applicable
        else:
            for it in present[ind.code]:
                category = count_category(it.verdict)
                counts[category] += 1
                if category == Count.KHAC:
                    said = getattr(it.verdict, "value", it.verdict)  # a Verdict, or its text
                    others[said] = others.get(said, 0) + 1
            # sent without a figure: stated "Chưa nhập" (counted so far), or not stated by a counted report
            reporting = sum(counted_of_kind.get(k, 0) for k in set(ind.applies_to))
            not_entered = counts[Count.CHUA_BAO_CAO] + reporting - len(present[ind.code])
            counts[Count.CHUA_BAO_CAO] += applicable - len(present[ind.code])
        total, label = indicator_total(ind, present[ind.code])
        running, short, stated, known = None, (), (), []
        if shows_running(ind, p):  # every unit with a figure, its held years (`running_value`), as `total`
            known = [v for v in (running_value(ind, it) for it in present[ind.code]) if v is not None]
            running = sum(known, Decimal(0)) if known else None
            short = tuple((running_name(name_of[code]), it.earlier_missing) for code, it in short_of.get(ind.code, ())
                          if running_value(ind, it) is not None)
            stated = tuple(running_name(name_of[code]) for code in subs if (code, ind.code) in on_file
                           and running_value(ind, items.get((code, ind.code))) is not None)
        last = tuple(running_name(name_of[code]) for code in subs if (code, ind.code) in on_file
                     and ind.kind == "count_vs_last_year" and (code, ind.code) in items)
        summaries[ind.code] = IndicatorSummary(ind, applicable, counts, total, label, ind.due_at(p),
                                               tuple(others.items()), not_entered, running, short,
                                               total_units(ind, present[ind.code]), stated, len(known), last)
    return Consolidation(p, catalog, settings, completeness, units, assigned, supplementary, summaries,
                         list(intake_log or []),
                         dt.datetime.now().astimezone().isoformat(timespec="seconds"), items, differences,
                         judged_under, on_file)


def judged_under_words(version: str, current: str) -> str:
    """A unit's note when its approved file was judged against `version`, its approval's, older
    than the province's `current`: not the unit's difference, and never said silently."""
    return (f"Báo cáo đã duyệt theo bộ chỉ tiêu {version}: tỉnh tính lại và đánh giá theo bộ chỉ tiêu {version} tỉnh "
            f"đã phát hành (bộ chỉ tiêu khi báo cáo được duyệt), không theo bộ {current} tỉnh đang dùng.")


def _judged_said(completeness: Completeness, judged_under: Mapping[str, str], current: str) -> Completeness:
    """`completeness` with `judged_under_words` added to the note of each unit judged against an older version."""
    if not judged_under:
        return completeness
    return replace(completeness, units=[
        replace(u, reason=" ".join(filter(None, (u.reason, judged_under_words(judged_under[u.code], current)))))
        if u.code in judged_under else u for u in completeness.units])
