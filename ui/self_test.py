"""`chitieu --self-test`: check a build without a person (database, translations, window, PDF).

Every step works in a temporary folder (never the officer's database or settings) and
prints one line in Vietnamese; the exit code is 0 only if every step passed. Run it on
the built program (`dist/chitieu/chitieu --self-test`, QT_QPA_PLATFORM=offscreen on a
machine with no display): it proves the bundle has what the program needs at run time
(the catalogue, the translations, the fonts, the icons, Qt's platform plugin, QtCharts).

A Windows build has no console: the lines also go to chitieu-tu-kiem-tra.txt in the
temporary folder (%TEMP%), and the exit code is what `start /wait` reports.
"""
from __future__ import annotations

import re
import sys
import tempfile
import time
import traceback
from pathlib import Path

LOG_NAME = "chitieu-tu-kiem-tra.txt"
UNIT = "tan cuong"  # Xã Tân Cương
PERIOD = "2026-Q1"


class SelfTest:
    def __init__(self, folder: Path):
        self.folder = folder
        self.lines: list[str] = []
        self.failed = 0
        self.app = None

    def say(self, line: str) -> None:
        self.lines.append(line)
        if sys.stdout is not None:
            print(line, flush=True)

    def step(self, name: str, check) -> None:
        started = time.perf_counter()
        try:
            detail = check()
        except Exception as err:  # noqa: BLE001 - every failure is reported, then the next step runs
            self.failed += 1
            self.say(f"[LỖI] {name}: {type(err).__name__}: {err}")
            for line in traceback.format_exc().rstrip().splitlines():
                self.say(f"       {line}")
            return
        ms = (time.perf_counter() - started) * 1000
        self.say(f"[ĐẠT] {name}" + (f": {detail}" if detail else "") + f" ({ms:.0f} ms)")

    # --- the steps ----------------------------------------------------------------------------
    def bundled_files(self) -> str:
        from desktop_app.resources import default_catalog
        from desktop_app.resources import resource_path
        from ui.i18n import our_catalog
        from ui.icons import icon_files

        needed = [our_catalog("vi"), our_catalog("en"), resource_path("catalog", "catalog.json"), *icon_files()]
        missing = [str(p) for p in needed if not p.is_file()]
        if missing:
            raise FileNotFoundError(", ".join(missing))
        catalog = default_catalog()
        return f"bộ chỉ tiêu phiên bản {catalog.version}, {len(catalog.indicators)} chỉ tiêu, {len(catalog.communes)} đơn vị"

    def database(self) -> str:
        from desktop_app.services import Workspace

        data = self.folder / "du-lieu"
        ws = Workspace.open(data, user="tu-kiem-tra")
        try:
            ws.setup(UNIT, "Người Lập", "Người Ký", "Chủ tịch", "UBND")
            ws.set_entry(PERIOD, "bhyt", numerator="9500", denominator="10000")
        finally:
            ws.close()
        ws = Workspace.open(data, user="tu-kiem-tra")  # opened again: the value was kept
        try:
            value = ws.row(PERIOD, "bhyt").value_text
        finally:
            ws.close()
        if value != "95":
            raise AssertionError(f"đọc lại được {value!r}, cần '95'")
        return f"{data} (ghi, đóng, mở lại: tỷ lệ BHYT {value}%)"

    def translations(self) -> str:
        from PySide6.QtCore import QCoreApplication

        from ui.app import create_application
        from ui.i18n import install_language

        self.app = create_application([sys.argv[0] if sys.argv else "chitieu"], language="vi")
        tr = QCoreApplication.translate
        checks = {
            "vi": {("MainWindow", "&File"): "&Tệp", ("QPlatformTheme", "&Yes"): "&Có",
                   ("labels", "Exceeded"): "Vượt"},
            "en": {("MainWindow", "&File"): "&File", ("QPlatformTheme", "Cancel"): "Cancel"},
        }
        loaded = []
        for language in ("en", "vi"):  # Vietnamese last: the steps after it run as an officer sees it
            files = install_language(language)
            loaded += [p.name for p in files]
            for (context, text), wanted in checks[language].items():
                got = tr(context, text)
                if got != wanted:
                    raise AssertionError(f"{language}: {context}/{text!r} → {got!r}, cần {wanted!r}")
        return ", ".join(loaded)

    def main_window(self) -> str:
        from desktop_app.services import Workspace
        from ui.history_dialog import HistoryDialog  # QtCharts must be in the build
        from ui.main_window import MainWindow

        ws = Workspace.open(self.folder / "du-lieu", user="tu-kiem-tra")
        try:
            window = MainWindow(ws)
            window.resize(1366, 768)
            picture = window.grab()  # drawn without showing it: no window appears
            menus = [a.text() for a in window.menuBar().actions()]
            history = HistoryDialog(ws, "bhyt")
            points = sum(s.count() for s in history.chart.series())
            history.close()
            history.deleteLater()
            window.close()
            window.deleteLater()
            self.app.processEvents()
        finally:
            ws.close()
        if picture.isNull() or "&Tệp" not in menus:
            raise AssertionError(f"cửa sổ chính: menu {menus}")
        return f"{picture.width()}×{picture.height()}, menu {' '.join(m.replace('&', '') for m in menus)}, " \
               f"biểu đồ {points} điểm"

    def pdf(self) -> str:
        from desktop_app.services import Workspace, export_period

        ws = Workspace.open(self.folder / "du-lieu", user="tu-kiem-tra")
        try:  # the window's "Xuất báo cáo", the PDF only, nothing recorded as sent
            path = export_period(ws, PERIOD, self.folder / "bao-cao", xlsx=False, mark_sent=False).pdf
        finally:
            ws.close()
        data = Path(path).read_bytes()
        pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
        if not data.startswith(b"%PDF") or pages < 1:
            raise AssertionError(f"{path}: không phải PDF có trang")
        from reportlab.lib.rl_accel import fp_str  # reportlab's C helpers: imported from a string

        if fp_str.__module__ != "_rl_accel":
            raise AssertionError("reportlab chạy không có rl_accel (thiếu _rl_accel trong bản dựng)")
        if self.app is None:
            return f"{path} ({pages} trang, {len(data) // 1024} KB)"
        # In báo cáo… shows the PDF through QtPdf: it must be in the build and draw the pages.
        from PySide6.QtPdf import QPdfDocument

        from ui.print_report import render_page

        document = QPdfDocument()
        document.load(str(path))
        shown, image = document.pageCount(), render_page(document, 0, 20)
        document.close()
        if shown != pages or image.isNull():
            raise AssertionError(f"{path}: QtPdf đọc {shown}/{pages} trang")
        return f"{path} ({pages} trang, {len(data) // 1024} KB, QtPdf vẽ được)"

    def run(self) -> int:
        from ui.common import APP_NAME, app_version

        self.say(f"Tự kiểm tra {APP_NAME} {app_version()} — Python {sys.version.split()[0]}, "
                 f"{'bản đóng gói' if getattr(sys, 'frozen', False) else 'mã nguồn'}")
        self.say(f"Thư mục tạm: {self.folder}")
        self.step("Tệp đi kèm (bộ chỉ tiêu, bản dịch, biểu tượng)", self.bundled_files)
        self.step("Mở và đóng cơ sở dữ liệu tạm", self.database)
        self.step("Nạp bản dịch tiếng Việt và tiếng Anh", self.translations)
        if self.app is not None:
            self.step("Dựng cửa sổ chính và biểu đồ diễn biến", self.main_window)
        self.step("Vẽ báo cáo PDF vào thư mục tạm", self.pdf)
        if self.failed:
            self.say(f"KẾT QUẢ: {self.failed} bước LỖI.")
        else:
            self.say("KẾT QUẢ: tất cả các bước đều ĐẠT.")
        return 1 if self.failed else 0


def run_self_test() -> int:
    """Run every step in a temporary folder (removed afterwards); 0 when all passed."""
    # ignore_cleanup_errors: Windows may hold a file a moment longer; the result stands.
    with tempfile.TemporaryDirectory(prefix="chitieu-tu-kiem-tra-", ignore_cleanup_errors=True) as tmp:
        test = SelfTest(Path(tmp))
        code = test.run()
    try:
        (Path(tempfile.gettempdir()) / LOG_NAME).write_text("\n".join(test.lines) + "\n", encoding="utf-8")
    except OSError:
        pass
    return code
