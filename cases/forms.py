"""The questionnaire's step forms. Labels and choices come from cases.core.codes.

Every error message names its field ("「欠款金额」请填写数字…"), because on a phone the message
may be read far from the box it belongs to.
"""

import re
import unicodedata
from datetime import date
from decimal import Decimal, InvalidOperation

from crispy_forms.helper import FormHelper
from django import forms
from django.core.exceptions import ValidationError

from .core import codes, rules

MAX_YUAN = Decimal("100000000")  # a hundred million yuan: anything above is a typo
MAX_INT_DIGITS = 15  # far above any count's max_value, far below int()'s 4,300-digit limit


class StepForm(forms.Form):
    """Base for every form on the site: rendered by django-crispy-forms (templates/cases/_form.html
    is `{% crispy form %}`), and every error prefixed with its field's label.

    The helper renders the fields only: each page writes its own <form>, CSRF token and buttons,
    so the wording around the fields stays the page's. Bootstrap classes, the fieldset and legend
    of radio and checkbox groups, and aria-describedby (help text and errors) come from crispy's
    Bootstrap 5 pack and Django's BoundField.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True

    def full_clean(self):
        super().full_clean()
        for name, errors in list(self._errors.items()):
            if name == forms.forms.NON_FIELD_ERRORS:
                continue
            label = self.fields[name].label
            self._errors[name] = self.error_class(
                [msg if msg.startswith("「") else f"「{label}」{msg}" for msg in errors],
                renderer=self.renderer,
                field_id=self[name].auto_id,
            )


def _normalise_number(value: str) -> str:
    """Accept what people type on a phone: full-width digits, commas, ¥ and 元."""
    text = unicodedata.normalize("NFKC", str(value)).strip()
    for junk in (",", "，", " ", "¥", "￥", "元", "块", "%", "天"):
        text = text.replace(junk, "")
    return text


def _typed_number(value) -> str | None:
    """The normalised text of a number field, or None when nothing was typed."""
    if value in forms.Field.empty_values:
        return None
    return _normalise_number(value) or None


class LenientDecimalField(forms.DecimalField):
    def to_python(self, value):
        text = _typed_number(value)
        if text is None:
            return None
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise ValidationError(self.error_messages["invalid"], code="invalid") from None
        if not number.is_finite():
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return number


class LenientIntegerField(forms.IntegerField):
    def to_python(self, value):
        text = _typed_number(value)
        if text is None:
            return None
        # Only ASCII digits: str.isdigit() is also true for "፩" or "⓵", which int() refuses.
        if not (text.isascii() and text.isdigit()):
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        if len(text) > MAX_INT_DIGITS:  # int() refuses more than 4,300 digits; no count is that big
            raise ValidationError(
                self.error_messages["max_value"], code="max_value", params={"limit_value": 0}
            )
        return int(text)


_DATE_RE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
EARLIEST_LOAN_DATE = date(1990, 1, 1)


class LenientDateField(forms.Field):
    """A day typed as 2024-05-20, 2024/5/20 or 2024年5月20日 (full-width digits too); stored as
    the ISO text, never in the future and not before 1990."""

    default_error_messages = {
        "invalid": "请按“2024-05-20”或“2024年5月20日”的样子填写日期。",
        "future": "这个日期还没到，请检查。",
        "too_early": "日期太早了，请检查年份。",
    }

    def to_python(self, value):
        if value in self.empty_values:
            return None
        text = unicodedata.normalize("NFKC", str(value)).strip()
        match = _DATE_RE.match(text)
        if not match:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        try:
            day = date(*(int(part) for part in match.groups()))
        except ValueError:
            raise ValidationError(self.error_messages["invalid"], code="invalid") from None
        if day > date.today():
            raise ValidationError(self.error_messages["future"], code="future")
        if day < EARLIEST_LOAN_DATE:
            raise ValidationError(self.error_messages["too_early"], code="too_early")
        return day.isoformat()


def yuan_field(label: str, help_text: str) -> LenientDecimalField:
    return LenientDecimalField(
        label=label,
        help_text=help_text,
        required=False,
        min_value=0,
        max_value=MAX_YUAN,
        decimal_places=2,
        error_messages={
            "invalid": "请填写数字，例如 5200 或 2356.80。",
            "min_value": "不能是负数。",
            "max_value": "金额太大了，请检查是否多写了几个 0。",
            "max_decimal_places": "最多填到“分”（小数点后两位）。",
            "max_digits": "金额太大了，请检查是否多写了几个 0。",
            "max_whole_digits": "金额太大了，请检查是否多写了几个 0。",
        },
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
    )


def count_field(label: str, help_text: str, example: int, max_value: int, unit: str = "") -> forms.Field:
    """An optional whole number (days, debts) typed the way people type it on a phone."""
    return LenientIntegerField(
        label=label,
        help_text=help_text,
        required=False,
        min_value=0,
        max_value=max_value,
        error_messages={
            "invalid": f"请填写整数{unit}，例如 {example}。",
            "min_value": "不能是负数。",
            "max_value": f"{unit or '数字'}太大了，请检查。",
        },
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )


def radio(label: str, table: dict[str, codes.Code], help_text: str = "", required: bool = True):
    return forms.ChoiceField(
        label=label,
        help_text=help_text,
        required=required,
        choices=codes.choices(table),
        widget=forms.RadioSelect,
        error_messages={"required": "请选择一项。", "invalid_choice": "请从列出的选项中选择。"},
    )


class MessageForm(StepForm):
    message = forms.CharField(
        label="对方发来的消息",
        help_text="把短信、微信或App里的文字复制粘贴到这里（可以不填）。我们只用它来分析，不会发给任何人。",
        required=False,
        max_length=codes.MAX_MESSAGE_CHARS,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 6, "autocomplete": "off", "spellcheck": "false"}),
        error_messages={
            "max_length": f"太长了：最多 {codes.MAX_MESSAGE_CHARS} 个字（现在有 %(show_value)d 个）。"
            "请只粘贴最重要的几条消息。",
        },
    )

    def clean_message(self):
        return self.cleaned_data["message"].strip()


class FindingsForm(StepForm):
    """Nothing to answer: the page shows what the analyzer found in the message."""


class ChannelForm(StepForm):
    channel = radio("对方是怎么联系你的？", codes.CHANNELS)


class SenderForm(StepForm):
    sender = radio("发消息或打电话的是谁？", codes.SENDERS, "按对方的号码和自称来选，不确定就选“不确定”。")


class RelationshipForm(StepForm):
    relationship = radio("你和这笔钱是什么关系？", codes.RELATIONSHIPS)


class LenderForm(StepForm):
    lender = forms.CharField(
        label="借款平台或机构的名字",
        help_text="例如短信开头【】里的名字。不知道可以不填。",
        required=False,
        max_length=60,
        error_messages={"max_length": "最多 60 个字。"},
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    lender_kind = radio(
        "它是哪一类机构？",
        rules.LENDER_KINDS,
        "决定了利息的法律上限和去哪里投诉。可以在借款合同或App的“关于我们”里查到放款方。不知道可以不选。",
        required=False,
    )


class AmountsForm(StepForm):
    amount_claimed = yuan_field("对方说你欠多少钱（元）", "对方在消息里要你还的总数。不知道可以不填。")
    principal = yuan_field("你当初实际拿到手多少钱（元）", "借款时实际到账的钱。不知道可以不填。")
    loan_date = LenientDateField(
        label="哪天借的",
        help_text="借款到账的日期，例如 2024-05-20。个人借款的利息上限按这一天的贷款利率算。不知道可以不填。",
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    instalment = yuan_field(
        "每期还多少钱（元）", "按月分期的，每个月要还的钱。用来算真实的年利率。不知道可以不填。"
    )
    instalments = count_field("一共分几期", "例如 12。不知道可以不填。", 12, 600, unit="期数")
    overdue_days = count_field("已经逾期多少天", "不知道可以不填。", 17, 36500, unit="天数")
    annual_rate = LenientDecimalField(
        label="年利率（%）",
        help_text="合同或App里写的年化利率，例如 24。不知道可以不填。",
        required=False,
        min_value=0,
        max_value=100000,
        decimal_places=2,
        error_messages={
            "invalid": "请填写数字，例如 24 或 35.9。",
            "min_value": "不能是负数。",
            "max_value": "数字太大了，请检查。",
            "max_decimal_places": "最多保留两位小数。",
            "max_digits": "数字太大了，请检查。",
            "max_whole_digits": "数字太大了，请检查。",
        },
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
    )


class ThreatsForm(StepForm):
    threats = forms.MultipleChoiceField(
        label="对方说过或做过下面哪些事？",
        help_text="可以多选。都没有就直接点“下一步”。",
        required=False,
        choices=[(code, codes.FLAGS[code].help) for code in codes.THREAT_FLAGS],
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": "请从列出的选项中选择。"},
    )


class DemandsForm(StepForm):
    demands = forms.MultipleChoiceField(
        label="对方要你做什么？",
        help_text="可以多选。",
        required=False,
        choices=codes.choices(codes.DEMANDS),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": "请从列出的选项中选择。"},
    )


class RepayForm(StepForm):
    repay_ability = radio("你现在能还这笔钱吗？", codes.REPAY_ABILITY, required=False)
    monthly_budget = yuan_field(
        "每个月最多能拿出多少钱还款（元）", "算上吃饭、房租等必要开销后还能剩下的钱。可以不填。"
    )
    other_debts = count_field("除了这一笔，还有几笔借款也逾期了", "没有就填 0 或不填。", 2, 99)
