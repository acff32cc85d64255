"""Find every page and every form a person can reach, by following links like a person would.

The security tests walk the site instead of listing URLs, so the evidence log, the documents and
the account pages are covered as soon as the case page links to them, without a line changed here.

>>> pages = crawl(client.get, ["/", f"/case/{case.id}/"])         # doctest: +SKIP
>>> [f.action for page in pages.values() for f in page.forms]     # doctest: +SKIP
['/start/', '/case/…/resume-code/', …]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urlencode, urljoin, urlsplit

# Links a crawler must not follow, and forms the fuzzers must not send: they end the session or
# delete what the rest of the walk needs. Their own tests live with their apps.
SKIP_LINK = re.compile(r"^/(static|media)/|/logout/|/export/?$")
SKIP_FORM = re.compile(r"/(delete|logout)/|/accounts/delete/")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass
class Field:
    name: str
    kind: str  # text, textarea, radio, checkbox, select, hidden, file, number, datetime-local, …
    options: list[str] = field(default_factory=list)  # radio/checkbox values, select options
    value: str = ""
    maxlength: int | None = None


@dataclass
class Form:
    page: str  # the page it was found on
    action: str
    method: str = "post"
    enctype: str = "application/x-www-form-urlencoded"
    fields: dict[str, Field] = field(default_factory=dict)

    @property
    def multipart(self) -> bool:
        return self.enctype == "multipart/form-data"

    def defaults(self) -> dict[str, object]:
        """What a person pressing the button without touching anything sends."""
        data: dict[str, object] = {}
        for f in self.fields.values():
            if f.kind in ("radio", "checkbox"):
                continue
            if f.kind == "select":
                data[f.name] = f.value or (f.options[0] if f.options else "")
            elif f.kind != "file" and f.name != "csrfmiddlewaretoken":
                data[f.name] = f.value
        return data


@dataclass
class Page:
    path: str
    status: int
    html: str
    links: list[str] = field(default_factory=list)
    forms: list[Form] = field(default_factory=list)
    tags: list[tuple[str, dict[str, str]]] = field(default_factory=list)  # every start tag, in order


class PageParser(HTMLParser):
    def __init__(self, path: str):
        super().__init__(convert_charrefs=True)
        self.path = path
        self.links: list[str] = []
        self.forms: list[Form] = []
        self.tags: list[tuple[str, dict[str, str]]] = []
        self._form: Form | None = None
        self._select: Field | None = None
        self._textarea: Field | None = None

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        self.tags.append((tag, a))
        if tag == "a" and "href" in a:
            self.links.append(urljoin(self.path, a["href"]))
        elif tag == "form":
            method = a.get("method", "get").lower()
            self._form = Form(
                page=self.path,
                action=urljoin(self.path, a.get("action") or self.path),
                method=method,
                enctype=a.get("enctype", "application/x-www-form-urlencoded"),
            )
            if method == "post":
                self.forms.append(self._form)
        elif self._form is not None and tag in ("input", "textarea", "select", "button") and a.get("name"):
            name = a["name"]
            kind = {"textarea": "textarea", "select": "select"}.get(tag, a.get("type", "text").lower())
            if tag == "button" or kind in ("submit", "button", "reset", "image"):
                return
            f = self._form.fields.setdefault(name, Field(name, kind))
            if a.get("maxlength", "").isdigit():
                f.maxlength = int(a["maxlength"])
            if kind in ("radio", "checkbox"):
                f.options.append(a.get("value", "on"))
            elif kind == "select":
                self._select = f
            elif kind == "textarea":
                self._textarea = f
            else:
                f.value = a.get("value", "")
        elif tag == "option" and self._select is not None:
            self._select.options.append(a.get("value", ""))
            if "selected" in a:
                self._select.value = a.get("value", "")

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea.value += data

    def handle_endtag(self, tag):
        if tag == "form":
            # A GET form is a link whose query the person picks: follow it as first offered.
            if self._form is not None and self._form.method == "get":
                query = {k: v for k, v in self._form.defaults().items()}
                for f in self._form.fields.values():
                    if f.kind == "checkbox" and f.options:
                        query[f.name] = f.options
                self.links.append(self._form.action + "?" + urlencode(query, doseq=True))
            self._form = None
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None


def parse(path: str, status: int, html: str) -> Page:
    parser = PageParser(path)
    parser.feed(html)
    return Page(path, status, html, parser.links, parser.forms, parser.tags)


def same_site_path(url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme not in ("", "http", "https") or parts.netloc not in ("", "testserver", "127.0.0.1"):
        return None
    if parts.netloc == "127.0.0.1":  # never: a live server always has a port
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def crawl(fetch: Callable[[str], tuple[int, str]], start: list[str], limit: int = 80) -> dict[str, Page]:
    """Breadth-first over same-site links from `start`. `fetch(path) -> (status, html)`."""
    pages: dict[str, Page] = {}
    queue = list(start)
    while queue and len(pages) < limit:
        path = queue.pop(0)
        if path in pages or SKIP_LINK.search(urlsplit(path).path):
            continue
        status, html = fetch(path)
        page = parse(path, status, html)
        pages[path] = page
        for link in page.links:
            target = same_site_path(link.split("#")[0])
            if target and target not in pages:
                queue.append(target)
    return pages


def client_fetch(client) -> Callable[[str], tuple[int, str]]:
    """A `fetch` for the Django test client: HTML pages only, redirects followed."""

    def fetch(path: str) -> tuple[int, str]:
        response = client.get(path, follow=True)
        kind = response.get("Content-Type", "")
        return response.status_code, response.content.decode() if kind.startswith("text/html") else ""

    return fetch


def post_forms(pages: dict[str, Page]) -> list[Form]:
    """Every distinct POST form found (by action), except the ones that delete or log out."""
    seen: dict[str, Form] = {}
    for page in pages.values():
        for form in page.forms:
            path = urlsplit(form.action).path
            if not SKIP_FORM.search(path):
                seen.setdefault(path, form)
    return list(seen.values())


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))
