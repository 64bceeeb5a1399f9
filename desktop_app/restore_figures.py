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

SHOWN = 3  # figures named in each period (fewer past three groups); the others counted ("và 2 số liệu khác")


def figures_since(db_path: Path, source: Path) -> tuple[Words | None, Words | None]:
    """What was entered or changed in the database since the backup, which a restore would
    put back as it was: the figures and comments of each period, the start-of-term figures,
    the own targets, the report narratives (read from both files without writing), counted; and
    the figures named, up to SHOWN a period, each now and as the backup has it (walk U4 F2: the
    count alone left the officer not knowing what to note and enter again), the start-of-term figures
    and own targets so too (S38). (None, None) when
    nothing differs (or a file cannot be read)."""
    compared = _compared(db_path, source)
    if compared is None:
        return None, None
    counts, by_period, named, others, _ = compared
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
    return Words.joined(parts, "; "), _named(db_path, source, named, others)


def entered_since(db_path: Path, source: Path) -> dict[tuple[str, str], int]:
    """(unit, period) -> how many figures of it were entered or changed since the backup (comments apart), as
    `figures_since` counts them for the question: what a restore's row records it undid (core/restore_undid.py)."""
    compared = _compared(db_path, source)
    return {} if compared is None else {key: figures for key, (figures, _) in compared[4].items() if figures}


def _compared(db_path: Path, source: Path):
    """The figures, comments and other rows that differ between the database and the backup: (counts of the other
    tables, period -> [figures, comments], period -> the figures named, the other rows named, (unit, period) ->
    [figures, comments]); None when a file cannot be read."""
    counts: dict[str, int] = {}
    by_unit: dict[tuple[str, str], list[int]] = {}
    by_period: dict[str, list[int]] = {}  # period code -> [figures, comments]
    named: dict[str, list[tuple[str, str, object, object]]] = {}  # period -> [(indicator, column, now, then)]
    others: dict[str, list[tuple]] = {}  # "baselines"/"own_targets" -> [(term or year, indicator, now, then)]
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
                for tally in (by_period.setdefault(key[1], [0, 0]), by_unit.setdefault(key[:2], [0, 0])):
                    tally[0] += len(differing - {"comment"})
                    tally[1] += "comment" in differing
                old, new = then.get(key, empty), now.get(key, empty)
                named.setdefault(key[1], []).extend(
                    (key[2], c, n, o) for c, o, n in zip(columns, old, new) if c in differing and c != "comment")
            else:
                counts[table] = counts.get(table, 0) + 1
                if table != "narratives":  # named as the figures are (S38): a start-of-term figure, an own target
                    others.setdefault(table, []).append((key[1], key[2], now.get(key), then.get(key)))
    return counts, by_period, named, others, by_unit


def _named(db_path: Path, source: Path, named: dict[str, list], others: dict[str, list]) -> Words | None:
    """Each period's figures, one a line: "Kỳ 6 tháng đầu năm 2026:" then "• Tổng thu ngân sách …: 61.234 → 52.345",
    now → as in the backup; past SHOWN, "và 2 số liệu khác"; then the start-of-term figures and the commune's own
    targets the same way, a group each (S38: counted, never named, a person deciding lost them unknowing); past three
    groups, fewer named in each (one at least), the question no taller than with three periods. Names as
    the catalogue in force has them (the backup's when the database has none), the code for an indicator neither
    knows."""
    document = sqlite_backup.catalog_in_force(db_path) or sqlite_backup.catalog_in_force(source)
    try:
        catalog = catalog_of(document) if document else None
    except (KeyError, TypeError, ValueError):
        catalog = None
    order = {i.code: n for n, i in enumerate(catalog.indicators)} if catalog else {}
    figures, targets = Words("số liệu khác", "other figure(s)"), Words("chỉ tiêu khác", "other target(s)")
    groups = []  # (heading, lines, what the lines past those shown are counted as)
    for code in sorted(named, key=lambda c: in_time(parse_period(c))):
        p = parse_period(code)
        rows = sorted(named[code], key=lambda r: (order.get(r[0], len(order)), r[0], _COLUMNS.index(r[1])))
        groups.append((Words(f"Kỳ {in_sentence(p.name)}:", f"{p.name_en}:"), [_figure(catalog, *r) for r in rows],
                       figures))
    for term in sorted({t for t, *_ in others.get("baselines", [])}):
        rows = sorted((r for r in others["baselines"] if r[0] == term), key=lambda r: (order.get(r[1], len(order)), r[1]))
        groups.append((Words(f"Số liệu đầu nhiệm kỳ {term}:", f"Start-of-term figures ({term}):"),
                       [_figure(catalog, code, "value", _one(now), _one(then)) for _t, code, now, then in rows], figures))
    if others.get("own_targets"):  # one group, the year in each line: five years of targets, one group still
        rows = sorted(others["own_targets"], key=lambda r: (str(r[0]), order.get(r[1], len(order)), r[1]))
        groups.append((Words("Chỉ tiêu xã tự đặt:", "The commune's own targets:"),
                       [_target(catalog, *r) for r in rows], targets))
    # the question fits a 1366×768 screen as with three periods of SHOWN lines: more groups, fewer lines each
    shown = max(1, min(SHOWN, SHOWN * 3 // len(groups))) if groups else SHOWN
    lines = []
    for heading, rows, other in groups:
        more = len(rows) - shown
        lines += [heading, *rows[:shown]] + [Words(f"   và {more} {other}", f"   and {more} {other.en}")] * (more > 0)
    return Words.joined(lines, "\n") if lines else None


def _one(row):
    """The one figure of a start-of-term row (None: no row)."""
    return row[0] if row else None


def _names(catalog: Catalog | None, code: str):
    """The indicator `code` of the catalogue, with its names (Vietnamese, English); the code for one it lacks."""
    indicator = next((i for i in catalog.indicators if i.code == code), None) if catalog else None
    return (indicator, code, code) if indicator is None else (
        indicator, indicator.name, indicator.name_en or indicator.name)


def _target(catalog: Catalog | None, year, code: str, now, then) -> Words:
    """"• Tổng thu ngân sách … (năm 2026): ≥ 47.500 → ≥ 45.000", an own target now → as in the backup."""
    indicator, name, name_en = _names(catalog, code)
    kind = indicator.kind if indicator else ""
    return Words(f"   • {name} (năm {year}): {_aim(kind, now)} → {_aim(kind, then)}",
                 f"   • {name_en} ({year}): {_aim(kind, now, True)} → {_aim(kind, then, True)}")


def _aim(kind: str, row, en: bool = False) -> str:
    """An own target as stored, (operator, value), as the window writes it: "≥ 45.000", "Có", "Giảm ≥ 5% so với
    cùng kỳ"; none "(trống)"."""
    op, value = row if row else (None, None)
    if value is None or value == "":
        return "(blank)" if en else "(trống)"
    if kind == "boolean":
        return _value("flag", value, en)
    number = exact_number(str(value))
    if kind == "count_vs_last_year":
        return f"a fall of {op} {number}% on the same period last year" if en else f"Giảm {op} {number}% so với cùng kỳ"
    return number if op in ("=", None) else f"{op} {number}"


_COLUMNS = ("value", "flag", "numerator", "denominator", "previous")


def _figure(catalog: Catalog | None, code: str, column: str, now, then) -> Words:
    """"• Tổng thu ngân sách …: 61.234 → 52.345"; an indicator with several inputs names the input too
    ("• Tỷ lệ người dân tham gia bảo hiểm y tế (Số người tham gia BHYT): 9.000 → 9.500")."""
    indicator, name, name_en = _names(catalog, code)
    if indicator is not None:
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
