"""The figures a restore would put back as they were, for its warning (`desktop_app.backups.restore_warning`):
what was entered or changed in the database since the backup, read from both files without writing
(`db.backup`)."""
from __future__ import annotations

from pathlib import Path

from db import backup as sqlite_backup
from desktop_app.core.periods import in_sentence, in_time, parse_period
from desktop_app.core.words import Words


def changed_since(db_path: Path, source: Path) -> Words | None:
    """What was entered or changed in the database since the backup, which a restore would
    put back as it was: the figures and comments of each period, the start-of-term figures,
    the own targets, the report narratives (read from both files without writing). None when
    nothing differs (or a file cannot be read)."""
    counts: dict[str, int] = {}
    by_period: dict[str, list[int]] = {}  # period code -> [figures, comments]
    for table, (_keys, columns) in sqlite_backup.FIGURE_TABLES.items():
        now, then = sqlite_backup.figures(db_path, table), sqlite_backup.figures(source, table)
        if now is None or then is None:
            return None
        empty = (None,) * len(columns)
        for key in now.keys() | then.keys():
            differing = {column for column, old, new in zip(columns, then.get(key, empty), now.get(key, empty))
                         if _blank(old) != _blank(new)}
            if not differing:
                continue
            if table == "entries":
                tally = by_period.setdefault(key[1], [0, 0])
                tally[0] += len(differing - {"comment"})
                tally[1] += "comment" in differing
            else:
                counts[table] = counts.get(table, 0) + 1
    parts = []
    for code in sorted(by_period, key=lambda c: in_time(parse_period(c))):
        figures, comments = by_period[code]
        p = parse_period(code)
        vi = [f"{figures} số liệu"] * bool(figures) + [f"{comments} ghi chú"] * bool(comments)
        en = [f"{figures} figure(s)"] * bool(figures) + [f"{comments} comment(s)"] * bool(comments)
        parts.append(Words(f"kỳ {in_sentence(p.name)}: {' và '.join(vi)}", f"{p.name_en}: {' and '.join(en)}"))
    names = {"baselines": ("số liệu đầu nhiệm kỳ", "start-of-term figure(s)"),
             "own_targets": ("chỉ tiêu tự đặt", "own target(s)"),
             "narratives": ("phần thuyết minh báo cáo", "report text section(s)")}
    parts += [Words(f"{counts[t]} {vi}", f"{counts[t]} {en}") for t, (vi, en) in names.items() if counts.get(t)]
    return Words.joined(parts, "; ") if parts else None


def _blank(value):
    """An empty comment is no comment (0, a "Không", is a figure)."""
    return None if value == "" else value
