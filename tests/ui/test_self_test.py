"""`chitieu --self-test`: the build check runs every step in a temporary folder and says how it went."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ui import i18n
from ui.self_test import run_self_test

ROOT = Path(__file__).resolve().parents[2]


def test_the_self_test_passes_from_the_sources_and_touches_no_user_data(tmp_path):
    """python -m desktop_app --self-test: five steps ĐẠT, exit 0, the officer's data folder untouched."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CHITIEU_DATA_DIR=str(tmp_path / "officer"),
               HOME=str(tmp_path / "home"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-m", "desktop_app", "--self-test"], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    lines = done.stdout.splitlines()
    assert done.returncode == 0, done.stdout + done.stderr
    assert sum(line.startswith("[ĐẠT]") for line in lines) == 5 and not any("[LỖI]" in x for x in lines)
    assert lines[-1] == "KẾT QUẢ: tất cả các bước đều ĐẠT."
    assert any("chitieu_vi.qm" in line for line in lines) and any(".pdf (" in line for line in lines)
    assert not (tmp_path / "officer").exists()  # a temporary database, never the officer's
    assert not (tmp_path / "config").exists()  # no setting written either


def test_a_missing_translation_fails_the_self_test(qtbot, monkeypatch, capsys):
    """A build without chitieu_vi.qm is caught: the step says LỖI and the exit code is 1."""
    missing = Path("/nonexistent/chitieu_vi.qm")
    real = i18n.our_catalog
    monkeypatch.setattr(i18n, "our_catalog", lambda language: missing if language == "vi" else real(language))
    assert run_self_test() == 1
    out = capsys.readouterr().out
    assert "[LỖI] Tệp đi kèm" in out and "[LỖI] Nạp bản dịch" in out
    assert out.splitlines()[-1] == "KẾT QUẢ: 2 bước LỖI."
