"""Intake with reading processes gives exactly what intake in one process gives."""
from __future__ import annotations

from desktop_app import intake as intake_mod
from desktop_app.intake import PARALLEL_MIN_FILES, intake_workers
from tests.province.conftest import PERIOD


def _outcome(office, run):
    """What a run gave, the clock aside: a reason naming when an earlier copy was received
    ("nhận lúc 09:59 01/12/2026") differs when two runs straddle a minute."""
    import json
    import re

    clock = re.compile(r"nhận lúc \d\d:\d\d \d\d/\d\d/\d{4}")
    runs, rows, log = _raw_outcome(office, run)
    return json.loads(clock.sub("nhận lúc …", json.dumps([runs, rows, log], ensure_ascii=False)))


def _raw_outcome(office, run):
    rows = office.store.conn.execute(
        "SELECT unit_code, period, fingerprint, generated_at, file_name, file_sha256, approved, class,"
        " reason, catalog_version, current, document, canonical FROM received ORDER BY id").fetchall()
    log = office.store.conn.execute(
        "SELECT file_name, file_sha256, size, class, reason, unit_code, period, fingerprint FROM intake_log"
        " ORDER BY id").fetchall()
    return [r.as_json() for r in run.results], rows, log


def test_parallel_reading_gives_the_same_results_in_the_same_order(inbox, office, tmp_path, monkeypatch):
    from desktop_app.province import ProvinceOffice

    monkeypatch.setenv("CHITIEU_INTAKE_WORKERS", "0")
    seq_run = office.intake(inbox["folder"], PERIOD)
    seq = _outcome(office, seq_run)
    monkeypatch.setenv("CHITIEU_INTAKE_WORKERS", "2")
    other = ProvinceOffice.open(tmp_path / "par", user="tinh")
    other.setup()
    seen = []
    par_run = other.intake(inbox["folder"], PERIOD, on_result=seen.append,
                           progress=lambda n, total, text: None)
    assert _outcome(other, par_run) == seq
    assert [r.file_name for r in seen] == [r.file_name for r in par_run.results]
    other.close()


def test_this_process_reads_the_chunks_no_one_has_taken_while_it_waits(inbox, office, tmp_path, monkeypatch):
    """One file per chunk: the reading process gets the first chunks, this process reads the
    rest while that process starts; the outcome is the same, in the same order."""
    from desktop_app.province import ProvinceOffice

    monkeypatch.setenv("CHITIEU_INTAKE_WORKERS", "0")
    seq = _outcome(office, office.intake(inbox["folder"], PERIOD))
    monkeypatch.setenv("CHITIEU_INTAKE_WORKERS", "1")
    monkeypatch.setattr(intake_mod, "CHUNK_FILES", 1)
    read_here = []
    original = intake_mod.Intake.read_file

    def counted(self, path, period):
        read_here.append(path.name)
        return original(self, path, period)

    monkeypatch.setattr(intake_mod.Intake, "read_file", counted)
    other = ProvinceOffice.open(tmp_path / "shared", user="tinh")
    other.setup()
    assert _outcome(other, other.intake(inbox["folder"], PERIOD)) == seq
    other.close()
    files = len(seq[0])
    # the process read the chunks it had started; this one the rest (it takes back, at the
    # end, a chunk given out that no process has started)
    assert 0 < len(read_here) < files


def test_parallel_reading_can_be_cancelled(inbox, tmp_path, monkeypatch):
    from desktop_app.province import ProvinceOffice

    monkeypatch.setenv("CHITIEU_INTAKE_WORKERS", "2")
    office = ProvinceOffice.open(tmp_path / "c", user="tinh")
    office.setup()
    done = []
    run = office.intake(inbox["folder"], PERIOD, on_result=done.append, cancelled=lambda: len(done) >= 3)
    assert run.cancelled and len(run.results) == 3
    office.close()


def test_pool_failure_falls_back_to_reading_here(inbox, office, monkeypatch):
    monkeypatch.setenv("CHITIEU_INTAKE_WORKERS", "2")

    def broken(self, files, period, workers, whole=False):
        raise OSError("no processes")

    monkeypatch.setattr(intake_mod.Intake, "_parallel_reads", broken)
    run = office.intake(inbox["folder"], PERIOD)
    assert len(run.results) == len(list(inbox["folder"].iterdir()))


def test_how_many_workers(monkeypatch):
    monkeypatch.delenv("CHITIEU_INTAKE_WORKERS", raising=False)
    assert intake_workers(PARALLEL_MIN_FILES - 1) == 0
    monkeypatch.setattr(intake_mod.sys, "frozen", True, raising=False)
    assert intake_workers(10_000) == 0
    monkeypatch.setenv("CHITIEU_INTAKE_WORKERS", "3")
    assert intake_workers(5) == 3


def test_units_sent_to_readers_are_small_and_complete(received):
    import pickle

    from desktop_app.errors import ChiTieuError
    from desktop_app.intake import _Units

    office, _ = received
    units = _Units.of(office.catalog)
    data = pickle.dumps(units)
    assert len(data) < 60_000  # fits a pipe's buffer
    back = pickle.loads(data)
    assert back.version == office.catalog.version and len(back.communes) == len(office.catalog.communes)
    for c in office.catalog.communes:
        assert back.commune_by_code(c.code).name == c.name
    try:
        back.commune_by_code("nope")
    except ChiTieuError:
        pass
    else:
        raise AssertionError("unknown code accepted")


def test_cached_text_is_the_reference_text():
    from exports.submission_fast import _cached_text
    from exports.submission_xlsx import _text

    for v in ["  a b ", "Xã Tân Cương", "Xa\u0303 ", "x\r\ny", "a\x01b", "", " ", 3.0, 2.5, 7, None,
              "Có", "e\u0301", "\t tab"]:
        for _ in range(2):  # computed, then remembered
            assert _cached_text(v) == _text(v), repr(v)


def test_parallel_reading_keeps_whole_submissions_when_asked(inbox, tmp_path, monkeypatch):
    from desktop_app.intake import Intake, Received
    from desktop_app.province import ProvinceOffice

    got = {}
    for workers in ("0", "2"):
        monkeypatch.setenv("CHITIEU_INTAKE_WORKERS", workers)
        office = ProvinceOffice.open(tmp_path / f"k{workers}", user="tinh")
        office.setup()
        kept: dict = {}
        Intake(office.store, office.catalog, office.settings.rules, "tinh").run(
            inbox["folder"], PERIOD, keep_submissions=kept)
        got[workers] = kept
        office.close()
    assert got["0"] and got["0"] == got["2"]  # received id -> submission, the same ids in both
    assert not any(isinstance(s, Received) for s in got["2"].values())
    assert {k: s.fingerprint for k, s in got["0"].items()} == {k: s.fingerprint for k, s in got["2"].items()}
    # exactly what each stored row holds
    from desktop_app.province import submission_from_json

    office = ProvinceOffice.open(tmp_path / "k2", user="tinh")
    stored = office.store.received_documents_by_id(list(got["2"]))
    assert {i: submission_from_json(*stored[i]) for i in got["2"]} == got["2"]
    office.close()


def test_consolidation_right_after_intake_equals_one_read_from_the_database(inbox, tmp_path):
    """The submissions intake keeps for the consolidation that follows give the same
    consolidation as a later session that reads them back from the database."""
    from desktop_app.province import ProvinceOffice

    office = ProvinceOffice.open(tmp_path / "t", user="tinh")
    office.setup()
    office.intake(inbox["folder"], PERIOD)
    assert office._stored  # kept
    after_intake = office.consolidation(PERIOD)
    office.close()
    later = ProvinceOffice.open(tmp_path / "t", user="tinh")
    assert not later._stored
    from_db = later.consolidation(PERIOD)
    later.close()
    assert after_intake.items == from_db.items and after_intake.items
    assert [u.submission for u in after_intake.units] == [u.submission for u in from_db.units]
    assert {k: (s.counts, s.total) for k, s in after_intake.summaries.items()} == \
        {k: (s.counts, s.total) for k, s in from_db.summaries.items()}
