"""The benchmark's reference page: the simplest Django form page rendered with crispy-forms.

One small form (a text field and a choice), a template that prints it with `{% crispy form %}`
inside a <form> with its CSRF token, nothing else: no session, no database, no site layout. The
questionnaire step is measured against it (`make bench`: at least 80 % of its throughput).
Used only through bench/settings.py, which serves it at /bench/reference/ beside the site.
"""

from crispy_forms.helper import FormHelper
from django import forms
from django.http import HttpResponse
from django.template import engines
from django.urls import include, path
from django.views.decorators.http import require_GET

TEMPLATE = engines["django"].from_string(
    """<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>参考页</title></head>
<body><main><h1>参考页</h1>
{% load crispy_forms_tags %}
<form method="post">{% csrf_token %}{% crispy form %}<button type="submit">提交</button></form>
</main></body></html>
"""
)


class ReferenceForm(forms.Form):
    lender = forms.CharField(label="借款平台或机构的名字", help_text="不知道可以不填。", required=False)
    kind = forms.ChoiceField(
        label="它是哪一类机构？",
        choices=[("bank", "银行"), ("platform", "网贷平台"), ("private", "个人")],
        widget=forms.RadioSelect,
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True


@require_GET
def reference(request):
    return HttpResponse(TEMPLATE.render({"form": ReferenceForm()}, request))


urlpatterns = [
    path("bench/reference/", reference, name="bench-reference"),
    path("", include("advisor.urls")),
]
handler404 = "cases.views.not_found"
handler500 = "cases.views.server_error"
