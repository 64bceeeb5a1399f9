"""A certificate file named on the command line or in the signing dialog (`--trust ROOT.cer`, the
leader's .p12) is opened and checked on its descriptor before it is read: a pipe in its place hung the
command forever, /dev/zero was read until memory ran out (MemoryError at 2,6 GB under a 3 GB limit).
Both are refused naming the file and what is accepted."""
from __future__ import annotations

import os

import pytest

from desktop_app.__main__ import main
from desktop_app.certificates import KeySource, opened
from desktop_app.core.errors import SignatureError

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="a named pipe")


@pytest.fixture
def pipe(tmp_path):
    path = tmp_path / "goc.cer"
    os.mkfifo(path)
    return path


@pytest.mark.timeout(60, method="signal")
def test_a_pipe_given_as_trust_root_is_refused_not_waited_for(pipe, tmp_path, capsys):
    assert main(["verify", str(tmp_path / "baocao.pdf"), "--trust", str(pipe)]) != 0
    assert "goc.cer không phải tệp chứng thư số (.cer, .crt, .pem dạng PEM hoặc DER)" in capsys.readouterr().err


@pytest.mark.timeout(60, method="signal")
def test_a_pipe_given_as_the_leaders_p12_is_refused_not_waited_for(pipe):
    with pytest.raises(SignatureError) as err:
        with opened(KeySource("p12", str(pipe), secret="x")):
            pass
    assert "goc.cer không phải tệp chứng thư số .p12/.pfx" in str(err.value)
