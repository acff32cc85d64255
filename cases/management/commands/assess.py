"""`python manage.py assess FILE|-`: one JSON situation in, one JSON advice out (design.md).

    echo '{"message": "再不还钱就爆你通讯录", "sender": "private"}' | python manage.py assess -

Bad input never prints a traceback: the command writes one line naming the key, e.g.
`assess: unknown key "colour"`, and exits with status 2.
"""

import json
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from cases.core.facts import Facts
from cases.core.inputs import InputError, parse_assess_input
from cases.scenarios import advise


def _analyze(message: str | None) -> Any:
    if not message:
        return None
    from cases.analysis import analyze

    return analyze(message)


# Deeper than any real input; Python's json module would hit the recursion limit near 1,000.
MAX_DEPTH = 32
# int() refuses to read more digits than this (sys.get_int_max_str_digits()).
MAX_INT_DIGITS = 4300


class _Unreadable:
    """A JSON value Python cannot hold as a number (NaN, Infinity, an integer of more than
    4,300 digits): kept as this placeholder so the key it sits under is the one named."""

    def __init__(self, text: str) -> None:
        self.text = text


def _int(text: str) -> int | _Unreadable:
    return _Unreadable(text) if len(text) > MAX_INT_DIGITS else int(text)


def _where(text: str) -> tuple[str | None, int]:
    """The top-level key whose value the end of `text` is in (None outside any), and the
    deepest nesting seen: a small scan that needs no parse, for input that cannot be parsed."""
    depth, deepest, key, last_string = 0, 0, None, None
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            last_string = text[i + 1 : j]
            i = j + 1
            continue
        if ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
            if deepest > MAX_DEPTH:
                return key, deepest
        elif ch in "]}":
            depth -= 1
        elif ch == ":" and depth == 1:
            key = last_string
        elif ch == "," and depth == 1:
            key = None
        i += 1
    return key, deepest


def _named(key: str | None, problem: str) -> str:
    return f'"{key}" {problem}' if key else f"the input {problem}"


def _read(path: str) -> str:
    try:
        raw = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as exc:
        raise CommandError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        key, _ = _where(raw[: exc.start].decode("utf-8-sig", errors="replace"))
        raise CommandError(_named(key, "is not UTF-8 text"), returncode=2) from None


def _load(text: str) -> Any:
    """The JSON object, or CommandError (status 2) naming where it went wrong."""
    key, deepest = _where(text)
    if deepest > MAX_DEPTH:
        raise CommandError(_named(key, f"is nested too deeply (more than {MAX_DEPTH} levels)"), returncode=2)
    try:
        return json.loads(text, parse_constant=_Unreadable, parse_int=_int)
    except json.JSONDecodeError as exc:
        raise CommandError(
            f"the input is not valid JSON (line {exc.lineno}, column {exc.colno})", returncode=2
        ) from None
    except (ValueError, RecursionError):
        raise CommandError("the input is not valid JSON", returncode=2) from None


def assess(obj: Any) -> dict[str, Any]:
    """The advice for one input object, as the JSON-ready dict the command prints."""
    answers, contacts = parse_assess_input(obj)
    facts = Facts.build(answers, _analyze(answers.get("message")), contacts)
    return advise(facts).to_dict()


class Command(BaseCommand):
    help = "Read one JSON situation (a file, or - for stdin) and print the advice as one JSON object."
    # Pure computation on its input: the URL and model checks would only add start-up time
    # (they import every view), and scripts call this once per message.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("file", help="path to a JSON file, or - to read standard input")

    def run_from_argv(self, argv):
        # Django would print "CommandError: …"; the contract asks for "assess: …" on one line.
        parser = self.create_parser(argv[0], argv[1])
        options = vars(parser.parse_args(argv[2:]))
        args = options.pop("args", ())
        try:
            self.execute(*args, **options)
        except CommandError as exc:
            self.stderr.write(f"assess: {exc}")
            sys.exit(exc.returncode)
        except Exception as exc:  # never a traceback, even from reading the input
            self.stderr.write(f"assess: internal error ({type(exc).__name__}); please report it")
            sys.exit(1)

    def handle(self, *args, file: str, **options):
        obj = _load(_read(file))
        try:
            result = assess(obj)
        except InputError as exc:
            raise CommandError(str(exc), returncode=2) from None
        except Exception as exc:  # never a traceback for the person on the other end
            raise CommandError(f"internal error ({type(exc).__name__}); please report it") from None
        self.stdout.write(json.dumps(result, ensure_ascii=False))
