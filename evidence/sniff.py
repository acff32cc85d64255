"""What an uploaded file really is, read from its bytes (never from its name).

`sniff(data)` names the one accepted format the bytes are, or raises `Refused` with a message a
frightened person can act on. The head of the file is read by the `filetype` library; on top of
that come our own checks for files that are two formats at once (a screenshot with a ZIP, PDF or
web page hidden after its end, a "GIFAR"): a browser, an archive tool or a PDF reader could each
open such a file as something else, so it is refused.

>>> sniff(b"#!AMR\\n" + bytes(40)).mime
'audio/amr'
"""

import re
import struct
from dataclasses import dataclass

import filetype
from filetype.types import TYPES as ALL_TYPES


@dataclass(frozen=True)
class Format:
    kind: str  # "image", "audio" or "pdf": how the log shows it
    mime: str  # the type the file is served with
    label: str  # how a person knows it


# The accepted formats, keyed by the MIME type `filetype` reports.
ACCEPTED = {
    "image/jpeg": Format("image", "image/jpeg", "JPEG"),
    "image/png": Format("image", "image/png", "PNG"),
    "image/webp": Format("image", "image/webp", "WebP"),
    "image/heic": Format("image", "image/heic", "HEIC"),
    "audio/mp4": Format("audio", "audio/mp4", "m4a"),
    "audio/mpeg": Format("audio", "audio/mpeg", "mp3"),
    "audio/amr": Format("audio", "audio/amr", "amr"),
    "audio/x-wav": Format("audio", "audio/wav", "wav"),
    "application/pdf": Format("pdf", "application/pdf", "PDF"),
}
ACCEPTED_TEXT = "截图或照片（JPEG、PNG、WebP、HEIC）、录音（m4a、mp3、amr、wav）或 PDF 文件"

# Formats that share one container and so legitimately match together (an m4a is also an "mp4").
_ISO_BMFF = {
    "audio/mp4",
    "video/mp4",
    "video/quicktime",
    "video/3gpp",
    "video/x-m4v",
    "image/heic",
    "image/avif",
}

# Things that must not hide anywhere inside a file we keep. Each pattern is long enough that it
# practically never occurs by chance in compressed audio or image data (a 20 MB file has about
# a 1 in 50,000 chance of holding a given 5-byte string).
_HTML = re.compile(
    rb"<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|script[\s>/]|iframe[\s>/]|svg[\s>/]|object[\s>/]"
    rb"|embed[\s>/]|\?php|meta\s+http-equiv)",
    re.IGNORECASE,
)
_PDF = b"%PDF-"
_ARCHIVES = (b"Rar!\x1a\x07", b"7z\xbc\xaf\x27\x1c")


class Refused(ValueError):
    """The file is not kept; str(error) says why, in plain Chinese."""


def _has(data, needle: bytes) -> bool:
    """`needle in data` for bytes and for a memory-mapped file (whose `in` looks for one byte)."""
    return data.find(needle) >= 0


def _zip_inside(data: bytes) -> bool:
    # A ZIP (and so a JAR, APK or Office file) is read from its end-of-central-directory record,
    # wherever the rest of the file starts; it needs a central directory entry too.
    return _has(data, b"PK\x05\x06") and _has(data, b"PK\x01\x02")


def hidden_formats(data: bytes, head_mime: str | None) -> list[str]:
    """Dangerous formats found anywhere in the bytes, besides the one the file starts as."""
    found = []
    if _zip_inside(data):
        found.append("ZIP")
    if head_mime != "application/pdf" and _has(data, _PDF):
        found.append("PDF")
    if _HTML.search(data):
        found.append("HTML")
    if any(_has(data, sig) for sig in _ARCHIVES):
        found.append("archive")
    return found


def _jpeg_end(data: bytes) -> int | None:
    """Offset just after the JPEG's end-of-image marker, by walking its segments."""
    i = 2
    n = len(data)
    while i + 2 <= n:
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker == 0xD9:
            return i + 2
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            i += 2
            continue
        if i + 4 > n:
            return None
        (length,) = struct.unpack(">H", data[i + 2 : i + 4])
        i += 2 + length
        if marker == 0xDA:  # start of scan: entropy-coded data up to the next real marker
            while i + 1 < n:
                if data[i] == 0xFF and data[i + 1] != 0x00 and not 0xD0 <= data[i + 1] <= 0xD7:
                    break
                i += 1
    return None


def _png_end(data: bytes) -> int | None:
    i = 8
    while i + 12 <= len(data):
        (length,) = struct.unpack(">I", data[i : i + 4])
        chunk = data[i + 4 : i + 8]
        i += 12 + length
        if chunk == b"IEND":
            return i
    return None


def _riff_end(data: bytes) -> int | None:
    (size,) = struct.unpack("<I", data[4:8])
    if size in (0, 0xFFFFFFFF) or 8 + size > len(data):
        # Recorders that stream to disk often leave the size unset or too big: the file is
        # then read to its end, as players do, and there is nothing after it.
        return len(data)
    return 8 + size + (size & 1)


def _bmff_end(data: bytes) -> int | None:
    """End of the last well-formed top-level box of an ISO media file (m4a, HEIC)."""
    i = 0
    n = len(data)
    while i + 8 <= n:
        (size,) = struct.unpack(">I", data[i : i + 4])
        kind = data[i + 4 : i + 8]
        if not re.fullmatch(rb"[\x20-\x7e\xa9]{4}", kind):  # box types are printable four-letter codes
            break
        if size == 1:
            if i + 16 > n:
                break
            (size,) = struct.unpack(">Q", data[i + 8 : i + 16])
        elif size == 0:
            return n
        if size < 8 or i + size > n:
            break
        i += size
    return i


def _pdf_end(data: bytes) -> int | None:
    at = data.rfind(b"%%EOF")
    return None if at < 0 else at + 5


_ENDS = {
    "image/jpeg": _jpeg_end,
    "image/png": _png_end,
    "image/webp": _riff_end,
    "audio/x-wav": _riff_end,
    "audio/mp4": _bmff_end,
    "image/heic": _bmff_end,
    "application/pdf": _pdf_end,
}


def _trailer(data: bytes, mime: str) -> bytes:
    """What comes after the end of the file's own format (empty when nothing does)."""
    finder = _ENDS.get(mime)
    if finder is None:  # mp3 and amr are plain streams of frames with no end marker
        return b""
    try:
        end = finder(data)
    except struct.error:
        end = None
    if end is None:
        raise Refused("文件内容不完整或已损坏，请重新导出后再上传。")
    return data[end:].strip(b"\x00\r\n\t ")


def _head_mimes(head: bytes) -> set[str]:
    return {t.mime for t in ALL_TYPES if t.match(head)}


def _audio_only_mp4(data: bytes) -> bool:
    """Many Android recorders save m4a with a generic "isom"/"mp42" brand: accept it when it
    carries sound and no picture."""
    return _has(data, b"soun") and re.search(rb"hdlr.{8}vide", data, re.S) is None


def sniff(data: bytes) -> Format:
    """The accepted format of these bytes, or Refused with the reason."""
    if not data:
        raise Refused("这是一个空文件。")
    head = data[:8192]
    kind = filetype.guess(head)
    mime = kind.mime if kind else None
    if mime is None and head.startswith(b"#!AMR-WB\n"):  # wide-band AMR, which filetype misses
        mime = "audio/amr"
    if mime in ("video/mp4", "video/quicktime") and _audio_only_mp4(data):
        mime = "audio/mp4"
    if mime not in ACCEPTED:
        raise Refused(f"只能上传{ACCEPTED_TEXT}。这个文件不是这些类型（我们看的是文件内容，不是文件名）。")
    matches = _head_mimes(head)
    if matches - _ISO_BMFF and len({m if m not in _ISO_BMFF else "bmff" for m in matches}) > 1:
        raise Refused(_two_formats())
    if hidden_formats(data, mime):
        raise Refused(_two_formats())
    trailer = _trailer(data, mime)
    if trailer and (filetype.guess(trailer[:8192]) is not None or trailer[:2] in (b"MZ", b"\x7fE")):
        raise Refused(_two_formats())
    return ACCEPTED[mime]


def _two_formats() -> str:
    return (
        "这个文件同时像好几种文件（例如图片后面藏着压缩包、PDF 或网页），为了你的安全不能保存。"
        "请重新截图、拍照或导出后再上传。"
    )
