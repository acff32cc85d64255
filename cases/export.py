"""A case file as a ZIP: `case-<uuid>.json` plus any files, for one case or all of a user's.

Other apps add their part of a case through a small registry, from their AppConfig.ready():

    from cases import export

    def evidence_section(case):
        items = [...]                                    # JSON-able
        files = [("evidence/photo-1.jpg", b"...")]       # path inside the case's folder, bytes
        return "evidence", items, files

    export.register(evidence_section, label="证据记录")

A file's content may be given as a function that returns the bytes: it is then read only when
the ZIP is written, one file at a time, so a case with hundreds of megabytes of evidence never
sits in memory at once. The ZIP itself is built in a temporary file (`zip_file`), which the
views serve as a file response.

Each case's JSON holds `id`, `title`, `created`, `updated`, `submitted`, `answers` and, under
`extras`, one key per registered section; `missing_files` lists the files that were named but
could not be read from storage (the rest of the export goes on). Files go under `case-<uuid>/`
in the ZIP. The same sections are listed on the delete confirmation page, so a person sees
what will go.
"""

import io
import json
import logging
import posixpath
import tempfile
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone

from .models import Case

log = logging.getLogger(__name__)

Content = bytes | Callable[[], bytes | Iterable[bytes]]
Section = tuple[str, object, list[tuple[str, Content]]]
# Already-compressed media gain nothing from deflate but its time; the JSON is deflated.
_STORED_SUFFIXES = (".jpg", ".png", ".webp", ".heic", ".m4a", ".mp3", ".amr", ".pdf")
_SECTIONS: list[Callable[[Case], Section]] = []
# What each section is called on the delete page ("会删除这些"), by section name.
LABELS: dict[str, str] = {"evidence": "证据记录", "documents": "文书和投诉记录"}


def register(fn: Callable[[Case], Section], label: str | None = None) -> Callable[[Case], Section]:
    """Add a section to every export. Registering the same function twice adds it once.

    `label` names the section for people (the delete page); without one, LABELS or the name is used.
    """
    if fn not in _SECTIONS:
        _SECTIONS.append(fn)
    if label:
        fn.export_label = label
    return fn


def unregister(fn: Callable[[Case], Section]) -> None:
    if fn in _SECTIONS:
        _SECTIONS.remove(fn)


@dataclass
class CaseFile:
    """Everything stored about one case, as it goes into the ZIP."""

    case: Case
    data: dict
    files: list[tuple[str, Content]] = field(default_factory=list)  # (path inside the ZIP, bytes)
    labels: dict[str, str] = field(default_factory=dict)  # section name -> what people call it

    @property
    def folder(self) -> str:
        return f"case-{self.case.id}"


def _safe_path(path: str) -> str:
    """A relative path with no way out of the case's folder."""
    parts = [p for p in posixpath.normpath("/" + path.replace("\\", "/")).split("/") if p not in ("", "..")]
    return "/".join(parts) or "file"


def collect(case: Case) -> CaseFile:
    folder = f"case-{case.id}"
    data = {
        "id": str(case.id),
        "title": case.display_title,
        "created": case.created,
        "updated": case.updated,
        "submitted": case.submitted,
        "answers": case.answers,
        "extras": {},
    }
    files, labels = [], {}
    for section in _SECTIONS:
        name, section_data, section_files = section(case)
        data["extras"][name] = section_data
        labels[name] = getattr(section, "export_label", None) or LABELS.get(name, name)
        files += [(f"{folder}/{_safe_path(path)}", content) for path, content in section_files]
    return CaseFile(case=case, data=data, files=files, labels=labels)


def write_zip(cases: Iterable[Case], target) -> None:
    """Write the cases' ZIP to the binary file `target`, reading one stored file at a time."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for case in cases:
            case_file = collect(case)
            missing = []
            for path, content in case_file.files:
                try:
                    data = content() if callable(content) else content
                except FileNotFoundError:
                    # Report it and carry on: one lost file must not cost the person the rest.
                    log.warning("export: a file of case %s is missing from storage", case.pk)
                    missing.append(path)
                    continue
                info = zipfile.ZipInfo(path, date_time=timezone.localtime().timetuple()[:6])
                stored = path.lower().endswith(_STORED_SUFFIXES)
                info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
                with archive.open(info, "w", force_zip64=True) as member:
                    for chunk in [data] if isinstance(data, bytes) else data:
                        member.write(chunk)
                del data
            case_file.data["missing_files"] = missing
            text = json.dumps(case_file.data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
            archive.writestr(f"{case_file.folder}.json", text)


def zip_file(cases: Iterable[Case]):
    """The cases' ZIP in a temporary file (deleted when closed), positioned at its start."""
    target = tempfile.TemporaryFile()
    try:
        write_zip(cases, target)
    except BaseException:
        target.close()
        raise
    target.seek(0)
    return target


def zip_bytes(cases: Iterable[Case]) -> bytes:
    buffer = io.BytesIO()
    write_zip(cases, buffer)
    return buffer.getvalue()


def filename(prefix: str) -> str:
    return f"{prefix}-{timezone.localdate():%Y%m%d}.zip"
