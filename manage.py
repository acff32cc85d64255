#!/usr/bin/env python
import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "advisor.settings")
    if sys.argv[1:2] == ["assess"]:
        # `assess` is pure computation: no database, no sessions, no stored secrets. It must
        # answer on a bare checkout with no environment, so it runs on a throwaway key.
        os.environ["ADVISOR_STATELESS_COMMAND"] = "1"
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
