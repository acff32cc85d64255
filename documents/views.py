"""Thin views: every one starts with `get_case` (404 for anyone but the case's owner), then
gathers the case file once and renders a per-type template over it."""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from cases.access import get_case
from cases.core import negotiation
from cases.core.calculators import CRIMINAL_RATE_LINE, MAX_PLAN_MONTHS
from cases.core.hotlines import CHANNELS

from . import letters as letter_kinds
from .casefile import CaseFile, case_file, other_debts
from .forms import BudgetForm, ComplainantForm, ComplaintForm, LetterForm
from .models import Complainant, Complaint
from .summary import complaint_summary


def _plan_doc(cf: CaseFile, budget=None, days=None) -> dict:
    """The negotiation plan's named facts (shared by the plan page and the print view)."""
    budget = budget if budget is not None else cf.facts.monthly_budget
    plan = cf.plan(budget)
    check = cf.interest(days)
    say, never = negotiation.phone_script(budget)
    return {
        "template": "documents/_plan_doc.html",
        "title": "还款协商计划",
        "cf": cf,
        "budget": budget,
        "plan": plan,
        "max_plan_months": MAX_PLAN_MONTHS,
        "plan_note": negotiation.PLAN_FROM_BUDGET,
        "cannot_cover": negotiation.CANNOT_COVER,
        "check": check,
        "refuse_excess": negotiation.REFUSE_EXCESS,
        "criminal_line": CRIMINAL_RATE_LINE,
        "asks": cf.asks(days),
        "say": say,
        "never": never,
        "safeguards": negotiation.SAFEGUARDS,
        "debts": other_debts(cf.case),
        "highest_rate_first": negotiation.HIGHEST_RATE_FIRST,
        "no_new_loans": negotiation.NO_NEW_LOANS,
        "unknown_rate_last": negotiation.UNKNOWN_RATE_LAST,
    }


def _letter_doc(cf: CaseFile, letter, body: str | None = None) -> dict:
    return {
        "template": "documents/_letter_doc.html",
        "title": letter.title,
        "letter": letter,
        "body": body if body is not None else letter_kinds.render_letter(letter, cf),
    }


def _complaint_doc(cf: CaseFile, code: str, public: bool = False) -> dict:
    summary = complaint_summary(cf, code)
    if public:
        summary = summary.redacted(cf.names)
    title = f"投诉材料：{summary.channel.name}" + ("（公开版）" if public else "")
    return {"template": "documents/_complaint_doc.html", "title": title, "summary": summary}


def _channel_or_404(code: str) -> str:
    if code not in CHANNELS:
        raise Http404("没有这个投诉渠道")
    return code


@require_GET
def index(request: HttpRequest, case_id) -> HttpResponse:
    case = get_case(request, case_id)
    cf = case_file(case)
    fitting = letter_kinds.letters_for(cf)
    return render(
        request,
        "documents/index.html",
        {
            "case": case,
            "cf": cf,
            "fitting": fitting,
            "others": [
                letter
                for letter in letter_kinds.LETTERS.values()
                if letter not in fitting and letter.offered_otherwise
            ],
        },
    )


@require_GET
def plan(request: HttpRequest, case_id) -> HttpResponse:
    case = get_case(request, case_id)
    cf = case_file(case)
    budget, days = cf.facts.monthly_budget, None
    if request.GET:
        form = BudgetForm(request.GET)
        if form.is_valid():
            budget = form.cleaned_data["monthly_budget"]
            days = form.cleaned_data["days"]
    else:
        form = BudgetForm(initial={"monthly_budget": budget})
    return render(
        request, "documents/plan.html", {"case": case, "form": form, "d": _plan_doc(cf, budget, days)}
    )


@require_http_methods(["GET", "POST"])
def letter(request: HttpRequest, case_id, kind: str) -> HttpResponse:
    case = get_case(request, case_id)
    chosen = letter_kinds.LETTERS.get(kind)
    if chosen is None:
        raise Http404("没有这种文书")
    cf = case_file(case)
    printable = None
    if request.method == "POST":
        form = LetterForm(request.POST)
        if form.is_valid():
            printable = _letter_doc(cf, chosen, form.cleaned_data["body"])
    else:
        form = LetterForm(initial={"body": letter_kinds.render_letter(chosen, cf)})
    return render(
        request,
        "documents/letter.html",
        {"case": case, "letter": chosen, "form": form, "d": printable, "fits": chosen.fits(cf)},
    )


@require_GET
def summary(request: HttpRequest, case_id, channel: str, public: bool = False) -> HttpResponse:
    case = get_case(request, case_id)
    code = _channel_or_404(channel)
    cf = case_file(case)
    return render(
        request,
        "documents/summary.html",
        {"case": case, "d": _complaint_doc(cf, code, public), "public": public, "code": code},
    )


@require_http_methods(["GET", "POST"])
def complaints(request: HttpRequest, case_id) -> HttpResponse:
    case = get_case(request, case_id)
    if request.method == "POST":
        form = ComplaintForm(request.POST)
        if form.is_valid():
            Complaint.objects.create(case=case, **form.cleaned_data)
            messages.success(request, "已记下这次投诉。")
            return redirect("documents:complaints", case.id)
    else:
        form = ComplaintForm(
            initial={"channel": request.GET.get("channel", ""), "made_on": timezone.localdate()}
        )
    return render(
        request,
        "documents/complaints.html",
        {"case": case, "form": form, "complaints": Complaint.objects.filter(case=case)},
    )


@require_POST
def complaint_delete(request: HttpRequest, case_id, complaint_id: int) -> HttpResponse:
    case = get_case(request, case_id)
    get_object_or_404(Complaint, pk=complaint_id, case=case).delete()
    messages.success(request, "已删除这条投诉记录。")
    return redirect("documents:complaints", case.id)


@require_http_methods(["GET", "POST"])
def complainant(request: HttpRequest, case_id) -> HttpResponse:
    case = get_case(request, case_id)
    current = Complainant.objects.filter(case=case).first()
    if request.method == "POST":
        form = ComplainantForm(request.POST)
        if form.is_valid():
            data = {k: v.strip() for k, v in form.cleaned_data.items()}
            if any(data.values()):
                Complainant.objects.update_or_create(case=case, defaults=data)
                messages.success(request, "已保存。这些信息只会出现在你自己打印的文书里，公开版不会显示。")
            else:
                Complainant.objects.filter(case=case).delete()
                messages.success(request, "已清除你的个人信息。")
            return redirect("documents:index", case.id)
    else:
        initial = (
            {"name": current.name, "phone": current.phone, "id_number": current.id_number} if current else {}
        )
        form = ComplainantForm(initial=initial)
    return render(request, "documents/complainant.html", {"case": case, "form": form})


@require_GET
def print_all(request: HttpRequest, case_id) -> HttpResponse:
    """Every chosen document, one per A4 page; with none chosen, every document that fits."""
    case = get_case(request, case_id)
    docs = _print_docs(case, request.GET.getlist("doc"))
    return render(request, "documents/print.html", {"case": case, "docs": docs})


def _print_docs(case, chosen: list[str]) -> list[dict]:
    cf = case_file(case)
    if not chosen:
        chosen = (["plan"] if cf.borrower else []) + [
            f"letter:{x.slug}" for x in letter_kinds.letters_for(cf)
        ]
        chosen += [f"{'public' if r.code == 'heimao' else 'complaint'}:{r.code}" for r in cf.routes]
    docs = []
    for item in dict.fromkeys(chosen):
        kind, _, key = item.partition(":")
        if kind == "plan":
            docs.append(_plan_doc(cf))
        elif kind == "letter" and key in letter_kinds.LETTERS:
            docs.append(_letter_doc(cf, letter_kinds.LETTERS[key]))
        elif kind in ("complaint", "public") and key in CHANNELS:
            docs.append(_complaint_doc(cf, key, public=kind == "public"))
    return docs
