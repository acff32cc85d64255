"""Test-wide setup: tests run with local-development settings unless a test says otherwise."""

import os

os.environ.setdefault("DEBUG", "1")
