"""Thin views: load a case through `access.get_case`, build a form or the case file, render."""

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from . import access, casefile, questionnaire
from .advice import first_look
from .core import codes
from .models import Case


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "cases/home.html")


@require_GET
def healthz(request: HttpRequest) -> HttpResponse:
    return HttpResponse("OK", content_type="text/plain")


@require_POST
def start(request: HttpRequest) -> HttpResponse:
    case = Case.objects.create(owner=request.user if request.user.is_authenticated else None)
    access.grant(request, case)
    return redirect("cases:step", case.id, questionnaire.STEPS[0].name)


def _step_url(case: Case, step: questionnaire.Step | None, back_to_review: bool = False) -> str:
    if step is None or back_to_review:
        return reverse("cases:review", args=[case.id])
    return reverse("cases:step", args=[case.id, step.name])


@require_http_methods(["GET", "POST"])
def step(request: HttpRequest, case_id, name: str) -> HttpResponse:
    case = access.get_case(request, case_id)
    current = questionnaire.STEP_BY_NAME.get(name)
    if current is None:
        return not_found(request)
    back_to_review = request.GET.get("next") == "review"
    findings = first_look(case.answers) if current.name == "findings" else None
    if current.name == "findings" and findings is None:  # no message (none, or it was refused)
        return HttpResponseRedirect(_step_url(case, questionnaire.next_step(case.answers, current)))
    prefill = questionnaire.Prefill({}, frozenset())
    if request.method == "POST":
        form = current.form_class(request.POST)
        if _save_step(case, current, form):
            following = questionnaire.next_step(case.answers, current)
            return HttpResponseRedirect(_step_url(case, following, back_to_review))
    else:
        prefill = questionnaire.initial_for(current, case.answers)
        form = current.form_class(initial=prefill.initial)
    n, m = questionnaire.progress(case.answers, current)
    previous = questionnaire.previous_step(case.answers, current)
    context = {
        "case": case,
        "step": current,
        "form": form,
        "n": n,
        "m": m,
        "previous_url": _step_url(case, previous) if previous else None,
        "back_to_review": back_to_review,
        "guessed": prefill.guessed,
        "findings": findings,  # the message's analysis and what it alone shows (_findings.html)
    }
    return render(request, "cases/step.html", context)


def _save_step(case: Case, current: questionnaire.Step, form) -> bool:
    """Save every valid value of the step, even when another field is wrong: nothing typed is
    lost. Returns whether the whole form was valid."""
    valid = form.is_valid()
    saved = {k: v for k, v in form.cleaned_data.items() if k in current.fields}
    if saved:
        try:
            case.merge_answers(questionnaire.to_json(saved))
        except Case.DoesNotExist:  # deleted (in another tab) since it was opened
            raise Http404("没有找到这个案件") from None
    return valid


@require_http_methods(["GET", "POST"])
def review(request: HttpRequest, case_id) -> HttpResponse:
    case = access.get_case(request, case_id)
    if request.method == "POST":
        case.submitted = case.submitted or timezone.now()
        case.save(update_fields=["submitted", "updated"])
        return redirect("cases:detail", case.id)
    return render(
        request,
        "cases/review.html",
        {"case": case, "groups": questionnaire.answer_rows(case.answers)},
    )


@require_GET
def detail(request: HttpRequest, case_id) -> HttpResponse:
    case = access.get_case(request, case_id)
    cf = casefile.load(case, sections=True)
    context = {
        "case": case,
        "advice": cf.advice,
        "verdict": cf.advice.verdict_code,
        "flags": [codes.FLAGS[f] for f in cf.advice.flags],
        "channels": cf.channels,
        "questions": [(q.text, _question_url(case, q.key)) for q in cf.advice.questions],
        "groups": questionnaire.answer_rows(case.answers),
        "ev": cf.sections.get("evidence"),
        "docs": cf.sections.get("documents"),
    }
    return render(request, "cases/case.html", context)


def _question_url(case: Case, key: str) -> str | None:
    """Where the person answers the question that fills `key`, coming back to the review."""
    step = questionnaire.FIELD_STEP.get(key)
    return _step_url(case, step) + "?next=review" if step else None


def not_found(request: HttpRequest, exception=None) -> HttpResponse:
    return render(request, "404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    return render(request, "500.html", status=500)
