"""Scenario modules: one per design.md slug. Adding a scenario is one module plus one line here.

The order is the order the case page shows them in, from "check it" to "look after yourself".

>>> list(REGISTRY)[:2]
['verify_first', 'sms_reminder']
"""

from . import (
    credit_report,
    excessive_interest,
    home_visit,
    lawsuit_claim,
    legal_help,
    multiple_debts,
    negotiation,
    notice_letter,
    other_channel,
    scam_signals,
    sms_reminder,
    third_party_contact,
    unlawful_conduct,
    verify_first,
    wellbeing,
)
from .base import Scenario

REGISTRY: dict[str, Scenario] = {
    "verify_first": verify_first.SCENARIO,
    "sms_reminder": sms_reminder.SCENARIO,
    "other_channel": other_channel.SCENARIO,
    "home_visit": home_visit.SCENARIO,
    "notice_letter": notice_letter.SCENARIO,
    "lawsuit_claim": lawsuit_claim.SCENARIO,
    "third_party_contact": third_party_contact.SCENARIO,
    "scam_signals": scam_signals.SCENARIO,
    "unlawful_conduct": unlawful_conduct.SCENARIO,
    "negotiation": negotiation.SCENARIO,
    "multiple_debts": multiple_debts.SCENARIO,
    "excessive_interest": excessive_interest.SCENARIO,
    "credit_report": credit_report.SCENARIO,
    "legal_help": legal_help.SCENARIO,
    "wellbeing": wellbeing.SCENARIO,
}
