"""The `chitieu` command line, run as an officer or a script would run it.

The commands run in this process through the entry point `desktop_app.__main__.main(argv)`:
environment variables as a shell would set them, exit status, stdout and stderr as a console
would show them. One test runs `python -m desktop_app` as a real process, to prove the entry
point itself starts.
"""
import hashlib
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop_app.__main__ import main

ROOT = Path(__file__).resolve().parents[2]
# What a run may read from the environment; each run sees only the ones it is given.
ENVIRONMENT = ("CHITIEU_DATA_DIR", "CHITIEU_USER", "CHITIEU_PASSWORD", "CHITIEU_NEW_PASSWORD")


@dataclass(frozen=True)
class Done:
    """One run of `chitieu`, as a console shows it."""
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def chitieu(capsys, monkeypatch):
    """chitieu(data_dir, *args, env={...}): run one command with CHITIEU_DATA_DIR=data_dir."""
    def run(data_dir, *args, env=None) -> Done:
        capsys.readouterr()  # only this run's output
        for name in ENVIRONMENT:
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("CHITIEU_DATA_DIR", str(data_dir))
        for name, value in (env or {}).items():
            monkeypatch.setenv(name, value)
        try:
            code = main(list(args))
        except SystemExit as stop:  # argparse: --help, a bad argument
            code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
        printed = capsys.readouterr()
        return Done(code, printed.out, printed.err)

    return run


@pytest.fixture
def cli_dir(tmp_path, chitieu):
    d = tmp_path / "cli"
    r = chitieu(d, "setup", "--commune", "tan cuong", "--preparer", "Nguyễn Văn An",
                "--signer", "Trần Thị Bình", "--signer-title", "Chủ tịch")
    assert r.returncode == 0, r.stderr
    assert "Xã Tân Cương" in r.stdout
    return d


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_catalog_json_lists_92_units_with_codes_and_targets(tmp_path, chitieu):
    """The province's table as data: seed order, official codes and names, targets as printed."""
    r = chitieu(tmp_path, "catalog", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    communes = data["communes"]
    assert len(communes) == 92
    assert [c["no"] for c in communes] == list(range(1, 93))
    assert sum(c["kind"] == "xã" for c in communes) == 77
    first = communes[0]
    assert first["code"] == "05443" and first["name"] == "Phường Phan Đình Phùng"
    assert first["targets"]["thu_ngan_sach"] == {"op": "=", "value": 4450844}
    assert first["targets"]["nuoc_sach_nong_thon"] is None
    dai_phuc = communes[7]
    assert dai_phuc["name"] == "Xã Đại Phúc"
    assert dai_phuc["targets"]["lao_dong_dao_tao"] == {"op": ">", "value": 80}
    assert dai_phuc["targets"]["ket_nap_dang_vien"] == {"op": "≥", "value": 3.2}
    assert communes[8]["name"] == "Phường Phổ Yên"  # seed prints "Phở Yên"
    assert communes[29]["targets"]["thu_ngan_sach"]["value"] == 178941  # seed prints "178,941"
    codes = [i["code"] for i in data["indicators"]][:9]
    assert codes == ["thu_ngan_sach", "bhyt", "giam_ngheo", "truong_chuan", "lao_dong_dao_tao",
                     "nuoc_sach_nong_thon", "rac_thai_do_thi", "ket_nap_dang_vien", "to_chuc_dang_htt"]


def test_value_survives_restart_shows_verdict_and_is_audited(cli_dir, chitieu):
    """set, then a new run shows the value and verdict; the change left an audit row."""
    assert chitieu(cli_dir, "baseline", "--indicator", "ket_nap_dang_vien", "--value", "250").returncode == 0
    r = chitieu(cli_dir, "set", "--period", "2026", "--indicator", "ket_nap_dang_vien", "--value", "9",
                "--comment", "Kết nạp đợt 19/5")
    assert r.returncode == 0, r.stderr
    shown = json.loads(chitieu(cli_dir, "show", "--period", "2026", "--json").stdout)
    row = next(x for x in shown["rows"] if x["indicator"] == "ket_nap_dang_vien")
    assert row["value"] == "3.6" and row["value_text"] == "3,6"
    assert row["verdict"] == "Vượt" and row["comment"] == "Kết nạp đợt 19/5"
    text = chitieu(cli_dir, "show", "--period", "2026").stdout
    assert "Tỷ lệ kết nạp đảng viên mới hằng năm" in text and "Vượt" in text

    import sqlite3

    conn = sqlite3.connect(cli_dir / "chitieu.db")
    audit = conn.execute(
        "SELECT field, old, new FROM audit WHERE indicator = 'ket_nap_dang_vien' AND period = '2026'"
    ).fetchall()
    conn.close()
    assert ("numerator", None, "9") in audit


@pytest.mark.parametrize(
    "args, needle",
    [
        (["set", "--period", "2026", "--indicator", "bhyt", "--numerator", "1,234"], "không rõ nghĩa"),
        (["set", "--period", "2026", "--indicator", "bhyt", "--numerator", "-3"], "không được âm"),
        (["set", "--period", "2026", "--indicator", "bhyt", "--numerator", "200", "--denominator", "100"],
         "không được lớn hơn"),
        (["set", "--period", "2032", "--indicator", "bhyt", "--numerator", "1"], "2026-2030"),
        (["set", "--period", "2026", "--indicator", "xyz", "--value", "1"], "xyz"),
        (["set", "--period", "2026", "--indicator", "rac_thai_do_thi", "--numerator", "1"], "không áp dụng"),
        (["baseline", "--indicator", "giam_ngheo", "--value", "140%"], "100%"),
        (["target", "--year", "2026", "--indicator", "bhyt", "--op", "~", "--value", "9"], "Phép so sánh"),
        (["setup", "--commune", "van lang", "--preparer", "A", "--signer", "B"], "Văn Lăng"),
    ],
)
def test_refusal_exits_non_zero_with_one_line_and_leaves_the_database_unchanged(cli_dir, chitieu, args, needle):
    """Every refusal: exit 2, one Vietnamese line naming the problem, the file byte-for-byte the same."""
    assert chitieu(cli_dir, "set", "--period", "2026", "--indicator", "bhyt",
                   "--numerator", "9500", "--denominator", "10000").returncode == 0
    db = cli_dir / "chitieu.db"
    before = digest(db)
    r = chitieu(cli_dir, *args)
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Lỗi: ") and needle in lines[0]
    assert digest(db) == before
    assert not Path(str(db) + "-wal").exists() or Path(str(db) + "-wal").stat().st_size == 0


def test_own_target_and_show(cli_dir, chitieu):
    """A commune's own 2026 target is judged in the 2026 year report, beside the province's."""
    assert chitieu(cli_dir, "target", "--year", "2026", "--indicator", "bhyt", "--op", ">=",
                   "--value", "96").returncode == 0
    chitieu(cli_dir, "set", "--period", "2026", "--indicator", "bhyt", "--numerator", "9.650",
            "--denominator", "10.000")
    shown = json.loads(chitieu(cli_dir, "show", "--period", "2026", "--json").stdout)
    row = next(x for x in shown["rows"] if x["indicator"] == "bhyt")
    assert row["target"]["source"].startswith("Tỉnh giao") and row["verdict"] == "Đang thực hiện"
    assert row["own_target"] == {"op": "≥", "value": "96", "source": "Xã tự đặt (năm 2026)"}
    assert row["own_verdict"] == "Vượt"
    # the text says it too, in the paper's words (walk U21 F9: only --json had the own target)
    text = chitieu(cli_dir, "show", "--period", "2026").stdout
    line = next(x for x in text.splitlines() if "Số người tham gia BHYT" in x)
    assert line.endswith("| Đang thực hiện (96,5% chỉ tiêu) | Xã tự đặt năm 2026: ≥ 96 → Vượt"), line


def test_commands_before_setup_say_what_to_do(tmp_path, chitieu):
    """Entering a value before choosing the unit says to run setup first."""
    r = chitieu(tmp_path / "new", "set", "--period", "2026", "--indicator", "bhyt", "--numerator", "1")
    assert r.returncode == 2 and "chitieu setup" in r.stderr


def test_an_argument_error_is_one_line_with_status_2(tmp_path, chitieu):
    """argparse's own refusal: status 2 and one Vietnamese line, like every other refusal."""
    r = chitieu(tmp_path, "show")
    assert r.returncode == 2
    assert len(r.stderr.strip().splitlines()) == 1 and r.stderr.startswith("chitieu: lỗi tham số:")


def test_the_entry_point_runs_as_a_process(tmp_path):
    """`python -m desktop_app` in a fresh process: setup, then show --json, Vietnamese in UTF-8."""
    env = {**os.environ, "CHITIEU_DATA_DIR": str(tmp_path / "d")}
    for name in ENVIRONMENT[1:] + ("PYTHONIOENCODING",):
        env.pop(name, None)  # main() itself makes the console UTF-8

    def chitieu_process(*args):
        return subprocess.run([sys.executable, "-m", "desktop_app", *args], cwd=ROOT, env=env,
                              capture_output=True, text=True, encoding="utf-8", timeout=60)

    r = chitieu_process("setup", "--commune", "tan cuong", "--preparer", "Nguyễn Văn An", "--signer", "Trần Thị Bình")
    assert r.returncode == 0 and "Đã chọn Xã Tân Cương" in r.stdout, r.stderr
    r = chitieu_process("show", "--period", "2026", "--json")
    assert r.returncode == 0, r.stderr
    shown = json.loads(r.stdout)
    assert shown["commune"]["name"] == "Xã Tân Cương" and shown["period"]["code"] == "2026"


def test_status_piped_into_head_stops_quietly(tmp_path):
    """`chitieu status | head -1`: the reader stops listening (here it has stopped before the
    first line is written); chitieu exits without a BrokenPipeError traceback."""
    env = {**os.environ, "CHITIEU_DATA_DIR": str(tmp_path / "d")}
    for name in ENVIRONMENT[1:]:
        env.pop(name, None)
    setup = subprocess.run([sys.executable, "-m", "desktop_app", "setup", "--commune", "tan cuong", "--preparer",
                            "Nguyễn Văn An", "--signer", "Trần Thị Bình"], cwd=ROOT, env=env, capture_output=True,
                           timeout=60)
    assert setup.returncode == 0, setup.stderr
    for command in (["status"], ["show", "--period", "2026"]):
        process = subprocess.Popen([sys.executable, "-m", "desktop_app", *command], cwd=ROOT, env=env,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        process.stdout.close()  # as head does once it has its lines
        _, err = process.communicate(timeout=60)
        assert err.decode("utf-8") == "", command
        assert process.returncode == 0, command
