"""Refresh the translation files from the code, then compile them.

    python scripts/update_translations.py            # lupdate both .ts, lrelease both .qm
    python scripts/update_translations.py --check    # only say what is out of date (exit 1 if anything)
    python scripts/update_translations.py --drop-obsolete   # also remove strings the code no longer has

1. `pyside6-lupdate` reads every `ui/*.py` (the English source strings in `self.tr(...)`,
   `translate("Context", ...)`, `QT_TRANSLATE_NOOP(...)`) into
   - `resources/i18n/chitieu_vi.ts`: every string, to be translated into Vietnamese
     (with Qt Linguist: `pyside6-linguist resources/i18n/chitieu_vi.ts`);
   - `resources/i18n/chitieu_en.ts`: only the plural forms (`-pluralonly`): the English
     text is in the code, English needs only "1 day" / "2 days".
   No source locations are written (`-locations none`), so editing code does not change
   the .ts files unless a string changes.
2. `pyside6-lrelease` compiles each .ts into its .qm. The .qm files are committed, so a
   checkout runs (and its tests pass) without a build step; tests/ui/test_translations.py
   fails when a .qm is older than its .ts, when a string is unfinished or obsolete in
   chitieu_vi.ts, or when a tr() string of the code is missing from it.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = {"vi": "vi_VN", "en": "en_US"}
PLURAL_ONLY = {"en"}  # the source language: only its plural forms need a translation


def ts_path(language: str) -> Path:
    return I18N / f"chitieu_{language}.ts"


def qm_path(language: str) -> Path:
    return I18N / f"chitieu_{language}.qm"


def sources() -> list[Path]:
    """Every Python file of the interface (the province side's too, as they adopt tr())."""
    return sorted((ROOT / "ui").rglob("*.py"))


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease of this Python's PySide6."""
    for folder in (Path(sys.executable).parent, Path(sys.executable).parent / "Scripts"):
        for candidate in (folder / f"pyside6-{name}", folder / f"pyside6-{name}.exe"):
            if candidate.is_file():
                return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    raise SystemExit(f"pyside6-{name} not found: install PySide6 in this Python")


def lupdate(ts: Path, language: str, drop_obsolete: bool = False) -> None:
    args = [tool("lupdate"), "-locations", "none", "-target-language", LANGUAGES[language]]
    if language in PLURAL_ONLY:
        args.append("-pluralonly")
    if drop_obsolete:
        args.append("-no-obsolete")
    args += [str(p.relative_to(ROOT)) for p in sources()]
    args += ["-ts", str(ts)]
    subprocess.run(args, cwd=ROOT, check=True, capture_output=True, text=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-nounfinished", str(ts), "-qm", str(qm)],
                   cwd=ROOT, check=True, capture_output=True, text=True)


# --- reading a .ts --------------------------------------------------------------------------------
def messages(ts: Path) -> dict[tuple[str, str, str], dict]:
    """(context, source, comment) -> {"type": "", "unfinished", "vanished" or "obsolete",
    "translations": [text, …], "numerus": bool}."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = translation.findall("numerusform") if translation is not None else []
            texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = {"type": translation.get("type", "") if translation is not None else "unfinished",
                          "translations": texts, "numerus": message.get("numerus") == "yes"}
    return found


def fresh_messages(language: str) -> dict[tuple[str, str, str], dict]:
    """What lupdate finds in the code now, for `language` (into a temporary copy of its .ts)."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / ts_path(language).name
        if ts_path(language).is_file():
            shutil.copy(ts_path(language), copy)
        lupdate(copy, language)
        return messages(copy)


def problems(language: str) -> list[str]:
    """Why `language`'s files are not up to date with the code (empty: all good)."""
    ts = ts_path(language)
    if not ts.is_file():
        return [f"{ts.name} is missing"]
    committed = messages(ts)
    fresh = fresh_messages(language)
    found = []
    for key, m in sorted(fresh.items()):
        if key not in committed:
            found.append(f"{ts.name}: not there yet: {key[0]} / {key[1]!r}")
        elif m["type"] in ("vanished", "obsolete") and committed[key]["type"] not in ("vanished", "obsolete"):
            found.append(f"{ts.name}: no longer in the code: {key[0]} / {key[1]!r}")
    for key, m in sorted(committed.items()):
        if m["type"] in ("vanished", "obsolete"):
            found.append(f"{ts.name}: obsolete (run with --drop-obsolete once translated): {key[0]} / {key[1]!r}")
        elif m["type"] == "unfinished" or not all(t.strip() for t in m["translations"]):
            found.append(f"{ts.name}: unfinished: {key[0]} / {key[1]!r}")
    qm = qm_path(language)
    if not qm.is_file():
        found.append(f"{qm.name} is missing")
    else:
        stale = qm_differences(qm, committed)
        if stale:
            found.append(f"{qm.name} is older than {ts.name} ({stale[0]}…): run scripts/update_translations.py")
    return found


def qm_differences(qm: Path, ts_messages: dict) -> list[str]:
    """The finished messages of the .ts that the compiled .qm does not translate the same way.

    Read through Qt's own QTranslator (not a byte comparison: another lrelease version
    may lay the same translations out differently)."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(str(qm)):
        return [f"{qm.name} cannot be loaded"]
    wrong = []
    for (context, source, comment), m in ts_messages.items():
        if m["type"] in ("unfinished", "vanished", "obsolete"):
            continue
        counts = [1, 2] if m["numerus"] and len(m["translations"]) > 1 else [1 if m["numerus"] else -1]
        for n, wanted in zip(counts, m["translations"]):
            got = translator.translate(context, source, comment or None, n)
            if got != wanted:
                wrong.append(f"{context} / {source!r}")
    return wrong


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if anything is out of date")
    parser.add_argument("--drop-obsolete", action="store_true", help="remove strings the code no longer has")
    args = parser.parse_args(argv)
    if args.check:
        found = [p for language in LANGUAGES for p in problems(language)]
        for p in found:
            print(p)
        print("Translations up to date." if not found else f"{len(found)} problem(s).")
        return 1 if found else 0
    for language in LANGUAGES:
        ts = ts_path(language)
        lupdate(ts, language, drop_obsolete=args.drop_obsolete)
        lrelease(ts, qm_path(language))
        unfinished = [k for k, m in messages(ts).items() if m["type"] == "unfinished"]
        print(f"{ts.relative_to(ROOT)}: {len(messages(ts))} strings, {len(unfinished)} to translate; "
              f"{qm_path(language).relative_to(ROOT)} written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
