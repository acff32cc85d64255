"""The whole log as a spreadsheet (CSV), oldest first, safe to open in Excel or WPS.

text = log_csv(log)   # the caller adds the BOM and the encoding
"""

import csv
import io

from django.utils import timezone

from .log import Log
from .timeline import items

# Spreadsheet programs run a cell starting with one of these as a formula (CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
FULL_WIDTH_FORMULA_START = ("＝", "＋", "－", "＠")

CSV_HEADER = (
    "时间",
    "联系方式",
    "对方号码或账号",
    "联系了谁",
    "是否接通",
    "内容",
    "发现的问题",
    "附件",
    "SHA-256",
    "收到文件的时间",
)


def csv_safe(value) -> str:
    """A cell value a spreadsheet will show as text, never run.

    Spreadsheets skip leading whitespace (spaces, tabs, line breaks) before a formula, so a
    cell that starts with whitespace and then = + - @ is neutralised too.

    >>> csv_safe("=HYPERLINK(1)"), csv_safe("13800000000"), csv_safe(" \t=1+1")
    ("'=HYPERLINK(1)", '13800000000', "' \t=1+1")
    """
    text = "" if value is None else str(value)
    risky = text.startswith(FORMULA_START) or text.lstrip().startswith(
        FORMULA_START + FULL_WIDTH_FORMULA_START
    )
    return "'" + text if risky else text


def log_csv(log: Log) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    for item in items(log):
        e, files = item.entry, item.files
        row = (
            f"{timezone.localtime(e.at):%Y-%m-%d %H:%M}",
            e.channel_label,
            e.source,
            e.target_label,
            ("是" if e.answered else "否") if e.channel == "call" else "",
            e.text,
            "、".join(flag.label for flag in item.flags),
            "\n".join(f.original_name for f in files),
            "\n".join(f.sha256 for f in files),
            "\n".join(f"{timezone.localtime(f.received_at):%Y-%m-%d %H:%M:%S}" for f in files),
        )
        writer.writerow([csv_safe(value) for value in row])
    return out.getvalue()
