"""The interface language: Vietnamese (the default) or English, switched live with Qt's translators.

Source strings are English in the code (`self.tr(...)`, `QCoreApplication.translate(...)`);
`resources/i18n/chitieu_vi.qm` turns them into Vietnamese (it also carries Vietnamese for
Qt's own standard buttons and dialogs, see `ui/qt_strings.py`: PySide6 ships no Qt
Vietnamese), and `chitieu_en.qm` holds only English plural forms. Qt's own
`qtbase_<lang>.qm` is loaded too when it exists (English: yes; Vietnamese: not shipped).

The choice is a per-user setting of this computer (QSettings, key `interface/language`),
not a database setting: it is needed before any database is opened (login, the
damaged-database offer), and a database restored from a backup or sent to the province
must not change anyone's language. Reports and submission files are official documents
and stay Vietnamese whatever the interface language.

Installing or removing a translator makes Qt send QEvent.LanguageChange to every widget;
the windows retranslate themselves there (MainWindow.changeEvent), so no restart is needed.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QSettings, QTranslator

from desktop_app.resources import resource_path

# `translate("Context", "English text")` for code outside a QObject; pyside6-lupdate
# finds calls by this name (the context and the text must be literals).
translate = QCoreApplication.translate

VIETNAMESE = "vi"
ENGLISH = "en"
DEFAULT_LANGUAGE = VIETNAMESE
# Each language named in itself, so anyone can find their own in the list.
LANGUAGES = {VIETNAMESE: "Tiếng Việt", ENGLISH: "English"}  # untranslated: each in itself
SETTINGS_KEY = "interface/language"
CATALOG_PREFIX = "chitieu"

# Every QTranslator we installed, kept referenced (a collected translator is silently
# uninstalled by Qt), with the language they translate to.
_installed: list[QTranslator] = []
_language: str | None = None


def translations_dir() -> Path:
    return resource_path("i18n")


def our_catalog(language: str) -> Path:
    return translations_dir() / f"{CATALOG_PREFIX}_{language}.qm"


def qt_catalog(language: str) -> Path | None:
    """Qt's own translations of its dialogs for `language`, if this Qt has them."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    path = folder / f"qtbase_{language}.qm"
    return path if path.is_file() else None


def saved_language(settings: QSettings | None = None) -> str:
    """The language chosen on this computer (Vietnamese when none was chosen)."""
    settings = settings or QSettings()
    value = settings.value(SETTINGS_KEY, DEFAULT_LANGUAGE, type=str)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def save_language(language: str, settings: QSettings | None = None) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    settings = settings or QSettings()
    settings.setValue(SETTINGS_KEY, language)
    settings.sync()


def current_language() -> str:
    """The language installed now (the default before any was installed)."""
    return _language or DEFAULT_LANGUAGE


def is_english() -> bool:
    return current_language() == ENGLISH


def install_language(language: str) -> list[Path]:
    """Replace our translators with `language`'s; returns the catalogues loaded.

    Qt then sends LanguageChange to every widget. Raises FileNotFoundError if our own
    catalogue for a language other than English is missing (a broken build).
    """
    global _language
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language() needs a QApplication")
    wanted = [our_catalog(language), qt_catalog(language)]
    loaded: list[tuple[QTranslator, Path]] = []
    for path in wanted:
        if path is None:
            continue
        if not path.is_file():
            if path == our_catalog(language) and language != ENGLISH:
                raise FileNotFoundError(path)
            continue
        translator = QTranslator(app)
        if not translator.load(str(path)):
            raise OSError(f"cannot load translations {path}")
        loaded.append((translator, path))
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    for translator, _path in loaded:
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
    _language = language
    return [path for _translator, path in loaded]


def installed_translators() -> list[QTranslator]:
    return list(_installed)


def switch_language(language: str, settings: QSettings | None = None) -> bool:
    """The officer's choice in Settings: remember it and apply it now. True if it changed."""
    save_language(language, settings)
    if language == current_language() and _installed:
        return False
    install_language(language)
    return True


class Retranslating:
    """Mixin for a main window: on a language switch say every word again, without a
    restart; a hidden window does it when it is shown again. The class defines
    `retranslate()`."""

    _language_stale = False

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            if self.isVisible():
                self.retranslate()
            else:
                self._language_stale = True
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        if self._language_stale:
            self._language_stale = False
            self.retranslate()
        super().showEvent(event)
