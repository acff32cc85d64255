"""Forms for the documents pages. Every error names its field (cases.forms.StepForm)."""

from django import forms
from django.utils import timezone

from cases.core.hotlines import CHANNELS
from cases.forms import StepForm, count_field, yuan_field

MAX_LETTER_CHARS = 20_000


class BudgetForm(StepForm):
    """The plan page's question: how much a month, and how long they have had the money."""

    monthly_budget = yuan_field(
        "每个月最多能拿出多少钱还款（元）", "算上吃饭、房租等必要开销后还能剩下的钱。"
    )
    days = count_field(
        "从拿到这笔钱到现在，一共多少天",
        "用来算出实际的年化成本。不知道可以不填，我们就用你填的年利率。",
        90,
        36500,
        unit="天数",
    )


class LetterForm(StepForm):
    body = forms.CharField(
        label="信的内容（可以直接修改）",
        max_length=MAX_LETTER_CHARS,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 18, "spellcheck": "false", "class": "letter-editor"}),
        error_messages={
            "required": "不能是空的。",
            "max_length": f"太长了：最多 {MAX_LETTER_CHARS} 个字（现在有 %(show_value)d 个）。",
        },
    )

    def clean_body(self):
        body = self.cleaned_data["body"]
        if not body.strip():
            raise forms.ValidationError("不能是空的。", code="required")
        return body


class ComplaintForm(StepForm):
    channel = forms.ChoiceField(
        label="投诉到了哪里",
        choices=[(c.code, c.name) for c in CHANNELS.values()],
        error_messages={"required": "请选择一项。", "invalid_choice": "请从列出的选项中选择。"},
    )
    reference = forms.CharField(
        label="受理编号或工单号",
        help_text="对方给了编号就填上，方便以后追问。没有可以不填。",
        required=False,
        max_length=100,
        error_messages={"max_length": "最多 100 个字。"},
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    made_on = forms.DateField(
        label="投诉日期",
        help_text="例如 2026-01-05。",
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"required": "请填写日期。", "invalid": "请按 2026-01-05 这样的格式填写。"},
    )

    def clean_made_on(self):
        made_on = self.cleaned_data["made_on"]
        if made_on > timezone.localdate():
            raise forms.ValidationError("不能晚于今天。", code="future")
        return made_on


class ComplainantForm(StepForm):
    name = forms.CharField(
        label="姓名", required=False, max_length=40, error_messages={"max_length": "最多 40 个字。"}
    )
    phone = forms.CharField(
        label="手机号",
        required=False,
        max_length=30,
        error_messages={"max_length": "最多 30 个字。"},
        widget=forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "off"}),
    )
    id_number = forms.CharField(
        label="身份证号",
        help_text="只有征信异议等需要核实身份的文书才用得上。不想填就不填。",
        required=False,
        max_length=30,
        error_messages={"max_length": "最多 30 个字。"},
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
