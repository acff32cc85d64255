"""Links, including the disguised forms scam SMS use (kind="link", code="url").

Found with or without a scheme, with full-width letters ("ｈｔｔｐ"), spaces or odd dots
("www . xx . com", "xx。com", "xx点com", "xx[.]com"). The value is a normalised URL
("http://t.cn/abcd12") that a caller can defang before display. `link_risk` says why a link
is suspicious on its own (short link, raw IP, app download, disguised, cheap TLD).

>>> [h.value for h in detect_links("请点击t.cn/abcd12处理", "请点击t.cn/AbCd12处理")]
[('http://t.cn/AbCd12', False)]
"""

from __future__ import annotations

import re

from .hits import Hit
from .text import each

# Common TLDs in Chinese SMS links; the cheap ones are favoured by phishing kits (公安反诈 warnings).
CHEAP_TLDS = (
    "top",
    "xyz",
    "vip",
    "icu",
    "club",
    "site",
    "online",
    "shop",
    "wang",
    "ink",
    "link",
    "live",
    "fun",
    "work",
    "tk",
    "ml",
    "ga",
    "gq",
    "cf",
    "buzz",
    "cyou",
    "sbs",
    "cfd",
    "bond",
    "press",
    "loan",
    "win",
    "bid",
    "life",
    "store",
    "tech",
    "space",
    "website",
    "pw",
    "rest",
    "fit",
    "ren",
    "kim",
    "red",
    "pro",
)
TLDS = (
    "com",
    "cn",
    "net",
    "org",
    "cc",
    "me",
    "im",
    "io",
    "co",
    "info",
    "app",
    "ly",
    "gl",
    "gd",
    "tv",
    "biz",
    "mobi",
    "asia",
    "hk",
    "tw",
    "so",
    "gg",
    "in",
    "la",
    "to",
    "ws",
    "us",
    "gov.cn",
    "com.cn",
    "net.cn",
    "org.cn",
    *CHEAP_TLDS,
)
# URL shorteners seen in Chinese SMS (新浪 t.cn, 百度 dwz, 腾讯 url.cn…) and international ones.
SHORTENERS = (
    "t.cn",
    "dwz.cn",
    "dwz.date",
    "dwz.win",
    "url.cn",
    "w.url.cn",
    "suo.im",
    "suo.nz",
    "bit.ly",
    "tinyurl.com",
    "is.gd",
    "v.gd",
    "goo.gl",
    "ow.ly",
    "t.co",
    "u.nu",
    "6du.in",
    "mrw.so",
    "sohu.gg",
    "reurl.cc",
    "rrd.me",
    "kks.me",
    "j.mp",
    "rb.gy",
    "cutt.ly",
    "buff.ly",
    "0x3.me",
    "c.tb.cn",
    "m.tb.cn",
    "tb.cn",
    "3.cn",
    "u.jd.com",
    "s.xiaohongshu.com",
    "xhslink.com",
    "v.douyin.com",
    "m6z.cn",
    "985.so",
    "dwz.mk",
    "sina.lt",
    "qr.net",
)

_TLD_ALT = "|".join(sorted((re.escape(t) for t in TLDS), key=len, reverse=True))
# A dot, or a disguised one: "。", "点", "[.]", "(.)", with at most one space either side.
_DOT = r"(?: ?(?:\.|。|·|点|\[\.\]|\(\.\)) ?)"
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_PATH = r"(?:[/?#][a-z0-9\-._~%!$&'*+,;=:@/?#]{0,200})?"
_PORT = r"(?::\d{1,5})?"
# Three patterns, each starting with a literal or one character class so `re` skips ahead fast
# (see text.words): scheme links (anything up to a space or a Chinese character), bare IPs with a
# port or a path, and bare domains at most 10 labels deep.
_URL_CHARS = r"[a-z0-9\-._~%!$&'*+,;=:@/?#\[\]()]"
SCHEME_LINK_RE = re.compile(
    each(("http", "https", "hxxp", "hxxps", "h**p", "h**ps", "ftp"), rf" ?: ?/ ?/ ?{_URL_CHARS}{{1,250}}")
)
IP_LINK_RE = re.compile(
    r"[0-9](?<![0-9.].)[0-9]{0,2}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}(?::[0-9]{1,5}|/)[a-z0-9\-._~%/?#=&]{0,200}"
)
DOMAIN_LINK_RE = re.compile(
    rf"[a-z0-9](?<![a-z0-9@._-].)(?:[a-z0-9-]{{0,61}}[a-z0-9])?{_DOT}(?:{_LABEL}{_DOT}){{0,9}}(?:{_TLD_ALT})(?![a-z0-9]){_PORT}{_PATH}"
)
LINK_RES = (SCHEME_LINK_RE, IP_LINK_RE, DOMAIN_LINK_RE)
_SCHEME_RE = re.compile(r"^(?:https?|hxxps?|h\*\*ps?|ftp) ?: ?/ ?/ ?")
_IP_HOST_RE = re.compile(r"^[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}$")
_DOWNLOAD_RE = re.compile(r"\.apk\b|/download|/dl/|/app/|/apk|down\.|download\.")
_CHEAP_RE = re.compile(r"\.(?:" + "|".join(CHEAP_TLDS) + r")$")
_TRAILING = ".,;:!?)]'\""


def _clean(raw: str) -> tuple[str, bool]:
    """Normalised URL and whether the written form was disguised (spaces, odd dots, hxxp)."""
    disguised = any(c in raw for c in " 。·点[]()") or raw.startswith(("hxxp", "h**p"))
    url = raw.replace("[.]", ".").replace("(.)", ".")
    url = url.replace(" ", "").replace("。", ".").replace("·", ".").replace("点", ".")
    m = _SCHEME_RE.match(raw.lower())
    scheme = "http"
    if m:
        scheme = "https" if "s" in m.group().replace("hxxp", "").replace("h**p", "").split(":")[0] else "http"
        url = url[len(m.group().replace(" ", "")) :]
    url = url.rstrip(_TRAILING)
    host = host_of(url)
    return f"{scheme}://{host.lower()}{url[len(host) :]}", disguised


def host_of(url: str) -> str:
    rest = url.split("://", 1)[-1]
    return re.split(r"[/?#:]", rest, maxsplit=1)[0]


def is_government(url: str) -> bool:
    """A link on a mainland government domain (*.gov.cn), e.g. a court's e-service platform.

    >>> is_government("https://zxfw.court.gov.cn/x"), is_government("http://court-gov.cn.top/x")
    (True, False)
    """
    host = host_of(url)
    return host == "gov.cn" or host.endswith(".gov.cn")


# The domains banks and the largest lenders publish for their own sites and apps, by the names
# they sign their SMS with (each from the institution's own site; legal-facts 9.3: check through
# the official site or app). A lender's link on its own domain, in a message signed with its
# name, is how real bills are sent; a look-alike ("cmbchina-pay.com") does not match.
OFFICIAL_DOMAINS: dict[str, tuple[str, ...]] = {
    "招商银行": ("cmbchina.com", "cmbc.cn"),
    "工商银行": ("icbc.com.cn",),
    "中国工商银行": ("icbc.com.cn",),
    "建设银行": ("ccb.com",),
    "中国建设银行": ("ccb.com",),
    "中国银行": ("boc.cn", "bankofchina.com"),
    "农业银行": ("abchina.com",),
    "中国农业银行": ("abchina.com",),
    "交通银行": ("bankcomm.com",),
    "邮储银行": ("psbc.com",),
    "中国邮政储蓄银行": ("psbc.com",),
    "浦发银行": ("spdb.com.cn",),
    "中信银行": ("citicbank.com",),
    "光大银行": ("cebbank.com",),
    "民生银行": ("cmbc.com.cn",),
    "兴业银行": ("cib.com.cn",),
    "平安银行": ("pingan.com", "pingan.com.cn"),
    "广发银行": ("cgbchina.com.cn",),
    "华夏银行": ("hxb.com.cn",),
    "支付宝": ("alipay.com",),
    "花呗": ("alipay.com",),
    "借呗": ("alipay.com",),
    "京东金融": ("jd.com", "jdpay.com"),
    "美团": ("meituan.com",),
    "度小满": ("duxiaoman.com",),
    "微众银行": ("webank.com",),
}


def on_domain(url: str, domains: tuple[str, ...]) -> bool:
    """The link's host is one of these registrable domains or a subdomain of one.

    >>> cmb = ("cmbchina.com",)
    >>> on_domain("https://cmbchina.com/x", cmb), on_domain("http://cmbchina.com.vip/x", cmb)
    (True, False)
    """
    host = host_of(url)
    return any(host == d or host.endswith("." + d) for d in domains)


def official_domains_named(text: str) -> tuple[str, ...]:
    """The official domains of every institution named in the text."""
    return tuple(d for name, domains in OFFICIAL_DOMAINS.items() if name in text for d in domains)


def link_risk(url: str, disguised: bool) -> str | None:
    """Why this link is suspicious on its own, or None for a plain well-formed link."""
    host = host_of(url)
    if disguised:
        return "disguised"
    if host in SHORTENERS or any(host.endswith("." + s) for s in SHORTENERS):
        return "short"
    if _IP_HOST_RE.match(host):
        return "ip"
    if _DOWNLOAD_RE.search(url):
        return "download"
    if _CHEAP_RE.search(host):
        return "cheap_tld"
    return None


def detect_links(t: str, cased: str = "") -> list[Hit]:
    """Link hits in normalised text `t` (`cased`: the same text in its original case, so short-link
    paths keep their case). Value = (normalised URL, disguised?)."""
    cased = cased if len(cased) == len(t) else t
    hits: list[Hit] = []
    taken: list[tuple[int, int]] = []
    matches = [m for rx in LINK_RES for m in rx.finditer(t)]
    for m in sorted(matches, key=lambda m: (m.start(), -m.end())):
        if m.start() > 0 and t[m.start() - 1] in "@._-0123456789abcdefghijklmnopqrstuvwxyz":
            continue  # the middle of a longer token (or an e-mail address)
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        trimmed = m.group().rstrip(_TRAILING)
        if not trimmed:
            continue
        taken.append((m.start(), m.start() + len(trimmed)))
        url, disguised = _clean(cased[m.start() : m.start() + len(trimmed)])
        if host_of(url) in ("", "."):
            continue
        hits.append(Hit("link", "url", m.start(), m.start() + len(trimmed), (url, disguised)))
    return hits
