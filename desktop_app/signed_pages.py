"""The pages a signed report PDF's first signature signed, compared with the report this program
renders from the workbook beside it (red-team R3 F2): what the check reads of the file within its
bounds (`first_signed`, run inside `desktop_app.signature_check`'s limits) and the comparison
(`compare_pages`, the program's own render, outside them), with the versions of the unit the province
received for the approval a re-approval's paper replaces (`approvals_received`). pyHanko is imported
inside the functions.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
from collections.abc import Sequence
from dataclasses import replace

from desktop_app.certificates import brief
from desktop_app.core.replaced_received import HeldApproval, replaced_received
from desktop_app.core.report_info import REPLACES_KEY, read_replaces, stated_after
from desktop_app.core.submission import Submission
from desktop_app.core.vietnam_time import shown
from desktop_app.core.words import Words
from desktop_app.widget_drawn import read_as_viewers, viewer_draws
from exports.paper_version import names_issued, paper_day, printed_version
from exports.rendered_report import font_revision


def first_signed(reader, embedded) -> dict:
    """What the pages' comparison needs of the file (`compare_pages`), read within its bounds: the
    first signature's byte range, where the file's first revision keeps its cross-reference table,
    the approval it states it replaces (`desktop_app.core.report_info`, that revision's document
    information), the fonts it embeds (`_embedded_fonts`), and whether everything saved after that
    revision only adds signatures to the report's own two fields (pyHanko's difference analysis; ""
    when so, else what was found)."""
    from pyhanko.pdf_utils.generic import IndirectObject
    from pyhanko.sign.diff_analysis import (
        DEFAULT_DIFF_POLICY,
        ModificationLevel,
        StandardDiffPolicy,
    )
    from pyhanko.sign.diff_analysis.constants import ACROFORM_EXEMPT_STRICT_COMPARISON
    from pyhanko.sign.diff_analysis.form_rules_api import FormUpdatingRule

    first = min(embedded, key=lambda emb: emb.signed_revision)
    resolver = reader.get_historical_resolver(0)
    try:
        info = resolver.trailer_view.raw_get("/Info")
        info = resolver.get_object(info.reference) if isinstance(info, IndirectObject) else info
        replaces = str(info.raw_get(REPLACES_KEY)) if REPLACES_KEY in info else ""
    except Exception:  # noqa: BLE001 - a hostile or broken /Info states nothing
        replaces = ""
    # The export's /SigFlags says it has signature fields (1); signing says they are signed (3).
    policy = StandardDiffPolicy(DEFAULT_DIFF_POLICY.global_rules, FormUpdatingRule(
        DEFAULT_DIFF_POLICY.form_rule.field_rules, ACROFORM_EXEMPT_STRICT_COMPARISON | {"/SigFlags"}))
    try:
        review = policy.review_file(reader, 0)
    except Exception:  # noqa: BLE001 - an update pyHanko cannot compare: not only signatures
        review = None
    level = getattr(review, "modification_level", None)
    if level is None or level > ModificationLevel.FORM_FILLING:
        added = Words("sau khi xuất, tệp được thêm hoặc sửa nội dung khác ngoài chữ ký",
                      "after export, content other than signatures was added to the file or changed")
        drawn = ""
    else:
        added, drawn = _added_widgets(reader, resolver)
    return {"byte_range": [int(n) for n in first.sig_object.raw_get("/ByteRange")],
            "first_xref": reader.xrefs.get_startxref_for_revision(0), "replaces": replaces, "added": added,
            "drawn": drawn, "fonts": _embedded_fonts(resolver, reader.xrefs.explicit_refs_in_revision(0)),
            "layout": _layout(resolver)}


def _added_widgets(reader, resolver) -> tuple[str, str]:
    """What the signature widgets added after the file's first revision `resolver` show: a finding
    when one is drawn outside the report's own two signature fields ("chữ ký đặt ngoài ô chữ ký của báo
    cáo, trang N"), else a note when one is drawn inside their area; ("", "") when all are invisible.
    An outside tool (VNPT-CA, Foxit, Adobe) signs in a field of its own, invisible or in a box the
    signer draws (red-team R5 F4: "tệp có ô chữ ký không phải của báo cáo", a false alarm). Drawn
    anywhere else it may cover a figure (R5 F5), whatever it is named; drawn inside the signature and
    seal area it may cover the report's title, signer and "Đã ký số" with other words (R6 F2), which
    no byte of the report tells: the pages are then not compared, the paper is to be looked at. More
    fields, pages or annotations than `MAX_PAGES`, or a key named twice in what is read, and the file's
    fields are not read (red-team R8 F2: 70 empty fields listed before a drawing one hid it)."""
    from pyhanko.pdf_utils.generic import IndirectObject

    def listed(value, holder, key) -> list:
        """The array `holder[key]` (empty when absent), unreadable past `MAX_PAGES` items."""
        items = list(value(holder.raw_get(key))) if key in holder else []
        if len(items) > MAX_PAGES:
            raise ValueError(f"more than {MAX_PAGES} in {key}")
        return items

    def widgets(value, form) -> list:
        """(reference, widget) of every signature field's widget of the AcroForm `form`; at most
        `MAX_PAGES` fields and widgets in all, a /Kids cycle included."""
        found, todo, seen = [], listed(value, form, "/Fields"), 0
        while todo:
            seen += 1
            if seen > MAX_PAGES:
                raise ValueError(f"more than {MAX_PAGES} fields")
            ref = todo.pop()
            field = value(ref)
            if "/Kids" in field:
                todo += listed(value, field, "/Kids")
            elif "/Rect" in field:
                found.append((getattr(ref, "reference", None), field))
        return found

    def rect(widget, value) -> list[float]:
        x1, y1, x2, y2 = (float(value(n)) for n in value(widget.raw_get("/Rect")))
        return [min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2)]

    def page_of(widget, value):
        page = widget.raw_get("/P") if "/P" in widget else None
        return page.reference if isinstance(page, IndirectObject) else None

    try:
        def old(obj):
            return resolver.get_object(obj.reference) if isinstance(obj, IndirectObject) else obj

        new = read_as_viewers(reader)
        root = new(reader.trailer_view.raw_get("/Root"))
        form = new(root.raw_get("/AcroForm")) if "/AcroForm" in root else None
        first_root = old(resolver.trailer_view.raw_get("/Root"))
        ours = widgets(old, old(first_root.raw_get("/AcroForm"))) if "/AcroForm" in first_root else []
        boxes = {}  # page -> the box around the report's own fields on it
        for _, widget in ours:
            box = boxes.setdefault(page_of(widget, old), rect(widget, old))
            box[:] = [*map(min, box[:2], rect(widget, old)[:2]), *map(max, box[2:], rect(widget, old)[2:])]
        kids = listed(new, new(root.raw_get("/Pages")), "/Kids")
        pages = [getattr(kid, "reference", None) for kid in kids]
        shown_on = {getattr(annot, "reference", None): getattr(kid, "reference", None) for kid in kids
                    for annot in listed(new, new(kid), "/Annots")}
        drawn = ""
        for ref, widget in widgets(new, form) if form is not None else []:
            if ref in {r for r, _ in ours}:
                continue
            x1, y1, x2, y2 = rect(widget, new)
            flags = int(new(widget.raw_get("/F"))) if "/F" in widget else 0
            # Hidden; or NoView, not printed and not shown on mouse-over (ToggleNoView, 256): never drawn
            hidden = flags & 2 or (flags & 32 and not flags & (4 | 256))
            if x2 - x1 <= 0 or y2 - y1 <= 0 or hidden or not viewer_draws(widget, new, form):
                continue
            page = shown_on.get(ref) or page_of(widget, new)  # the page listing it, as a reader draws it
            where = f"trang {pages.index(page) + 1}" if page in pages else ""
            where_en = where.replace("trang", "page")
            box = boxes.get(page)
            if box and box[0] - 2 <= x1 and box[1] - 2 <= y1 and x2 <= box[2] + 2 and y2 <= box[3] + 2:
                drawn = drawn or Words(f"hình chữ ký do công cụ khác vẽ trong ô chữ ký của báo cáo"
                                       f"{where and f' ({where})'} không được so với báo cáo: xem bản in",
                                       f"a signature picture another tool drew in the report's signature box"
                                       f"{where_en and f' ({where_en})'} is not compared with the report: see the "
                                       "paper")
                continue
            return Words(f"chữ ký đặt ngoài ô chữ ký của báo cáo{where and ', ' + where}",
                         f"a signature placed outside the report's signature boxes{where_en and ', ' + where_en}"), ""
    except Exception:  # noqa: BLE001 - a widget that cannot be read cannot be placed: not accepted
        return Words("tệp có ô chữ ký không đọc được vị trí", "the file has a signature box whose place cannot be read"), ""
    return "", drawn


def _layout(resolver) -> dict:
    """The pages' sizes (points, to a tenth) and the signature fields' names of a revision read through
    `resolver`, what another revision of the same fonts never changes; at most `MAX_PAGES` pages.
    Anything unreadable is left out (and so differs from the render's)."""
    from pyhanko.pdf_utils.generic import IndirectObject

    def value(obj):
        return resolver.get_object(obj.reference) if isinstance(obj, IndirectObject) else obj

    pages, fields, todo = [], [], []
    try:
        root = value(resolver.trailer_view.raw_get("/Root"))
        todo.append(value(root.raw_get("/Pages")))
        while todo and len(pages) <= MAX_PAGES:
            node = todo.pop(0)
            if "/Kids" in node:
                todo[:0] = [value(kid) for kid in value(node.raw_get("/Kids"))][:MAX_PAGES + 1]
            else:
                pages.append([round(float(value(n)), 1) for n in value(node.raw_get("/MediaBox"))][:4])
        form = value(root.raw_get("/AcroForm")) if "/AcroForm" in root else {}
        for field in list(value(form.raw_get("/Fields")) if "/Fields" in form else [])[:MAX_PAGES]:
            fields.append(str(value(value(field).raw_get("/T")))[:80])
    except Exception:  # noqa: BLE001 - a hostile or broken page tree: what was read so far
        pass
    return {"pages": pages, "fields": sorted(fields)}


MAX_PAGES = 64  # a report has 2 to 6 pages, and two signature fields


def _embedded_fonts(resolver, refs) -> dict[str, str]:
    """Font name (its subset tag left out) -> `font_revision` of the TrueType programs embedded among
    the objects `refs`, read through `resolver` (a revision's: an object's own get_object() reads the
    latest); at most `MAX_OBJECTS` looked at (a report has some 60)."""
    from pyhanko.pdf_utils.generic import DictionaryObject, IndirectObject

    found = {}
    for ref in list(refs)[:MAX_OBJECTS]:
        try:
            obj = resolver.get_object(ref)
            if not isinstance(obj, DictionaryObject) or obj.raw_get("/Type") != "/FontDescriptor":
                continue
            name = str(obj.raw_get("/FontName")).lstrip("/").split("+")[-1][:80]
            program = obj.raw_get("/FontFile2") if "/FontFile2" in obj else None
            if isinstance(program, IndirectObject):
                program = resolver.get_object(program.reference)
            found[name] = font_revision(program.data) if program is not None else ""
        except Exception:  # noqa: BLE001 - a hostile or broken object names no font
            continue
    return found


MAX_OBJECTS = 2000


def _layout_differs(theirs: dict | None, ours: dict) -> str:
    """How the file's first revision differs from the render in its pages or signature fields ("" not)."""
    theirs = theirs or {"pages": [], "fields": []}
    if len(theirs["pages"]) != len(ours["pages"]):
        n, m = len(theirs["pages"]), len(ours["pages"])
        return Words(f"tệp có {n} trang, báo cáo phần mềm in từ số liệu đó có {m} trang",
                     f"the file has {n} page(s), the report the software prints from those figures {m}")
    if theirs["pages"] != ours["pages"]:
        return Words("khổ trang khác báo cáo phần mềm in từ số liệu đó",
                     "its page size is not that of the report the software prints from those figures")
    if theirs["fields"] != ours["fields"] and not theirs["fields"]:
        return Words("tệp không có ô chữ ký của báo cáo đã duyệt (như bản DỰ THẢO)",
                     "the file has no signature boxes of an approved report (as a DRAFT)")
    if theirs["fields"] != ours["fields"]:
        fields, own = ", ".join(theirs["fields"])[:80], ", ".join(ours["fields"])
        return Words(f"ô chữ ký của tệp ({fields}) khác ô chữ ký của báo cáo ({own or 'không có'})",
                     f"the file's signature boxes ({fields}) are not the report's ({own or 'none'})")
    return ""


def approvals_received(store, sub: Submission) -> tuple[HeldApproval, ...]:
    """The versions of `sub`'s unit and period the province received (its `store`), each with when it
    was approved and its key's state in the unit's register: what a re-approval's paper may say it
    replaces (`desktop_app.core.replaced_received`). Read before the PDF is checked: a failing database
    is the database's, never the file's."""
    from desktop_app.kept_choice import key_states

    states = key_states(store, sub.unit_code)
    return tuple(_held(store, row, states.get(row.public_key or "", ""))
                 for row in store.received(sub.period, current_only=False, unit_code=sub.unit_code))


def _held(store, row, key_state: str) -> HeldApproval:
    """A version received as `HeldApproval`: when its document says it was approved, and the number, symbol and
    date its workbook was issued with (compared with what a re-approval's paper says of it: red-team R30 F3)."""
    from desktop_app.kept_choice import approved_at

    stored = store.received_document(row.id) if row.approved and row.id is not None else None
    document = stored[2] if stored is not None else None
    try:
        found = json.loads(document or "{}")
        issued = (str(found.get("doc_number") or ""), str(found.get("doc_symbol") or "BC-UBND"),
                  str(found.get("report_date") or ""))
        dt.date.fromisoformat(issued[2] or "x")
    except (ValueError, AttributeError, TypeError):
        issued = None
    return HeldApproval(row.fingerprint, approved_at(store, row, document) if document is not None else "",
                        key_state, issued)


def other_version(stated: str, mine: str, paper: str = "") -> Words:
    """Why the pages of a workbook stating the version `stated` are not compared on this machine of version
    `mine`: a later one says the province's program is the one to update (red-team R30 F1: "9.9.9" read as
    any other version, the unit asked to export with the province's). `paper`: the `paper_version` it states,
    named when it is one (red-team R31 F5)."""
    from exports.report_rows import version_of

    printed = printed_as(paper, stated)
    made = f"tệp Excel lập bằng phiên bản {stated or '(không ghi)'} của phần mềm{printed}"
    made_en = f"the Excel file was made by version {stated or '(not stated)'} of the software{printed.en}"
    if version_of(stated) and version_of(mine) and version_of(stated) > version_of(mine):
        return Words(f"{made}, mới hơn phiên bản máy này {mine} (cập nhật "
                     f"phần mềm Chỉ tiêu xã của tỉnh lên phiên bản {stated} rồi kiểm tra lại thì so được)",
                     f"{made_en}, later than this computer's version {mine} (update the province's Chỉ tiêu xã to "
                     f"version {stated} and check again to compare them)")
    return Words(f"{made}, máy này phiên bản {mine}", f"{made_en}, this computer's version {mine}")


def printed_as(paper: str, stated: str) -> Words:
    """" (in theo mẫu báo cáo giấy của phiên bản 0.2.0)" when a file of version `stated` states it prints the
    paper of another version `paper`; "" when it prints its own."""
    if not paper or paper == stated:
        return Words("", "")
    return Words(f" (in theo mẫu báo cáo giấy của phiên bản {paper})", f" (printing the paper report of version {paper})")


def _not_compared_replaces(replaces, held: Sequence[HeldApproval] | None, sub: Submission) -> dict:
    """What is said of the report a PDF whose pages are not compared says it replaces (red-team R31 F3: a later
    version's paper "thay thế Báo cáo số …" was checked against nothing, and not named): the line as the PDF
    states it, and whether the province holds that approval (`replaced_received`), or that it could not tell."""
    if replaces is None:
        return {}
    day = paper_day(replaces.approved_at, sub) if replaces.approved_at else ""
    fp = replaces.fingerprint[:16]
    code = f"bản mã {fp}" + (f" đã duyệt ngày {day}" if day else "")
    code_en = f"the version {fp}" + (f" approved on {day}" if day else "")
    if replaces.issued is not None:
        said, said_en = replaces.issued.said()
        line, line_en = f"thay thế Báo cáo {said} ({code})", f"replacing report {said_en} ({code_en})"
    else:
        line, line_en = f"thay {code}", f"replacing {code_en}"
    received, note = replaced_received(replaces, held, sub)
    clock = _clock_note(replaces, sub)
    return {"replaced_received": received,
            "replaced_note": Words(f"tệp PDF ghi {line}, dòng này chưa được so với trang in; {note}{clock}",
                                   f"the PDF states {line_en}, a line not compared with the printed pages; "
                                   f"{note.en}{clock.en}")}


def _clock_note(replaces, sub: Submission) -> Words:
    """What is said of a replaced approval stating a time after the approval replacing it (red-team R32 F2: the
    correction after an administrator confirmed that the unit's clock ran ahead at the first), "" otherwise."""
    if not stated_after(replaces, sub.approved_at):
        return Words("", "")
    then, now = shown(replaces.approved_at), shown(sub.approved_at)
    return Words(f"; bản được thay ghi duyệt lúc {then}, sau lần duyệt lại này "
                 f"({now}): đồng hồ máy tính của đơn vị đã chạy sai ở một trong hai lần duyệt (phần mềm ghi "
                 "như vậy khi quản trị viên xác nhận đồng hồ lúc duyệt bản được thay đã chạy nhanh rồi mở lại kỳ)",
                 f"; the version replaced states it was approved at {then}, after this re-approval ({now}): the "
                 "unit's computer clock was wrong at one of the two approvals (the software writes so when an "
                 "administrator confirmed the clock ran fast at the approval replaced, then reopened the period)")


def compare_pages(data: bytes, signed: dict, sub: Submission, held: Sequence[HeldApproval] | None = None) -> dict:
    """`pages_match` and `pages_note` of a signed PDF (`PdfCheck`) beside the workbook `sub`: whether
    the first signature signed, from the file's first byte, the report PDF this program renders from
    `sub` (but for the moment it was made), as the file's first revision, and everything after it
    only adds signatures. Not compared (None, and why) when the workbook was made by another version
    of the program, or when the report differs, has the render's pages and signature fields and was
    printed in the render's fonts but another revision of them (`other_revision`): the bytes differ
    whatever the figures, and what that revision drew is not read here. Fonts of other families, or
    none, excuse nothing (red-team R5 F1: an edited export with its fonts renamed, or a page without
    fonts, was "not comparable" and so "hợp lệ"). ~0,1 s, and only for a signed PDF beside its workbook.
    A paper whose "Duyệt lại …" line matches what the PDF states has that approval looked for among the
    versions the province received, `held` (None: not known here): `replaced_received`, `replaced_note`."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    from desktop_app.resources import app_version
    from exports.rendered_report import (
        other_families,
        other_revision,
        rendered_report,
        same_but_when,
    )

    version = app_version()
    # What the PDF states it replaces is checked against the signed workbook in every version (red-team R31 F3)
    replaces, wrong = read_replaces(signed.get("replaces") or "", sub.approved_at)
    if not wrong and replaces is not None and replaces.issued is not None and not names_issued(sub):
        form = printed_version(sub)
        wrong = Words(f"tệp ghi số, ngày của báo cáo được thay, điều mẫu báo cáo giấy phiên bản {form} "
                      "(tệp Excel ghi) không in: mẫu đó ghi bản được thay bằng mã và ngày duyệt",
                      f"the file states the number and date of the report replaced, which the paper report of version "
                      f"{form} (as the Excel file states) does not print: it names the version replaced by its code "
                      "and day of approval")
    if wrong:  # what the file states is no approval the program writes: against the file (red-team R5 F2)
        return {"pages_match": False, "pages_note": wrong}
    if sub.app_version != version:
        return {"pages_note": other_version(sub.app_version, version, sub.paper_version),
                **_not_compared_replaces(replaces, held, sub)}
    if replaces is not None and not names_issued(sub):  # the paper of 0.2.0 names no number (walk U24 F3):
        replaces = replace(replaces, issued=None)  # rendered so, a PDF printing one differs from it
    try:
        made = rendered_report(sub, replaces)
    except Exception as err:  # noqa: BLE001 - said, never a traceback
        if replaces is not None:  # a render failing on what the file states counts against the file
            return {"pages_match": False, "pages_note": Words(
                "tệp ghi bản duyệt được thay mà phần mềm không in được",
                "the file states a replaced approval the software cannot print")}
        return {"pages_note": Words(f"máy này không in lại được báo cáo ({brief(err)})",
                                    f"this computer cannot print the report again ({brief(err)})")}  # no fonts, a damaged installation
    start, length = signed["byte_range"][:2]
    xref = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", made)
    if not same_but_when(data[:len(made)], made) or xref is None or signed["first_xref"] != int(xref.group(1)):
        ours = PdfFileReader(io.BytesIO(made), strict=False)
        theirs, mine = signed["fonts"], _embedded_fonts(ours, ours.xrefs.explicit_refs_in_revision(0))
        why = other_families(theirs, mine) or _layout_differs(signed.get("layout"),
                                                              _layout(ours.get_historical_resolver(0)))
        if not why and other_revision(theirs, mine):
            return {"pages_note": other_revision(theirs, mine)}
        why = why or Words("nội dung khác báo cáo phần mềm in từ số liệu đó",
                           "its content is not the report the software prints from those figures")
    elif start != 0 or length < len(made):
        why = Words("chữ ký đầu tiên không phủ bản báo cáo ở đầu tệp",
                    "the first signature does not cover the report at the start of the file")
    elif signed["added"] and not sub.approved:  # its tool added the field a draft has not (red-team R5 F4)
        why = Words("bản DỰ THẢO của kỳ chưa duyệt được ký số: bản dự thảo không có ô chữ ký, phần công cụ ký thêm vào "
                    "không so được với bản phần mềm in; chỉ báo cáo đã duyệt được ký số",
                    "the DRAFT of a period not approved was digitally signed: a draft has no signature boxes, and "
                    "what the signing tool added cannot be compared with the software's print; only an approved "
                    "report is digitally signed")
    else:
        why = signed["added"]
    if not why and signed.get("drawn"):  # an outside tool's drawing over the report's signature (red-team R6 F2)
        return {"pages_note": signed["drawn"]}
    if not why and replaces is not None:  # the sender's word, printed on the paper: said as such
        day = paper_day(replaces.approved_at, sub) if replaces.approved_at else ""  # as printed
        received, note = replaced_received(replaces, held, sub)
        clock, fp = _clock_note(replaces, sub), replaces.fingerprint[:16]
        return {"pages_match": True,
                "pages_note": Words(f"thay bản mã {fp}" + (f" duyệt ngày {day}" if day else ""),
                                    f"replacing the version {fp}" + (f" approved on {day}" if day else "")),
                "replaced_received": received, "replaced_note": Words(note + clock, note.en + clock.en),
                "replaces": replaces.fingerprint,
                "replaces_at": replaces.approved_at}
    return {"pages_match": not why, "pages_note": why}
