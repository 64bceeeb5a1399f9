"""Every refusal an officer can meet at the commune's window also says itself in English
(`ChiTieuError.en`), for the English interface: the same facts and the same numbers as the
Vietnamese message, which stays what it was. Catalogues made before fields and units had
English names still load, and take them from the shipped catalogue."""
from __future__ import annotations

import ast
import copy
import datetime as dt
import errno
import re
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from db.store import Store
from desktop_app import backups
from desktop_app import catalog_update as cu
from desktop_app.core.catalog import Catalog
from desktop_app.core.errors import ChiTieuError, os_error_text, os_error_text_en
from desktop_app.core.evaluation import Entry
from desktop_app.core.typed_numbers import parse_number
from desktop_app.core.periods import Period, PeriodRules, parse_period
from desktop_app.core.signing import key_code, new_private_key, public_key
from desktop_app.core.users import (
    PERMISSION_EN,
    Account,
    Permission,
    Role,
    check_password,
    check_username,
    locked,
    parse_role,
)
from desktop_app.core.validation import (
    check_entry,
    parse_comment,
    parse_email,
    parse_flag,
    parse_name,
    parse_narrative,
    parse_op,
    parse_quantity,
    parse_signer_title,
    parse_target_text,
)
from desktop_app.core.who_may import denied
from desktop_app.core.workflow import State, refuse_if_frozen, refuse_unless_signable
from desktop_app.resources import catalog_of, default_catalog
from desktop_app.services import Workspace
from exports.atomic import write_atomic, write_bytes_atomic
from exports.bundle import export_files
from tests.province.helpers import fill_unit

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "mat-khau-dai"


def english(err: ChiTieuError) -> str:
    """The error's English, checked: there, mostly ASCII letters (names of units and what
    was typed may be Vietnamese), not the Vietnamese again, with the Vietnamese message's
    numbers (the same set of digit runs)."""
    assert err.en, f"no English for: {err.message}"
    letters = [c for c in err.en if c.isalpha()]
    assert sum(c.isascii() for c in letters) >= 0.9 * len(letters), err.en
    assert err.en != err.message
    said, said_en = _numbers(err.message), _numbers(err.en)
    if "the 0 at the end" in err.en and "số 0" not in err.message:
        said_en.discard("0")  # "1234.5670": a "0" the English needs and the Vietnamese "1.234,567" not
    assert said_en == said, (err.message, err.en)
    return err.en


def _numbers(text: str) -> set[str]:
    """The digit runs of the numbers a message says, each read as parse_number reads it: what an
    ambiguous number's refusal says to type is spelled the English way in English ("1234567",
    "1234.5670" for "1.234.567", "1.234,567": walk U14 F9b, S80); a number it refuses, by its digits."""
    runs = set()
    for token in re.findall(r"\d[\d.,]*\d|\d", text):
        try:
            token = str(parse_number(token).value)
        except ChiTieuError:
            pass
        runs.update(re.findall(r"\d+", token))
    return runs


def refusal(call, *args, **kwargs) -> ChiTieuError:
    with pytest.raises(ChiTieuError) as caught:
        call(*args, **kwargs)
    return caught.value


@pytest.fixture(scope="module")
def catalog():
    return default_catalog()


# --- typed values -------------------------------------------------------------------------------

BAD_NUMBERS = [
    "abc", "12a", "5 người", "1,234", "-1,234%", "1234.567", "1,2,3", "1,234,567", "1,234.5", "1.23.4",
    "12 34", "1 234.567", "+5", "+", "5+", "--5", "5-", "%5", "50%%", "%", "-", "1e5", "１２３", ",5",
    "5,", ".5", "5.", "9" * 16, "0,1234567", "x" * 70, "1,5 6", "0.000.1", "\u00005",
]


@pytest.mark.parametrize("text", BAD_NUMBERS)
def test_a_bad_number_says_why_in_english_naming_the_field(text):
    err = refusal(parse_number, text, "Số người tham gia BHYT", "People with health insurance")
    assert err.message.startswith("Số người tham gia BHYT: ")
    assert english(err).startswith("People with health insurance: ")


def test_the_english_names_the_field_and_unit_of_the_catalogue(catalog):
    bhyt, budget = catalog.indicator("bhyt"), catalog.indicator("thu_ngan_sach")
    people, population = bhyt.inputs
    assert english(refusal(parse_quantity, "1,234", people)).startswith('People with health insurance: "1,234"')
    assert english(refusal(parse_quantity, "50%", population)) == (
        "Population: the unit is people, not %. Type the figure in people, without a % sign.")
    assert english(refusal(parse_quantity, "-5", people)) == (
        "People with health insurance: cannot be negative. Type a number from 0 up.")
    assert english(refusal(parse_quantity, "12,5", people)) == (
        "People with health insurance: counted in people, so a whole number, for example 12 or 13.")
    assert "million VND" in english(refusal(parse_quantity, "5%", budget.inputs[0]))
    poverty = catalog.indicator("giam_ngheo").baseline
    assert english(refusal(parse_quantity, "150", poverty)) == (
        "Poverty rate at the end of 2025 (start of the term): a rate is at most 100%.")
    flag = catalog.indicator("nong_thon_moi").inputs[0]
    assert english(refusal(parse_flag, "maybe", flag)).startswith("New-style rural area standard met (Yes / No): ")


def test_a_field_without_english_is_named_as_the_catalogue_has_it(catalog):
    """A field the province added with no English name: the English sentence names it in Vietnamese."""
    people = catalog.indicator("bhyt").inputs[0]
    from dataclasses import replace

    added = replace(people, label="Số hộ dùng cáp quang", label_en="", unit_en="")
    assert english(refusal(parse_quantity, "-1", added)).startswith("Số hộ dùng cáp quang: cannot be negative")


def test_checks_across_fields_and_other_typed_text(catalog):
    bhyt, party = catalog.indicator("bhyt"), catalog.indicator("ket_nap_dang_vien")
    assert english(refusal(check_entry, bhyt, Entry(denominator=Decimal(0)), None)) == (
        "Population: must be greater than 0.")
    assert english(refusal(check_entry, bhyt, Entry(numerator=Decimal(11), denominator=Decimal(10)), None)) == (
        "People with health insurance (11) cannot be greater than Population (10): the rate would exceed 100%.")
    assert english(refusal(check_entry, party, Entry(numerator=Decimal(50)), Decimal(10))).startswith(
        "New party members admitted since the start of the year (50) is greater than Party members at the "
        "start of the term (10)")
    for err in (refusal(parse_op, "~"), refusal(parse_comment, "x" * 4001),
                refusal(parse_narrative, "x" * 20_001, "Kết quả đạt được", "Results achieved"),
                refusal(parse_name, "  ", "Họ và tên", "Full name"), refusal(parse_name, "A" * 101, "Người ký"),
                refusal(parse_signer_title, "Bi thu"), refusal(parse_target_text, ">="),
                refusal(parse_email, "thu@tinh", "Địa chỉ thư điện tử của tỉnh", "The province's e-mail address"),
                refusal(parse_email, "ten@thái.vn", "Địa chỉ thư điện tử của tỉnh")):
        english(err)
    assert english(refusal(parse_narrative, "x" * 20_001, "Kết quả đạt được", "Results achieved")).startswith(
        "Results achieved: 20.001 characters long, at most 20.000.")
    assert english(refusal(parse_email, "thu@tinh", "Địa chỉ", "The province's e-mail address")).startswith(
        "The province's e-mail address: \"thu@tinh\" is not an e-mail address.")


# --- periods, states, accounts, the catalogue ---------------------------------------------------

@pytest.mark.parametrize("text", ["2026-Q5", "abc", "", "2031", "2025-6M", "26-Q1"])
def test_a_bad_period_in_english(text):
    english(refusal(parse_period, text))


def test_dates_states_and_roles_in_english():
    for rules in ({"cutoff_day": 30}, {"deadline_day": 0}, {"deadline_month_offset": 3}):
        english(refusal(PeriodRules, **rules))
    q1 = Period(2026, "Q1")
    assert english(refusal(refuse_if_frozen, q1, State.APPROVED, "2026-04-18T09:00:00+07:00")).startswith(
        "Quarter I 2026: approved on 18/04/2026, its figures can no longer be changed.")
    english(refusal(refuse_if_frozen, Period(2026, "Y"), State.SENT))
    english(refusal(refuse_unless_signable, q1, State.COMPLETE))
    for err in (refusal(parse_role, "boss"), refusal(check_username, "a"), refusal(check_password, "short")):
        english(err)
    officer, leader = Account("canbo", "Nguyen Van An", Role.OFFICER), Account("lanhdao", "Tran Thi Binh", Role.LEADER)
    assert english(denied(None, Permission.APPROVE, [], False)) == "Log in to approve a period."
    assert english(denied(officer, Permission.APPROVE, [(officer, True), (leader, True)], False)) == (
        "The account canbo (Data-entry officer) may not approve a period. This is for the role Leader: Tran Thi Binh "
        "(lanhdao) — log in with that account (File › Log in as another account…).")
    assert english(denied(officer, Permission.APPROVE, [(officer, True)], True)) == (
        "The account canbo (Data-entry officer) may not approve a period. This is for the role Leader, and there is "
        "no Leader account yet: ask the administrator to make you an account with the role Leader (in File › "
        "Accounts…), then log out (File › Log out) and log in with it.")
    assert english(locked(dt.datetime(2026, 5, 1, 10, 35, tzinfo=dt.timezone(dt.timedelta(hours=7))))).startswith(
        "The account is locked for a while after 5 wrong passwords. Try again after 10:35")
    assert set(PERMISSION_EN) == set(Permission)


def test_catalogue_look_ups_in_english(catalog):
    tan_cuong = catalog.resolve_commune("tan cuong")
    for err in (refusal(catalog.indicator, "khong_co"), refusal(catalog.commune_by_code, "99999"),
                refusal(catalog.applicable, tan_cuong, "rac_thai_do_thi"), refusal(catalog.resolve_commune, "zzzz")):
        english(err)
    assert "applies to wards only" in refusal(catalog.applicable, tan_cuong, "rac_thai_do_thi").en
    assert english(refusal(catalog.resolve_commune, "van lang")).startswith('"van lang" matches 2 units: ')


def test_system_errors_in_english():
    assert os_error_text_en(OSError(errno.ENOSPC, "No space left on device")) == "the disk is full"
    locked_file = PermissionError(errno.EACCES, "The process cannot access the file")
    locked_file.winerror = 32
    assert "close Excel" in os_error_text_en(locked_file) and "đóng Excel" in os_error_text(locked_file)
    assert os_error_text_en(OSError(errno.EIO, "Input/output error")) == "system error (Input/output error)"


# --- what the services refuse -----------------------------------------------------------------

def test_logging_in_and_accounts_in_english(blank_workspace):
    ws = blank_workspace
    assert english(refusal(ws.add_user, "canbo", "Nguyễn Văn An", Role.OFFICER, PASSWORD)) == (
        "The first account must be an Administrator.")
    ws.add_user("quantri", "Trần Thị Bình", Role.ADMIN, PASSWORD)
    ws.login("quantri", PASSWORD)
    english(refusal(ws.add_user, "quantri", "Trần Thị Bình", Role.LEADER, PASSWORD))
    english(refusal(ws.add_user, "lanhdao", "", Role.LEADER, PASSWORD))
    english(refusal(ws.add_user, "lanhdao", "Lê Văn Cường", Role.LEADER, "ngan"))
    english(refusal(ws.set_password, "khong-co", PASSWORD + "2"))
    english(refusal(ws.set_password, "quantri", PASSWORD + "2", old_password="sai-mat-khau"))
    english(refusal(ws.set_user_active, "quantri", False))
    english(refusal(ws.set_entry, "2026-Q1", "bhyt", numerator="1"))  # an administrator enters no figures
    ws.logout()
    hint = " Check the Vietnamese typing tool (Unikey) and the Caps Lock key."
    assert english(refusal(ws.login, "khong-co", PASSWORD)) == "Wrong user name or password." + hint
    for left in (3, 2, 1):  # the wrong old password above counted as the first (walk U7 F7)
        assert english(refusal(ws.login, "quantri", "sai-mat-khau")) == (
            f"Wrong user name or password. {left} more tries before the account is locked for 5 minutes." + hint)
    assert english(refusal(ws.login, "quantri", "sai-mat-khau")).startswith("The account is locked")
    assert english(refusal(ws.login, "quantri", PASSWORD)).startswith("The account is locked")


def test_settings_and_the_unit_in_english(blank_workspace):
    ws = blank_workspace
    assert english(refusal(lambda: ws.commune)).startswith("No commune or ward is chosen yet.")
    assert english(refusal(ws.setup, "tan cuong", "", "Trần Thị Bình")) == "Prepared by: no full name typed."
    english(refusal(ws.setup, "zzzz", "Nguyễn Văn An", "Trần Thị Bình"))
    english(refusal(ws.setup, "tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Bi thu"))
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình")
    assert english(refusal(ws.set_province_email, "thu tinh@thainguyen")).startswith(
        "The province's e-mail address: ")


def test_entering_figures_in_english(workspace):
    ws = workspace
    assert english(refusal(ws.set_entry, "2026-6M", "bhyt", numerator="1,234")).startswith(
        'People with health insurance: "1,234" is ambiguous')
    ws.set_entry("2026-6M", "bhyt", denominator="10")
    assert english(refusal(ws.set_entry, "2026-6M", "bhyt", numerator="11")).startswith(
        "People with health insurance (11) cannot be greater than Population (10)")
    for err in (refusal(ws.set_entry, "2026-6M", "bhyt", value="5"),
                refusal(ws.set_entry, "2026-6M", "rac_thai_do_thi", numerator="5"),
                refusal(ws.set_entry, "2026-6M", "khong_co", value="5"),
                refusal(ws.set_entry, "2026-Q5", "bhyt", numerator="5"),
                refusal(ws.set_entry, "2026-6M", "bhyt", comment="x" * 4001),
                refusal(ws.set_baseline, "bhyt", "5"),
                refusal(ws.set_baseline, "ket_nap_dang_vien", "0"),
                refusal(ws.set_own_target, 2026, "bhyt", ">=", ""),
                refusal(ws.set_own_target, 2040, "bhyt", ">=", "95"),
                refusal(ws.set_own_target, 2026, "bhyt", "~", "95"),
                refusal(ws.set_narrative, "2026-6M", "khac", "x"),
                refusal(ws.set_narrative, "2026-6M", "ket_qua", "x" * 20_001)):
        english(err)
    assert english(refusal(ws.set_own_target, 2026, "bhyt", ">=", "")) == "Target value: not entered."


def test_the_period_workflow_in_english(workspace):
    ws = workspace
    err = refusal(ws.complete, "2026-Q1")  # names the indicators, in English ("… đến năm 2030" is not in it)
    assert err.en.startswith("Quarter I 2026 cannot be marked complete yet:\n• Not all entered: ")
    assert err.en.replace("•", "").isascii()  # no Vietnamese in it
    assert "Health insurance coverage" in err.en and "bảo hiểm y tế" in err.message
    assert english(refusal(ws.approve, "2026-Q1")) == (
        "Quarter I 2026 is in the state Entering; only a Complete period can be approved.")
    english(refusal(ws.reopen, "2026-Q1", "Sửa số liệu"))
    english(refusal(ws.reopen, "2026-Q1", "  "))
    fill_unit(ws, "2026-Q1", seed=3)
    ws.complete("2026-Q1")
    english(refusal(ws.complete, "2026-Q1"))
    ws.approve("2026-Q1")
    assert english(refusal(ws.set_entry, "2026-Q1", "bhyt", numerator="1")).startswith(
        "Quarter I 2026: approved on ")


# --- backups, the database, exports -----------------------------------------------------------

def _sqlite_file(path: Path, user_version: int) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute(f"PRAGMA user_version = {user_version}")
    conn.commit()
    conn.close()
    return path


def test_backups_and_the_database_in_english(workspace, tmp_path):
    ws = workspace
    db_path = Path(ws.store.path)
    garbage = tmp_path / "rac.db"
    garbage.write_bytes(b"not a database at all" * 100)
    newer = _sqlite_file(tmp_path / "moi.db", 999)
    assert english(refusal(backups.verify_backup, garbage)).startswith("The file rac.db ")
    english(refusal(backups.verify_backup, tmp_path / "khong-co.db"))
    english(refusal(backups.verify_backup, _sqlite_file(tmp_path / "khac.db", 1)))
    assert english(backups.check_database(newer)).startswith("The file moi.db was made by a newer version")
    english(backups.check_database(garbage))
    english(refusal(Store, newer))
    blocked = tmp_path / "a-file"
    blocked.write_text("x")
    assert english(refusal(backups.take_backup, ws, "tay", target_dir=blocked)).startswith("Could not back up into ")
    good = backups.take_backup(ws, "tay", target_dir=tmp_path / "usb")
    ws.add_user("quantri", "Trần Thị Bình", Role.ADMIN, PASSWORD)
    ws.close()
    assert english(refusal(backups.restore, db_path, good)) == (
        "Restoring the database needs a login with an Administrator account.")
    english(refusal(backups.restore, db_path, good, administrator=("quantri", "sai-mat-khau")))
    assert english(refusal(backups.restore, db_path, db_path, administrator=("quantri", PASSWORD))).startswith(
        "The backup chosen is the database in use (chitieu.db): it was not restored, nothing was replaced.")


def test_exports_in_english(tmp_path, monkeypatch):
    blocked = tmp_path / "a-file"
    blocked.write_text("x")
    assert english(refusal(write_bytes_atomic, blocked / "bao-cao.pdf", b"%PDF")).startswith(
        "Could not make a file in the folder ")

    def in_use(tmp):
        raise PermissionError(errno.EACCES, "in use")

    assert english(refusal(write_atomic, tmp_path / "bao-cao.xlsx", in_use)).startswith(
        "Could not write the file bao-cao.xlsx: it is open in another program")

    def full(tmp):
        raise OSError(errno.ENOSPC, "No space left on device")

    assert english(refusal(write_atomic, tmp_path / "bao-cao.xlsx", full)) == (
        "Could not write the file bao-cao.xlsx: the disk is full.")
    english(refusal(export_files, None, tmp_path, pdf=False, xlsx=False))
    english(refusal(export_files, None, tmp_path, cancelled=lambda: True))


def test_importing_a_catalogue_update_in_english(workspace, tmp_path):
    """Cập nhật bộ chỉ tiêu… at the commune: every refusal of the file in English."""
    import json

    key, other = new_private_key(), new_private_key()

    def update_file(name: str, version="2026.2", base="2026.1", private_key=key, change=None) -> Path:
        update = cu.build_update(workspace.catalog.document, base, version, private_key=private_key)
        if change:
            change(update)
        return cu.write_update(update, tmp_path / name)

    assert english(refusal(cu.import_update, workspace, tmp_path / "khong-co.chitieu-catalog.json")) == (
        "Could not read the file khong-co.chitieu-catalog.json: no such file or folder.")
    (tmp_path / "rac.json").write_text("{not json")
    (tmp_path / "khac.json").write_text(json.dumps({"format": "khac"}))
    (tmp_path / "sau.json").write_text("[" * 100000 + "]" * 100000)
    for path in (tmp_path / "rac.json", tmp_path / "khac.json", tmp_path / "sau.json",
                 update_file("sua.json", change=lambda u: u.update(issuer="Tỉnh khác")),
                 update_file("cu.json", version="2026.1", base="2026.0"),
                 update_file("nhay.json", version="2026.3", base="2026.2"),
                 update_file("khong-ky.json", private_key=None)):
        english(refusal(cu.import_update, workspace, path))
    code = key_code(public_key(key))
    assert english(refusal(cu.import_update, workspace, update_file("dung.json"))).startswith(
        "The file dung.json is the first update this computer takes: type the province's key code printed on its "
        "paper letter, signed and stamped")
    assert english(refusal(cu.import_update, workspace, update_file("dung.json"), "aaaa bbbb cccc dddd")) == (
        "The file dung.json: the code typed does not match the key that signed the file. Not imported. Check each "
        "group of the code printed on the province's paper letter, signed and stamped (not a PDF that came in "
        "the same e-mail), and type it again. If it was typed right, the province did not issue the file: do not "
        "import it, and report it to the provincial People's Committee office.")
    cu.import_update(workspace, update_file("dung.json"), code)
    assert english(refusal(cu.import_update, workspace, update_file("khoa-khac.json", "2026.3", "2026.2",
                                                                      private_key=other))).startswith(
        "The file khoa-khac.json is signed with the key ")
    assert "signed with the province's key" in english(refusal(
        cu.import_update, workspace, update_file("khong-ky-2.json", "2026.3", "2026.2", private_key=None)))


# --- every raise site of these modules says itself in English ----------------------------------

# The modules whose refusals an officer can meet at the commune's window. The province's
# side and the command line stay Vietnamese only (desktop_app/core/errors.py says why).
COMMUNE_MODULES = [
    "desktop_app/core/typed_numbers.py", "desktop_app/core/validation.py", "desktop_app/core/periods.py",
    "desktop_app/core/workflow.py", "desktop_app/core/users.py", "desktop_app/core/catalog.py",
    "desktop_app/accounts.py", "desktop_app/approval.py", "desktop_app/history.py", "desktop_app/services.py",
    "desktop_app/data_entry.py",
    "desktop_app/backups.py", "desktop_app/core/catalog_names.py",
    "db/backup.py", "db/store.py", "exports/atomic.py", "exports/bundle.py", "exports/fonts.py",
    "desktop_app/report_signing.py", "desktop_app/certificates.py",
]
# In a module that is the province's too, the functions the commune's import goes through.
COMMUNE_FUNCTIONS = {"desktop_app/catalog_update.py": {"version_key", "read_update", "check_against", "check_signer"}}
ERRORS = {"ChiTieuError", "InvalidInput", "NotFound", "NotApplicable", "PeriodFrozen", "NotPermitted",
          "NewerDatabase", "DatabaseDamaged", "ExportCancelled", "DatabaseBusy", "ExportFailed", "BackupError",
          "DataFolderReadOnly", "FontNotFound", "BadCatalogUpdate", "SignatureError", "DatabaseReplaced",
          "StorageFailed"}


def test_every_error_these_modules_make_carries_its_english():
    """A new refusal in these modules without `en=` would show Vietnamese in the English window."""
    trees = {name: [ast.parse((ROOT / name).read_text(encoding="utf-8"))] for name in COMMUNE_MODULES}
    for name, functions in COMMUNE_FUNCTIONS.items():
        trees[name] = [node for node in ast.walk(ast.parse((ROOT / name).read_text(encoding="utf-8")))
                       if isinstance(node, ast.FunctionDef) and node.name in functions]
        assert len(trees[name]) == len(functions)
    missing = [f"{name}:{node.lineno}" for name, roots in trees.items() for root in roots for node in ast.walk(root)
               if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ERRORS
               and not any(k.arg == "en" for k in node.keywords)]
    assert missing == []


# --- catalogues without English ------------------------------------------------------------------

def _without_english(document: dict) -> dict:
    """A catalogue as versions before English names wrote it."""
    old = copy.deepcopy(document)
    for ind in old["indicators"]:
        ind.pop("unit_en")
        for f in ind["inputs"] + ([ind["baseline"]] if ind["baseline"] else []):
            del f["label_en"], f["unit_en"]
    return old


def test_a_catalogue_without_english_loads_and_names_fields_in_vietnamese(catalog):
    old = Catalog(_without_english(catalog.document))
    people = old.indicator("bhyt").inputs[0]
    assert (people.label_en, people.unit_en, old.indicator("bhyt").unit_en) == ("", "", "")
    assert (people.english_label, people.english_unit) == ("Số người tham gia BHYT", "người")
    err = refusal(parse_quantity, "-1", people)
    assert err.message == "Số người tham gia BHYT: không được âm. Gõ số từ 0 trở lên."
    assert err.en == "Số người tham gia BHYT: cannot be negative. Type a number from 0 up."


def test_a_stored_catalogue_without_english_takes_the_shipped_words(catalog):
    """The same Vietnamese words get the shipped English; changed ones keep none; the
    document itself is not changed."""
    document = _without_english(catalog.document)
    document["indicators"][1]["inputs"][0]["label"] = "Số người có thẻ BHYT"  # bhyt's numerator, renamed
    filled = catalog_of(document)
    numerator, population = filled.indicator("bhyt").inputs
    assert (numerator.label_en, numerator.unit_en) == ("", "people")
    assert (population.label_en, population.unit_en) == ("Population", "people")
    assert filled.indicator("thu_ngan_sach").unit_en == "million VND"
    assert filled.indicator("giam_ngheo").baseline.label_en == "Poverty rate at the end of 2025 (start of the term)"
    assert "label_en" not in filled.document["indicators"][1]["inputs"][1]


def test_a_database_made_before_english_names_shows_them(data_dir, catalog):
    store = Store(data_dir / "chitieu.db")
    with store.transaction():
        store.add_catalog(_without_english(catalog.document))
    store.close()
    ws = Workspace.open(data_dir, user="can-bo")
    try:
        assert "label_en" not in ws.store.current_catalog()["indicators"][1]["inputs"][0]
        assert ws.catalog.indicator("bhyt").inputs[0].label_en == "People with health insurance"
        ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình")
        assert english(refusal(ws.set_entry, "2026-6M", "bhyt", numerator="-1")).startswith(
            "People with health insurance: cannot be negative")
    finally:
        ws.close()


def test_an_update_without_english_imports_and_keeps_the_english(workspace, tmp_path):
    """An update published by a province running an earlier version (no English names)."""
    document = _without_english(workspace.catalog.document)
    update = cu.build_update(document, "2026.1", "2026.2", private_key=new_private_key())
    path = cu.write_update(update, tmp_path / "bo-chi-tieu-2026.2.chitieu-catalog.json")
    assert cu.import_update(workspace, path, update["key_code"])[:2] == ("2026.1", "2026.2")
    bhyt = workspace.catalog.indicator("bhyt")
    assert bhyt.inputs[0].label_en == "People with health insurance"
    assert bhyt.inputs[1].label_en  # kept from the catalogue in use
    row = workspace.set_entry("2026-6M", "bhyt", numerator="9.500", denominator="10.000")
    assert row.computed.value == 95
