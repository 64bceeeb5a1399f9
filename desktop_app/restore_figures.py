"""The figures a restore would put back as they were, for its warning (`desktop_app.backups.restore_warning`):
what was entered or changed in the database since the backup, read from both files without writing
(`db.backup`)."""
from __future__ import annotations

from pathlib import Path

from db import backup as sqlite_backup
from desktop_app.core.audit import exact_number
from desktop_app.core.catalog import Catalog
from desktop_app.core.periods import in_sentence, in_time, parse_period
from desktop_app.core.words import Words
from desktop_app.resources import catalog_of

SHOWN = 3  # figures named in each period; the others counted ("và 2 số liệu khác")


def figures_since(db_path: Path, source: Path) -> tuple[Words | None, Words | None]:
    """What was entered or changed in the database since the backup, which a restore would
    put back as it was: the figures and comments of each period, the start-of-term figures,
    the own targets, the report narratives (read from both files without writing), counted; and
    the figures named, up to SHOWN a period, each now and as the backup has it (walk U4 F2: the
    count alone left the officer not knowing what to note and enter again). (None, None) when
    nothing differs (or a file cannot be read)."""
    counts: dict[str, int] = {}
    by_period: dict[str, list[int]] = {}  # period code -> [figures, comments]
    named: dict[str, list[tuple[str, str, object, object]]] = {}  # period -> [(indicator, column, now, then)]
    for table, (_keys, columns) in sqlite_backup.FIGURE_TABLES.items():
        now, then = sqlite_backup.figures(db_path, table), sqlite_backup.figures(source, table)
        if now is None or then is None:
            return None, None
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
                old, new = then.get(key, empty), now.get(key, empty)
                named.setdefault(key[1], []).extend(
                    (key[2], c, n, o) for c, o, n in zip(columns, old, new) if c in differing and c != "comment")
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
    if not parts:
        return None, None
    return Words.joined(parts, "; "), _named(db_path, source, named)


def _named(db_path: Path, source: Path, named: dict[str, list]) -> Words | None:
    """Each period's figures, one a line: "Kỳ 6 tháng đầu năm 2026:" then "• Tổng thu ngân sách …: 61.234 → 52.345",
    now → as in the backup; past SHOWN, "và 2 số liệu khác". Names as the catalogue in force has them (the backup's
    when the database has none), the code for an indicator neither knows."""
    document = sqlite_backup.catalog_in_force(db_path) or sqlite_backup.catalog_in_force(source)
    try:
        catalog = catalog_of(document) if document else None
    except (KeyError, TypeError, ValueError):
        catalog = None
    order = {i.code: n for n, i in enumerate(catalog.indicators)} if catalog else {}
    lines = []
    for code in sorted(named, key=lambda c: in_time(parse_period(c))):
        p = parse_period(code)
        rows = sorted(named[code], key=lambda r: (order.get(r[0], len(order)), r[0], _COLUMNS.index(r[1])))
        lines.append(Words(f"Kỳ {in_sentence(p.name)}:", f"{p.name_en}:"))
        lines += [_figure(catalog, *r) for r in rows[:SHOWN]]
        if len(rows) > SHOWN:
            more = len(rows) - SHOWN
            lines.append(Words(f"   và {more} số liệu khác", f"   and {more} other figure(s)"))
    return Words.joined(lines, "\n") if lines else None


_COLUMNS = ("value", "flag", "numerator", "denominator", "previous")


def _figure(catalog: Catalog | None, code: str, column: str, now, then) -> Words:
    """"• Tổng thu ngân sách …: 61.234 → 52.345"; an indicator with several inputs names the input too
    ("• Tỷ lệ người dân tham gia bảo hiểm y tế (Số người tham gia BHYT): 9.000 → 9.500")."""
    indicator = next((i for i in catalog.indicators if i.code == code), None) if catalog else None
    if indicator is None:
        name = name_en = code
    else:
        name, name_en = indicator.name, indicator.name_en or indicator.name
        field = indicator.input(column)
        if len(indicator.inputs) > 1 and field is not None:
            name, name_en = f"{name} ({field.label})", f"{name_en} ({field.english_label})"
    return Words(f"   • {name}: {_value(column, now)} → {_value(column, then)}",
                 f"   • {name_en}: {_value(column, now, True)} → {_value(column, then, True)}")


def _value(column: str, value, en: bool = False) -> str:
    """A stored figure as the window shows it: numbers the Vietnamese way with every digit stored, a flag
    Có/Không, nothing "(trống)"."""
    if value is None or value == "":
        return "(blank)" if en else "(trống)"
    if column == "flag" and str(value) in ("0", "1"):
        return ("Yes" if str(value) == "1" else "No") if en else ("Có" if str(value) == "1" else "Không")
    return exact_number(str(value))


def _blank(value):
    """An empty comment is no comment (0, a "Không", is a figure)."""
    return None if value == "" else value
