"""The letters: one template per kind under templates/documents/letters/, rendered over the case
file's named facts into plain text the person can edit before printing or copying.

Each letter says when it fits a case and which rules it rests on; the page shows those sources
under the letter.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from django.template.loader import render_to_string

from cases.core.negotiation import caution_before_writing
from cases.core.sources import Source, law, seed

from .casefile import CaseFile

# Shown in the text where the person still has to write something in.
BLANK_NAME = "（你的姓名）"
BLANK_PHONE = "（你的手机号）"
BLANK_ID = "（你的身份证号）"
BLANK_LENDER = "（出借方或催收方的名称）"


@dataclass(frozen=True)
class Letter:
    slug: str
    title: str
    to: str  # who it is for, in plain words
    fits: Callable[[CaseFile], bool]
    sources: tuple[Source, ...]
    note: str = ""  # a caution shown beside the letter
    note_sources: tuple[Source, ...] = ()
    copy_only: bool = False  # a message to paste into WeChat rather than a letter to print
    # listed among "other letters" when it does not fit; False for a letter that could hurt the
    # person when it does not fit (offering to pay a debt that is not confirmed, or time-barred)
    offered_otherwise: bool = True

    @property
    def template(self) -> str:
        return f"documents/letters/{self.slug}.txt"


def _not_scam(cf: CaseFile) -> bool:
    return cf.advice.verdict != "scam"


def _confirmed_debt(cf: CaseFile) -> bool:
    """The person said the loan is theirs ("我在这个平台借过钱"), and it is not a scam."""
    return cf.facts.relationship == "borrower" and cf.borrower


LETTERS = {
    letter.slug: letter
    for letter in (
        Letter(
            "negotiation_request",
            "协商还款申请书",
            "寄给或发给出借方",
            # only for a debt the person confirms is theirs, and never for an old or sold debt,
            # where offering to pay could give a defence away (legal-facts 10.7–10.13)
            lambda cf: _confirmed_debt(cf) and caution_before_writing(cf.facts) is None,
            (
                seed("002", "三、沟通协商"),
                seed("004", "二、与贷款平台沟通"),
                law("5.1"),
                law("4c.3"),
                law("9.10"),
            ),
            offered_otherwise=False,
        ),
        Letter(
            "debt_proof",
            "关于核实债务的函",
            "寄给或发给出借方或自称接手了债权的公司",
            lambda cf: _confirmed_debt(cf) and caution_before_writing(cf.facts) is not None,
            (law("第五百四十六条", section="2"), law("10.11"), law("10.12")),
            note="这封信只请对方拿出证据，不承认欠款、不答应还款。在弄清楚之前，不要答应分期、不要先还一部分："
            "这些都可能让诉讼时效重新计算，或者让你失去“超过时效”的抗辩。可以打12348问一问。",
            note_sources=(law("10.8"), law("10.11"), law("10.25")),
        ),
        Letter(
            "stop_collection",
            "停止违规催收告知函",
            "发给出借方和它委托的催收机构",
            lambda cf: _not_scam(cf) and bool(cf.violations),
            (law("8.1"), law("4c.3"), seed("002", "四、应对不当")),
        ),
        Letter(
            "not_borrower",
            "非本人债务告知函",
            "发给找错人、或把你当联系人的出借方或催收方",
            lambda cf: _not_scam(cf) and (cf.facts.is_third_party or cf.advice.verdict == "not_your_debt"),
            (
                law("第四百六十五条", section="2"),
                law("44 / 47", section="3"),
                law("4b.2"),
                law("4c.3"),
                seed("004", "三、避免非紧急联系人受到"),
            ),
            note="如果你是借款人的配偶，或者为这笔借款签过担保，情况不一样：夫妻共同签名、事后追认或为家庭日常生活借的钱，"
            "配偶可能要承担；书面担保的人也要承担。这种情况先别寄这封信，请先咨询律师或法律援助。",
            note_sources=(
                law("第一千零六十四条", section="2"),
                law("第六百八十一条、第六百八十五条", section="2"),
            ),
        ),
        Letter(
            "credit_dispute",
            "征信异议申请",
            "交给出借方或征信中心",
            # A disputed record: the router sends the case to a credit dispute (a loan never taken,
            # or a dispute already recorded), not merely because a collector mentioned 征信.
            lambda cf: any(r.code == "credit_dispute" for r in cf.routes),
            (law("征信 dispute", section="7"), law("9.7")),
        ),
        Letter(
            "family_note",
            "提前告诉亲友的话",
            "复制到微信，发给家人和朋友",
            lambda cf: (
                _not_scam(cf)
                and not cf.facts.is_third_party
                and (
                    bool(
                        {"exposure_threat", "third_party_contacted", "home_visit_threat"}
                        & set(cf.advice.flags)
                    )
                    or bool(cf.advice.safety)
                )
            ),
            (law("第四百六十五条", section="2"), law("4c.3"), seed("002", "一、保持冷静并收集证据")),
            note="发给配偶或为这笔钱做过担保的人之前要注意：夫妻共同签名、事后追认或为家庭日常生活借的钱，"
            "配偶可能要承担；书面担保的人也要承担。",
            note_sources=(
                law("第一千零六十四条", section="2"),
                law("第六百八十一条、第六百八十五条", section="2"),
            ),
            copy_only=True,
        ),
    )
}


def letters_for(cf: CaseFile) -> list[Letter]:
    """The letters that fit this case, in registry order."""
    return [letter for letter in LETTERS.values() if letter.fits(cf)]


def letter_context(cf: CaseFile, budget: Decimal | None = None) -> dict:
    """The named facts every letter template is rendered over."""
    c = cf.complainant
    plan = cf.plan(budget)
    return {
        "cf": cf,
        "facts": cf.facts,
        "lender": cf.lender or BLANK_LENDER,
        "me": (c.name if c and c.name else "") or BLANK_NAME,
        "phone": (c.phone if c and c.phone else "") or BLANK_PHONE,
        "id_number": (c.id_number if c and c.id_number else "") or BLANK_ID,
        "today": cf.today,
        "asks": cf.asks(),
        "plan": plan if plan and plan.fits and plan.months else None,
        "violations": cf.violations,
        "evidence_count": len(cf.evidence),
    }


def render_letter(letter: Letter, cf: CaseFile) -> str:
    """The letter's default text for this case."""
    text = render_to_string(letter.template, letter_context(cf))
    # Templates are laid out for reading; the letter itself has no runs of blank lines.
    lines = [line.rstrip() for line in text.strip().splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out) + "\n"
