"""The database schema as a list of forward migrations.

`PRAGMA user_version` records how many have run. A migration is never edited once
released: a later change is a new migration, so a database written by any earlier
version of the app opens in any later one.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported by the store only when a migration runs
    import sqlite_utils


def _v1(db: sqlite_utils.Database) -> None:
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["settings"].create({"key": str, "value": str}, pk="key")
    # Each catalogue version the database has used, whole: values keep pointing at
    # the version they were entered under, and a province update adds a row.
    db["catalogs"].create(
        {"version": str, "format_version": int, "imported_at": str, "document": str},
        pk="version",
    )
    db["entries"].create(
        {
            "commune": str,
            "period": str,
            "indicator": str,
            "numerator": str,
            "denominator": str,
            "value": str,
            "flag": int,
            "previous": str,
            "comment": str,
            "updated_at": str,
            "updated_by": str,
        },
        pk=("commune", "period", "indicator"),
        not_null={"commune", "period", "indicator"},
        defaults={"comment": ""},
    )
    db["baselines"].create(
        {"commune": str, "term": str, "indicator": str, "value": str, "updated_at": str, "updated_by": str},
        pk=("commune", "term", "indicator"),
    )
    db["own_targets"].create(
        {"commune": str, "year": int, "indicator": str, "op": str, "value": str, "updated_at": str, "updated_by": str},
        pk=("commune", "year", "indicator"),
    )
    db["narratives"].create(
        {"commune": str, "period": str, "section": str, "text": str, "updated_at": str, "updated_by": str},
        pk=("commune", "period", "section"),
    )
    db["audit"].create(
        {
            "id": int,
            "at": str,
            "user": str,
            "action": str,
            "commune": str,
            "period": str,
            "indicator": str,
            "field": str,
            "old": str,
            "new": str,
        },
        pk="id",
    )
    db["audit"].create_index(["commune", "period", "indicator"])
    db["audit"].create_index(["at"])


def _v2(db: sqlite_utils.Database) -> None:
    """Accounts, the state of each period, and the history of approvals and reopenings."""
    db["users"].create(
        {
            "username": str,
            "full_name": str,
            "role": str,
            "password_hash": str,
            "active": int,
            "failed_logins": int,
            "locked_until": str,
            "created_at": str,
        },
        pk="username",
        defaults={"active": 1, "failed_logins": 0},
    )
    db["period_states"].create(
        {
            "commune": str,
            "period": str,
            "state": str,
            "fingerprint": str,
            "approved_at": str,
            "approved_by": str,
            "sent_at": str,
            "updated_at": str,
        },
        pk=("commune", "period"),
    )
    # Every transition, with the approved version as it was (JSON) and its fingerprint:
    # reopening never loses what was signed.
    db["period_history"].create(
        {
            "id": int,
            "commune": str,
            "period": str,
            "at": str,
            "user": str,
            "event": str,
            "from_state": str,
            "to_state": str,
            "reason": str,
            "fingerprint": str,
            "snapshot": str,
        },
        pk="id",
    )
    db["period_history"].create_index(["commune", "period"])


def _v3(db: sqlite_utils.Database) -> None:
    """Province mode: the submissions received from the communes, and the log of every
    file read by an intake run (accepted or refused, with its reason)."""
    db["received"].create(
        {
            "id": int,
            "unit_code": str,
            "period": str,
            "fingerprint": str,
            "generated_at": str,
            "received_at": str,
            "file_name": str,
            "file_sha256": str,
            "approved": int,
            "class": str,
            "reason": str,
            "catalog_version": str,
            "current": int,  # 1: the version kept for (unit, period); 0: history
            "document": str,  # the parts of the file the fingerprint does not cover (JSON)
            "canonical": str,  # the submission's canonical JSON (what the fingerprint covers)
        },
        pk="id",
        not_null={"unit_code", "period", "fingerprint"},
        defaults={"current": 1, "approved": 0},
    )
    db["received"].create_index(["unit_code", "period", "fingerprint"], unique=True)
    db["received"].create_index(["unit_code", "period", "current"])
    db["received"].create_index(["period", "current"])
    db["received"].create_index(["file_sha256"])
    db["intake_runs"].create(
        {"id": int, "started_at": str, "finished_at": str, "folder": str, "period": str,
         "user": str, "files": int, "accepted": int, "refused": int, "cancelled": int},
        pk="id",
    )
    db["intake_log"].create(
        {
            "id": int,
            "run_id": int,
            "at": str,
            "file_name": str,
            "file_sha256": str,
            "size": int,
            "class": str,
            "reason": str,
            "unit_code": str,
            "period": str,
            "fingerprint": str,
            "received_id": int,
        },
        pk="id",
    )
    db["intake_log"].create_index(["run_id"])
    db["intake_log"].create_index(["period", "unit_code"])


def _v4(db: sqlite_utils.Database) -> None:
    """Two indexes of `received` that no query needs: the unique (unit, period, fingerprint)
    already serves every look-up by unit and period, and nothing looks a file up by its
    SHA-256 there (the intake log keeps it). Each index costs every stored file a page."""
    db.execute("DROP INDEX IF EXISTS idx_received_unit_code_period_current")
    db.execute("DROP INDEX IF EXISTS idx_received_file_sha256")


def _v5(db: "sqlite_utils.Database") -> None:
    """Approvals that never change, and a history that shows tampering.

    `approvals`: what a leader approved, with every input it used (the snapshot, JSON), the
    submission as approved (canonical JSON and its fingerprint) and the audit chain's head
    at that moment; a period's state points at its approval. `audit.hash` chains every
    audit row to the one before (db/integrity.py); the chain of a database written by an
    earlier version starts at this migration, which records the state of every protected
    record as it is now (trusted from here on)."""
    db["approvals"].create(
        {
            "id": int,
            "commune": str,
            "period": str,
            "at": str,
            "user": str,
            "fingerprint": str,
            "catalog_version": str,
            "chain_head": str,
            "snapshot": str,
            "canonical": str,
        },
        pk="id",
        not_null={"commune", "period", "fingerprint", "snapshot", "canonical"},
    )
    db["approvals"].create_index(["commune", "period"])
    db["period_states"].add_column("approval_id", int)
    db["audit"].add_column("hash", str)


EARLIER = "(nhận trước khi có chữ ký)"  # who accepted an unsigned version received before version 6


def _v6(db: "sqlite_utils.Database") -> None:
    """Province mode: the register of the units' signing keys, and versions told apart by
    their whole signed document.

    `unit_keys`: every key a unit's files were signed with, its state (Chờ xác nhận, Đã
    xác nhận, Đã thay, Thu hồi; desktop_app/core/keys.py), when it was first seen and in which
    file, who confirmed and who revoked or replaced it; old keys stay as history.
    `received` gains: `version_id` (desktop_app.core.submission.version_id; unique per unit
    and period instead of the data fingerprint, so the same figures arriving approved after
    a draft are a new version), the signing key (`public_key`, `key_code`; empty unsigned),
    `received_on` (the date of receipt lateness is judged by) and the province's acceptance
    of an unsigned version (`accepted_at`, `accepted_by`).

    Rows received before this migration keep counting: the unsigned ones are recorded as
    accepted (they were counted when received), and the keys of the signed ones are
    registered as pending, each from its unit's first file."""
    import hashlib

    from desktop_app.core.submission import submission_from_json, version_id

    db["unit_keys"].create(
        {
            "id": int,
            "unit_code": str,
            "public_key": str,
            "key_code": str,
            "state": str,
            "first_seen": str,
            "first_file": str,
            "confirmed_at": str,
            "confirmed_by": str,
            "revoked_at": str,
            "revoked_by": str,
        },
        pk="id",
        not_null={"unit_code", "public_key", "key_code", "state"},
    )
    db["unit_keys"].create_index(["unit_code", "public_key"], unique=True)
    for column in ("version_id", "public_key", "key_code", "received_on", "accepted_at", "accepted_by"):
        db["received"].add_column(column, str)
    rows = db.execute("SELECT id, unit_code, fingerprint, received_at, file_name, canonical, document FROM received"
                      " ORDER BY id").fetchall()
    for rid, unit, fingerprint, received_at, file_name, canonical, document in rows:
        try:
            sub = submission_from_json(canonical, document)
        except (ValueError, KeyError, TypeError):  # not written by the intake: its own identity
            text = f"{fingerprint}\n{document}".encode("utf-8", "surrogatepass")
            db.execute("UPDATE received SET version_id = ?, accepted_at = ?, accepted_by = ? WHERE id = ?",
                       (hashlib.sha256(text).hexdigest(), received_at, EARLIER, rid))
            continue
        db.execute("UPDATE received SET version_id = ?, public_key = ?, key_code = ?, accepted_at = ?,"
                   " accepted_by = ? WHERE id = ?",
                   (version_id(sub), sub.public_key, sub.key_code,
                    None if sub.public_key else received_at, None if sub.public_key else EARLIER,
                    rid))
        if sub.public_key:
            db.execute("INSERT OR IGNORE INTO unit_keys (unit_code, public_key, key_code, state, first_seen,"
                       " first_file) VALUES (?, ?, ?, 'Chờ xác nhận', ?, ?)",
                       (unit, sub.public_key, sub.key_code, received_at, file_name))
    db.execute("DROP INDEX IF EXISTS idx_received_unit_code_period_fingerprint")
    db["received"].create_index(["unit_code", "period", "version_id"], unique=True)


def _v7(db: "sqlite_utils.Database") -> None:
    """Province mode: digital signatures of the report PDFs (docs/digital-signature.md).

    `trust_roots`: the certificates the province imported to check the PDFs' signatures
    against (the government CA's root and intermediates), DER as base64, keyed by their
    SHA-256; a removed one stays as history (`removed_at`, `removed_by`). Protected like the
    key register: a root slipped in with sqlite3 would make forged signatures look trusted.
    `pdf_checks`: what the last check of the PDF found beside each received version's file
    (desktop_app.core.pdf_signature.PdfCheck as JSON), shown per unit."""
    db["trust_roots"].create(
        {"sha256": str, "subject": str, "not_after": str, "der": str, "added_at": str, "added_by": str,
         "removed_at": str, "removed_by": str},
        pk="sha256",
        not_null={"der"},
    )
    db["pdf_checks"].create(
        {"received_id": int, "file_name": str, "file_sha256": str, "checked_at": str, "verdict": str,
         "details": str},
        pk="received_id",
    )


def _v8(db: "sqlite_utils.Database") -> None:
    """Province mode: the key register looked up by key, so that a unit's first key is said to
    sign another unit's files already (`ProvinceRecords.units_signed_by`) without reading the
    whole register for each file."""
    db["unit_keys"].create_index(["public_key"], if_not_exists=True)


def _v9(db: "sqlite_utils.Database") -> None:
    """Province mode: where each version's date of receipt came from (`received_from`):
    "tệp", the file's modification date, which its sender can set (a zip entry's date), so
    lateness is judged by it but never before the day the file says it was made; "nhập", the
    date the province typed for the batch, which stands as typed. Rows received before this
    migration (NULL) stand as they were judged when received."""
    db["received"].add_column("received_from", str)


def _v10(db: "sqlite_utils.Database") -> None:
    """Province mode: the received versions enter the audit chain (db/integrity.PROTECTED's
    `received`), as they are (db/store.FILLED_BY_MIGRATION): a stored report changed outside
    the program from then on is found by `verify` and not counted. The schema does not change;
    the number does, so that an earlier version of the program, which writes them without
    recording them in the chain, no longer opens the database (each of its writes would look
    like a change made outside the program)."""


def _v11(db: "sqlite_utils.Database") -> None:
    """Province mode: the intake runs and their log enter the audit chain (db/integrity.PROTECTED's
    `intake_runs`, `intake_log`), as they are (db/store.FILLED_BY_MIGRATION): what the consolidated
    report prints of them ('Kết quả nhận tệp', a unit 'Bị từ chối' and why) changed outside the
    program from then on is found by `verify` and not printed. The schema does not change; the
    number does, as at `_v10`: an earlier version of the program writes the log without recording
    it in the chain, and each of its writes would look like a change made outside the program."""


def _v12(db: "sqlite_utils.Database") -> None:
    """Province mode: the checks of the units' signed report PDFs enter the audit chain
    (db/integrity.PROTECTED's `pdf_checks`), as they are (db/store.FILLED_BY_MIGRATION, once: not a
    table the chain already holds, integrity.adoptable): the window's 'Chữ ký số' column ('Chữ ký số
    hợp lệ' with the signer) changed outside the program from then on is found by `verify` and not
    shown. The schema does not change; the number does, as at `_v10`."""


def _v13(db: "sqlite_utils.Database") -> None:
    """Province mode: an unsigned version counts only by a chained acceptance naming the whole
    version (its document too, approval included: db/acceptances.py). The acceptances an earlier
    version wrote name its file and figures only, which a draft relabelled approved with sqlite3
    still matches (red-team 10, finding 2): the store binds each one whose version is intact now to
    that version, with a chained row in the words written today (db/store.ACCEPTANCES_BOUND,
    `bind_legacy_acceptances`), and from then on a row of the old words alone counts for nothing.
    The schema does not change; the number does, as at `_v10`: an earlier version of the program,
    which writes acceptances in the old words, would accept versions that then never count."""


def _v14(db: "sqlite_utils.Database") -> None:
    """The history of each period's states (`period_history`: every approval's code, every reopening's
    reason) enters the audit chain (db/integrity.PROTECTED), its rows as they are (db/store.FILLED_BY_MIGRATION,
    once: integrity.adoptable). The approved paper prints it ("Duyệt lại ngày …, thay bản mã … đã duyệt
    ngày …; lý do mở lại: …"), and a reason edited or an approval's row deleted with sqlite3 was found by
    nothing (red-team 12, finding 1): from then on `verify` names it and it holds the period back until
    acknowledged, as a change to its approval or state does. The schema does not change; the number does,
    as at `_v10`: an earlier version of the program writes the history without recording it in the chain,
    and each of its writes would look like a change made outside the program."""


def _v15(db: "sqlite_utils.Database") -> None:
    """Province mode: the intake log records the date each file was received (`arrived_on`, YYYY-MM-DD:
    the batch's date when given, else the file's modification date, as the intake judged it), refused
    files too: the key register dated a key whose only file was refused by the day the program read it
    ("đọc 05/12/2026" for a file received on 19/06/2026), nothing else being known of it. Rows written
    before hold NULL, shown as read. The column stays out of the state the audit chain recorded of
    those rows (db/added_columns.py): they are not taken in again, and nothing is adopted."""
    if "arrived_on" not in db["intake_log"].columns_dict:  # there: the number set back outside the program
        db["intake_log"].add_column("arrived_on", str)


def _v16(db: "sqlite_utils.Database") -> None:
    """Province mode: the intake log writes a file refused for a key the province revoked as "Khóa đã thu
    hồi" (`FileClass.KHOA_THU_HOI`), no longer as "Chữ ký không khớp", the class of a file signed by another
    key than the unit's, which a reviewer reads as a possible forgery (walk h8, #1). The lines written before
    keep their class. The schema does not change; the number does, as at `_v10`: an earlier version of the
    program knows no such class and would stop at the first line of it it shows."""


def _v17(db: "sqlite_utils.Database") -> None:
    """Province mode: the intake log records the report PDF each file was read beside (`pdf_name`,
    `pdf_sha256`: "" none; `pdf_verdict`: its check's verdict when that reading checked it, "" not
    checked), so that the province window says of each line the PDF that reading saw (red-team R6 F3):
    a duplicate's line showed the PDF received with the first copy, and a PDF copied into the folder
    after the reading was said to have come with the file. Rows written before hold NULL, said as
    before. The columns stay out of the state the audit chain recorded of those rows
    (db/added_columns.py): they are not taken in again, and nothing is adopted."""
    for column in ("pdf_name", "pdf_sha256", "pdf_verdict"):
        if column not in db["intake_log"].columns_dict:  # there: the number set back outside the program
            db["intake_log"].add_column(column, str)


def _v18(db: "sqlite_utils.Database") -> None:
    """Accounts: who set the password and when (`password_set_by`, `password_set_at`), when it is not
    the person's own choice: an administrator's reset, or a new account's first password
    (walk U7 F2: an administrator could reset the leader's password and approve as the leader). Such a
    password is temporary: logging in with it allows only choosing a new one (desktop_app/accounts.py).
    Accounts written before hold NULL: their passwords stay as they are. The columns stay out of the
    state the audit chain records (db/integrity.PROTECTED): the chain's `password_reset` and `user_add`
    rows say who set it."""
    for column in ("password_set_by", "password_set_at"):
        if column not in db["users"].columns_dict:  # there: the number set back outside the program
            db["users"].add_column(column, str)


MIGRATIONS = [_v1, _v2, _v3, _v4, _v5, _v6, _v7, _v8, _v9, _v10, _v11, _v12, _v13, _v14, _v15, _v16, _v17, _v18]
SCHEMA_VERSION = len(MIGRATIONS)
