"""Intake never crashes, never half-imports, and gives every refusal a reason, whatever the files."""
from __future__ import annotations

import io
import random
import re
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.errors import BadSubmission
from desktop_app.core.intake import ACCEPTED, REFUSED, FileClass
from desktop_app.core.submission import fingerprint, submission_from_json
from exports.submission_reader import parse_bytes, verify_file
from tests.province.conftest import PERIOD

N_FILES = 520


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {i.filename: z.read(i) for i in z.infolist()}


def _rezip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def mutate(base: bytes, rnd: random.Random) -> bytes:
    """One random damage: at the byte level, or inside one XML part then zipped again."""
    kind = rnd.randrange(10)
    data = bytearray(base)
    if kind == 0:  # flip a few bytes
        for _ in range(rnd.randint(1, 8)):
            data[rnd.randrange(len(data))] ^= 1 << rnd.randrange(8)
        return bytes(data)
    if kind == 1:  # truncated download
        return bytes(data[:rnd.randrange(len(data))])
    if kind == 2:  # junk appended or prepended
        junk = rnd.randbytes(rnd.randint(1, 200))
        return bytes(data) + junk if rnd.random() < 0.5 else junk + bytes(data)
    if kind == 3:  # not a zip at all
        return rnd.randbytes(rnd.randint(0, 3000))
    members = _members(base)
    names = list(members)
    if kind == 4:  # a part removed
        del members[rnd.choice(names)]
        return _rezip(members)
    sheets = [n for n in names if n.startswith("xl/worksheets/")] + ["xl/workbook.xml"]
    name = rnd.choice(sheets)
    xml = members[name].decode("utf-8")
    if kind == 5:  # a digit changed somewhere (a figure, a code, a version, a period...)
        spots = [m.start() for m in re.finditer(r"\d", xml)]
        i = rnd.choice(spots)
        xml = xml[:i] + str((int(xml[i]) + rnd.randint(1, 9)) % 10) + xml[i + 1:]
    elif kind == 6:  # a slice of the XML cut out
        i = rnd.randrange(len(xml))
        xml = xml[:i] + xml[i + rnd.randint(1, 300):]
    elif kind == 7:  # text of a cell replaced
        cells = list(re.finditer(r"<t>([^<]*)</t>", xml))
        if cells:
            m = rnd.choice(cells)
            new = rnd.choice(["", "abc", "2027", "2026-Q1", "-1", "1e9", "99,5", "=SUM(A1)", "2", "0",
                              "chitieu-submission", "ＸＹＺ", "\u0301", "9" * 40])
            xml = xml[:m.start(1)] + new + xml[m.end(1):]
    elif kind == 8:  # junk inserted into the markup
        i = rnd.randrange(len(xml))
        xml = xml[:i] + rnd.choice(["<", "&", "<x>", "\x00", "</row>", "<c r=\"ZZZ9\"><v>1</v></c>",
                                     # one far cell made calamine ask for 549 GB and abort the process
                                     "<row r=\"1048576\"><c r=\"XFD1048576\"><v>1</v></c></row>"]) + xml[i:]
    else:  # two cells' texts swapped
        cells = list(re.finditer(r"<t>([^<]*)</t>", xml))
        if len(cells) >= 2:
            a, b = rnd.sample(cells, 2)
            if a.start() > b.start():
                a, b = b, a
            xml = (xml[:a.start(1)] + b.group(1) + xml[a.end(1):b.start(1)] + a.group(1) + xml[b.end(1):])
    members[name] = xml.encode("utf-8", "surrogatepass")
    return _rezip(members)


INFO_SHEET = "xl/worksheets/sheet3.xml"  # "Thông tin": key in column A, value in column C
SIGNED_KEYS = ("signature", "public_key", "key_code")
DOCUMENT_KEYS = ("approved", "generated_at", "signer", "approved_by", "doc_number", "unit_code", "period")


def _info_value(xml: str, key: str) -> re.Match | None:
    """The value cell's text of `key` in the "Thông tin" sheet XML."""
    return re.search(rf"<t>{re.escape(key)}</t>.*?<c r=\"C\d+\"[^>]*><is><t>([^<]*)</t>", xml)


def mutate_signed(base: bytes, others: list[bytes], rnd: random.Random) -> bytes:
    """One damage aimed at a signed (format-2) file's signature: a character of the signature
    or the key changed, another file's signature or key put in, the signature or the key code
    alone removed, every trace of it removed (the file arrives unsigned), or a field the
    signature covers changed."""
    members = _members(base)
    xml = members[INFO_SHEET].decode("utf-8")
    donor = _members(rnd.choice(others))[INFO_SHEET].decode("utf-8")
    kind = rnd.randrange(7)

    def put(xml, key, value):
        m = _info_value(xml, key)
        return xml if m is None else xml[:m.start(1)] + value + xml[m.end(1):]

    if kind == 0:  # one character of the signature or of the key
        key = rnd.choice(("signature", "public_key"))
        m = _info_value(xml, key)
        i = rnd.randrange(len(m.group(1)))
        c = m.group(1)[i]
        xml = put(xml, key, m.group(1)[:i] + ("A" if c != "A" else "B") + m.group(1)[i + 1:])
    elif kind == 1:  # another file's signature, or its key (with or without its code)
        keys = rnd.choice((("signature",), ("public_key",), ("public_key", "key_code"), SIGNED_KEYS))
        for key in keys:
            xml = put(xml, key, _info_value(donor, key).group(1))
    elif kind == 2:  # the signature or the key code removed, or a key code of one's own
        xml = put(xml, rnd.choice(SIGNED_KEYS), rnd.choice(["", "AAAA-BBBB-CCCC-DDDD", "abc"]))
    elif kind == 3:  # every trace of the signature removed: an unsigned file
        for key in SIGNED_KEYS:
            xml = put(xml, key, "")
    elif kind == 4:  # a field the signature covers
        key = rnd.choice(DOCUMENT_KEYS)
        xml = put(xml, key, rnd.choice(["1", "0", "2030-01-01T00:00:00+07:00", "Người khác", "05503", "2026"]))
    elif kind == 5:  # the signature truncated, or made very long
        m = _info_value(xml, "signature")
        xml = put(xml, "signature", m.group(1)[:rnd.randrange(len(m.group(1)))] if rnd.random() < 0.5
                  else m.group(1) * 300)
    else:  # the signature and the key both from another file (a valid pair, over another document)
        for key in SIGNED_KEYS:
            xml = put(xml, key, _info_value(donor, key).group(1))
        xml = put(xml, "approved", "1")
    members[INFO_SHEET] = xml.encode("utf-8")
    return _rezip(members)


@pytest.fixture(scope="module")
def fuzz_folder(inbox, tmp_path_factory):
    """520 mutated files, from the inbox's signed (format-2) files: two in three damaged
    anywhere, one in three in its signature."""
    folder = tmp_path_factory.mktemp("fuzz")
    bases = [(inbox["folder"] / n).read_bytes() for n, c in inbox["expected"].items() if c == "Hợp lệ"][:4]
    rnd = random.Random(20260618)
    for i in range(N_FILES):
        base = rnd.choice(bases)
        data = mutate_signed(base, bases, rnd) if i % 3 == 0 else mutate(base, rnd)
        (folder / f"tep-{i:04d}.xlsx").write_bytes(data)
    return folder


def test_intake_of_500_mutated_files(office, fuzz_folder):
    """No crash, one log row per file, every refusal with a class and a reason, nothing half-imported:
    every stored submission still matches its fingerprint and is referenced by its file's log row."""
    run = office.intake(fuzz_folder, PERIOD)
    assert len(run.results) == N_FILES
    counts = run.counts
    assert sum(counts.values()) == N_FILES
    assert counts[FileClass.TEP_HONG] and counts[FileClass.DA_BI_SUA]  # the mutations reach both ends
    for r in run.results:
        assert r.class_ in FileClass
        assert r.reason.strip(), r.file_name
    log = office.store.intake_log(run_id=run.run_id)
    assert len(log) == N_FILES
    received = office.store.conn.execute("SELECT id, fingerprint, canonical, document FROM received").fetchall()
    assert len(received) == sum(r.new for r in run.results)
    referenced = {row.received_id for row in log if row.received_id}
    registered = {(k.unit_code, k.public_key) for k in office.store.unit_keys()}
    for rid, fp, canonical_text, document in received:
        sub = submission_from_json(canonical_text, document)
        assert fingerprint(sub) == fp
        assert rid in referenced
        # a stored version is unsigned, or signed by a key of its unit's register over this very document
        assert not sub.signature or (sub.signature_valid() and (sub.unit_code, sub.public_key) in registered)
    signature_refusals = [r for i, r in enumerate(run.results) if i % 3 == 0 and not r.accepted]
    assert signature_refusals and all(r.class_ in REFUSED and r.reason.strip() for r in signature_refusals)
    assert any("Chữ ký trong tệp" in r.reason for r in signature_refusals)
    assert any(not r.signed for i, r in enumerate(run.results) if i % 3 == 0 and r.accepted)  # stripped: unsigned
    for row in log:
        if row.class_ in REFUSED:
            assert row.received_id is None
        else:
            assert row.class_ in ACCEPTED and row.received_id is not None


def test_a_failure_while_storing_a_file_leaves_nothing_of_it(office, inbox, monkeypatch):
    """One transaction per file: if writing the log row fails, the file's received row is rolled back."""
    from db.store import Store

    calls = {"n": 0}
    real = Store.add_intake_log

    def failing(self, row):
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError("disk full")
        return real(self, row)

    monkeypatch.setattr(Store, "add_intake_log", failing)
    with pytest.raises(OSError):
        office.intake(inbox["folder"], PERIOD)
    monkeypatch.undo()
    rows = office.store.conn.execute("SELECT count(*) FROM received").fetchone()[0]
    logs = office.store.conn.execute("SELECT count(*) FROM intake_log").fetchone()[0]
    assert logs == 1 and rows <= 1
    # and reading again completes the folder
    run = office.intake(inbox["folder"], PERIOD)
    assert {r.file_name: r.class_ for r in run.results}["rac.xlsx"] == "Tệp hỏng"
    assert office.checked_completeness(PERIOD).counts["received"] == len(inbox["kept"])


def test_verify_and_intake_agree_on_every_mutated_file(office, fuzz_folder):
    """`chitieu verify` reads with intake's reader: a file intake finds unreadable, verify
    finds unreadable with the same reason; a changed one, changed; a readable one, the same
    fingerprint."""
    run = office.intake(fuzz_folder, PERIOD)
    unreadable = (FileClass.TEP_HONG, FileClass.KHONG_PHAI, FileClass.PHIEN_BAN)
    for r in run.results:
        v = verify_file(fuzz_folder / r.file_name)
        if r.class_ in unreadable and not r.unit_code:
            assert not v.readable and v.message == r.reason, r.file_name
        elif r.class_ == FileClass.DA_BI_SUA:  # intake may add whose key, in the province's register, it names
            said = r.reason.split(" Mã khóa ghi trong tệp, ")[0]
            assert v.readable and not v.ok and said in v.message, r.file_name
        else:  # received, or refused only for its period or unit: verify reads the same data
            assert v.readable and v.computed == r.fingerprint, r.file_name


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_the_reader_only_ever_raises_bad_submission(inbox, data):
    """Whatever bytes arrive, parsing raises BadSubmission (with a message) or returns a submission."""
    names = [n for n, c in inbox["expected"].items() if c == "Hợp lệ"][:3]
    bases = [(inbox["folder"] / n).read_bytes() for n in names]
    seed = data.draw(st.integers(min_value=0, max_value=2**32 - 1))
    rnd = random.Random(seed)
    mutated = mutate_signed(bases[0], bases, rnd) if data.draw(st.booleans()) else mutate(bases[0], rnd)
    try:
        parse_bytes(mutated, "tep.xlsx")
    except BadSubmission as err:
        assert err.message.strip()
