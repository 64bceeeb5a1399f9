"""What reopening an approved period changes in its targets and verdicts (walk U18 F1).

An approved period is judged with the catalogue it was approved under (`Workspace.catalog_for`);
reopened, it is judged with the catalogue in use now. Catalogue targets carry no year, so an update
meant for next year (the province's 2026.2: party admissions ≥ 4 from 2027) silently re-judged the
2026 year report once reopened: "≥ 3,2 → Vượt" became "≥ 4 → Không đạt", Hoàn thành asked for an
explanation of a failure nobody had, and nothing said so before the leader reopened. This module
lists, before reopening, each indicator whose province target or verdict would change, from the
approval's rows (as approved) and the rows evaluated now, in the words of a one-line message:
"Tỷ lệ kết nạp đảng viên mới hằng năm: ≥ 3,2 → ≥ 4 (Vượt → Không đạt)". The reopen dialog, the
command line (`chitieu reopen`, which asks c/K at a terminal, else needs --yes) and the reopening's audit row say it.

Qt-free and I/O-free: the service (desktop_app/reopen_changes.py) gives the two evaluations.
"""
from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.errors import InvalidInput
from desktop_app.core.evaluation import Verdict
from desktop_app.core.rows import PeriodView, Row
from desktop_app.core.short_names import short_name
from desktop_app.core.wording import target_text
from desktop_app.core.words import Words

NOT_SET = Words("chưa giao", "not assigned")  # no province target (catalog_changes.NOT_SET's words)
VERDICTS_EN = {Verdict.VUOT: "Exceeded", Verdict.DAT: "Met", Verdict.KHONG_DAT: "Not met",
               Verdict.DANG_THUC_HIEN: "In progress", Verdict.CHUA_NHAP: "Not entered",
               Verdict.CHUA_GIAO: "No target assigned", Verdict.CHUA_DU_SO_LIEU: "Data incomplete",
               Verdict.CHUA_DEN_KY: "Not yet assessed"}  # ui/labels.VERDICTS' English


@dataclass(frozen=True)
class ReopenTargets:
    """The changes reopening would make: `lines`, one per indicator, and the catalogue versions."""
    approved_version: str  # the catalogue the period was approved under
    current_version: str  # the catalogue it is judged with once reopened
    lines: tuple[Words, ...]

    @property
    def lead(self) -> Words:
        """"Kỳ này được duyệt theo bộ chỉ tiêu 2026.1; mở lại, kỳ sẽ được đánh giá theo bộ chỉ tiêu đang
        dùng 2026.3:"."""
        return Words(f"Kỳ này được duyệt theo bộ chỉ tiêu {self.approved_version}; mở lại, kỳ sẽ được đánh giá "
                     f"theo bộ chỉ tiêu đang dùng {self.current_version}:",
                     f"This period was approved under catalogue {self.approved_version}; once reopened, it is "
                     f"judged under catalogue {self.current_version}, in use now:")

    def said(self, bullet: str = "• ") -> Words:
        """The lead and a line per change, as the command line prints it and the audit row keeps it."""
        return Words("\n".join([self.lead] + [bullet + line for line in self.lines]),
                     "\n".join([self.lead.en] + [bullet + line.en for line in self.lines]))

    def logged(self) -> str:
        """On one line, for the reopening's audit row."""
        return f"{self.lead} " + "; ".join(self.lines)


def _target(row: Row | None) -> Words:
    """The row's province target as a catalogue change says it ("≥ 3,2", "= 100", "Có"), or "chưa giao"."""
    if row is None or row.province_target is None:
        return NOT_SET
    text = target_text(row.indicator, row.province_target)
    value = row.province_target.value
    if isinstance(value, bool):
        return Words(text, "Yes" if value else "No")
    if row.indicator.kind == "count_vs_last_year":
        return Words(text, f"a fall of {row.province_target.label(1)}% on the same period last year")
    if row.province_target.op == "=":  # "= 100 → ≥ 97", as catalogue changes say it (catalog_changes.target_printed)
        text = f"= {text}"
    return Words(text, text)


def _verdict(row: Row | None) -> Words:
    verdict = row.verdict if row is not None else Verdict.CHUA_GIAO
    return Words(verdict.value, VERDICTS_EN[verdict])


def _verdicts(before: Row | None, after: Row | None) -> Words:
    """"(Vượt → Không đạt)"; the new verdict alone where there was no target ("chưa giao → ≥ 7,5 (Đạt)");
    "(vẫn Đạt)" for a target changed that leaves the verdict as it was."""
    old, new = _verdict(before), _verdict(after)
    if old == new:
        return Words(f"(vẫn {new})", f"(still {new.en})")
    if old == Verdict.CHUA_GIAO.value:
        return Words(f"({new})", f"({new.en})")
    return Words(f"({old} → {new})", f"({old.en} → {new.en})")


def reopen_targets(approved: PeriodView, now: PeriodView, approved_version: str,
                   current_version: str) -> ReopenTargets | None:
    """What reopening changes: `approved`, the period as approved (its verdicts as approved), against
    `now`, the same period evaluated from what is stored with the catalogue in use; None when no
    indicator's province target or verdict differs (the period shows after reopening what it showed), and
    when the catalogue is the one it was approved under: a verdict changed by a figure of another period
    corrected since is the window's notice of what changed since the approval (`Workspace.drift`), whose
    "Mở lại kỳ…" reopens it, not a target nobody was told of."""
    if approved_version == current_version:
        return None
    before = {r.indicator.code: r for r in approved.rows}
    after = {r.indicator.code: r for r in now.rows}
    lines = []
    for code in list(before) + [c for c in after if c not in before]:
        a, b = before.get(code), after.get(code)
        if _target(a) == _target(b) and _verdict(a) == _verdict(b):
            continue
        ind = (b or a).indicator
        name, name_en = short_name(ind.name), short_name(ind.name_en or ind.name)
        old, new = _target(a), _target(b)
        if old == new:  # the verdict alone: a figure of another period it uses corrected since
            was, now_ = _verdict(a), _verdict(b)
            lines.append(Words(f"{name}: {was} → {now_}", f"{name_en}: {was.en} → {now_.en}"))
            continue
        verdicts = _verdicts(a, b)
        lines.append(Words(f"{name}: {old} → {new} {verdicts}", f"{name_en}: {old.en} → {new.en} {verdicts.en}"))
    if not lines:
        return None
    return ReopenTargets(approved_version, current_version, tuple(lines))


def refuse_unaccepted(targets: ReopenTargets | None, accepted: ReopenTargets | None) -> None:
    """Refuse to reopen a period that would be judged with other targets (`targets`) than those the leader
    was shown and accepted (`accepted`: what the window's box or `chitieu reopen` confirmed: c at its question, or --yes): none
    accepted, or others, a catalogue imported meanwhile by another window or command."""
    if targets is None or targets == accepted:
        return
    raise InvalidInput(f"Chưa mở lại: {targets.lead} {'; '.join(targets.lines)}. Xem các chỉ tiêu đổi rồi xác nhận "
                       "(cửa sổ: đánh dấu ô đồng ý; lệnh chitieu reopen: trả lời c, hoặc thêm --yes).", field="Mở lại kỳ báo cáo",
                       en=f"Not reopened: {targets.lead.en} {'; '.join(t.en for t in targets.lines)}. Read the "
                          "changed targets, then confirm (window: tick the box; chitieu reopen: answer c, or add --yes).")
