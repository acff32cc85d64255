"""Evidence log views. Each starts with `get_case` (404 for anyone but the case's owner), then
reaches entries and files only through that case."""

from django.contrib import messages
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_GET, require_http_methods

from cases import casefile
from cases.access import get_case
from cases.core import codes
from cases.models import Case

from . import csvfile, quota, timeline
from . import index as evidence_index
from . import log as evidence_log
from .forms import ChecklistForm, EntryForm
from .models import Attachment, ChecklistTick, Entry, PendingUpload
from .sniff import download_name


def _get_entry(case, entry_id) -> Entry:
    try:
        return Entry.objects.get(pk=entry_id, case=case)
    except Entry.DoesNotExist:
        raise Http404("没有找到这条记录") from None


def _private(response: HttpResponse) -> HttpResponse:
    response["Cache-Control"] = "private, no-store"
    return response


@require_GET
def log(request: HttpRequest, case_id) -> HttpResponse:
    case = get_case(request, case_id)
    entries = evidence_log.read(case)
    context = {
        "case": case,
        "items": timeline.timeline(entries),
        "figures": timeline.figures(entries),
        "log_url": reverse("evidence:log", args=[case.id]),
    }
    return render(request, "evidence/log.html", context)


def _pending(request, case) -> list[PendingUpload]:
    """Files this case's form received on an earlier, refused submission (named in the form)."""
    ids = [int(v) for v in request.POST.getlist("pending") if v.isdigit()]
    return list(PendingUpload.objects.filter(case=case, pk__in=ids)) if ids else []


def _lock_case(case_id) -> None:
    """Inside a transaction: the case may have been deleted (in another tab) since this request
    opened it. Lock its row, so a delete waits for this write, or this write sees the case gone
    and answers 404 instead of failing on the foreign key with a 500."""
    if not Case.objects.select_for_update().filter(pk=case_id).exists():
        raise Http404("没有找到这个案件")


def _save(form: EntryForm, entry: Entry, pending: list[PendingUpload]) -> Entry:
    data = form.cleaned_data
    for field in ("at", "channel", "source", "target", "answered", "text"):
        setattr(entry, field, data[field])
    with transaction.atomic():
        _lock_case(entry.case_id)
        entry.save()
        for pk in data.get("remove") or ():
            attachment = entry.attachments.filter(pk=pk).first()
            if attachment:
                attachment.delete()
        for upload in pending:
            Attachment.adopt(entry, upload)
        for content, name, fmt in data["files"]:
            Attachment.store(entry, content, name, fmt.kind, fmt.mime)
    return entry


def _entry_form(request, case, entry: Entry | None, form_kwargs: dict, success: str) -> HttpResponse:
    """GET shows the form; POST saves it, or shows it again with everything kept, files included."""
    pending = []
    form_kwargs = {**form_kwargs, "space": quota.space_left(request, case)}
    if request.method == "POST":
        PendingUpload.purge_unclaimed()
        form = EntryForm(request.POST, request.FILES, **form_kwargs)
        pending = _pending(request, case)
        if form.is_valid():
            saved = _save(form, entry or Entry(case=case), pending)
            flags = set(saved.said_flags)
            found = [code.label for key, code in codes.FLAGS.items() if key in flags]
            if found:
                success += f"对方说的话里有：{'、'.join(found)}。在时间线里已经标出来了。"
            messages.success(request, success)
            return redirect("evidence:log", case.id)
        if form.checked_files:
            with transaction.atomic():
                _lock_case(case.pk)
                pending += [
                    PendingUpload.store(case, data, name, fmt.kind, fmt.mime)
                    for data, name, fmt in form.checked_files
                ]
    else:
        form = EntryForm(**form_kwargs)
    context = {"case": case, "form": form, "entry": entry, "pending": pending}
    return render(request, "evidence/entry_form.html", context)


@require_http_methods(["GET", "POST"])
def add(request: HttpRequest, case_id) -> HttpResponse:
    case = get_case(request, case_id)
    return _entry_form(request, case, None, {}, "已经记下来了。")


@require_http_methods(["GET", "POST"])
def edit(request: HttpRequest, case_id, entry_id: int) -> HttpResponse:
    case = get_case(request, case_id)
    entry = _get_entry(case, entry_id)
    form_kwargs = {"attachments": list(entry.attachments.all())}
    if request.method == "GET":
        form_kwargs["initial"] = {
            "at": timezone.localtime(entry.at),
            "channel": entry.channel,
            "source": entry.source,
            "target": entry.target,
            "answered": "yes" if entry.answered else "no",
            "text": entry.text,
        }
    return _entry_form(request, case, entry, form_kwargs, "已经保存修改。")


@require_http_methods(["GET", "POST"])
def delete(request: HttpRequest, case_id, entry_id: int) -> HttpResponse:
    case = get_case(request, case_id)
    entry = _get_entry(case, entry_id)
    if request.method == "POST":
        entry.delete()
        messages.success(request, "这条记录和它的附件已经删除。")
        return redirect("evidence:log", case.id)
    return render(request, "evidence/entry_delete.html", {"case": case, "entry": entry})


@require_GET
def download(request: HttpRequest, case_id, attachment_id: int) -> HttpResponse:
    case = get_case(request, case_id)
    try:
        attachment = Attachment.objects.get(pk=attachment_id, entry__case=case)
    except Attachment.DoesNotExist:
        raise Http404("没有找到这个文件") from None
    try:
        chunks = attachment.open_chunks()  # streamed: a 20 MB file never sits in memory whole
    except FileNotFoundError:
        raise Http404("这个文件找不到了") from None
    response = StreamingHttpResponse(chunks, content_type=attachment.mime)
    response["Content-Length"] = str(attachment.size)
    name = download_name(attachment.original_name, attachment.mime)
    response["Content-Disposition"] = content_disposition_header(True, name)
    response["X-Content-Type-Options"] = "nosniff"
    return _private(response)


@require_http_methods(["GET", "POST"])
def checklist(request: HttpRequest, case_id) -> HttpResponse:
    case = get_case(request, case_id)
    items = casefile.load(case).advice.evidence
    ticked = set(ChecklistTick.objects.filter(case=case).values_list("code", flat=True))
    if request.method == "POST":
        form = ChecklistForm(items, request.POST)
        if form.is_valid():
            chosen = set(form.cleaned_data["ticked"])
            shown = {item.code for item in items}
            with transaction.atomic():
                # Only the items on this page change: a tick for an item another scenario
                # listed earlier stays until that item is shown and unticked.
                ChecklistTick.objects.filter(case=case, code__in=shown - chosen).delete()
                ChecklistTick.objects.bulk_create(
                    [ChecklistTick(case=case, code=code) for code in chosen - ticked], ignore_conflicts=True
                )
                Case.touch(case.pk)  # bulk_create sends no post_save: ticking counts as a touch
            messages.success(request, "已经保存。")
            return redirect("evidence:checklist", case.id)
    else:
        form = ChecklistForm(items, initial={"ticked": sorted(ticked)})
    return render(request, "evidence/checklist.html", {"case": case, "form": form, "items": items})


@require_GET
def index(request: HttpRequest, case_id) -> HttpResponse:
    case = get_case(request, case_id)
    rows = evidence_index.evidence_index(evidence_log.read(case))
    return render(request, "evidence/index.html", {"case": case, "rows": rows, "now": timezone.now()})


@require_GET
def export_csv(request: HttpRequest, case_id) -> HttpResponse:
    case = get_case(request, case_id)
    # UTF-8 with a byte-order mark: without it Excel on Chinese Windows reads the file as GBK.
    body = csvfile.log_csv(evidence_log.read(case)).encode("utf-8-sig")
    response = HttpResponse(body, content_type="text/csv; charset=utf-8")
    name = f"证据记录-{timezone.localtime():%Y%m%d}.csv"
    response["Content-Disposition"] = content_disposition_header(True, name)
    return _private(response)
