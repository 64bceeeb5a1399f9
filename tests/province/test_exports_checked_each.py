"""The files one command writes from one consolidation (`chitieu consolidate --xlsx --pdf`) have the history
checked once while nothing it reads has changed (`ReportActions._refuse_before_writing`): a change made in
between, by another program in the database or in a kept backup, still stops the next file."""
from __future__ import annotations

import shutil
import sqlite3

import pytest

from desktop_app import backups
from desktop_app.core.errors import ChangedOutside
from desktop_app.province import ProvinceOffice
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import ON_TIME, delivered, make_submissions


@pytest.fixture(scope="module")
def units(tmp_path_factory):
    root = tmp_path_factory.mktemp("checked-each")
    ws, subs = make_submissions(root / "files", pick_units(2, 0), PERIOD, data_dir=root / "db")
    ws.close()
    return subs


@pytest.fixture
def received(office, units, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for sub in units.values():
        delivered(write_submission(sub, folder / f"{sub.file_stem}.xlsx"), ON_TIME)
    office.intake(folder, PERIOD)
    for code, sub in units.items():  # compared with the signed papers: their figures go to DHIS2 too
        office.confirm_key(code, sub.key_code)
    return office


def _refused(export, path, con) -> str:
    with pytest.raises(ChangedOutside) as refused:
        export(PERIOD, path, consolidation=con)
    assert not path.exists()
    return refused.value.message


def test_a_figure_changed_by_another_program_between_two_files_stops_the_second(received, tmp_path):
    office = received
    con = office.consolidation(PERIOD)
    assert office.export_xlsx(PERIOD, tmp_path / "tong-hop.xlsx", consolidation=con).is_file()

    conn = sqlite3.connect(office.store.path)  # another program, while the command writes its files
    conn.execute("UPDATE received SET file_name = 'khac.xlsx' WHERE id = (SELECT min(id) FROM received)")
    conn.commit()
    conn.close()

    said = _refused(office.export_pdf, tmp_path / "bao-cao.pdf", con)
    assert said.startswith("Chưa xuất được báo cáo PDF: lịch sử số liệu cho thấy cơ sở dữ liệu bị sửa ngoài")
    _refused(office.export_dhis2, tmp_path / "dhis2.json", con)


def test_a_backup_replaced_between_two_files_stops_the_second(received, tmp_path):
    """A kept backup swapped for a copy holding history the database does not (rows cut off its end, as far
    as the check can tell) between the workbook and the report: the database itself unchanged."""
    office = received
    kept = backups.take_backup(office.ws, "tudong-mo")
    later = tmp_path / "later" / "chitieu.db"
    later.parent.mkdir()
    source, copy = sqlite3.connect(office.store.path), sqlite3.connect(later)
    source.backup(copy)
    source.close()
    copy.close()
    other = ProvinceOffice.open(later.parent, user="van-thu")
    other.setup("Người Khác", "Hoàng Thị Ký", "Phó Chủ tịch")  # chained rows the database never gets
    other.close()
    con = office.consolidation(PERIOD)
    assert office.export_xlsx(PERIOD, tmp_path / "tong-hop.xlsx", consolidation=con).is_file()

    shutil.copyfile(later, kept)

    said = _refused(office.export_pdf, tmp_path / "bao-cao.pdf", con)
    assert said.startswith("Chưa xuất được báo cáo PDF: lịch sử số liệu cho thấy cơ sở dữ liệu bị sửa ngoài")
    assert kept.name in said


def test_nothing_changed_the_files_are_written(received, tmp_path):
    office = received
    backups.take_backup(office.ws, "tudong-mo")
    con = office.consolidation(PERIOD)
    for name, export in (("tong-hop.xlsx", office.export_xlsx), ("bao-cao.pdf", office.export_pdf),
                         ("dhis2.json", office.export_dhis2), ("adx.xml", office.export_adx)):
        assert export(PERIOD, tmp_path / name, consolidation=con).is_file()
