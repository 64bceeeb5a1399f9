"""The province's preparer and signer can be removed, by the office's own set-up (the window's
Tệp › Cài đặt… and `chitieu province-setup` both go through it): a name left out is kept, an empty
one removed, a name given checked with the field named. The settings dialog refused an emptied
field and the office kept the old name for an empty one, so a person who left stayed on every
report."""
from __future__ import annotations

import pytest

from desktop_app.cli import run
from desktop_app.core.errors import InvalidInput
from desktop_app.province import ProvinceOffice

SIGNER = "Nguyễn Thị Phương Thảo"


@pytest.fixture
def office(tmp_path):
    o = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    o.setup("Lê Văn Tổng", SIGNER, "Chủ tịch", doc_prefix="VPUBND")
    yield o
    o.close()


def names(office) -> tuple[str, str, str]:
    s = office.settings
    return s.preparer, s.signer, s.signer_title


def test_a_name_left_out_is_kept_an_empty_one_removed(office):
    office.setup(signer_title="Chủ tịch")  # as `chitieu consolidate` choosing the mode: nothing removed
    assert names(office) == ("Lê Văn Tổng", SIGNER, "Chủ tịch")
    office.setup(preparer="", signer_title="Chủ tịch")
    assert names(office) == ("", SIGNER, "Chủ tịch")  # printed blank
    office.setup(signer="  ", signer_title="Chủ tịch")
    assert names(office) == ("", "", "Chủ tịch")  # the PDF report then waits for a signer
    office.setup(preparer="Trần  Văn Mới", signer=SIGNER)
    assert names(office)[:2] == ("Trần Văn Mới", SIGNER)


def test_a_name_given_is_checked_with_its_field_named(office):
    with pytest.raises(InvalidInput) as err:
        office.setup(signer="A" * 101)
    assert err.value.field == "Người ký" and err.value.message.startswith("Người ký: họ và tên dài quá 100")
    assert names(office)[1] == SIGNER  # nothing written


def test_province_setup_on_the_command_line(tmp_path, capsys):
    data = str(tmp_path / "tinh")
    assert run(["--data-dir", data, "province-setup", "--preparer", "Lê Văn Tổng", "--signer", SIGNER]) == 0
    assert run(["--data-dir", data, "province-setup", "--doc-prefix", "VPUBND"]) == 0  # names kept
    assert run(["--data-dir", data, "province-setup", "--signer", ""]) == 0  # the signer removed
    capsys.readouterr()
    office = ProvinceOffice.open(data, user="van-thu")
    assert names(office)[:2] == ("Lê Văn Tổng", "")
    office.close()


def test_the_pdf_report_waits_for_a_signer(office, tmp_path):
    """The office refuses the report itself (the window and the command line both call it), naming
    the field and where to type it, in English too."""
    office.setup(signer="")
    with pytest.raises(InvalidInput) as err:
        office.export_pdf("2026-6M", tmp_path / "bao-cao.pdf")
    assert err.value.field == "Người ký" and "Tệp › Cài đặt…" in err.value.message
    assert "Chủ tịch mà không có tên người ký" in err.value.message
    assert "File › Settings…" in err.value.en and "--signer" in err.value.en
    assert not (tmp_path / "bao-cao.pdf").exists()
