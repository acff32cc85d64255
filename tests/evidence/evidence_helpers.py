"""Small, well-formed sample files of every accepted format, built in code, and log helpers."""

import struct
import zlib
from datetime import datetime

from django.core.files.uploadedfile import SimpleUploadedFile

from cases.core.rules import CHINA_TZ
from evidence.models import Entry


def png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
        + chunk(b"IEND", b"")
    )


def _segment(marker: int, payload: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def jpeg(comment: bytes = b"") -> bytes:
    parts = [b"\xff\xd8", _segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")]
    if comment:
        parts.append(_segment(0xFE, comment))
    parts += [
        _segment(0xDB, b"\x00" + bytes(range(1, 65))),
        _segment(0xC0, b"\x08\x00\x01\x00\x01\x01\x01\x11\x00"),
        _segment(0xC4, b"\x00" + b"\x01" + bytes(15) + b"\x00"),
        _segment(0xDA, b"\x01\x01\x00\x00\x3f\x00"),
        b"\x12\x34\xff\x00\x56\xff\xd0\x78",  # entropy-coded data with a stuffed byte and a restart marker
        b"\xff\xd9",
    ]
    return b"".join(parts)


def webp() -> bytes:
    body = b"WEBP" + b"VP8L" + struct.pack("<I", 6) + b"\x2f\x00\x00\x00\x00\x00"
    return b"RIFF" + struct.pack("<I", len(body)) + body


def wav() -> bytes:
    fmt = b"fmt " + struct.pack("<IHHIIHH", 16, 1, 1, 8000, 16000, 2, 16)
    data = b"data" + struct.pack("<I", 8) + bytes(8)
    body = b"WAVE" + fmt + data
    return b"RIFF" + struct.pack("<I", len(body)) + body


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload) + 8) + kind + payload


def _hdlr(handler: bytes) -> bytes:
    return _box(b"hdlr", bytes(8) + handler + bytes(12) + b"\x00")


def m4a(brand: bytes = b"M4A ") -> bytes:
    ftyp = _box(b"ftyp", brand + b"\x00\x00\x00\x00" + brand + b"isom")
    moov = _box(b"moov", _box(b"trak", _box(b"mdia", _hdlr(b"soun"))))
    return ftyp + moov + _box(b"mdat", bytes(32))


def mp4_video() -> bytes:
    ftyp = _box(b"ftyp", b"isom\x00\x00\x02\x00isomiso2mp41")
    moov = _box(
        b"moov", _box(b"trak", _box(b"mdia", _hdlr(b"vide"))) + _box(b"trak", _box(b"mdia", _hdlr(b"soun")))
    )
    return ftyp + moov + _box(b"mdat", bytes(32))


def heic() -> bytes:
    ftyp = _box(b"ftyp", b"heic\x00\x00\x00\x00mif1heic")
    return ftyp + _box(b"meta", bytes(4) + _hdlr(b"pict")) + _box(b"mdat", bytes(32))


def mp3() -> bytes:
    id3 = b"ID3\x03\x00\x00\x00\x00\x00\x0a" + bytes(10)
    frame = b"\xff\xfb\x90\x64" + bytes(413)
    return id3 + frame * 3


def amr() -> bytes:
    return b"#!AMR\n" + (b"\x3c" + bytes(31)) * 5


def pdf() -> bytes:
    return (
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
        b"trailer << /Root 1 0 R >>\n%%EOF\n"
    )


def zip_archive() -> bytes:
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n")
        z.writestr("Evil.class", b"\xca\xfe\xba\xbe" + bytes(16))
    return out.getvalue()


def gif() -> bytes:
    return (
        b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00"
        b"!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
    )


SAMPLES = {
    "shot.jpg": (jpeg, "image/jpeg", "image"),
    "shot.png": (png, "image/png", "image"),
    "shot.webp": (webp, "image/webp", "image"),
    "photo.heic": (heic, "image/heic", "image"),
    "call.m4a": (m4a, "audio/mp4", "audio"),
    "call.mp3": (mp3, "audio/mpeg", "audio"),
    "call.amr": (amr, "audio/amr", "audio"),
    "call.wav": (wav, "audio/wav", "audio"),
    "letter.pdf": (pdf, "application/pdf", "pdf"),
}


def upload(name: str, data: bytes, content_type: str = "application/octet-stream") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type=content_type)


def china(*args) -> datetime:
    """A time on a Beijing clock: china(2026, 11, 20, 23, 10)."""
    return datetime(*args, tzinfo=CHINA_TZ)


def log(case, at, channel="call", answered=True, target="me", source="13800000000", text="") -> Entry:
    return Entry.objects.create(
        case=case, at=at, channel=channel, answered=answered, target=target, source=source, text=text
    )


def form_data(**overrides) -> dict:
    data = {
        "at": "2026-11-20T23:10",
        "channel": "call",
        "source": "13800000000",
        "target": "me",
        "answered": "yes",
        "text": "",
    }
    data.update(overrides)
    return data
