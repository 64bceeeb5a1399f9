"""A correction the unit signed as replacing its earlier report is kept, whatever its clock said (walk U25).

F3: a unit approved its report (Báo cáo số 12) with a right clock, reopened it and approved the correction with
its clock 400 days ahead; the re-approval's signed report PDF says it replaces the first approval (its
/ChiTieuReplaces, the paper's "Duyệt lại …, thay thế Báo cáo số 12/BC-UBND …"). The province kept the first
("Giữ bản có thời điểm lập trước ngày nhận"), whatever order the files came in: it now keeps the correction, says
why and what the times say, and counts its figures.
F2: the re-approval's file states it was made (09:30) before its own approval (10:00): the commune's clock went
back between them. Without its signed PDF the first approval stays kept, and the reason no longer says the
re-approval was approved "trước bản đang giữ" (it says it was after); with it, the correction is kept.
A forged loop (two approvals each signed as replacing the other) is believed for neither: the times decide,
said so. The files are the project's own: signed workbooks, and the report PDF its renderer prints, signed by
the leader's certificate under the province's trusted root."""
from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

import pytest

from desktop_app.core.doc_number import Issued
from desktop_app.core.pdf_signature import LEADER_FIELD, PdfVerdict
from desktop_app.core.reasons_english import in_english
from desktop_app.core.submission import Replaced
from desktop_app.signature_check import pdf_signatures
from desktop_app.trust_roots import import_trust_roots
from exports.rendered_report import rendered_report
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import KEYS, ON_TIME, delivered, make_submissions, sign_with
from tests.signature.conftest import P12_PASSWORD, pki  # noqa: F401 (the fixture)

FIGURE = "thu_ngan_sach"


@pytest.fixture(scope="module")
def unit_sub(tmp_path_factory):
    root = tmp_path_factory.mktemp("replaced-by-signed-word")
    ws, subs = make_submissions(root, pick_units(1, 0), PERIOD, data_dir=root / "db")
    ws.close()
    [sub] = subs.values()
    return sub


def _version(sub, approved_at: str, made: str, figure: str, number: str, report_date: dt.date):
    """`sub` approved at `approved_at`, made at `made` (ISO, Vietnam time), with `figure` for thu_ngan_sach and
    issued as Báo cáo số `number`, signed by the unit's key again."""
    items = tuple(replace(i, value=figure, input_value=figure) if i.code == FIGURE else i for i in sub.items)
    out = replace(sub, items=items, approved_at=f"{approved_at}+07:00", generated_at=f"{made}+07:00",
                  doc_number=number, report_date=report_date, stated_fingerprint=None)
    return sign_with(out, KEYS[sub.public_key])


def _replacing(old) -> Replaced:
    return Replaced(old.fingerprint, old.approved_at, "Sửa số thu theo quyết toán",
                    issued=Issued(old.doc_number, old.report_date))


def _signed_pdf(pki, sub, replaces: Replaced | None) -> bytes:  # noqa: F811
    """The report PDF the program renders of `sub` (naming `replaces`), signed by the unit's leader in its field."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    writer = IncrementalPdfFileWriter(io.BytesIO(rendered_report(sub, replaces)), strict=False)
    out = io.BytesIO()
    signer = signers.SimpleSigner.load_pkcs12(pki.leader_p12, passphrase=P12_PASSWORD.encode())
    signers.sign_pdf(writer, signers.PdfSignatureMetadata(field_name=LEADER_FIELD), signer=signer, output=out,
                     existing_fields_only=True)
    return out.getvalue()


def _send(folder, sub, pdf: bytes | None = None):
    """`sub`'s workbook in its own e-mail folder (saved on time), with its signed report PDF beside it."""
    folder.mkdir(parents=True)
    xlsx = delivered(write_submission(sub, folder / f"{sub.file_stem}.xlsx"), ON_TIME)
    if pdf is not None:
        pdf_path = xlsx.with_name(f"{sub.file_stem}_ky-so.pdf")
        pdf_path.write_bytes(pdf)
        delivered(pdf_path, ON_TIME)
    return folder


@pytest.fixture
def trusting(office, pki):  # noqa: F811
    import_trust_roots(office, [pki.root_pem])
    return office


def _read(office, tmp_path, files):
    """Each (name, sub, pdf) read in its own folder, in order: the results."""
    out = []
    for name, sub, pdf in files:
        out += office.intake(_send(tmp_path / name, sub, pdf), PERIOD).results
    return out


def _counted(office, sub) -> str:
    return office.consolidation(PERIOD).item(sub.unit_code, FIGURE).value


@pytest.fixture
def ahead(unit_sub, pki):  # noqa: F811
    """U25 p.sh: v1 approved and issued as 12 on 18/06/2026; v2, the correction, approved 400 days ahead."""
    v1 = _version(unit_sub, "2026-06-18T09:00:00", "2026-06-18T09:05:00", "104800", "12", dt.date(2026, 6, 18))
    later = dt.datetime(2026, 6, 18, 9, 30) + dt.timedelta(days=400)
    v2 = _version(unit_sub, later.isoformat(), (later + dt.timedelta(minutes=5)).isoformat(), "150000", "13",
                  later.date())
    return v1, v2, _signed_pdf(pki, v1, None), _signed_pdf(pki, v2, _replacing(v1))


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_the_correction_approved_with_the_clock_ahead_is_kept_for_its_signed_replacement(trusting, ahead, tmp_path,
                                                                                       order):
    v1, v2, pdf1, pdf2 = ahead
    files = [("v1", v1, pdf1), ("v2", v2, pdf2)]
    results = _read(trusting, tmp_path, [files[n] for n in order])
    checks = pdf_signatures(trusting, PERIOD)
    assert checks[v1.unit_code].verdict == PdfVerdict.HOP_LE, checks[v1.unit_code].lines()
    assert results[-1].kept == (order[-1] == 1)
    assert _counted(trusting, v2) == "150000"  # the correction's figure, not 104800
    why = (f"Giữ bản duyệt lại (duyệt lúc 09:30 23/07/2027) vì bản này ghi thay thế bản mã {v1.fingerprint[:16]} "
           "(Báo cáo số 12/BC-UBND ngày 18/06/2026, duyệt lúc 09:00 18/06/2026), dù thời điểm ghi trong tệp là lập "
           "sau ngày tỉnh nhận (lập lúc 09:35 23/07/2027, nhận ngày 18/06/2026); kiểm tra đồng hồ máy tính của đơn vị")
    last = results[-1]
    assert why in last.reason, last.reason
    assert "Giữ bản có thời điểm lập trước ngày nhận" not in last.reason
    assert "bản lập trước ngày nhận được giữ trước bản này" not in last.reason  # it is not, this one is
    english = in_english(last.reason)
    assert english is not None and "The re-approval is kept (approved at 09:30 23/07/2027) as this version states " \
        f"it replaces the version {v1.fingerprint[:16]} (report number 12/BC-UBND, dated 18/06/2026," in english, english


def test_the_correction_read_alone_then_again_with_its_signed_pdf_is_kept(trusting, ahead, tmp_path):
    """The workbook alone states no replacement (U25 p.sh copied the .xlsx files only): today's rules keep v1.
    The province asks for the signed report and reads the e-mail again: v2 is kept, its line says why."""
    v1, v2, pdf1, pdf2 = ahead
    results = _read(trusting, tmp_path, [("v1", v1, pdf1), ("v2", v2, None)])
    assert not results[-1].kept and _counted(trusting, v1) == "104800"
    assert ("Giữ bản có thời điểm lập trước ngày nhận (bản kia ghi lập sau ngày tỉnh nhận; nếu bản kia là bản duyệt "
            "lại, đọc lại tệp đó cùng báo cáo PDF ký số của nó để tỉnh xét theo bản được thay ghi trên báo cáo)") \
        in results[-1].reason, results[-1].reason  # what to do, said where the province reads why
    assert in_english(results[-1].reason) is not None
    [again] = trusting.intake(_send(tmp_path / "v2-ky-so", v2, pdf2), PERIOD).results
    assert again.kept and _counted(trusting, v2) == "150000"
    assert (f"Báo cáo PDF ký số gửi kèm ghi bản này thay thế bản mã {v1.fingerprint[:16]}: tỉnh giữ bản này, tính "
            "vào tổng hợp thay bản đã duyệt (tệp 2026-6M_") in again.reason, again.reason
    assert "Giữ bản duyệt lại (duyệt lúc 09:30 23/07/2027) vì bản này ghi thay thế bản mã" in again.reason
    assert in_english(again.reason) is not None, again.reason


@pytest.fixture
def behind(unit_sub, pki):  # noqa: F811
    """U25 d2.sh: v1 approved 17/06 09:00; v2 re-approved 18/06 10:00, its file made at 09:30 (clock back 30 min)."""
    v1 = _version(unit_sub, "2026-06-17T09:00:00", "2026-06-17T10:00:00", "104800", "12", dt.date(2026, 6, 17))
    v2 = _version(unit_sub, "2026-06-18T10:00:01", "2026-06-18T09:30:00", "150000", "13", dt.date(2026, 6, 18))
    return v1, v2, _signed_pdf(pki, v1, None), _signed_pdf(pki, v2, _replacing(v1))


def test_a_file_made_before_its_own_approval_is_said_so_not_before_the_kept_one(trusting, behind, tmp_path):
    v1, v2, pdf1, _ = behind
    results = _read(trusting, tmp_path, [("v1", v1, pdf1), ("v2", v2, None)])
    reason = results[-1].reason
    assert not results[-1].kept and _counted(trusting, v1) == "104800"
    assert "trước bản đang giữ" not in reason, reason
    assert ("Tệp này ghi lập tệp lúc 09:30 18/06/2026, trước lúc duyệt 10:00 18/06/2026 mà chính tệp ghi: đồng hồ "
            "máy tính của đơn vị chạy sai") in reason, reason
    assert "nếu tệp này là bản duyệt lại, đọc lại tệp cùng báo cáo PDF ký số của nó" in reason
    english = in_english(reason)
    assert english is not None and "before the approval at 10:00 18/06/2026 it states itself" in english, english


def test_a_file_made_before_its_own_approval_is_kept_for_its_signed_replacement(trusting, behind, tmp_path):
    v1, v2, pdf1, pdf2 = behind
    results = _read(trusting, tmp_path, [("v1", v1, pdf1), ("v2", v2, pdf2)])
    assert results[-1].kept and _counted(trusting, v2) == "150000"
    assert ("vì bản này ghi thay thế bản mã " f"{v1.fingerprint[:16]} (Báo cáo số 12/BC-UBND ngày 17/06/2026, duyệt "
            "lúc 09:00 17/06/2026), dù thời điểm ghi trong tệp là lập tệp trước lúc duyệt (lập lúc 09:30 18/06/2026, "
            "duyệt lúc 10:00 18/06/2026); kiểm tra đồng hồ máy tính của đơn vị") in results[-1].reason
    assert in_english(results[-1].reason) is not None


def test_two_approvals_each_signed_as_replacing_the_other_fall_back_to_the_times(trusting, unit_sub, pki, tmp_path):  # noqa: F811
    """A forged loop: the same time of approval (a paper never names an approval after its own), other figures;
    each PDF names the other. Neither replacement is believed: the later file is kept, and the reason says why."""
    a = _version(unit_sub, "2026-06-18T09:00:00", "2026-06-18T09:10:00", "104800", "12", dt.date(2026, 6, 18))
    b = _version(unit_sub, "2026-06-18T09:00:00", "2026-06-18T09:05:00", "150000", "13", dt.date(2026, 6, 18))
    pa = _signed_pdf(pki, a, Replaced(b.fingerprint, b.approved_at, "Sửa", issued=Issued("13", b.report_date)))
    pb = _signed_pdf(pki, b, Replaced(a.fingerprint, a.approved_at, "Sửa", issued=Issued("12", a.report_date)))
    results = _read(trusting, tmp_path, [("a", a, pa), ("b", b, pb)])
    assert not results[-1].kept and _counted(trusting, a) == "104800"  # made later: today's rule
    loop = sorted([a.fingerprint[:16], b.fingerprint[:16]])
    assert (f"Giữ bản lập sau, theo thời điểm ghi trong tệp vì các bản mã {loop[0]} và {loop[1]} ghi thay thế lẫn "
            "nhau (không dựa được vào dòng thay thế)") in results[-1].reason, results[-1].reason
    assert in_english(results[-1].reason) is not None


def test_the_correction_after_an_administrator_confirmed_the_clock_ran_ahead_is_a_genuine_paper(trusting, unit_sub,
                                                                                                  pki, tmp_path):  # noqa: F811
    """Red-team R32 F2: approved with the clock at 02/03/2031, the period reopened by an administrator once the
    clock was right, the correction approved at 16/06/2026 names that approval as recorded, after its own. The
    province judged the honest paper 'KHÔNG phải báo cáo phần mềm in' and said it had not received the one it
    replaces; it is the program's paper, the approval is the one held, and the clock is named."""
    first = _version(unit_sub, "2026-06-15T09:00:00", "2026-06-15T09:05:00", "104800", "12", dt.date(2026, 6, 15))
    ahead = _version(unit_sub, "2031-03-02T09:00:00", "2031-03-02T09:05:00", "140000", "13", dt.date(2031, 3, 2))
    fixed = _version(unit_sub, "2026-06-16T09:00:00", "2026-06-16T09:05:00", "150000", "14", dt.date(2026, 6, 16))
    results = _read(trusting, tmp_path, [("v1", first, _signed_pdf(pki, first, None)),
                                         ("v2", ahead, _signed_pdf(pki, ahead, _replacing(first))),
                                         ("v3", fixed, _signed_pdf(pki, fixed, _replacing(ahead)))])
    check = pdf_signatures(trusting, PERIOD)[fixed.unit_code]
    assert check.verdict == PdfVerdict.HOP_LE and check.pages_match is True, check.lines()
    line = check.pages_line()
    assert "tỉnh đã nhận của đơn vị bản mã" in line and "báo cáo đó số 13/BC-UBND ngày 02/03/2031 như bản tỉnh nhận" in line
    assert ("bản được thay ghi duyệt lúc 09:00 02/03/2031, sau lần duyệt lại này (09:00 16/06/2026): đồng hồ máy tính "
            "của đơn vị đã chạy sai ở một trong hai lần duyệt") in line, line
    assert results[-1].kept and _counted(trusting, fixed) == "150000"
