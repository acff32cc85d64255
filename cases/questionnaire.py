"""The questionnaire: an ordered list of small steps, each shown only when it applies.

As in django-formtools' `condition_dict`, a step's `condition` is a predicate over the answers
given so far. Answers are saved to the case at every step, so nothing is lost on a bad
value, a closed tab or a phone that runs out of battery.

>>> [s.name for s in applicable_steps({"relationship": "contact"})][:3]
['message', 'channel', 'sender']
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django import forms as django_forms

from . import forms
from .analysis import analyze
from .core import codes


def always(answers: dict) -> bool:
    return True


def has_message(answers: dict) -> bool:
    return bool(answers.get("message"))


def may_owe(answers: dict) -> bool:
    """Money questions are for people who borrowed, or are not sure whether they did."""
    return answers.get("relationship") in (None, "borrower", "unsure")


@dataclass(frozen=True)
class Step:
    name: str
    title: str  # the page's <h1>
    form_class: type[forms.StepForm]
    condition: Callable[[dict], bool] = always
    group: str = ""  # how the review and case pages group the answers

    @property
    def fields(self) -> list[str]:
        return list(self.form_class.base_fields)


STEPS = (
    Step("message", "把收到的消息贴进来", forms.MessageForm, group="message"),
    Step("findings", "我们在消息里看到了什么", forms.FindingsForm, has_message, group=""),
    Step("channel", "对方是怎么联系你的", forms.ChannelForm, group="message"),
    Step("sender", "是谁发来的", forms.SenderForm, group="message"),
    Step("relationship", "你和这笔钱的关系", forms.RelationshipForm, group="debt"),
    Step("lender", "是哪个平台或机构", forms.LenderForm, group="debt"),
    Step("amounts", "金额和逾期天数", forms.AmountsForm, may_owe, group="debt"),
    Step("threats", "对方说过或做过什么", forms.ThreatsForm, group="conduct"),
    Step("demands", "对方要你做什么", forms.DemandsForm, group="conduct"),
    Step("repay", "你的还款能力", forms.RepayForm, may_owe, group="repay"),
)
STEP_BY_NAME = {step.name: step for step in STEPS}

GROUPS = {
    "message": "收到的消息",
    "debt": "你和这笔债",
    "conduct": "对方的言行",
    "repay": "还款能力",
}

# Fields stored as text in the JSON answers but meaning money or a rate.
DECIMAL_FIELDS = {"amount_claimed", "principal", "annual_rate", "monthly_budget", "instalment"}
# Fields stored as ISO text meaning a day.
DATE_FIELDS = {"loan_date"}


FIELD_STEP = {name: step for step in STEPS for name in step.form_class.base_fields}


def applicable_steps(answers: dict) -> list[Step]:
    return [step for step in STEPS if step.condition(answers)]


def next_step(answers: dict, current: Step) -> Step | None:
    steps = applicable_steps(answers)
    after = STEPS[STEPS.index(current) + 1 :]
    for step in after:
        if step in steps:
            return step
    return None


def previous_step(answers: dict, current: Step) -> Step | None:
    steps = applicable_steps(answers)
    before = STEPS[: STEPS.index(current)]
    for step in reversed(before):
        if step in steps:
            return step
    return None


def progress(answers: dict, current: Step) -> tuple[int, int]:
    """(n, m) for "第 n 步，共 m 步" — counted over the steps that apply to this person."""
    steps = applicable_steps(answers)
    if current not in steps:
        steps = sorted([*steps, current], key=STEPS.index)
    return steps.index(current) + 1, len(steps)


def to_json(cleaned: dict) -> dict:
    """Form data → what is stored: Decimals as strings so the JSON keeps every digit."""
    return {key: (str(value) if isinstance(value, Decimal) else value) for key, value in cleaned.items()}


def typed(answers: dict) -> dict:
    """Stored answers → the typed values the core's Facts expects. Empty answers are left out."""
    result = {}
    for key, value in answers.items():
        if value in (None, "", []):
            continue
        if key in DECIMAL_FIELDS:
            value = Decimal(value)
        elif key in DATE_FIELDS:
            value = date.fromisoformat(value)
        result[key] = value
    return result


def display_value(step: Step, name: str, value) -> str:
    """How an answer reads on the review and case pages."""
    if value in (None, "", []):
        return "（未填写）"
    field = step.form_class.base_fields[name]
    if isinstance(field, django_forms.ChoiceField):
        labels = dict(field.choices)
        values = value if isinstance(value, list) else [value]
        return "、".join(str(labels.get(v, v)) for v in values)
    if name in ("amount_claimed", "principal", "monthly_budget", "instalment"):
        return f"{Decimal(value):,.2f} 元"
    if name == "loan_date":
        day = date.fromisoformat(value)
        return f"{day.year}年{day.month}月{day.day}日"
    if name == "instalments":
        return f"{value} 期"
    if name == "annual_rate":
        return f"{Decimal(value):g}%"
    if name == "overdue_days":
        return f"{value} 天"
    return str(value)


@dataclass(frozen=True)
class AnswerRow:
    step: Step
    name: str
    label: str
    value: str


def answer_rows(answers: dict) -> dict[str, list[AnswerRow]]:
    """Every answer of the steps that apply, grouped for the review and case pages."""
    grouped: dict[str, list[AnswerRow]] = {key: [] for key in GROUPS}
    for step in applicable_steps(answers):
        if not step.group:
            continue
        for name, field in step.form_class.base_fields.items():
            grouped[step.group].append(
                AnswerRow(step, name, str(field.label), display_value(step, name, answers.get(name)))
            )
    return {GROUPS[key]: rows for key, rows in grouped.items() if rows}


def guesses(answers: dict) -> dict:
    """What the pasted message suggests for later steps; the person's own answer always wins.

    >>> guesses({"message": "【某某贷】您的借款已逾期3天"})["lender"]
    '某某贷'
    """
    message = answers.get("message") or ""
    if not message:
        return {}
    analysis = analyze(message)
    result = {}
    if analysis.sender_hint:
        result["sender"] = analysis.sender_hint
    if analysis.lender:
        result["lender"] = analysis.lender
    if analysis.amount_claimed is not None:
        result["amount_claimed"] = str(analysis.amount_claimed)
    if analysis.overdue_days is not None:
        result["overdue_days"] = analysis.overdue_days
    threats = [code for code in codes.THREAT_FLAGS if code in analysis.flags]
    if threats:
        result["threats"] = threats
    demands = [d for d, flag in codes.DEMAND_FLAG.items() if flag in analysis.flags]
    if demands:
        result["demands"] = demands
    return result


@dataclass(frozen=True)
class Prefill:
    initial: dict  # the step form's initial values
    guessed: frozenset[str]  # the fields filled from the message, not by the person


def initial_for(step: Step, answers: dict) -> Prefill:
    """A step's form as it opens: the person's answers, and where they have not answered yet,
    what the message suggests (they can change it).

    >>> initial_for(STEP_BY_NAME["lender"], {"message": "【某某贷】您的借款已逾期3天"}).guessed
    frozenset({'lender'})
    """
    suggested = guesses(answers) if any(f not in answers for f in step.fields) else {}
    guessed = frozenset(f for f in step.fields if f not in answers and suggested.get(f))
    initial = {f: answers[f] if f in answers else suggested.get(f) for f in step.fields}
    return Prefill(initial, guessed)
