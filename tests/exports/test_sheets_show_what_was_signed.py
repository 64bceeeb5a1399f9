"""`chitieu verify` says a file is intact only when what LibreOffice and Excel show and print of its
sheets is what was signed (trust review 6): General's built-in number format 0 redefined to print
"Đạt" in G21's "Không đạt". The data and their signature are untouched in every case. Files this
version writes stay intact (test_report_shows_the_data.py; LibreOffice's re-saves:
test_resaved_by_libreoffice.py)."""
from __future__ import annotations

import re

from desktop_app.core.intake import FileClass
from exports.submission_reader import examine
from tests.exports.test_exports_xlsx import SAMPLE_V2
from tests.exports.test_report_shows_the_data import (
    REPORT,
    STYLES,
    _file,
    _not_intact,
    _swap,
)
from tests.province.helpers import with_part

DATA = "xl/worksheets/sheet2.xml"
INFO = "xl/worksheets/sheet3.xml"


def _forged(tmp_path, *changes, src=SAMPLE_V2):
    """`src` with each (part, old, new) of `changes` made, in order (texts as UTF-8)."""
    path = src
    for part, old, new in changes:
        old, new = (t.encode() if isinstance(t, str) else t for t in (old, new))
        path = _file(tmp_path, with_part(path, part, _swap(old, new)))
    return path


def _intact_data_changed_look(path, *said):
    """Intake takes the file (its data are the signed ones); verify says what a reader would see."""
    assert examine(path)[0].class_ == FileClass.HOP_LE
    return _not_intact(path, *said)


# --- General (0) redefined -------------------------------------------------------------------

def test_general_redefined_to_print_a_verdict_is_not_intact(tmp_path):
    """LibreOffice applies the file's <numFmt numFmtId="0"> to every cell of format 0."""
    path = _forged(tmp_path, (STYLES, b'<numFmts count="0" />',
                              '<numFmts count="1"><numFmt numFmtId="0" formatCode=";;;&quot;Đạt&quot;"/></numFmts>'))
    _intact_data_changed_look(path, 'trang "Báo cáo", ô A1: hiện "Đạt" qua định dạng số')


def test_general_redefined_for_one_cell_only_is_named_there(tmp_path):
    """Every cell but G21 moved to a General of the file's own (as LibreOffice saves General), so
    only G21's "Không đạt" shows "Đạt": verify names G21."""
    def styles(xml: bytes) -> bytes:
        xfs = xml[xml.index(b"<cellXfs"):xml.index(b"</cellXfs>")]
        each = re.findall(rb"<xf [^>]*?(?:/>|>.*?</xf>)", xfs)
        general = [x.replace(b'numFmtId="0"', b'numFmtId="164" applyNumberFormat="1"', 1) for x in each]
        xml = xml.replace(xfs, xfs.replace(b'<cellXfs count="14">', b'<cellXfs count="28">') + b"".join(general))
        return xml.replace(b'<numFmts count="0" />', '<numFmts count="2"><numFmt numFmtId="0" formatCode='
                           '";;;&quot;Đạt&quot;"/><numFmt numFmtId="164" formatCode="General"/></numFmts>'.encode())

    def moved(xml: bytes) -> bytes:
        def one(m):
            if m.group(1) == b"G21":
                return m.group(0)
            return b'<c r="' + m.group(1) + b'" s="' + str(14 + int(m.group(3) or 0)).encode() + b'"'
        return re.sub(rb'<c r="([A-Z]+[0-9]+)"( s="([0-9]+)")?', one, xml)

    path = _file(tmp_path, with_part(SAMPLE_V2, STYLES, styles))
    for part in (REPORT, DATA, INFO):
        path = _file(tmp_path, with_part(path, part, moved))
    verdict = _intact_data_changed_look(path, 'trang "Báo cáo", ô G21: hiện "Đạt" qua định dạng số, thay cho nội dung '
                                              'ô "Không đạt"')
    assert len(verdict.problems) == 1, verdict.problems
