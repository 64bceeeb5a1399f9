"""Entry point: `chitieu [command]`, also `python -m desktop_app`; `chitieu --self-test` checks a build.

With no command it opens the window; this is the only core module that may import
the UI (and through it PySide6).
"""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")  # Vietnamese on a Windows console
    if "--self-test" in argv:  # check a build without a person (temporary folder only)
        from ui.self_test import run_self_test

        return run_self_test()
    from desktop_app.cli import build_parser, run

    parser = build_parser()
    args, _ = parser.parse_known_args(argv)
    if args.command in (None, "gui"):
        from ui.app import run_gui

        return run_gui(data_dir=args.data_dir)
    return run(argv, parser)


if __name__ == "__main__":
    sys.exit(main())
