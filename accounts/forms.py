"""Account forms. Each subclasses cases.forms.StepForm, so every error names its field."""

from django import forms
from django.contrib.auth.forms import AuthenticationForm, PasswordChangeForm, UserCreationForm
from django.core.validators import MaxLengthValidator

from cases.forms import StepForm

from . import resume

USERNAME_HELP = "随便起一个名字，不要用真实姓名、手机号或邮箱。只能用字母、数字、汉字和 @ . + - _。"
PASSWORD_HELP = (
    "至少 8 位，不要和用户名相像，也不要只用数字。我们没有你的手机号或邮箱，忘了就找不回来，请记牢。"
)


class SignupForm(StepForm, UserCreationForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = "用户名"
        self.fields["username"].help_text = USERNAME_HELP
        self.fields["username"].widget.attrs.update({"autocomplete": "username", "autocapitalize": "none"})
        self.fields["password1"].label = "密码"
        self.fields["password1"].help_text = PASSWORD_HELP
        self.fields["password2"].label = "再输一次密码"
        self.fields["password2"].help_text = ""


class LoginForm(StepForm, AuthenticationForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = "用户名"
        self.fields["password"].label = "密码"
        self.error_messages["invalid_login"] = "用户名或密码不对。请注意大小写。"
        # AuthenticationForm sets max_length on the field after it is built, which adds no
        # validator: an over-long name reached authenticate() and django-axes, whose
        # varchar(255) column then failed on PostgreSQL (found by the form fuzzing's PG pass).
        limit = self.fields["username"].max_length
        self.fields["username"].validators.append(MaxLengthValidator(limit, message=f"最多 {limit} 个字符。"))


class PasswordForm(StepForm, PasswordChangeForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["old_password"].label = "现在的密码"
        self.fields["new_password1"].label = "新密码"
        self.fields["new_password1"].help_text = PASSWORD_HELP
        self.fields["new_password2"].label = "再输一次新密码"
        self.error_messages["password_incorrect"] = "现在的密码不对，请再输一次。"


class TitleForm(StepForm):
    title = forms.CharField(
        label="案件名称",
        help_text="只有你自己看得到，例如“某某App的借款”。",
        required=False,
        max_length=60,
        error_messages={"max_length": "最多 60 个字。"},
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )


class ResumeForm(StepForm):
    code = forms.CharField(
        label="恢复码",
        help_text="20 个字母和数字，例如 K7QXN-3HWRB-T9MZE-C4PVA。大小写、空格和横线都没关系。",
        max_length=64,
        error_messages={"required": "请填写恢复码。", "max_length": "太长了，恢复码只有 20 个字母和数字。"},
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )

    def clean_code(self):
        code = self.cleaned_data["code"]
        if not resume.looks_valid(code):
            raise forms.ValidationError(
                "格式不对：恢复码是 20 个字母和数字（不含 0、1、I、L、O）。请对照你记下的再输一次。"
            )
        return resume.normalise(code)


class DeleteAccountForm(StepForm):
    password = forms.CharField(
        label="密码",
        help_text="为了确认是你本人，请输入密码。",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        error_messages={"required": "请输入密码。"},
    )

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError("密码不对，账户没有删除。")
        return password
