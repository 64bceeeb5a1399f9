"""The core, the store and the exports stay free of Qt, so the CLI and the province side need no display."""
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_only_ui_and_main_import_pyside6():
    """desktop_app (except __main__), db and exports never import PySide6 or ui."""
    offenders = []
    for package in ("desktop_app", "db", "exports"):
        for path in (ROOT / package).rglob("*.py"):
            if path == ROOT / "desktop_app" / "__main__.py":
                continue
            bad = imported_modules(path) & {"PySide6", "ui", "shiboken6"}
            if bad:
                offenders.append(f"{path.relative_to(ROOT)}: {sorted(bad)}")
    assert offenders == []


def test_only_db_imports_sqlite_utils():
    """The store is the one place that talks to SQLite through sqlite-utils."""
    offenders = [
        str(p.relative_to(ROOT))
        for package in ("desktop_app", "exports", "ui")
        for p in (ROOT / package).rglob("*.py")
        if "sqlite_utils" in imported_modules(p)
    ]
    assert offenders == []
