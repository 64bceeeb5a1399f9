"""`chitieu export` and `chitieu verify` on the command line."""
from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl

from desktop_app.cli import run
from desktop_app.services import Workspace


def _setup(data_dir):
    ws = Workspace.open(data_dir, user="can-bo")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    ws.set_entry("2026", "bhyt", numerator="9500", denominator="10000")
    ws.close()


def test_export_writes_both_files(tmp_path, capsys):
    """Both files land in --out with ASCII names; the fingerprint is printed."""
    _setup(tmp_path / "d")
    out = tmp_path / "out"
    assert run(["--data-dir", str(tmp_path / "d"), "export", "--period", "2026", "--out", str(out),
                "--number", "5", "--date", "2026-12-18"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["2026_05503_xa-tan-cuong.pdf", "2026_05503_xa-tan-cuong.xlsx"]
    printed = capsys.readouterr().out
    assert "DỰ THẢO" in printed and "Mã xác thực:" in printed
    info = {r[0]: r[2] for r in openpyxl.load_workbook(out / "2026_05503_xa-tan-cuong.xlsx")["Thông tin"]
            .iter_rows(min_row=2, values_only=True)}
    assert info["doc_number"] == "5" and info["report_date"] == "2026-12-18"


def test_export_beside_a_digitally_signed_report_needs_replace(tmp_path, capsys):
    """The workbook beside "<stem>_ky-so.pdf" names that signed PDF: a plain export again would
    replace it by one that does not; refused, saying what to do, unless --replace."""
    _setup(tmp_path / "d")
    out = tmp_path / "out"
    out.mkdir()
    (out / "2026_05503_xa-tan-cuong.xlsx").write_bytes(b"signed pair")
    (out / "2026_05503_xa-tan-cuong_ky-so.pdf").write_bytes(b"%PDF signed")
    args = ["--data-dir", str(tmp_path / "d"), "export", "--period", "2026", "--out", str(out)]
    assert run(args) == 2
    said = capsys.readouterr().err
    assert "có báo cáo đã ký số 2026_05503_xa-tan-cuong_ky-so.pdf" in said and "--replace" in said
    assert (out / "2026_05503_xa-tan-cuong.xlsx").read_bytes() == b"signed pair"
    assert run(args + ["--replace"]) == 0
    assert (out / "2026_05503_xa-tan-cuong.xlsx").read_bytes() != b"signed pair"


def test_export_one_kind_only(tmp_path):
    """--pdf-only and --xlsx-only write one file."""
    _setup(tmp_path / "d")
    assert run(["--data-dir", str(tmp_path / "d"), "export", "--period", "2026-6M", "--out",
                str(tmp_path / "p"), "--pdf-only"]) == 0
    assert [p.name for p in (tmp_path / "p").iterdir()] == ["2026-6M_05503_xa-tan-cuong.pdf"]
    assert run(["--data-dir", str(tmp_path / "d"), "export", "--period", "2026-6M", "--out",
                str(tmp_path / "x"), "--xlsx-only"]) == 0
    assert [p.name for p in (tmp_path / "x").iterdir()] == ["2026-6M_05503_xa-tan-cuong.xlsx"]


def test_export_with_mail_writes_the_draft_to_the_province(tmp_path, capsys):
    """--mail: the two files and the .eml draft addressed to the province's address set at setup."""
    data = str(tmp_path / "d")
    assert run(["--data-dir", data, "setup", "--commune", "tan cuong", "--preparer", "Nguyễn Văn An",
                "--signer", "Trần Thị Bình", "--province-email", "vanphong@thainguyen.gov.vn"]) == 0
    assert run(["--data-dir", data, "export", "--period", "2026-Q1", "--out", str(tmp_path / "o"), "--mail"]) == 0
    assert sorted(p.suffix for p in (tmp_path / "o").iterdir()) == [".eml", ".pdf", ".xlsx"]
    assert "Thư soạn sẵn gửi vanphong@thainguyen.gov.vn:" in capsys.readouterr().out
    assert run(["--data-dir", data, "export", "--period", "2026-Q1", "--mail", "--pdf-only"]) == 2
    assert "--mail gửi kèm cả hai tệp" in capsys.readouterr().err


def test_mail_of_files_already_exported_refuses_another_number_or_date(tmp_path, capsys):
    """--mail sends the files already in the folder as they are: asked for another document
    number or date, it says so instead of sending the old number without a word."""
    data, out = str(tmp_path / "d"), str(tmp_path / "o")
    _setup(tmp_path / "d")
    assert run(["--data-dir", data, "export", "--period", "2026", "--out", out,
                "--number", "12", "--date", "2026-12-18"]) == 0
    capsys.readouterr()
    assert run(["--data-dir", data, "export", "--period", "2026", "--out", out, "--mail", "--number", "15"]) == 2
    err = capsys.readouterr().err
    assert "số 12, ngày 18/12/2026" in err and "không ghi được --number/--date khác" in err
    assert not list(Path(out).glob("*.eml"))
    assert run(["--data-dir", data, "export", "--period", "2026", "--out", out, "--mail",
                "--date", "2026-12-20"]) == 2
    assert "ngày 18/12/2026" in capsys.readouterr().err
    # the same number and date, or none: the files there are sent
    assert run(["--data-dir", data, "export", "--period", "2026", "--out", out, "--mail", "--number", "12"]) == 0
    assert "Không xuất lại" in capsys.readouterr().out and list(Path(out).glob("*.eml"))


def test_export_refuses_a_bad_date(tmp_path, capsys):
    """A date that is no day/month/year (nor YYYY-MM-DD) is refused with status 2 and a Vietnamese
    message; 18/12/2026 is read (tests/core/test_refusals_name_what.py)."""
    _setup(tmp_path / "d")
    assert run(["--data-dir", str(tmp_path / "d"), "export", "--period", "2026", "--out",
                str(tmp_path / "o"), "--date", "18/13/2026"]) == 2
    assert "Ngày báo cáo 18/13/2026 không có: không có tháng 13." in capsys.readouterr().err


def test_verify_status_codes(tmp_path, capsys):
    """0 for an intact file, 1 after a change, 2 for a file that is not a submission."""
    _setup(tmp_path / "d")
    out = tmp_path / "out"
    run(["--data-dir", str(tmp_path / "d"), "export", "--period", "2026", "--out", str(out)])
    good = out / "2026_05503_xa-tan-cuong.xlsx"
    capsys.readouterr()
    assert run(["verify", str(good)]) == 0
    said = capsys.readouterr().out
    assert "nguyên vẹn" in said and "bản DỰ THẢO" in said
    # without a code it never claims the paper matches: it says what to compare
    assert "khớp với mã in trên báo cáo giấy" not in said and "KHỚP" not in said
    assert "Chưa so với báo cáo giấy" in said and "--code" in said
    bad = tmp_path / "bad.xlsx"
    shutil.copy(good, bad)
    wb = openpyxl.load_workbook(bad)
    for row in wb["Dữ liệu"].iter_rows():
        for cell in row:
            if cell.value == "9500":
                cell.value = "9600"
    wb.save(bad)
    assert run(["verify", str(bad)]) == 1
    assert "KHÔNG nguyên vẹn" in capsys.readouterr().err
    # the report PDF is checked for its digital signatures (docs/digital-signature.md): a draft has none
    assert run(["verify", str(out / "2026_05503_xa-tan-cuong.pdf")]) == 1
    assert "PDF chưa ký số" in capsys.readouterr().err
    not_a_pdf = tmp_path / "khong-phai.pdf"
    not_a_pdf.write_text("không phải PDF")
    assert run(["verify", str(not_a_pdf)]) == 2
    assert "Lỗi: Tệp khong-phai.pdf không phải tệp PDF" in capsys.readouterr().err


def test_verify_needs_no_database(tmp_path, monkeypatch):
    """The province can verify a file on a machine without any commune database."""
    _setup(tmp_path / "d")
    run(["--data-dir", str(tmp_path / "d"), "export", "--period", "2026", "--out", str(tmp_path / "o")])
    monkeypatch.setenv("CHITIEU_DATA_DIR", str(tmp_path / "empty"))
    assert run(["verify", str(tmp_path / "o" / "2026_05503_xa-tan-cuong.xlsx")]) == 0
    assert not (tmp_path / "empty").exists()


def test_verify_names_the_key_and_compares_the_code_on_the_paper(tmp_path, capsys):
    """verify names the signing key; --code with the key's code (typed in any case, with
    spaces) or the printed fingerprint: 0 and "KHỚP"; another code: 1 and "KHÔNG khớp"."""
    _setup(tmp_path / "d")
    ws = Workspace.open(tmp_path / "d", user="can-bo")
    code = ws.key_code
    ws.close()
    out = tmp_path / "out"
    run(["--data-dir", str(tmp_path / "d"), "export", "--period", "2026", "--out", str(out)])
    good = str(out / "2026_05503_xa-tan-cuong.xlsx")
    capsys.readouterr()
    assert run(["verify", good]) == 0
    said = capsys.readouterr().out
    assert f"Ký bằng khóa mã {code}" in said and "chữ ký khớp toàn bộ nội dung" in said
    assert run(["verify", good, "--code", code.lower().replace("-", " ")]) == 0
    assert f"KHỚP với mã khóa {code}" in capsys.readouterr().out
    info = {r[0]: r[2] for r in openpyxl.load_workbook(good)["Thông tin"].iter_rows(min_row=2, values_only=True)}
    assert run(["verify", good, "--code", info["fingerprint_short"].upper()]) == 0
    assert "KHỚP với mã xác thực" in capsys.readouterr().out
    assert run(["verify", good, "--code", "AAAA-BBBB-CCCC-DDDD"]) == 1
    err = capsys.readouterr().err
    assert "KHÔNG khớp với tệp" in err and code in err


def test_verify_still_answers_when_the_database_here_cannot_be_opened(tmp_path, capsys, monkeypatch):
    """The key register is a note beside the file's own check: a data folder on a read-only or
    failing disk costs the note, never the verdict."""
    from db import settings as settings_module
    from db import store as store_module
    from desktop_app.core.errors import StorageFailed

    _setup(tmp_path / "d")
    out = tmp_path / "out"
    run(["--data-dir", str(tmp_path / "d"), "export", "--period", "2026", "--out", str(out)])
    capsys.readouterr()

    def failing(self, path, **_):
        raise StorageFailed("Không ghi được cơ sở dữ liệu (lỗi đọc ghi ổ đĩa).", field="Cơ sở dữ liệu")

    monkeypatch.setattr(store_module.Store, "__init__", failing)
    monkeypatch.setattr(settings_module, "mode_on_disk", lambda path: None)  # the disk fails its first read too
    assert run(["--data-dir", str(tmp_path / "d"), "verify", str(out / "2026_05503_xa-tan-cuong.xlsx")]) == 0
    said = capsys.readouterr().out
    assert "nguyên vẹn" in said and "Không đọc được sổ đăng ký khóa của tỉnh: Không ghi được cơ sở dữ liệu" in said


def test_a_document_number_typed_with_a_hidden_character_is_written_without_it(tmp_path, capsys):
    """A number pasted with a direction mark or a tab ("15\\u202c", "15\\t") is written as "15": the
    file the province receives is not refused for a character nobody sees."""
    data, out = str(tmp_path / "d"), tmp_path / "o"
    _setup(tmp_path / "d")
    assert run(["--data-dir", data, "export", "--period", "2026", "--out", str(out), "--number", "15\u202c\t"]) == 0
    capsys.readouterr()
    assert run(["verify", str(out / "2026_05503_xa-tan-cuong.xlsx")]) == 0
    assert "nguyên vẹn" in capsys.readouterr().out
    from exports.submission_reader import read_submission

    assert read_submission(out / "2026_05503_xa-tan-cuong.xlsx").doc_number == "15"
