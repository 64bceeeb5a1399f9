"""The translation files: complete, in step with the code, compiled, and consistent with the sources."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from scripts import update_translations as ut
from ui import i18n

ROOT = Path(__file__).resolve().parents[2]
# An intake dialog of the province side (none yet) adopts tr() in its own time;
# the self-test prints its report in Vietnamese on purpose (a console report, not the interface).
NOT_CHECKED = {"intake_dialog.py", "self_test.py", "pyside_workarounds.py"}
VIETNAMESE = re.compile(r"[À-ÃÈ-ÊÌÍÒ-ÕÙÚÝà-ãè-êìíò-õùúýĂăĐđĨĩŨũƠơƯưẠ-ỹ]")
TR_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|%\d")


def test_the_vietnamese_file_has_no_unfinished_or_obsolete_string():
    """Every string of chitieu_vi.ts is translated, and none is left over from old code."""
    messages = ut.messages(ut.ts_path("vi"))
    assert len(messages) > 400
    bad = [(key, m["type"]) for key, m in messages.items()
           if m["type"] in ("unfinished", "vanished", "obsolete") or not all(t.strip() for t in m["translations"])]
    assert bad == []


def test_every_tr_string_of_the_code_is_in_both_files_and_the_qm_files_are_current():
    """lupdate run now on ui/ finds nothing new or gone, and lrelease gives the committed .qm bytes."""
    assert ut.problems("vi") == []
    assert ut.problems("en") == []


def test_english_carries_its_plural_forms():
    """chitieu_en.ts holds only plural forms, each with its singular and plural filled in."""
    messages = ut.messages(ut.ts_path("en"))
    assert messages and all(m["numerus"] for m in messages.values())
    for (_context, source, _comment), m in messages.items():
        singular, plural = m["translations"]
        assert "%n" in singular and "%n" in plural and singular != plural, source


def test_translations_keep_the_placeholders_and_markup():
    """{name}, %n, %1 and HTML tags of the English source are all in the Vietnamese text."""
    wrong = []
    for (context, source, _comment), m in ut.messages(ut.ts_path("vi")).items():
        for text in m["translations"]:
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                wrong.append((context, source, text))
            if sorted(re.findall(r"</?\w+>", source)) != sorted(re.findall(r"</?\w+>", text)):
                wrong.append((context, source, text))
            if text.count("&") - text.count("&&") > 1:
                wrong.append((context, source, text))
    assert wrong == []


def _literals_outside_tr(path: Path) -> list[tuple[int, str]]:
    """String constants with Vietnamese letters that are neither a tr() source, nor a
    docstring, nor on a line saying why they stay Vietnamese ("# untranslated: …")."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source)
    allowed: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in TR_CALLS:
                allowed |= {id(a) for a in node.args}
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                allowed.add(id(first.value))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in allowed:
            if VIETNAMESE.search(node.value):
                span = lines[node.lineno - 1:(node.end_lineno or node.lineno)]
                if not any("untranslated" in line for line in span):
                    found.append((node.lineno, node.value))
    return found


def test_no_vietnamese_text_is_left_outside_tr_in_the_window_code():
    """Words the officer reads come from tr() (Vietnamese through chitieu_vi.ts); the few
    Vietnamese literals left are data or official text, each marked "untranslated" with why."""
    found = {p.name: _literals_outside_tr(p) for p in sorted((ROOT / "ui").glob("*.py"))
             if p.name not in NOT_CHECKED}
    assert {name: hits for name, hits in found.items() if hits} == {}


def test_every_translated_literal_names_its_context_literally():
    """lupdate reads a context only when it is written out: `translate(CONTEXT, "read {date}")`
    never reached chitieu_vi.ts, so the Vietnamese key register showed "read 05/12/2026" and its
    tooltips in English (walk 29). A source given as a name (a QT_TRANSLATE_NOOP table) may be."""
    found = []
    for path in sorted((ROOT / "ui").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == "translate"
                    and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant)
                    and not isinstance(node.args[0], ast.Constant)):
                found.append((path.name, node.lineno, node.args[1].value))
    assert found == []


@pytest.mark.parametrize("language, texts", [
    ("vi", {("QPlatformTheme", "&Yes"): "&Có", ("QPlatformTheme", "&No"): "&Không",
            ("QPlatformTheme", "Cancel"): "Hủy", ("QPlatformTheme", "Close"): "Đóng",
            ("QLineEdit", "&Copy"): "&Sao chép"}),
    ("en", {("QPlatformTheme", "&Yes"): "&Yes", ("QPlatformTheme", "Cancel"): "Cancel"}),
])
def test_qt_s_own_buttons_speak_the_interface_language(qtbot, language, texts, english):
    """Qt ships no Vietnamese: our chitieu_vi.qm translates its standard buttons and menus."""
    if language == "en":
        english()
    for (context, source), wanted in texts.items():
        assert QCoreApplication.translate(context, source) == wanted
    box = QMessageBox(QMessageBox.Icon.Question, "?", "?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    shown = sorted(b.text() for b in box.buttons())
    assert shown == sorted([texts[("QPlatformTheme", "&Yes")], QCoreApplication.translate("QPlatformTheme", "&No")])


def test_the_translators_are_kept_referenced():
    """Both our catalogue and, for English, Qt's qtbase_en.qm stay installed and referenced."""
    assert i18n.current_language() == "vi"
    assert len(i18n.installed_translators()) >= 1
    assert all(t.language() for t in i18n.installed_translators())
