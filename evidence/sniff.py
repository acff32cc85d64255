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


# MPEG audio: bitrates (kbit/s) by version and layer, sample rates by version.
_MP3_BITRATES = {
    (3, 1): [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
    (3, 2): [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
    (3, 3): [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
    (2, 1): [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
    (2, 2): [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
}
_MP3_RATES = {3: [44100, 48000, 32000], 2: [22050, 24000, 16000], 0: [11025, 12000, 8000]}


def _mp3_frame_length(header: bytes) -> int | None:
    """Length of the MPEG audio frame starting with these 4 bytes, or None if it is not one."""
    if len(header) < 4 or header[0] != 0xFF or header[1] & 0xE0 != 0xE0:
        return None
    version = (header[1] >> 3) & 3  # 3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5
    layer = 4 - ((header[1] >> 1) & 3)  # 1, 2 or 3
    bitrate_index, rate_index = header[2] >> 4, (header[2] >> 2) & 3
    if version == 1 or layer == 4 or bitrate_index in (0, 15) or rate_index == 3:
        return None
    table = _MP3_BITRATES[(3, layer)] if version == 3 else _MP3_BITRATES[(2, 1 if layer == 1 else 2)]
    bitrate, rate, padding = (
        table[bitrate_index] * 1000,
        _MP3_RATES[version][rate_index],
        (header[2] >> 1) & 1,
    )
    if layer == 1:
        return (12 * bitrate // rate + padding) * 4
    return (144 if version == 3 or layer == 2 else 72) * bitrate // rate + padding


def _mp3_end(data: bytes) -> int | None:
    """End of the last MPEG audio frame, after an ID3v2 tag at the start; an ID3v1 or APE tag at
    the end belongs to the file too."""
    i = 0
    if data[:3] == b"ID3" and len(data) >= 10:
        size = (data[6] & 0x7F) << 21 | (data[7] & 0x7F) << 14 | (data[8] & 0x7F) << 7 | (data[9] & 0x7F)
        i = 10 + size + (10 if data[5] & 0x10 else 0)
    n = len(data)
    frames = 0
    while i < n:
        length = _mp3_frame_length(data[i : i + 4])
        if length is None or length < 4:
            break
        i += length
        frames += 1
    if not frames:
        return None
    end = min(i, n)
    rest = data[end:]
    if rest.startswith(b"APETAGEX") and len(rest) >= 32:  # an APE tag: its size follows the version
        (size,) = struct.unpack("<I", rest[12:16])
        end = min(n, end + 32 + size)
        rest = data[end:]
    if rest.startswith(b"TAG") and len(rest) <= 128:  # an ID3v1 tag, always the last 128 bytes
        end = n
    return end


# AMR: bytes after the one-byte frame header, by frame type (narrow band, then wide band).
_AMR_NB = [12, 13, 15, 17, 19, 20, 26, 31, 5, None, None, None, None, None, None, 0]
_AMR_WB = [17, 23, 32, 36, 40, 46, 50, 58, 60, 5, None, None, None, None, 0, 0]


def _amr_end(data: bytes) -> int | None:
    wide = data.startswith(b"#!AMR-WB\n")
    i, sizes = (9, _AMR_WB) if wide else (6, _AMR_NB)
    n = len(data)
    while i < n:
        header = data[i]
        # The storage format's frame header: F bit 0, frame type, Q bit, two zero padding bits.
        size = sizes[(header >> 3) & 0x0F] if header & 0x83 == 0 else None
        if size is None or i + 1 + size > n:
            break
        i += 1 + size
    return i


def _pdf_end(data: bytes) -> int | None:
    at = data.rfind(b"%%EOF")
    return None if at < 0 else at + 5


_ENDS = {
    "image/jpeg": _jpeg_end,
    "image/png": _png_end,
    "image/webp": _riff_end,
    "audio/x-wav": _riff_end,
    "audio/mpeg": _mp3_end,
    "audio/amr": _amr_end,
    "audio/mp4": _bmff_end,
    "image/heic": _bmff_end,
    "application/pdf": _pdf_end,
}


def _trailer(data: bytes, mime: str) -> bytes:
    """What comes after the end of the file's own format (empty when nothing does)."""
    finder = _ENDS[mime]
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
    if trailer and mime in _STRICT_CONTAINERS:
        # Recordings end where their container says: anything after it was added later.
        raise Refused(_trailing_data())
    return ACCEPTED[mime]


# Recordings whose declared sizes and frames are checked to the last byte.
_STRICT_CONTAINERS = {"audio/mpeg", "audio/amr", "audio/x-wav", "audio/mp4"}


def _trailing_data() -> str:
    return (
        "这个录音文件的结尾多出了一段不属于录音的数据，为了你的安全不能保存。"
        "请用手机自带的录音或通话录音功能重新导出后再上传。"
    )


# What a file of each format may be called when it is downloaded.
EXTENSIONS = {
    "image/jpeg": (".jpg", ".jpeg"),
    "image/png": (".png",),
    "image/webp": (".webp",),
    "image/heic": (".heic", ".heif"),
    "audio/mp4": (".m4a", ".mp4", ".aac"),
    "audio/mpeg": (".mp3",),
    "audio/amr": (".amr",),
    "audio/wav": (".wav",),
    "application/pdf": (".pdf",),
}


def download_name(name: str, mime: str) -> str:
    """The person's file name, made to end in its real format's extension: "invoice.exe"
    holding a PDF is served as "invoice.exe.pdf", never as something a computer would run."""
    allowed = EXTENSIONS.get(mime, (".bin",))
    return name if name.lower().endswith(allowed) else f"{name}{allowed[0]}"


def _two_formats() -> str:
    return (
        "这个文件同时像好几种文件（例如图片后面藏着压缩包、PDF 或网页），为了你的安全不能保存。"
        "请重新截图、拍照或导出后再上传。"
    )
