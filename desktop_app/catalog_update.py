"""Catalogue updates: the province edits targets and indicators, and the communes import them.

The province works on a draft of the catalogue (kept in its settings; the document edited by
`desktop_app.catalog_draft`, whose functions this module names too), then publishes it
as a new version: an update file (`.chitieu-catalog.json`) carrying the whole catalogue
document, the version it replaces (`base_version`), the province office's public key and
its short code (`public_key`, `key_code`), the office's Ed25519 signature over the
canonical content (`signature`, over `signed_content`) and a SHA-256 fingerprint over its
canonical JSON (everything but the fingerprint, the signature included). Publishing also writes,
beside the update file, its cover note (`cover_note_path`: `<stem>_cong-van.pdf`, written by
`exports.catalog_cover_pdf`), the Decree-30 công văn that prints the province's key code.

A commune imports it ("Cập nhật bộ chỉ tiêu…"): the new document is stored as a new catalogue
version, values already entered and approved periods are never touched, and every submission made
afterwards names the new version. The first signed update a commune imports pins the province's key
(the setting `province_key`); from then on only updates signed by that key are imported. Anyone can
sign a file with a key of their own, so the file's own key code proves nothing: the first import
needs the code printed on the update's cover note (công văn gửi kèm), typed by the officer (the
window asks for it, the command line takes `--code`), and is refused unless it is the code of the
key that signed the file (compared with `normalise_code`: case, spaces and dashes do not matter).
The refusal never shows the file's code (it would be copied from the box): it says to check the
code on the cover note again, and that if it was typed right the province did not issue the file.
Later imports need no code (a code given is compared all the same, and a refusal then names both
codes: the file's is the key recorded). An administrator who learns that the key recorded is not
the province's (or that the province changed its key) forgets it
(`desktop_app.province_key_reset`); the next import records a key again from its cover note. An
update that is older than or equal to the commune's catalogue (one of the same number is told apart
from the very catalogue), numbered as another catalogue set aside here with a forgotten key's
updates, made for another base version (but for one set aside so, newer than the one in use: the
province's next update is made from its own catalogue of the number taken here, and carries the
whole catalogue; `desktop_app.catalog_withdrawn`), changing the catalogue otherwise than the
province's editor does (`catalog_changes.refusal`: an indicator removed, its kind, name, ...), whose
fingerprint or signature does not match its content, signed by another key than the pinned one, or
not signed at all, is refused, with the reason. Unsigned updates (as earlier versions of the
program wrote them) are refused always, before any key is pinned too: anyone can write a file with
a fingerprint. A file that is not JSON, holds a number JSON has not (NaN, Infinity, 1e999) or nests
deeper than `MAX_DEPTH` levels (an update nests 6) is refused as not being an update. Only a
commune's administrator imports (`check_import`, asked by the window before any file: the refusal
names the task, "cập nhật bộ chỉ tiêu"; a province database refuses any: catalog_import_rules.py).
A province target of this unit that changes mid-period is named with the periods being entered
that will be judged against it (`judged_anew`); approved periods keep the target they were
approved with.
"""
from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import re
from collections import Counter
from pathlib import Path

from desktop_app import catalog_draft as drafts  # its checks of a document read
from desktop_app.catalog_draft import (  # noqa: F401 - named here too
    KINDS,
    DraftChanges,
    add_indicator,
    assign,
    set_target,
)
from desktop_app.catalog_import_rules import (  # noqa: F401 - named here too
    PROVINCE_KEY,
    check_import,
    pinned_words,
    province_key,
    recorded_key_words,
    update_text,
)
from desktop_app.catalog_update_effects import changes_for, judged_anew  # noqa: F401 - named here too
from desktop_app.catalog_withdrawn import (
    refuse_number_taken,
    restore_withdrawn,
    set_aside,
)
from desktop_app.core.canonical import canonical_json
from desktop_app.core.catalog import OPS, Catalog
from desktop_app.core.catalog_changes import (
    describe_changes,
    refusal,
    replaced_in_draft,
    target_changes,
)
from desktop_app.core.catalog_rules import check_document, clean_document
from desktop_app.core.errors import (
    ChiTieuError,
    InvalidInput,
    os_error_text,
    os_error_text_en,
)
from desktop_app.core.signing import (
    key_code,
    normalise_code,
    public_key,
    sign,
    typed_code,
    verifies,
    well_formed,
)
from desktop_app.core.users import Permission
from desktop_app.core.words import Words
from desktop_app.core.workflow import CatalogChanged, changes_named
from desktop_app.forgotten_keys import refuse_unconfirmed
from desktop_app.resources import catalog_of, default_catalog
from exports.atomic import write_bytes_atomic

UPDATE_FORMAT = "chitieu-catalog-update"
UPDATE_FORMAT_VERSION = 1
CATALOG_FORMAT = "chitieu-catalog"
SUFFIX = ".chitieu-catalog.json"
COVER_NOTE_SUFFIX = "_cong-van.pdf"  # the cover note beside the update file (cover_note_path)
# An update carries the whole catalogue: 113 kB as shipped (22 indicators, indented JSON), 303 kB
# with every one of the 92 units given a target of every indicator at the longest value written
# ("≥ 123.456.789,123456") and a change line each, 593 kB so with twice the indicators. 1 MB holds
# more than that; reading it cannot cost much (a file of 1 MB of "{}" parses to about 30 MB, one
# of 5 MB took 290 MB, red-team 15).
MAX_UPDATE_BYTES = 1024 * 1024
MAX_DEPTH = 64  # nesting levels of arrays and objects; an update has 6
MAX_DECIMALS = 6  # the catalogue's indicators have 0 or 2
DRAFT_KEY = "catalog_draft"
SIGNATURE_SCHEME = "chitieu-catalog-update-signature/1"


class BadCatalogUpdate(ChiTieuError):
    """A catalogue update file that cannot be imported. The commune's officer meets these in
    the window (Cập nhật bộ chỉ tiêu…): they carry English; the province's editing and
    publishing refusals stay Vietnamese (desktop_app/core/errors.py says why)."""


# --- versions and fingerprint ------------------------------------------------------------

def version_key(version: str) -> tuple[int, ...]:
    """"2026.2" -> (2026, 2): versions compare number by number."""
    text = (version or "").strip()
    if not re.fullmatch(r"\d{4}(\.\d{1,4}){1,3}", text):
        raise InvalidInput(f'Phiên bản bộ chỉ tiêu "{version}" không đúng dạng; ví dụ 2026.2.',
                           field="Phiên bản",
                           en=f'The catalogue version "{version}" is not written as a version; for example 2026.2.')
    return tuple(int(p) for p in text.split("."))


def update_fingerprint(update: dict) -> str:
    """SHA-256 of the canonical JSON (sorted keys, no spaces, UTF-8, NFC), the "fingerprint" member left out."""
    return hashlib.sha256(canonical_json({k: v for k, v in update.items() if k != "fingerprint"})).hexdigest()


def signed_content(update: dict) -> bytes:
    """What the province's signature covers: the canonical JSON of
    {"scheme": SIGNATURE_SCHEME, "update": <every member but "fingerprint" and "signature">}."""
    content = {k: v for k, v in update.items() if k not in ("fingerprint", "signature")}
    return canonical_json({"scheme": SIGNATURE_SCHEME, "update": content})


# --- the update file ----------------------------------------------------------------------------

def build_update(document: dict, base_version: str, version: str, *, issuer: str = "",
                 issued_at: str | None = None, changes: list[str] | None = None,
                 private_key: str | None = None) -> dict:
    """The update file's content, signed by `private_key` (the province office's key; None
    writes an unsigned update as earlier versions did, which communes refuse)."""
    if version_key(version) <= version_key(base_version):
        raise InvalidInput(f"Phiên bản mới {version} phải lớn hơn phiên bản đang dùng {base_version}.",
                           field="Phiên bản")
    doc = copy.deepcopy(document)
    doc["catalog_version"] = version
    doc["format"] = CATALOG_FORMAT
    doc["format_version"] = doc.get("format_version", 1)
    Catalog(doc)
    update = {
        "format": UPDATE_FORMAT,
        "format_version": UPDATE_FORMAT_VERSION,
        "catalog_version": version,
        "base_version": base_version,
        "issued_at": issued_at or dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "issuer": issuer,
        "changes": list(changes or []),
        "catalog": doc,
    }
    if private_key:
        public = public_key(private_key)
        update["public_key"], update["key_code"] = public, key_code(public)
        update["signature"] = sign(private_key, signed_content(update))
    update["fingerprint"] = update_fingerprint(update)
    return update


def write_update(update: dict, path: str | Path) -> Path:
    text = json.dumps(update, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    return write_bytes_atomic(path, text.encode("utf-8"))


def _kb(n: int, thousands: str = ".") -> str:
    """A size in kB as the refusal says it ("1.536 kB"; in English "1,536 kB")."""
    return f"{-(-n // 1024):,} kB".replace(",", thousands)


def read_update(path: str | Path) -> dict:
    """The update file's content, checked for format and fingerprint (not yet against a database)."""
    path = Path(path)
    name = path.name
    try:
        with path.open("rb") as f:
            raw = f.read(MAX_UPDATE_BYTES + 1)  # never more, whatever the file's size
            size = max(len(raw), path.stat().st_size)
    except OSError as err:
        raise BadCatalogUpdate(f"Không đọc được tệp {name}: {os_error_text(err)}.", field="Tệp",
                               en=f"Could not read the file {name}: {os_error_text_en(err)}.") from None
    if size > MAX_UPDATE_BYTES:
        raise BadCatalogUpdate(f"Tệp {name} quá lớn ({_kb(size)}, giới hạn {_kb(MAX_UPDATE_BYTES)}): không phải tệp "
                               "cập nhật bộ chỉ tiêu (tệp cập nhật chỉ vài trăm kB).", field="Tệp",
                               en=f"The file {name} is too large ({_kb(size, ',')}, at most "
                                  f"{_kb(MAX_UPDATE_BYTES, ',')}): it is not a catalogue update (an update is a "
                                  "few hundred kB).")
    try:
        update = json.loads(update_text(raw), parse_constant=drafts.finite_float,
                            parse_float=drafts.finite_float)
    except drafts.NotFinite as err:
        raise BadCatalogUpdate(f"Tệp {name} không phải tệp cập nhật bộ chỉ tiêu (có số {err} mà JSON không có: "
                               "chỉ nhận số hữu hạn).", field="Tệp", en=f"The file {name} is not a catalogue update "
                               f"(it holds the number {err}, which JSON has not: only finite numbers).") from None
    except (UnicodeDecodeError, ValueError):
        raise BadCatalogUpdate(f"Tệp {name} không phải tệp cập nhật bộ chỉ tiêu (không đọc được JSON). Tệp đã bị lưu "
                               "lại bằng chương trình khác? Hãy dùng đúng tệp tỉnh gửi, không mở rồi lưu lại.", field="Tệp",
                               en=f"The file {name} is not a catalogue update (its JSON cannot be read). Was the file "
                                  "saved again by another program? Use the very file the province sent, not opened "
                                  "and saved again.") from None
    except RecursionError:  # deeper than Python's stack: "[[[[…"
        update = _TOO_DEEP
    if update is _TOO_DEEP or drafts.nested_deeper(update, MAX_DEPTH):
        raise BadCatalogUpdate(f"Tệp {name} không phải tệp cập nhật bộ chỉ tiêu (dữ liệu JSON lồng nhau quá sâu, "
                               f"hơn {MAX_DEPTH} tầng).", field="Tệp",
                               en=f"The file {name} is not a catalogue update (its JSON is nested too deep, more "
                                  f"than {MAX_DEPTH} levels).")
    if not isinstance(update, dict) or update.get("format") != UPDATE_FORMAT:
        raise BadCatalogUpdate(f'Tệp {name} không phải tệp cập nhật bộ chỉ tiêu ("{UPDATE_FORMAT}").',
                               field="Tệp", en=f'The file {name} is not a catalogue update ("{UPDATE_FORMAT}").')
    fv = update.get("format_version")
    shown = json.dumps(fv, ensure_ascii=False)
    shown = shown if len(shown) <= 20 else shown[:20] + "…"  # a 400-digit "version" is not printed whole
    if not isinstance(fv, int) or isinstance(fv, bool) or fv < 1:  # 1.0, true, "1", 0: no version ever written
        raise BadCatalogUpdate(f'Tệp {name} không phải tệp cập nhật bộ chỉ tiêu: phiên bản định dạng '
                               f'("format_version") phải là số nguyên từ 1, tệp ghi {shown}.', field="Phiên bản",
                               en=f'The file {name} is not a catalogue update: its format version ("format_version") '
                                  f"must be a whole number from 1, the file says {shown}.")
    if fv > UPDATE_FORMAT_VERSION:
        raise BadCatalogUpdate(f"Tệp {name} theo định dạng phiên bản {shown}, phần mềm này chỉ đọc được "
                               f"phiên bản {UPDATE_FORMAT_VERSION}. Hãy cập nhật phần mềm.", field="Phiên bản",
                               en=f"The file {name} is in format version {shown}; this program reads version "
                                  f"{UPDATE_FORMAT_VERSION} only. Update the program.")
    stated = str(update.get("fingerprint") or "").lower()
    if not stated or stated != update_fingerprint(update):
        raise BadCatalogUpdate(f"Tệp {name} đã bị sửa: mã xác thực không khớp với nội dung. Không nhập; "
                               "hãy xin tỉnh gửi lại tệp cập nhật.", field="Mã xác thực",
                               en=f"The file {name} was changed: its verification code does not match its "
                                  "content. Not imported; ask the province to send the update again.")
    if "signature" in update or "public_key" in update:
        public, signature = update.get("public_key"), update.get("signature")
        if not (isinstance(public, str) and isinstance(signature, str) and well_formed(public, signature)
                and verifies(public, signed_content(update), signature)):
            raise BadCatalogUpdate(f"Tệp {name} đã bị sửa: chữ ký của tỉnh không khớp với nội dung. Không nhập; "
                                   "hãy xin tỉnh gửi lại tệp cập nhật.", field="Chữ ký",
                                   en=f"The file {name} was changed: the province's signature does not match its "
                                      "content. Not imported; ask the province to send the update again.")
        if update.get("key_code") != key_code(public):
            raise BadCatalogUpdate(f"Tệp {name} đã bị sửa: mã khóa ghi trong tệp khác mã của khóa đã ký "
                                   f"({key_code(public)}). Không nhập.", field="Chữ ký",
                                   en=f"The file {name} was changed: the key code written in it differs from the "
                                      f"code of the key that signed it ({key_code(public)}). Not imported.")
    doc = update["catalog"] = clean_document(update.get("catalog"))  # checked as sent, stored cleaned (R34 F1)
    if not isinstance(doc, dict) or doc.get("format") != CATALOG_FORMAT \
            or doc.get("catalog_version") != update.get("catalog_version"):
        raise BadCatalogUpdate(f"Tệp {name}: bộ chỉ tiêu bên trong không hợp lệ.", field="Tệp",
                               en=f"The file {name}: the catalogue inside it is not valid.")
    try:
        version_key(update["catalog_version"])
        version_key(update.get("base_version", ""))
        catalog = Catalog(doc)
    # Anyone can make and sign a file whose catalogue is any JSON (the key is compared with the
    # pinned one later, against the database): whatever building it raises, it is no catalogue.
    except Exception as err:  # noqa: BLE001
        raise BadCatalogUpdate(f"Tệp {name}: bộ chỉ tiêu bên trong không dùng được ({_why(err)}).", field="Tệp",
                               en=f"The file {name}: the catalogue inside it cannot be used "
                                  f"({getattr(err, 'en', None) or _why(err).replace('sai cấu trúc', 'wrong structure')}).") from None
    _check_codes_and_decimals(catalog, name)
    try:  # codes as the program writes them, no two names alike (red-team 17, F4: "bhуt", "O5503"), and what
        # the province's editor writes, target by target, field by field (red team R33: "≠ 100", 1e-300, "weird")
        check_document(doc, default_catalog().commune_codes())
    except InvalidInput as err:
        raise BadCatalogUpdate(f"Tệp {name}: bộ chỉ tiêu bên trong không nhập được. {err.message} Hãy xin tỉnh gửi "
                               "lại tệp cập nhật.", field=err.field, en=f"The file {name}: the catalogue inside it "
                               f"cannot be imported. {err.en} Ask the province to send the update again.") from None
    return update


def _why(err: Exception) -> str:
    """A refusal's own words; for anything else, that the structure is wrong, with Python's words
    (the missing key of a KeyError) for whoever made the file."""
    if isinstance(err, ChiTieuError):
        return str(err)[:200]
    return f"sai cấu trúc: {type(err).__name__} {str(err)[:160]}".strip()


def _check_codes_and_decimals(catalog: Catalog, name: str) -> None:
    """What building the catalogue does not check and the program relies on: each indicator and
    each unit once (a second one with the same code would hide the first), decimals a small whole
    number (a number written with a million decimals)."""
    for what, what_en, codes in (("chỉ tiêu", "indicator", [i.code for i in catalog.indicators]),
                                 ("xã, phường", "commune or ward", [c.code for c in catalog.communes])):
        twice = sorted(c for c, n in Counter(codes).items() if n > 1)
        if twice:
            raise BadCatalogUpdate(f"Tệp {name}: bộ chỉ tiêu bên trong có {what} trùng mã ({', '.join(twice[:5])}).",
                                   field="Tệp", en=f"The file {name}: the catalogue inside it has an {what_en} "
                                                   f"code twice ({', '.join(twice[:5])}).")
    for ind in catalog.indicators:
        if not isinstance(ind.decimals, int) or isinstance(ind.decimals, bool) or not 0 <= ind.decimals <= MAX_DECIMALS:
            raise BadCatalogUpdate(f"Tệp {name}: bộ chỉ tiêu bên trong có chỉ tiêu {ind.code} ghi số chữ số thập phân "
                                   f"{ind.decimals!r}, "
                                   f"chỉ nhận từ 0 đến {MAX_DECIMALS}.", field="Tệp",
                                   en=f"The file {name}: the catalogue inside it gives the indicator {ind.code} {ind.decimals!r} decimals; "
                                      f"from 0 to {MAX_DECIMALS} are accepted.")


_TOO_DEEP = object()


def _file_names(file_name: str) -> tuple[str, str]:
    """How a refusal names the update file, in Vietnamese and in English."""
    return (f"Tệp {file_name}", f"The file {file_name}") if file_name else ("Tệp cập nhật", "The update file")


def check_against(update: dict, current_version: str, file_name: str = "", current: dict | None = None,
                  aside: dict[str, dict] | None = None) -> None:
    """Refuse an update as the module's note says; `current`: the document in use, if given; `aside`:
    the versions set aside here, with their catalogues (`catalog_withdrawn.set_aside`)."""
    version, base, aside = update["catalog_version"], update["base_version"], aside or {}
    current = clean_document(current)  # as stored by an older version: its texts as the update's are (R34 F1)
    name, name_en = _file_names(file_name)
    if current is not None and version_key(version) == version_key(current_version) \
            and canonical_json(update["catalog"]) != canonical_json(current):
        raise BadCatalogUpdate(
            f"{name}: cùng số phiên bản {version} nhưng nội dung khác với phiên bản đang dùng: tỉnh đã phát hành hai "
            "danh mục cùng số (có thể sau khi khôi phục bản sao lưu) — liên hệ tỉnh. Không cập nhật.",
            field="Phiên bản", en=f"{name_en}: the same version number {version} but a different content from the "
            "version in use: the province issued two catalogues under one number (perhaps after restoring a "
            "backup); contact the province. Not updated.")
    if version_key(version) <= version_key(current_version):
        same = current is not None and version_key(version) == version_key(current_version)
        raise BadCatalogUpdate(
            f"{name}: " + ("bản cập nhật này đã được nhập (cùng nội dung): bộ chỉ tiêu " if same else "bộ chỉ tiêu ")
            + f"phiên bản {version} không mới hơn phiên bản đang dùng {current_version}; không cập nhật.",
            field="Phiên bản", en=f"{name_en}: " + ("this update was imported already (the same content): " if same
                                                   else "") + f"catalogue version {version} is not newer than "
            f"version {current_version} in use; not updated.")
    refuse_number_taken(update["catalog"], current_version, aside, Words(name, name_en))
    if base != current_version and not (base in aside and version_key(base) > version_key(current_version)):
        do, do_en = ((f"Máy đã qua phiên bản đó: hãy xin tỉnh bản cập nhật lập từ phiên bản {current_version}.",
                      f"This computer is past it: ask the province for an update made from version {current_version}.")
                     if version_key(base) < version_key(current_version) else  # walk U18 F2: not "in turn"
                     (f"Hãy nhập lần lượt các bản cập nhật trước (đến phiên bản {base}) rồi nhập lại tệp này.",
                      f"Import the earlier updates in turn (up to version {base}), then this file again."))
        raise BadCatalogUpdate(f"{name}: bản cập nhật lập từ phiên bản {base}, nhưng máy đang dùng phiên bản "
                               f"{current_version}. {do}", field="Phiên bản", en=f"{name_en}: the update was made "
                               f"from version {base}, but this computer uses version {current_version}. {do_en}")
    refused = current is not None and refusal(current, update["catalog"], Words(name, name_en))
    if refused:
        raise BadCatalogUpdate(refused, field="Bộ chỉ tiêu", en=refused.en)


def import_update(ws, path: str | Path, code: str | None = None, *,
                  forgotten_key_confirmed: bool = False) -> tuple[str, str, list[Words]]:
    """Cập nhật bộ chỉ tiêu: store the update's catalogue as the workspace's new version.

    `code` is the province's key code as the officer typed it from the update's cover note:
    required while no province key is pinned (the first import, which pins the file's key),
    compared when given later too (see check_signer). Entries, baselines, own targets and the
    approved periods are not touched. Returns (old version, new version, what changed). The
    update is checked against the catalogue the database holds when it is stored, which another
    window or command may have updated since this workspace read it."""
    check_import(ws)
    path = Path(path)
    update = read_update(path)
    doc = update["catalog"]
    with ws.store.transaction():
        version = ws.store.current_catalog_version()  # the workspace's is read again on success only
        old = ws.catalog if version == ws.catalog.version else catalog_of(ws.store.current_catalog())
        pinned = ws.store.get_setting(PROVINCE_KEY)
        # a file of another key is not the province's, whatever versions it names: said so first (walk U18 F2:
        # "nhập lần lượt … đến phiên bản 2026.1" to a commune past it), as a same-numbered one is
        if (pinned is not None and update.get("signature")) \
                or version_key(update["catalog_version"]) == version_key(old.version):
            check_signer(update, pinned, path.name, code)
        check_against(update, old.version, path.name, old.document, set_aside(ws.store))
        pinned = check_signer(update, pinned, path.name, code)
        if pinned is None:  # a key to record: not one forgotten as not the province's, unless confirmed
            refuse_unconfirmed(ws.store, update, path.name, forgotten_key_confirmed)
        restore_withdrawn(ws.store, doc["catalog_version"])  # a version set aside with a forgotten key
        ws.store.add_catalog(doc)
        if pinned is None:
            ws.store.put_setting(PROVINCE_KEY, {
                "public_key": update["public_key"], "key_code": update["key_code"],
                "catalog_version": update["catalog_version"], "issuer": update.get("issuer", ""),
                "pinned_at": dt.datetime.now().astimezone().isoformat(timespec="seconds")})
            ws.store.audit(ws.user, "province_key", field="key_code", new=update["key_code"])
        ws.store.audit(ws.user, "catalog_update", field="catalog_version", old=old.version,
                       new=f"{doc['catalog_version']} ({update['fingerprint'][:16]})")
    ws.catalog = catalog_of(doc)
    changes = changes_for(ws, old.document, doc)
    if pinned is None:
        changes.insert(0, Words(
            f"Ghi nhận khóa ký của tỉnh: mã {update['key_code']}, khớp mã in trên công văn gửi kèm bản cập nhật; "
            "từ nay máy chỉ nhận bản cập nhật ký bằng khóa này.",
            f"Recorded the province's signing key: code {update['key_code']}, matching the code printed on the "
            "letter sent with the update; from now on this computer takes only updates signed with this key."))
    return old.version, doc["catalog_version"], changes


def check_signer(update: dict, pinned: dict | None, file_name: str = "", code: str | None = None) -> dict | None:
    """Refuse an update that is unsigned, or signed by another key than the one pinned, or,
    while none is pinned, one whose key code is not `code`, the code typed from the update's
    cover note (no code: refused too). A code given once a key is pinned is compared all the
    same. Returns the pinned key (None: none yet, this update's key is to be pinned)."""
    name, name_en = _file_names(file_name)
    if not update.get("signature"):
        since, since_en = ((f" Máy này chỉ nhận bản cập nhật ký bằng khóa của tỉnh mã {pinned['key_code']}.",
                            f" This computer takes only updates signed with the province's key {pinned['key_code']}.")
                           if pinned else ("", ""))
        raise BadCatalogUpdate(
            f"{name} chưa được ký bằng khóa của tỉnh (tệp do phần mềm cũ xuất, hoặc đã bị bỏ chữ ký): không "
            f"nhập.{since} Hãy xin tỉnh xuất lại bản cập nhật bằng phần mềm mới; công văn gửi kèm in mã khóa "
            "của tỉnh để đối chiếu.", field="Chữ ký",
            en=f"{name_en} is not signed with the province's key (written by an older program, or its signature "
               f"was removed): not imported.{since_en} Ask the province to export the update again with the new "
               "program; the letter sent with it prints the province's key code to compare.")
    if pinned and pinned.get("public_key") != update["public_key"]:
        raise BadCatalogUpdate(
            f"{name} được ký bằng khóa mã {update['key_code']}, khác khóa của tỉnh mã {pinned.get('key_code')} mà máy "
            f"này đã ghi nhận (từ bản cập nhật phiên bản {pinned.get('catalog_version', '?')}). Không nhập: tệp "
            "không do tỉnh phát hành, hoặc tỉnh đã đổi máy; hãy hỏi lại Văn phòng UBND tỉnh. Nếu tỉnh cho biết khóa "
            "máy đã ghi nhận không phải khóa của tỉnh, hoặc tỉnh đã đổi khóa, quản trị viên bỏ khóa đó (Quản trị › Bỏ "
            "khóa của tỉnh đã ghi nhận…, hoặc lệnh chitieu catalog-update forget-key) rồi nhập lại tệp.", field="Chữ ký",
            en=f"{name_en} is signed with the key {update['key_code']}, not the province's key "
               f"{pinned.get('key_code')} this computer recorded (from the update to version "
               f"{pinned.get('catalog_version', '?')}). Not imported: the province did not issue the file, or it "
               "changed computers; ask the provincial People's Committee office. If the province says the key "
               "recorded is not its key, or that it changed its key, the administrator forgets that key "
               "(Administration › Forget the province's recorded key…, or the command chitieu catalog-update "
               "forget-key), then imports the file again.")
    typed = normalise_code(code or "")
    if typed:  # "ABCD": said to be no code, not compared
        typed_code(code, "Mã khóa", key=True)
    if pinned is None and not typed:
        raise BadCatalogUpdate(
            f"{name} là bản cập nhật đầu tiên máy này nhận: cần gõ mã khóa của tỉnh in trên công văn giấy có chữ ký, "
            "đóng dấu của tỉnh (ví dụ K7QX-3M2P-ABCD-EFGH), hoặc mã Văn phòng UBND tỉnh đọc qua điện thoại, để máy "
            "đối chiếu với khóa đã ký tệp, rồi ghi nhận khóa đó. Chưa gõ mã nào: không nhập. Ai cũng ký được tệp "
            "bằng khóa của mình và làm được tệp PDF công văn, nên không dùng mã ghi trong tệp, cũng không dùng mã "
            "trên tệp PDF gửi cùng thư với tệp cập nhật; nếu chưa có công văn giấy, hãy gọi điện hỏi Văn phòng UBND "
            "tỉnh.", field="Mã khóa",
            en=f"{name_en} is the first update this computer takes: type the province's key code printed on its "
               "paper letter, signed and stamped (for example K7QX-3M2P-ABCD-EFGH), or read to you on the telephone "
               "by the provincial People's Committee office, for the computer to compare with the key that signed "
               "the file and then record that key. No code typed: not imported. Anyone can sign a file with a key "
               "of their own and make a PDF letter, so neither the code written in the file nor the one on a PDF "
               "that came in the same e-mail as the update is to be used; without the paper letter, telephone the "
               "provincial People's Committee office.")
    if typed and typed != normalise_code(update["key_code"]) and pinned is None:
        # The first import: the file's code is not shown. Shown next to "type again", it would be
        # copied from the box, and the check against the paper would prove nothing (walk-through 15 M2).
        raise BadCatalogUpdate(
            f"{name}: mã đã gõ không khớp khóa đã ký tệp. Không nhập. Kiểm tra lại từng nhóm của mã in trên công "
            "văn giấy có chữ ký, đóng dấu của tỉnh (không phải tệp PDF gửi cùng thư) rồi gõ lại. Nếu đã gõ đúng mã "
            "trên công văn, tệp không do tỉnh phát hành: đừng nhập, hãy báo Văn phòng UBND tỉnh.", field="Mã khóa",
            en=f"{name_en}: the code typed does not match the key that signed the file. Not imported. Check each "
               "group of the code printed on the province's paper letter, signed and stamped (not a PDF that came "
               "in the same e-mail), and type it again. If it was typed right, the province did not issue the "
               "file: do not import it, and report it to the provincial People's Committee office.")
    if typed and typed != normalise_code(update["key_code"]):
        raise BadCatalogUpdate(
            f"{name}: mã khóa đã gõ là {typed}, nhưng tệp được ký bằng khóa mã {update['key_code']}. Không nhập. "
            "Phải gõ mã in trên công văn giấy có chữ ký, đóng dấu của tỉnh, không chép mã ghi trong tệp hay trong "
            "thông báo này: ai cũng ký được tệp bằng khóa của mình. Nếu đã gõ đúng mã trên công văn, tệp không do "
            "tỉnh phát hành; hãy hỏi lại Văn phòng UBND tỉnh.", field="Mã khóa",
            en=f"{name_en}: the key code typed is {typed}, but the file is signed with the key "
               f"{update['key_code']}. Not imported. Type the code printed on the province's paper letter, signed "
               "and stamped, not the code written in the file or in this message: anyone can sign a file with "
               "a key of their own. If the code typed is the letter's, the province did not issue the file; ask "
               "the provincial People's Committee office.")
    return pinned


# --- the province's draft and publishing ---------------------------------------------------------

def draft(ws) -> dict:
    """The catalogue the province is editing (its current one until a first edit)."""
    saved = ws.store.get_setting(DRAFT_KEY)
    if saved and saved.get("base_version") == ws.catalog.version:
        return saved["catalog"]
    return copy.deepcopy(ws.catalog.document)


def save_draft(ws, document: dict) -> list[str]:
    """Keep an edited draft; returns what it changes against the current catalogue."""
    ws.require(Permission.SETTINGS)
    Catalog(document)
    with ws.store.transaction():
        ws.store.put_setting(DRAFT_KEY, {"base_version": ws.catalog.version, "catalog": document})
        ws.store.audit(ws.user, "catalog_draft", field="catalog_draft", new=ws.catalog.version)
    return describe_changes(ws.catalog.document, document)


def edit(ws, change, *args, **kwargs) -> DraftChanges:
    """Apply one of set_target / assign / add_indicator to the draft and keep it; the result says
    too what earlier edits of the draft it replaced (walk U10 F5: never silently)."""
    before = draft(ws)
    after = change(before, *args, **kwargs)
    unit = kwargs.get("unit", args[3] if change is set_target and len(args) > 3 else None)
    asked = unit.zfill(5) if unit and unit != "all" else None
    return DraftChanges(save_draft(ws, after), replaced_in_draft(ws.catalog.document, before, after, asked))


def cover_note_path(path: str | Path) -> Path:
    """Where the cover note of the update file `path` is written: beside it,
    "bo-chi-tieu-2026.2.chitieu-catalog.json" -> "bo-chi-tieu-2026.2_cong-van.pdf"."""
    path = Path(path)
    return path.with_name(path.name.removesuffix(SUFFIX) + COVER_NOTE_SUFFIX)


def publish(ws, version: str, path: str | Path, *, issuer: str | None = None) -> dict:
    """Make the draft the province's new catalogue version, write the update file and beside it
    its cover note (`cover_note_path`, exports.catalog_cover_pdf) printing the province's key
    code; `issuer` (the update's "issuer") defaults to the province settings' issuing body.
    The update returned carries "path" and "cover_note", the files written."""
    from desktop_app.province import ProvinceOffice
    from exports.catalog_cover_pdf import render_cover_note

    ws.require(Permission.SETTINGS)
    settings = ProvinceOffice(ws).settings
    doc = clean_document(draft(ws))  # texts as an older editor kept them pasted: cleaned (catalog_rules' TEXT RULE)
    # Such a draft too: its editor turned 999.999.999.999.999,999999 into 10^15,
    # which every commune refuses (catalog_rules.check_bounds); published, they would be stuck on this version.
    check_document(doc, default_catalog().commune_codes())
    base = ws.catalog.version
    changes = describe_changes(ws.catalog.document, doc)
    issuer = " ".join(settings.issuer) if issuer is None else issuer
    update = build_update(doc, base, version, issuer=issuer, changes=changes, private_key=ws.signing_key())
    path = Path(path)
    if not path.name.endswith(SUFFIX):
        path = path.with_name(path.name.removesuffix(".json") + SUFFIX)
    annex = target_changes(ws.catalog.document, doc)  # each unit's changed target, for the note's annex
    cover = render_cover_note(update, settings, path.name, annex=annex)  # before any file is written: a font may be missing
    written: list[Path] = []
    try:
        with ws.store.transaction():  # nothing written before the base is known to be the database's catalogue
            _refuse_if_published_meanwhile(ws, base)
            ws.store.add_catalog(update["catalog"])
            ws.store.put_setting(DRAFT_KEY, None)
            ws.store.audit(ws.user, "catalog_publish", field="catalog_version", old=base,
                           new=f"{version} ({update['fingerprint'][:16]})")
            # The files last, still inside: one that cannot be written (a cover note open in a PDF
            # reader) leaves the version unpublished; a commit that fails takes them back below.
            written.append(write_update(update, path))
            written.append(write_bytes_atomic(cover_note_path(path), cover))
    except BaseException:
        for file in written:  # an update file for a version the database does not hold would be sent out
            file.unlink(missing_ok=True)
        raise
    ws.catalog = catalog_of(update["catalog"])
    update["path"], update["cover_note"] = str(path), str(cover_note_path(path))
    return update


def _refuse_if_published_meanwhile(ws, base: str) -> None:
    """Inside publishing's write transaction: refuse an update built on catalogue `base` when
    the database holds a newer one (another province window or command published it since this
    workspace read its catalogue): published, it would drop that version's changes, and the
    communes, holding it, would refuse an update made from `base`. The workspace reads the
    catalogue again, so the window shows it and publishing again builds on it."""
    current = ws.store.current_catalog_version()
    if current is None or current == base:
        return
    shown = ws.catalog
    ws.reload_catalog()
    changes = describe_changes(shown.document, ws.catalog.document)
    what, what_en = changes_named(changes)
    raise CatalogChanged(
        f"Chưa phát hành: bộ chỉ tiêu của tỉnh vừa được phát hành phiên bản {current}{what} ở một cửa sổ hoặc "
        f"lệnh khác của chương trình, còn bản phát hành này được lập từ phiên bản {base}. Phát hành nó sẽ bỏ mất "
        f"các thay đổi của phiên bản {current}, và các xã đã nhập phiên bản {current} sẽ không nhập được. Không "
        f"ghi tệp nào. Bộ chỉ tiêu nay là phiên bản {current}: hãy xem lại bản nháp rồi phát hành lại với số "
        f"phiên bản lớn hơn {current}.", field="Bộ chỉ tiêu",
        en=f"Not published: another window or command of the program has just published version {current} of the "
           f"province's indicator catalogue{what_en}, while this update was built from version {base}. Publishing it would drop the changes of version "
           f"{current}, and communes holding {current} could not import it. No file was written. The catalogue is "
           f"now version {current}: look at the draft again, then publish it with a version above {current}.")

__all__ = [
    "MAX_DEPTH", "OPS", "BadCatalogUpdate", "DraftChanges", "add_indicator", "assign", "build_update", "changes_for",
    "check_signer", "cover_note_path", "describe_changes", "draft", "edit", "import_update", "province_key",
    "publish", "read_update", "set_target", "signed_content", "version_key"
]
