"""The registry: one module per design.md slug, each with the same shape."""

import importlib
import re
from pathlib import Path

from cases.scenarios import REGISTRY
from cases.scenarios.base import Scenario

DESIGN = Path(__file__).resolve().parents[3] / "shared" / "design.md"


def design_slugs() -> list[str]:
    """The scenario slugs design.md lists, in its order (read from the document, not retyped)."""
    text = DESIGN.read_text(encoding="utf-8")
    listed = text.split("Scenario slugs", 1)[1].split("\n\n", 1)[0].split("\n", 1)[1]
    return re.findall(r"`([a-z_]+)`", listed)


def test_it_registers_every_design_slug_once():
    assert list(REGISTRY) == design_slugs()


def test_every_module_declares_its_scenario_under_its_own_slug():
    for slug, scenario in REGISTRY.items():
        module = importlib.import_module(f"cases.scenarios.{slug}")
        assert module.SCENARIO is scenario and isinstance(scenario, Scenario)
        assert scenario.slug == slug and scenario.title
        assert module.__doc__ and ">>>" in module.__doc__
