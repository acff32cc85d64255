"""Keeping a case: accounts, resume codes, title, export, delete, the neutral tab title.

Every view that touches a case starts with `access.get_case` (404 for anyone else); the
account pages start with `login_required`.
"""

from django.conf import settings
from django.contrib import auth, messages
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import FileResponse, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from cases import access, export
from cases.models import Case

from . import resume, throttle
from .forms import DeleteAccountForm, LoginForm, PasswordForm, ResumeForm, SignupForm, TitleForm

MODEL_BACKEND = f"{ModelBackend.__module__}.{ModelBackend.__qualname__}"


def _next_url(request: HttpRequest, default: str) -> str:
    url = request.POST.get("next") or request.GET.get("next") or ""
    # Only a path on this site: "0" or "evil.example" must not become a redirect target.
    safe = url.startswith("/") and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return url if safe else default


def _posted(request: HttpRequest):
    """The submitted data on POST (even when empty, so an empty form shows its errors), else None."""
    return request.POST if request.method == "POST" else None


def _zip_response(cases, filename: str) -> FileResponse:
    """The cases' ZIP, built in a temporary file and streamed from it: memory stays flat."""
    response = FileResponse(export.zip_file(cases), as_attachment=True, filename=filename)
    response["Content-Type"] = "application/zip"
    response["Cache-Control"] = "no-store"
    return response


def _unowned_session_cases(request: HttpRequest) -> list[Case]:
    """The cases this browser session holds that belong to no account."""
    return list(Case.objects.filter(pk__in=access.session_case_ids(request), owner__isnull=True))


KEEP_KEY = "keep_case"  # the case whose 保存这个案件 button led to signup or login


def _after_login(request: HttpRequest, user) -> HttpResponse:
    """Save the case the person asked to keep (保存这个案件 led here); ask about any other case
    this browser holds: someone else may have started it (a shared phone)."""
    target = _next_url(request, reverse("accounts:cases"))
    kept = request.session.pop(KEEP_KEY, None)
    if kept and kept in access.session_case_ids(request):
        if Case.objects.filter(pk=kept, owner__isnull=True).update(owner=user, updated=timezone.now()):
            messages.success(request, "这个案件已经保存到你的账户。")
    if _unowned_session_cases(request):
        return HttpResponseRedirect(f"{reverse('accounts:attach')}?{urlencode({'next': target})}")
    return HttpResponseRedirect(target)


def _attach_session_cases(request: HttpRequest, user) -> int:
    """Save the unowned cases this browser session holds to `user`'s account."""
    cases = _unowned_session_cases(request)
    for case in cases:
        case.owner = user
        case.save(update_fields=["owner", "updated"])
    if cases:
        messages.success(request, f"这个浏览器里的 {len(cases)} 个案件已经保存到你的账户。")
    return len(cases)


def describe(case: Case) -> list[str]:
    """What is stored about a case, in words, for the delete page and the message after it."""
    case_file = export.collect(case)
    lines = [f"你填写的 {len(case.answers)} 项回答"]
    for name, data in case_file.data["extras"].items():
        if data:
            lines.append(f"全部{case_file.labels[name]}")
    if case_file.files:
        lines.append(f"{len(case_file.files)} 个上传的文件")
    return lines


# Accounts -------------------------------------------------------------------------------------


@never_cache
@require_http_methods(["GET", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("accounts:cases")
    form = SignupForm(_posted(request))
    if request.method == "POST" and form.is_valid():
        user = form.save()
        auth.login(request, user, backend=MODEL_BACKEND)
        messages.success(request, "账户已经建好，你已登录。")
        return _after_login(request, user)
    return render(request, "accounts/signup.html", {"form": form, "next": _next_url(request, "")})


@never_cache
@require_http_methods(["GET", "POST"])
def login(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        form = LoginForm(request, data=request.POST)
        if form.is_valid():
            auth.login(request, form.get_user())
            return _after_login(request, form.get_user())
    else:
        form = LoginForm(request)
    return render(request, "accounts/login.html", {"form": form, "next": _next_url(request, "")})


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def attach(request: HttpRequest) -> HttpResponse:
    """After login: "save the N cases started in this browser to your account?" — they may be
    someone else's (a shared phone), so they are saved only when the person says so."""
    target = _next_url(request, reverse("accounts:cases"))
    cases = _unowned_session_cases(request)
    if request.method == "POST" or not cases:
        if request.POST.get("attach") == "yes":
            _attach_session_cases(request, request.user)
        elif cases:
            messages.info(request, "好的，这些案件没有保存到你的账户，仍然只在这个浏览器里。")
        return HttpResponseRedirect(target)
    context = {"count": len(cases), "titles": [case.display_title for case in cases], "next": target}
    return render(request, "accounts/attach.html", context)


def locked_out(request: HttpRequest, original_response=None, credentials=None) -> HttpResponse:
    """django-axes calls this instead of the login view's answer once a client is locked out."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    context = {"minutes": minutes, "failure_limit": settings.AXES_FAILURE_LIMIT}
    return render(request, "accounts/locked_out.html", context, status=429)


@require_POST
def logout(request: HttpRequest) -> HttpResponse:
    auth.logout(request)
    messages.info(request, "你已退出。")
    return redirect("cases:home")


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def password_change(request: HttpRequest) -> HttpResponse:
    form = PasswordForm(request.user, _posted(request))
    if request.method == "POST" and form.is_valid():
        user = form.save()
        # The session hash changes with the password: every other session is logged out,
        # this one is kept. Sessions that opened a case with its resume code end too.
        auth.update_session_auth_hash(request, user)
        revoked = resume.revoke_all(user)
        note = f"这 {revoked} 个案件的恢复码也已作废，需要的话请重新生成。" if revoked else ""
        messages.success(request, f"密码已经改好。其他手机或电脑上的登录都已退出。{note}")
        return redirect("accounts:cases")
    return render(request, "accounts/password.html", {"form": form})


@login_required
@require_GET
def my_cases(request: HttpRequest) -> HttpResponse:
    cases = request.user.cases.all()
    rows = [(case, TitleForm(initial={"title": case.title}, auto_id=f"id_%s_{case.id}")) for case in cases]
    return render(request, "accounts/cases.html", {"rows": rows})


@login_required
@require_GET
def export_all(request: HttpRequest) -> HttpResponse:
    return _zip_response(request.user.cases.all(), export.filename("my-cases"))


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def delete_account(request: HttpRequest) -> HttpResponse:
    user = request.user
    cases = list(user.cases.all())
    form = DeleteAccountForm(user, _posted(request))
    if request.method == "POST" and form.is_valid():
        count = len(cases)
        with transaction.atomic():
            # Case by case, so each one's post_delete handlers (files) run.
            for case in cases:
                case.delete()
            user.delete()
        auth.logout(request)
        messages.success(request, f"账户和它的 {count} 个案件已经全部删除，包括上传的文件。")
        return redirect("cases:home")
    listing = [(case, describe(case)) for case in cases]
    return render(request, "accounts/delete_account.html", {"form": form, "listing": listing})


# Resume codes ---------------------------------------------------------------------------------


def _not_allowed(request: HttpRequest, case: Case, what: str) -> HttpResponse:
    """403 for a resume-code holder asking for what only the case's owner may do."""
    context = {"case": case, "what": what, "case_url": case.get_absolute_url()}
    return render(request, "accounts/not_allowed.html", context, status=403)


@never_cache
@require_POST
def resume_code(request: HttpRequest, case_id) -> HttpResponse:
    case = access.get_case(request, case_id)
    if access.is_code_holder(request, case):
        # A new code would stop the owner's written-down one: only who started or owns it may.
        return _not_allowed(request, case, "生成新的恢复码")
    code = resume.new_code()
    case.set_resume_code(resume.digest(code))
    # Rendered, not redirected: the code exists only in this one response.
    return render(request, "accounts/resume_code.html", {"case": case, "code": code})


@never_cache
@require_POST
def resume_code_revoke(request: HttpRequest, case_id) -> HttpResponse:
    case = access.get_case(request, case_id)
    if access.is_code_holder(request, case):
        return _not_allowed(request, case, "作废恢复码")
    if case.resume_code_hash:
        case.set_resume_code("")
        messages.success(request, "恢复码已经作废。用它打开过这个案件的手机或电脑都不能再打开了。")
    return HttpResponseRedirect(_next_url(request, case.get_absolute_url()))


@login_required
@never_cache
@require_GET
def resume_codes(request: HttpRequest) -> HttpResponse:
    """The owner's cases that have a resume code, with when it was made and last used."""
    rows = [
        {
            "title": case.display_title,
            "url": case.get_absolute_url(),
            "created": _when(case.resume_code_created) or "以前",
            "used": _when(case.resume_code_used),
            "revoke_url": reverse("accounts:resume_code_revoke", args=[case.id]),
        }
        for case in request.user.cases.exclude(resume_code_hash="")
    ]
    context = {"rows": rows, "next": reverse("accounts:resume_codes"), "cases_url": reverse("accounts:cases")}
    return render(request, "accounts/resume_codes.html", context)


def _when(moment) -> str:
    if moment is None:
        return ""
    local = timezone.localtime(moment)
    return f"{local.year}年{local.month}月{local.day}日 {local:%H:%M}"


@never_cache
@require_http_methods(["GET", "POST"])
def resume_open(request: HttpRequest) -> HttpResponse:
    if request.method == "GET" and throttle.blocked("resume", request):
        return render(request, "accounts/resume_blocked.html", status=429)
    form = ResumeForm(_posted(request))
    if request.method == "POST":
        # Counted before it is checked: parallel tries cannot all slip under the limit.
        try_ = throttle.attempt("resume", request)
        if try_ is None:
            return render(request, "accounts/resume_blocked.html", status=429)
        if not form.is_valid():  # not a code at all (the form says why): not a guess
            throttle.forgive(try_)
        else:
            digest = resume.digest(form.cleaned_data["code"])
            case = Case.objects.filter(resume_code_hash=digest).first()
            if case is not None:
                throttle.forgive(try_)
                access.grant(request, case, code_digest=digest)
                Case.objects.filter(pk=case.pk).update(resume_code_used=timezone.now())
                messages.success(request, "已经打开你的案件。")
                return redirect("cases:detail", case.id)
            form.add_error("code", "「恢复码」不对，没有找到这个案件。请对照你记下的再输一次。")
    return render(request, "accounts/resume_open.html", {"form": form})


# One case -------------------------------------------------------------------------------------


@require_POST
def keep(request: HttpRequest, case_id) -> HttpResponse:
    case = access.get_case(request, case_id)
    if not request.user.is_authenticated:
        request.session[KEEP_KEY] = str(case.id)
        messages.info(request, "注册或登录以后，这个案件会自动保存到你的账户。")
        return redirect(f"{reverse('accounts:signup')}?next={case.get_absolute_url()}")
    if case.owner_id is None:
        case.owner = request.user
        case.save(update_fields=["owner", "updated"])
        messages.success(request, "已经保存到你的账户。在“我的案件”里可以找到。")
    elif case.owner_id == request.user.id:
        messages.info(request, "这个案件已经在你的账户里了。")
    else:
        messages.info(request, "这个案件保存在另一个账户里，不能再保存到这个账户。")
    return redirect(case.get_absolute_url())


@require_http_methods(["GET", "POST"])
def title(request: HttpRequest, case_id) -> HttpResponse:
    case = access.get_case(request, case_id)
    form = TitleForm(_posted(request), initial={"title": case.title})
    if request.method == "POST" and form.is_valid():
        case.title = form.cleaned_data["title"].strip()
        case.save(update_fields=["title", "updated"])
        messages.success(request, "案件名称已保存。")
        return HttpResponseRedirect(_next_url(request, case.get_absolute_url()))
    return render(request, "accounts/title.html", {"case": case, "form": form})


@require_GET
def export_case(request: HttpRequest, case_id) -> HttpResponse:
    case = access.get_case(request, case_id)
    return _zip_response([case], f"case-{case.id}.zip")


@never_cache
@require_http_methods(["GET", "POST"])
def delete_case(request: HttpRequest, case_id) -> HttpResponse:
    case = access.get_case(request, case_id)
    if case.owner_id is not None and access.is_code_holder(request, case):
        return _not_allowed(request, case, "删除这个案件")
    listing = describe(case)
    if request.method == "POST":
        case.delete()
        access.revoke(request, case_id)
        # Not the case's title: messages travel in a cookie, and the title is encrypted at rest.
        messages.success(request, f"案件已删除：{'、'.join(listing)}。")
        return redirect("accounts:cases" if request.user.is_authenticated else "cases:home")
    return render(request, "accounts/delete_case.html", {"case": case, "listing": listing})


# The neutral tab title --------------------------------------------------------------------------


@require_POST
def neutral_title(request: HttpRequest) -> HttpResponse:
    request.session["neutral_title"] = request.POST.get("on") == "1"
    return HttpResponseRedirect(_next_url(request, reverse("cases:home")))
