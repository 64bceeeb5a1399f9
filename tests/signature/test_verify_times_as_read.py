"""`chitieu sign` and `chitieu verify FILE.pdf` write the certificate's validity and the signing
time as everything a person reads in the program: the hour and dd/mm/yyyy in this computer's
time ("hiệu lực từ 2025-12-02T16:53:00+07:00 đến 2026-12-03T…" was printed, ISO 8601 as only
the signature's appearance on the PDF writes it)."""
from __future__ import annotations

import datetime as dt
import re
import time
from pathlib import Path

from tests.signature.conftest import P12_PASSWORD

ISO = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")


def test_validity_and_signing_time_are_written_day_month_year(pki, approved, capsys, monkeypatch):
    from cryptography.hazmat.primitives.serialization import pkcs12

    from desktop_app.cli import run

    ws, out, _ = approved
    data = str(Path(ws.store.path).parent)
    ws.close()
    cert = pkcs12.load_key_and_certificates(pki.leader_p12.read_bytes(), P12_PASSWORD.encode())[1]
    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")
    time.tzset()
    try:
        monkeypatch.setenv("CHITIEU_P12_PASSWORD", P12_PASSWORD)
        assert run(["--data-dir", data, "sign", "--period", "2026", "--p12", str(pki.leader_p12),
                    "--out", str(out)]) == 0
        signed = capsys.readouterr().out
        assert re.search(r"bởi Trần Thị Bình lúc \d\d:\d\d \d\d/\d\d/\d{4}:", signed), signed
        assert run(["verify", str(out / "2026_05503_xa-tan-cuong_ky-so.pdf"), "--trust", str(pki.root_pem)]) == 0
        said = capsys.readouterr().out
        local = dt.timezone(dt.timedelta(hours=7))
        begins, ends = cert.not_valid_before_utc.astimezone(local), cert.not_valid_after_utc.astimezone(local)
        assert f"hiệu lực từ {begins:%H:%M %d/%m/%Y} đến {ends:%H:%M %d/%m/%Y}" in said, said
        assert re.search(r"Thời điểm ký: \d\d:\d\d \d\d/\d\d/\d{4} \(theo đồng hồ máy ký", said), said
        assert not ISO.search(signed + said), signed + said
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
