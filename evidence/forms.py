"""The form for one contact in the evidence log. Labels and choices come from cases.core.codes."""

import mmap
from contextlib import contextmanager
from datetime import timedelta

from django import forms
from django.conf import settings
from django.utils import timezone

from cases.core import codes
from cases.forms import StepForm, radio

from .quota import megabytes
from .sniff import ACCEPTED_TEXT, Refused, sniff

# A phone clock a few minutes fast should not stop anyone from saving what just happened.
FUTURE_SLACK = timedelta(minutes=10)
MAX_NAME_CHARS = 200
# Narrows the phone's file picker; the bytes are still checked on the server.
ACCEPT = ".jpg,.jpeg,.png,.webp,.heic,.m4a,.mp3,.amr,.wav,.pdf,image/*,audio/*,application/pdf"


def max_upload_bytes() -> int:
    return settings.EVIDENCE_MAX_UPLOAD_MB * 1024 * 1024


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input (Django's documented recipe)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(d, initial) for d in data if d]
        return [single(data, initial)] if data else []


# Nobody logs a collector's call from before this; earlier dates are typos (and year 1 in China
# time is before the first moment a datetime can hold in UTC).
EARLIEST_YEAR = 1990


class ContactTimeField(forms.DateTimeField):
    def to_python(self, value):
        try:
            at = super().to_python(value)
        except OverflowError:
            raise forms.ValidationError(self.error_messages["too_early"], code="too_early") from None
        if at is not None and at.year < EARLIEST_YEAR:
            raise forms.ValidationError(self.error_messages["too_early"], code="too_early")
        return at


class EntryForm(StepForm):
    at = ContactTimeField(
        label="什么时候",
        help_text="默认是现在（北京时间）。补记以前的事，就改成当时的时间。",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S"],
        error_messages={
            "required": "请填写时间。",
            "invalid": "请按“年-月-日 时:分”填写，例如 2026-11-20 23:10。",
            "too_early": f"年份不对：请填写 {EARLIEST_YEAR} 年以后的时间，例如 2026-11-20 23:10。",
        },
    )
    channel = radio("对方是怎么联系的", codes.CHANNELS)
    source = forms.CharField(
        label="对方的号码或账号",
        help_text="来电或短信号码、微信号、App 名称等。不知道可以不填。",
        required=False,
        max_length=100,
        error_messages={"max_length": "最多 100 个字。"},
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    target = radio("对方联系了谁", codes.CONTACT_TARGETS)
    answered = forms.TypedChoiceField(
        label="电话接通了吗",
        help_text="只对电话有用：没接到的来电也要记，它们算在“一天打了多少次”里。",
        choices=[("yes", "接通了"), ("no", "没接通（未接来电或我挂断了）")],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        error_messages={"required": "请选择一项。", "invalid_choice": "请从列出的选项中选择。"},
    )
    text = forms.CharField(
        label="对方说了什么",
        help_text="把短信或聊天文字粘贴到这里，或者写下电话里对方说的话。我们会帮你找出里面的违法说法。",
        required=False,
        max_length=codes.MAX_MESSAGE_CHARS,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 5, "autocomplete": "off", "spellcheck": "false"}),
        error_messages={
            "max_length": f"太长了：最多 {codes.MAX_MESSAGE_CHARS} 个字（现在有 %(show_value)d 个）。",
        },
    )
    files = MultipleFileField(
        label="附件（截图、录音、信件）",
        required=False,
        widget=MultipleFileInput(attrs={"accept": ACCEPT}),
    )

    def __init__(self, *args, attachments=(), space=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.space = space  # evidence.quota.Space: how much more may be stored, or None (no limit)
        # Files that passed the checks, even when the form as a whole did not: [(bytes, name, Format)].
        self.checked_files = []
        if attachments:
            self.fields["remove"] = forms.MultipleChoiceField(
                label="删除已上传的附件",
                help_text="只勾选你确定不要的文件。删除后无法恢复。",
                required=False,
                choices=[(str(a.pk), f"{a.original_name}（SHA-256 {a.sha256[:12]}…）") for a in attachments],
                widget=forms.CheckboxSelectMultiple,
                error_messages={"invalid_choice": "请从列出的文件中选择。"},
            )
        limit = settings.EVIDENCE_MAX_UPLOAD_MB
        self.fields["files"].help_text = (
            f"可以一次选多个文件。能上传{ACCEPTED_TEXT}，每个文件最大 {limit} MB，"
            f"一次最多 {settings.EVIDENCE_MAX_FILES} 个。文件会加密保存，原样保留，不做任何修改。"
        )
        if space is not None:
            self.fields["files"].help_text += f"{_space_text(space)}还能再上传 {megabytes(space.left)}。"
        if not self.is_bound and "at" not in self.initial:
            self.initial["at"] = timezone.localtime().replace(second=0, microsecond=0)
        self.initial.setdefault("target", "me")
        self.initial.setdefault("answered", "yes")

    def clean_at(self):
        at = self.cleaned_data["at"]
        if at > timezone.now() + FUTURE_SLACK:
            raise forms.ValidationError("时间不能晚于现在。")
        return at

    def clean_text(self):
        return self.cleaned_data["text"].strip()

    def clean_source(self):
        return self.cleaned_data["source"].strip()

    def clean_files(self):
        """Each file checked by content, read from where Django streamed it (a temporary file
        for all but small ones, mapped into memory, not read into it); cleaned to
        [(uploaded file, name, Format)], which StoredFile.store encrypts a chunk at a time."""
        uploads = self.cleaned_data["files"]
        if len(uploads) > settings.EVIDENCE_MAX_FILES:
            raise forms.ValidationError(f"一次最多上传 {settings.EVIDENCE_MAX_FILES} 个文件。")
        checked, errors = [], []
        for upload in uploads:
            name = (upload.name or "未命名文件")[-MAX_NAME_CHARS:]
            if upload.size > max_upload_bytes():
                errors.append(
                    f"「{name}」太大了（{upload.size / 1024 / 1024:.1f} MB），"
                    f"每个文件最大 {settings.EVIDENCE_MAX_UPLOAD_MB} MB。"
                )
                continue
            try:
                with _bytes_of(upload) as data:
                    fmt = sniff(data)
            except Refused as refused:
                errors.append(f"「{name}」没有保存：{refused}")
                continue
            checked.append((upload, name, fmt))
        total = sum(upload.size for upload, _, _ in checked)
        if self.space is not None and checked and total > self.space.left:
            errors.append(
                f"这次选的文件一共 {megabytes(total)}，{_space_text(self.space)}只能再上传 "
                f"{megabytes(self.space.left)}。请少选几个，或者删掉不需要的附件再试。"
            )
            checked = []  # none kept: they would not fit
        self.checked_files = checked
        if errors:
            raise forms.ValidationError(errors)
        return checked


def _space_text(space) -> str:
    return "这个浏览器里的案件一共" if space.limited_by_browser else "这个案件"


@contextmanager
def _bytes_of(upload):
    """The upload's bytes: its temporary file mapped read-only (no copy in memory), or, for a
    small one Django kept in memory, the bytes themselves."""
    path = getattr(upload, "temporary_file_path", None)
    if path is None or upload.size == 0:
        upload.seek(0)
        yield upload.read()
        return
    with open(path(), "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
        yield mapped


class ChecklistForm(StepForm):
    """The evidence checklist: one checkbox per item, keyed by the item's stable code."""

    def __init__(self, items, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["ticked"] = forms.MultipleChoiceField(
            label="我已经保存好的证据",
            required=False,
            choices=[(item.code, f"{item.text}（出处：{item.source.label}）") for item in items],
            widget=forms.CheckboxSelectMultiple,
            error_messages={"invalid_choice": "请从列出的项目中选择。"},
        )
