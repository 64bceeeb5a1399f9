"""`chitieu --help` and every command's help read wholly in Vietnamese, each option explained."""
from __future__ import annotations

import argparse
import re

import pytest

from desktop_app.cli import build_parser, run

ENGLISH = re.compile(r"\b(usage|options|positional|arguments?|show this help|required|error|exit)\b", re.I)


def _parsers(parser, name="chitieu"):
    yield name, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub_name, sub in action.choices.items():
                yield from _parsers(sub, f"{name} {sub_name}")


PARSERS = dict(_parsers(build_parser()))


def test_every_command_is_reached():
    assert {"chitieu set", "chitieu consolidate", "chitieu catalog-update add-indicator",
            "chitieu keys confirm", "chitieu user add", "chitieu audit verify"} <= set(PARSERS)


@pytest.mark.parametrize("name", sorted(PARSERS))
def test_help_has_no_english_word_and_every_option_a_line(name):
    parser = PARSERS[name]
    for action in parser._actions:
        if action.help == argparse.SUPPRESS or isinstance(action, argparse._SubParsersAction):
            continue
        option = "/".join(action.option_strings) or action.dest
        assert action.help, f"{name}: {option} không có dòng hướng dẫn"
        if action.nargs != 0 and not action.choices:  # the placeholder: KỲ, not PERIOD
            metavars = action.metavar if isinstance(action.metavar, tuple) else (action.metavar,)
            assert all(m and not m.isascii() for m in metavars), f"{name}: {option} {action.metavar}"
    text = parser.format_help()
    words = ENGLISH.findall(re.sub(r"--?[\w-]+", "", text))  # the options' own names stay as typed
    assert not words, f"{name}:\n{text}"
    assert "Cách dùng: " in text


def test_a_refusal_is_one_vietnamese_line(capsys):
    with pytest.raises(SystemExit) as exit_:
        run(["set", "--indicator", "bhyt"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err == "chitieu: lỗi tham số: thiếu tham số bắt buộc: --period\n"


def test_an_unknown_command_names_the_commands(capsys):
    with pytest.raises(SystemExit):
        run(["xuat"])
    err = capsys.readouterr().err
    assert "không hợp lệ (chọn một trong:" in err and "'export'" in err
