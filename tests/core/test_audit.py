"""The audit trail as the viewer and its Excel export show it."""
from openpyxl import load_workbook


def test_audit_trail_filters_by_period_indicator_and_user(workspace):
    """A reviewer sees only the changes of the period and indicator asked for, in Vietnamese."""
    workspace.set_entry("2026-6M", "bhyt", numerator="9500")
    workspace.set_entry("2026", "bhyt", numerator="9700")
    workspace.set_entry("2026", "truong_chuan", numerator="4")
    lines = workspace.audit_trail(period="2026", indicator="bhyt")
    assert len(lines) == 1
    line = lines[0]
    assert line.action == "Sửa số liệu" and line.field == "Tử số"
    assert line.indicator == "Tỷ lệ người dân tham gia bảo hiểm y tế"
    assert (line.old, line.new, line.user) == ("", "9.700", "can-bo")  # the Vietnamese way
    assert (line.period_code, line.period) == ("2026", "Năm 2026")
    assert len(line.at) == 19 and line.at[2] == "/"
    assert workspace.audit_trail(user="nguoi-khac") == []


def test_audit_export_keeps_formula_like_text_as_text(workspace, tmp_path):
    """A comment starting with "=" is exported as text, and every change is a row."""
    workspace.set_entry("2026", "bhyt", numerator="9500", comment="=SUM(A1:A9) ghi nhầm")
    path = workspace.export_audit(tmp_path / "nhat-ky.xlsx", period="2026")
    ws = load_workbook(path)["Nhật ký thay đổi"]
    assert "Xã Tân Cương" in ws["A1"].value
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=3)]
    assert len(rows) == 2
    comment = next(r for r in rows if r[5] == "Ghi chú")
    assert comment[7] == "=SUM(A1:A9) ghi nhầm"
    assert ws.cell(row=3 + rows.index(comment), column=8).data_type == "s"


def test_an_old_comment_with_control_characters_still_exports(workspace, tmp_path):
    """A comment typed with BEL or ESC by an earlier version (now stripped at input) no
    longer breaks the audit export: the characters are left out, the text is kept."""
    import openpyxl

    workspace.set_entry("2026", "bhyt", comment="Đã rà soát")
    workspace.store.conn.execute("UPDATE audit SET new = 'Đã rà\x07 soát\x1b' WHERE field = 'comment'")
    path = workspace.export_audit(tmp_path / "nhat-ky.xlsx")
    cells = [c for row in openpyxl.load_workbook(path).active.iter_rows(values_only=True) for c in row]
    assert "Đã rà soát" in cells


def test_control_characters_are_stripped_from_typed_text(workspace):
    """A comment or narrative typed with control characters is stored without them."""
    row = workspace.set_entry("2026", "bhyt", comment="Ghi\x07 chú\x1b[31m")
    assert row.entry.comment == "Ghi chú[31m"
    workspace.set_narrative("2026", "ket_qua", "Dòng một\nDòng\x00 hai")
    assert workspace.store.narratives(workspace.commune.code, "2026")["ket_qua"] == "Dòng một\nDòng hai"


def test_settings_and_accounts_read_as_the_settings_dialog_and_a_person_say_them(workspace):
    """A setting by its label, its value in words: no key, no Python repr, no True/False."""
    from desktop_app.core.periods import PeriodRules

    workspace.set_period_rules(PeriodRules(10, 25, 1))
    workspace.add_user("quantri", "Quản Trị", "Quản trị", "hoa-sen-123")
    workspace.login("quantri", "hoa-sen-123")
    workspace.add_user("canbo", "Nguyễn Văn An", "Cán bộ nhập liệu", "hoa-sen-123")
    workspace.set_user_active("canbo", False)
    lines = {line.field: line for line in workspace.audit_trail() if line.action_code in ("setting", "user_active")}
    rules = lines["Ngày chốt số liệu và hạn gửi báo cáo"]
    assert rules.old == "" and rules.new == "chốt số liệu ngày 10, hạn gửi ngày 25 tháng thứ 1 sau tháng cuối kỳ"
    assert lines["Xã, phường"].new == "Xã Tân Cương (mã 05503)"
    assert (lines["Tài khoản"].old, lines["Tài khoản"].new) == ("Đang dùng", "canbo: đã khóa")
