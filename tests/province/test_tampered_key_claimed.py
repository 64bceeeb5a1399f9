"""A file refused as changed ("Đã bị sửa") showed in "Kết quả nhận tệp" the key code it carries,
bare, in its row's "Khóa ký" and in the details (walk 20, #3: the unit's confirmed key's code, as
if the file had been checked against it). The cell says what the program knows of that code:
only written in the file when the signature could not be checked (the figures changed: the
fingerprint does not match), written in the file and not matching when the signature was checked
and does not hold, and the code plainly when the signature holds and the file is refused for
another reason (it names its unit otherwise than the catalogue: H11), the reason kept."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from desktop_app.core.intake import FileClass
from exports.submission_reader import examine
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, pick_units, tamper
from tests.province.helpers import later, make_submissions
from ui import i18n
from ui.province_intake_rows import INTAKE_HEADERS, IntakeModel

KEY = INTAKE_HEADERS.index("Signing key")


@pytest.fixture
def files(tmp_path, office, qapp):
    [code] = pick_units(1, 0)
    ws, subs = make_submissions(tmp_path, [code], PERIOD, data_dir=tmp_path / "db")
    ws.close()
    sub = subs[code]
    changed = replace(sub, generated_at=(dt.datetime.fromisoformat(sub.generated_at)
                                         + dt.timedelta(minutes=5)).isoformat(timespec="seconds"))
    good, _ = examine(write_submission(sub, tmp_path / "dung.xlsx"))
    bad, _ = examine(write_submission(changed, tmp_path / "da-sua.xlsx"))
    assert bad.class_ == FileClass.DA_BI_SUA and bad.key_code == sub.key_code  # what intake keeps of it
    assert bad.signature_holds is False  # checked, and not holding
    tamper(tmp_path / "dung.xlsx", tmp_path / "so-lieu.xlsx")
    figures, _ = examine(tmp_path / "so-lieu.xlsx")
    assert figures.class_ == FileClass.DA_BI_SUA and figures.key_code == sub.key_code
    unit = office.catalog.commune_by_code(code)
    other = next(c for c in office.catalog.communes if c.kind != unit.kind)
    folder = tmp_path / "in"
    folder.mkdir()
    write_submission(later(sub, 5, unit_name=other.name, unit_kind=other.kind), folder / "ten-khac.xlsx")
    (named,) = office.intake(folder, PERIOD).results
    assert named.class_ == FileClass.DA_BI_SUA and "ghi đơn vị mã" in named.reason
    model = IntakeModel()
    assert named.signature_holds and figures.signature_holds is None
    model.set_rows([good, bad, figures, named])
    yield sub, model
    if i18n.current_language() != i18n.VIETNAMESE:
        i18n.install_language(i18n.VIETNAMESE)


def test_a_changed_files_key_says_what_its_signature_showed(files):
    sub, model = files
    i18n.install_language(i18n.ENGLISH)
    assert model.data(model.index(0, KEY)) == sub.key_code  # the intact file: its key (its state once stored)
    assert model.data(model.index(1, KEY)) == (f"{sub.key_code} (written in the file, the signature does not "
                                               "match: the file was changed)")
    assert model.data(model.index(2, KEY)) == (f"{sub.key_code} (written in the file, not checked: the file was "
                                               "changed)")
    assert model.data(model.index(3, KEY)) == sub.key_code  # its signature holds: the key that signed it
    assert "ghi đơn vị mã" in model.rows[3].reason  # the reason it is refused stays
    i18n.install_language(i18n.VIETNAMESE)
    assert model.data(model.index(2, KEY)) == f"{sub.key_code} (ghi trong tệp, không kiểm được: tệp đã bị sửa)"
    assert model.data(model.index(3, KEY)) == sub.key_code
