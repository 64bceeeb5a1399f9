"""`chitieu verify` run on a commune's laptop (its data folder holds the commune's database) asks
that database only whether it is the province's key register, without loading the database layer:
the check is a command a person waits for (benchmarks/bench_cli.py), and a commune's database holds
no register. A province's database is still opened and its register's word said."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from db.settings import mode_on_disk
from desktop_app.data_folder import DB_NAME
from desktop_app.province import ProvinceOffice

ROOT = Path(__file__).resolve().parents[2]


def _register_note_loads(data_dir: Path) -> tuple[str, list[str]]:
    code = ("import sys, types; from desktop_app.cli import _register_note; "
            f"note = _register_note(types.SimpleNamespace(data_dir={str(data_dir)!r}), "
            "types.SimpleNamespace(public_key='', unit_code='05503', unit_name='Xã Tân Cương')); "
            "print(repr(note[0])); print(sorted(m for m in ('db.store', 'db.integrity') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                         env=dict(os.environ), encoding="utf-8")
    note, loaded = out.stdout.strip().splitlines()
    return note, loaded


def test_a_commune_database_is_asked_without_the_database_layer(workspace, data_dir):
    workspace.close()
    assert mode_on_disk(data_dir / DB_NAME) == ""
    assert _register_note_loads(data_dir) == ("''", "[]")


def test_a_province_database_is_opened_and_named(tmp_path):
    office = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    office.close()
    assert mode_on_disk(tmp_path / "tinh" / DB_NAME) == "province"
    note, loaded = _register_note_loads(tmp_path / "tinh")
    assert loaded == "['db.integrity', 'db.store']"
    assert "Tỉnh chưa có khóa nào của Xã Tân Cương" in note, note


def test_an_unreadable_database_is_left_to_the_store_to_name(tmp_path):
    (tmp_path / DB_NAME).write_bytes(b"not a database at all" * 100)
    assert mode_on_disk(tmp_path / DB_NAME) is None
