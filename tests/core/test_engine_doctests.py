"""The examples in the engine's docstrings stay true."""

import doctest
import importlib

import pytest

from cases.scenarios import REGISTRY

MODULES = [
    "cases.core.rules",
    "cases.core.contacts",
    "cases.core.facts",
    "cases.core.inputs",
    "cases.core.advice",
    "cases.scenarios",
    "cases.scenarios.base",
    *(f"cases.scenarios.{slug}" for slug in REGISTRY),
]


@pytest.mark.parametrize("name", MODULES)
def test_the_docstring_examples_hold(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
