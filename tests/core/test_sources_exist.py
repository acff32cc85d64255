"""Every source the advice cites points at something that exists in ../shared/.

Walks every `Source` reachable from the scenario modules' declared items, the rule constants
and the hotline registry, and checks seed headings and legal-facts rows against the files.
"""

import dataclasses
import importlib
import re
from functools import cache
from pathlib import Path

import pytest

from cases.core import hotlines, rules
from cases.core.sources import SEEDS, Source
from cases.scenarios import REGISTRY, base

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def _walk(value, seen):
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, Source):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _walk(getattr(value, f.name), seen)
    elif isinstance(value, (tuple, list, set, frozenset)):
        for item in value:
            yield from _walk(item, seen)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _walk(item, seen)


def sources_of(module) -> set[Source]:
    seen: set[int] = set()
    return {
        s for name, value in vars(module).items() if not name.startswith("__") for s in _walk(value, seen)
    }


def scenario_modules():
    return [importlib.import_module(f"cases.scenarios.{slug}") for slug in REGISTRY]


def all_sources() -> list[Source]:
    found: set[Source] = set()
    for module in [*scenario_modules(), base, rules, hotlines]:
        found |= sources_of(module)
    return sorted(found)


@cache
def legal_rows() -> dict[str, set[str]]:
    """legal-facts.md: section number -> first cells of that section's table rows."""
    rows: dict[str, set[str]] = {}
    section = None
    for line in (SHARED / "legal-facts.md").read_text(encoding="utf-8").splitlines():
        heading = re.match(r"## (\d+)\.", line)
        if heading:
            section = heading.group(1)
            rows.setdefault(section, set())
        elif line.startswith("## "):
            section = None
        elif section and line.startswith("|"):
            cell = line.strip("|").split("|")[0].replace("**", "").strip()
            rows[section].add(cell)
    return rows


def test_it_finds_the_shared_documents():
    assert (SHARED / "legal-facts.md").exists()
    assert len(legal_rows()) == 9


def test_it_finds_sources_in_every_scenario_module():
    for module in scenario_modules():
        assert sources_of(module), module.__name__


@pytest.mark.parametrize("source", all_sources(), ids=str)
def test_every_cited_source_exists(source):
    if source.kind == "seed":
        path = SHARED / "seeds" / SEEDS[source.doc][0]
        assert path.exists(), path
        assert source.section in path.read_text(encoding="utf-8"), f"heading not in {path.name}"
    else:
        assert source.kind == "law"
        assert source.section in legal_rows().get(source.doc, set()), (
            f"no row {source.section} in §{source.doc}"
        )


def test_a_made_up_row_would_be_caught():
    assert "4b.99" not in legal_rows()["4"]
    assert "第四百六十五条" in legal_rows()["2"]
