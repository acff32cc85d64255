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


def _read(path: str) -> str:
    try:
        raw = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as exc:
        raise CommandError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CommandError("the input is not UTF-8 text") from None


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

    def handle(self, *args, file: str, **options):
        text = _read(file)
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            raise CommandError(
                f"the input is not valid JSON (line {exc.lineno}, column {exc.colno})", returncode=2
            ) from None
        try:
            result = assess(obj)
        except InputError as exc:
            raise CommandError(str(exc), returncode=2) from None
        except Exception as exc:  # never a traceback for the person on the other end
            raise CommandError(f"internal error ({type(exc).__name__}); please report it") from None
        self.stdout.write(json.dumps(result, ensure_ascii=False))
