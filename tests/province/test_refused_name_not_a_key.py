"""A refused file's NAME is the sender's: "ký bằng khóa mã K2.xlsx" made a forger's file, signed by its
own key K3 and refused, read as signed by the unit's K2 awaiting confirmation (red-team R15, F3): the
confirmation of K2 listed it among "its" refused files and offered to read the forger's folder again,
and the recorded run showed K2 in its key column. Which key signed a refused file is read from its
reason after its name (`refused_before.signed_by`)."""
from __future__ import annotations

from dataclasses import replace

from desktop_app.core.refused_before import signed_by
from desktop_app.core.signing import new_private_key
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import ON_TIME, delivered, make_submissions, sign_with


def test_a_key_code_in_a_file_name_is_not_its_signature(office, tmp_path):
    [unit] = pick_units(1, 0)
    ws, subs = make_submissions(tmp_path, [unit], PERIOD, data_dir=tmp_path / "db")
    ws.close()
    k1 = subs[unit]
    k2 = sign_with(replace(k1, generated_at=k1.generated_at.replace("09:", "10:"), stated_fingerprint=None),
                   new_private_key())
    forged = sign_with(replace(k1, generated_at=k1.generated_at.replace("09:", "11:"), stated_fingerprint=None),
                       new_private_key())

    def read(sub, folder, name):
        (tmp_path / folder).mkdir()
        delivered(write_submission(sub, tmp_path / folder / name), ON_TIME)
        [result] = office.intake(tmp_path / folder, PERIOD).results
        return result

    read(k1, "hop-thu-1", "bao-cao.xlsx")
    office.confirm_key(unit, k1.key_code)  # compared with the paper
    assert read(k2, "hop-thu-2", "bao-cao.xlsx").class_.value == "Chữ ký không khớp"  # a reinstalled laptop
    injected = read(forged, "thu-rac", f"Tệp ký bằng khóa mã {k2.key_code}.xlsx")
    assert injected.class_.value == "Chữ ký không khớp"
    assert not signed_by(injected.reason, k2.key_code, injected.file_name)
    assert signed_by(injected.reason, forged.key_code, injected.file_name)

    keys = {r.file_name: r.key_code for r in office.recorded_run(PERIOD).run.results}
    assert keys[injected.file_name] != k2.key_code
    refused = office.confirm_key(unit, k2.key_code).refused_files  # the files its box offers to read again
    assert [(f.file_name, f.folder.rsplit("/", 1)[-1]) for f in refused] == [("bao-cao.xlsx", "hop-thu-2")]
