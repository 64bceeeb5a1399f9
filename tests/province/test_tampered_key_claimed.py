"""A file refused as changed ("Đã bị sửa": its signature does not cover what it holds) showed in
"Kết quả nhận tệp" the key code it carries, bare, in its row's "Khóa ký" and in the details
(walk 20, #3: the unit's confirmed key's code, as if the file had been checked against it). The
code is only written in the file: the cell says so."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from desktop_app.core.intake import FileClass
from exports.submission_reader import examine
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import make_submissions
from ui import i18n
from ui.province_intake_rows import INTAKE_HEADERS, IntakeModel

KEY = INTAKE_HEADERS.index("Signing key")


@pytest.fixture
def files(tmp_path, qapp):
    [code] = pick_units(1, 0)
    ws, subs = make_submissions(tmp_path, [code], PERIOD, data_dir=tmp_path / "db")
    ws.close()
    sub = subs[code]
    changed = replace(sub, generated_at=(dt.datetime.fromisoformat(sub.generated_at)
                                         + dt.timedelta(minutes=5)).isoformat(timespec="seconds"))
    good, _ = examine(write_submission(sub, tmp_path / "dung.xlsx"))
    bad, _ = examine(write_submission(changed, tmp_path / "da-sua.xlsx"))
    assert bad.class_ == FileClass.DA_BI_SUA and bad.key_code == sub.key_code  # what intake keeps of it
    model = IntakeModel()
    model.set_rows([good, bad])
    yield sub, model
    if i18n.current_language() != i18n.VIETNAMESE:
        i18n.install_language(i18n.VIETNAMESE)


def test_a_changed_files_key_is_said_to_be_only_written_in_it(files):
    sub, model = files
    i18n.install_language(i18n.ENGLISH)
    assert model.data(model.index(1, KEY)) == (f"{sub.key_code} (written in the file, not checked: the file was "
                                               "changed)")
    assert model.data(model.index(0, KEY)) == sub.key_code  # the intact file: its key (its state once stored)
    i18n.install_language(i18n.VIETNAMESE)
    assert model.data(model.index(1, KEY)) == f"{sub.key_code} (ghi trong tệp, không kiểm được: tệp đã bị sửa)"
