"""Walk 23, L4: `chitieu verify "~$26-6M_….xlsx"` (Excel's lock file, 165 bytes made while the
workbook is open) said "không phải tệp Excel .xlsx … có thể tệp bị hỏng khi tải về", while intake
skips it as a lock file. It now says it is the lock file, made while a workbook is open, and names
the workbook beside it to verify (Excel's lock file of a long name drops its first two letters)."""
from __future__ import annotations

from desktop_app.cli import run

LOCK = "~$26-6M_05443_phuong-phan-dinh-phung.xlsx"


def _verify(path, capsys) -> tuple[int, str]:
    capsys.readouterr()
    code = run(["verify", str(path)])
    return code, capsys.readouterr().err


def test_excel_s_lock_file_is_named_as_such_with_the_workbook_beside_it(tmp_path, capsys):
    (tmp_path / LOCK).write_bytes(b"\x00" * 165)
    (tmp_path / "2026-6M_05443_phuong-phan-dinh-phung.xlsx").write_bytes(b"PK")
    code, said = _verify(tmp_path / LOCK, capsys)
    assert code == 2
    assert f"{LOCK} là tệp khóa tạm của Excel" in said and "khi đang mở một bảng tính" in said
    assert "bị hỏng khi tải về" not in said
    assert (f'Hãy kiểm tra tệp 2026-6M_05443_phuong-phan-dinh-phung.xlsx (chitieu verify '
            f'"{tmp_path / "2026-6M_05443_phuong-phan-dinh-phung.xlsx"}")') in said


def test_alone_it_says_to_verify_the_name_without_the_sign(tmp_path, capsys):
    (tmp_path / LOCK).write_bytes(b"\x00" * 165)
    code, said = _verify(tmp_path / LOCK, capsys)
    assert code == 2 and "tệp khóa tạm của Excel" in said
    assert 'không có "~$" ở đầu' in said


def test_a_damaged_file_of_another_name_reads_as_before(tmp_path, capsys):
    (tmp_path / "bao-cao.xlsx").write_bytes(b"\x00" * 165)
    code, said = _verify(tmp_path / "bao-cao.xlsx", capsys)
    assert code == 2 and "tệp khóa" not in said and "bị hỏng khi tải về" in said


def test_a_name_that_would_run_a_command_is_shown_not_offered_to_paste(tmp_path, capsys):
    """Red-team 25, F4/F5: the workbook beside a lock file named '20$(touch PWNED)-6M.xlsx' was offered
    as 'chitieu verify "…/20$(touch PWNED)-6M.xlsx"', which a shell pasted into runs; a name with a line
    break and a direction override printed raw split the "Lỗi:" line."""
    (tmp_path / "~$$(touch PWNED)-6M.xlsx").write_bytes(b"\x00" * 165)
    (tmp_path / "20$(touch PWNED)-6M.xlsx").write_bytes(b"PK")
    code, said = _verify(tmp_path / "~$$(touch PWNED)-6M.xlsx", capsys)
    assert code == 2 and "Hãy kiểm tra tệp 20$(touch PWNED)-6M.xlsx." in said and "chitieu verify" not in said
    odd = "~$a\u202egpj.exe\nLine2.xlsx"
    (tmp_path / odd).write_bytes(b"\x00" * 165)
    code, said = _verify(tmp_path / odd, capsys)
    assert code == 2 and said.count("\n") == 1 and "\u202e" not in said and "tệp khóa tạm" in said
