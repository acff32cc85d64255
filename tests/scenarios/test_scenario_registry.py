"""The registry: one module per design.md slug, each with the same shape."""

import importlib

from cases.scenarios import REGISTRY
from cases.scenarios.base import Scenario

SLUGS = (
    "verify_first sms_reminder other_channel home_visit notice_letter lawsuit_claim third_party_contact "
    "scam_signals unlawful_conduct negotiation multiple_debts excessive_interest credit_report legal_help "
    "wellbeing"
).split()


def test_it_registers_every_design_slug_once():
    assert list(REGISTRY) == SLUGS


def test_every_module_declares_its_scenario_under_its_own_slug():
    for slug, scenario in REGISTRY.items():
        module = importlib.import_module(f"cases.scenarios.{slug}")
        assert module.SCENARIO is scenario and isinstance(scenario, Scenario)
        assert scenario.slug == slug and scenario.title
        assert module.__doc__ and ">>>" in module.__doc__
