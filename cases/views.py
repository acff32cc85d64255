"""Thin views: load a case through `access.get_case`, build a form or the advice, render."""

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from advisor.jinja2 import url

from . import access, advice, pages, questionnaire
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


def _step_url(case: Case, step: questionnaire.Step) -> str:
    return url("cases:step", case.id, step.name)


@require_http_methods(["GET", "POST"])
def step(request: HttpRequest, case_id, name: str) -> HttpResponse:
    case = access.get_case(request, case_id)
    current = questionnaire.STEP_BY_NAME.get(name)
    if current is None:
        return not_found(request)
    answers = case.answers
    back_to_review = request.GET.get("next") == "review"

    if request.method == "POST":
        form = current.form_class(request.POST)
        valid = form.is_valid()
        # Keep every valid value even when another field is wrong: nothing typed is lost.
        saved = {k: v for k, v in form.cleaned_data.items() if k in current.fields}
        if saved:
            try:
                case.merge_answers(questionnaire.to_json(saved))
            except Case.DoesNotExist:  # deleted (in another tab) since it was opened above
                raise Http404("没有找到这个案件") from None
        if valid:
            if back_to_review:
                return HttpResponseRedirect(url("cases:review", case.id))
            following = questionnaire.next_step(case.answers, current)
            return HttpResponseRedirect(
                _step_url(case, following) if following else url("cases:review", case.id)
            )
    guessed = set()
    fields = None  # on a GET, the form's fields as rendered for this state of the case
    if request.method == "GET":
        guesses = advice.guesses(answers)
        # Pre-filled from the message where the person has not answered yet; they can change it.
        guessed = {f for f in current.fields if f not in answers and guesses.get(f)}
        initial = {f: answers[f] if f in answers else guesses.get(f) for f in current.fields}
        form = None
        fields = pages.part(
            case, "cases/_form.html", lambda: {"form": current.form_class(initial=initial)}, name
        )

    n, m = questionnaire.progress(case.answers, current)
    previous = questionnaire.previous_step(case.answers, current)
    context = {
        "case": case,
        "step": current,
        "form": form,
        "fields": fields,
        "n": n,
        "m": m,
        "previous_url": _step_url(case, previous) if previous else None,
        "back_to_review": back_to_review,
        "guessed": guessed,
    }
    if current.name == "findings":
        context["analysis"] = advice.analysis_for(case.answers)
        if context["analysis"] is None:  # no message (none pasted, or it was refused): nothing found
            following = questionnaire.next_step(case.answers, current)
            return HttpResponseRedirect(
                _step_url(case, following) if following else url("cases:review", case.id)
            )
    return render(request, "cases/step.html", context)


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
    body = pages.part(case, "cases/_case_body.html", lambda: _case_body(case))
    return render(request, "cases/case.html", {"case": case, "body": body})


def _case_body(case: Case) -> dict:
    """What the case page says about the case: its advice and the answers it rests on."""
    result = advice.for_case(case)
    questions = [
        (
            q.text,
            _step_url(case, questionnaire.FIELD_STEP[q.key]) + "?next=review"
            if q.key in questionnaire.FIELD_STEP
            else None,
        )
        for q in result.questions
    ]
    return {
        "groups": questionnaire.answer_rows(case.answers),
        "advice": result,
        "verdict": result.verdict_code,
        "flags": [codes.FLAGS[f] for f in result.flags],
        "questions": questions,
    }


def not_found(request: HttpRequest, exception=None) -> HttpResponse:
    return render(request, "404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    return render(request, "500.html", status=500)
