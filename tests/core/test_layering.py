"""The layers stay as docs/architecture.md draws them: ui -> services -> exports, db -> core.

The core, the store and the exports stay free of Qt, so the command line and the province
side need no display; the core imports nothing of ours outside itself, so a rule is found
in one place; no module imports another that imports it back; and none is over 600 lines."""
import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("desktop_app", "db", "exports", "ui")
# What the services call to write files: the UI goes through the services instead.
WRITERS = ("exports.report_pdf", "exports.submission_xlsx", "exports.consolidated_xlsx",
           "exports.consolidated_pdf", "exports.dhis2", "exports.audit_xlsx", "exports.bundle",
           "exports.catalog_cover_pdf")
MAX_LINES = 600  # issue 12: a module a newcomer reads in one sitting


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> set[str]:
    """Every module `path` imports, at its top or inside a function, as dotted names."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            for a in node.names:  # "from desktop_app.core import periods" imports a module
                if (ROOT / (node.module.replace(".", "/") + f"/{a.name}.py")).exists():
                    names.add(f"{node.module}.{a.name}")
    return names


def ours() -> dict[str, set[str]]:
    return {module_name(p): imports(p) for package in PACKAGES for p in (ROOT / package).rglob("*.py")}


def top(name: str) -> str:
    return name.split(".")[0]


def test_only_ui_and_main_import_pyside6():
    """desktop_app (except __main__), db and exports never import PySide6 or ui."""
    offenders = [f"{m}: {sorted(top(n) for n in names if top(n) in ('PySide6', 'ui', 'shiboken6'))}"
                 for m, names in ours().items()
                 if top(m) != "ui" and m != "desktop_app.__main__"
                 and any(top(n) in ("PySide6", "ui", "shiboken6") for n in names)]
    assert offenders == []


def test_only_db_imports_sqlite_utils():
    """The store is the one place that talks to SQLite through sqlite-utils."""
    offenders = [m for m, names in ours().items() if top(m) != "db" and "sqlite_utils" in map(top, names)]
    assert offenders == []


def test_the_core_imports_nothing_of_ours_outside_itself_and_no_io_library():
    """desktop_app.core: rules and models only, no database, no file format, no window."""
    io = {"sqlite3", "sqlite_utils", "openpyxl", "reportlab", "python_calamine", "PySide6", "platformdirs"}
    offenders = []
    for m, names in ours().items():
        if not m.startswith("desktop_app.core"):
            continue
        for n in names:
            if (top(n) in PACKAGES and not n.startswith("desktop_app.core")) or top(n) in io:
                offenders.append(f"{m} imports {n}")
    assert offenders == []


def test_exports_import_only_the_core_of_desktop_app():
    """The writers and the reader see the models, never the services that call them."""
    offenders = [f"{m} imports {n}" for m, names in ours().items() if top(m) == "exports"
                 for n in names if top(n) in ("desktop_app", "db", "ui") and not n.startswith("desktop_app.core")]
    assert offenders == []


def test_the_window_never_touches_the_database_or_the_writers():
    """ui/ calls services; the store and the file writers are theirs."""
    offenders = [f"{m} imports {n}" for m, names in ours().items() if top(m) == "ui"
                 for n in names if top(n) == "db" or n in WRITERS]
    assert offenders == []


def test_no_module_imports_another_that_imports_it_back():
    """No import circle, however deep, counting imports inside functions too."""
    graph = {m: {n for n in names if n in ours_} for ours_ in [set(ours())] for m, names in ours().items()}
    graph = {m: {d for d in deps if d != m} for m, deps in graph.items()}
    cycles, index, low, stack, on, counter = [], {}, {}, [], set(), [0]

    def visit(v):  # Tarjan's strongly connected components
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in graph:
        if v not in index:
            visit(v)
    assert cycles == []


def test_no_module_is_over_600_lines():
    """One that grows past it is split along its jobs; the failure names each offender."""
    offenders = [f"{p.relative_to(ROOT)}: {n} lines"
                 for package in PACKAGES for p in sorted((ROOT / package).rglob("*.py"))
                 if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES]
    assert offenders == [], f"over {MAX_LINES} lines: " + "; ".join(offenders)


def test_a_commune_window_starts_without_the_province_and_its_writers():
    """What the commune's start-up imports: the province's office pulls openpyxl, reportlab
    (and numpy, where installed) in; imported by the first-run dialog, it made every start
    of a commune's window 1,5 s instead of 0,6 s (benchmarks/bench_gui.py)."""
    import os
    import subprocess
    import sys

    code = ("import sys, desktop_app.__main__, ui.app, ui.mode_dialog, ui.login_dialog, ui.main_window, "
            "ui.setup_dialog; print(sorted(m for m in ('desktop_app.province', 'openpyxl', 'reportlab', "
            "'python_calamine') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert out.stdout.strip() == "[]"


def test_sql_is_written_only_in_db():
    """Store and the db package are the only SQL modules: a query written elsewhere (backups.py
    read three tables of a backup file itself before 2026-12-03) escapes the store's
    transactions, its read-only opening and the audit chain's view of what is read."""
    sql = re.compile(r"""["'](SELECT|INSERT INTO|UPDATE|DELETE FROM|REPLACE INTO|PRAGMA|CREATE|BEGIN)\b""")
    offenders = [f"{p.relative_to(ROOT)}:{n}" for package in PACKAGES if package != "db"
                 for p in (ROOT / package).rglob("*.py")
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if sql.search(line)]
    assert offenders == []
