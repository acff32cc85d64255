"""A case file as a ZIP: `case-<uuid>.json` plus any files, for one case or all of a user's.

Other apps add their part of a case through a small registry, from their AppConfig.ready():

    from cases import export

    def evidence_section(case):
        items = [...]                                    # JSON-able
        files = [("evidence/photo-1.jpg", b"...")]       # path inside the case's folder, bytes
        return "evidence", items, files

    export.register(evidence_section, label="证据记录")

Each case's JSON holds `id`, `title`, `created`, `updated`, `submitted`, `answers` and, under
`extras`, one key per registered section. Files go under `case-<uuid>/` in the ZIP. The same
sections are listed on the delete confirmation page, so a person sees what will go.
"""

import io
import json
import posixpath
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone

from .models import Case

Section = tuple[str, object, list[tuple[str, bytes]]]
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
    files: list[tuple[str, bytes]] = field(default_factory=list)  # (path inside the ZIP, bytes)
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


def zip_bytes(cases: Iterable[Case]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for case in cases:
            case_file = collect(case)
            text = json.dumps(case_file.data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
            archive.writestr(f"{case_file.folder}.json", text)
            for path, content in case_file.files:
                archive.writestr(path, content)
    return buffer.getvalue()


def filename(prefix: str) -> str:
    return f"{prefix}-{timezone.localdate():%Y%m%d}.zip"
