"""Files that no row names — a worker killed between writing a file and saving its row — are swept
by `purge_stale` once they are an hour old (issue 18, item 6)."""

import os
import subprocess
import sys
import time
from io import StringIO
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from evidence_helpers import png

from evidence.models import PendingUpload

ROOT = Path(__file__).resolve().parents[2]
HOUR = 3600


def _age(name: str, seconds: int) -> None:
    path = default_storage.path(name)
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_it_sweeps_files_no_row_names_once_they_are_an_hour_old(alice_case):
    kept = PendingUpload.store(alice_case, png(), "kept.png", "image", "image/png")
    old_orphan = default_storage.save("evidence/old.bin", ContentFile(b"token"))
    new_orphan = default_storage.save("evidence/new.bin", ContentFile(b"token"))
    _age(old_orphan, 2 * HOUR)
    _age(kept.blob.name, 2 * HOUR)
    out = StringIO()
    call_command("purge_stale", stdout=out)
    assert "1 stored files no record names" in out.getvalue()
    assert not default_storage.exists(old_orphan)
    assert default_storage.exists(new_orphan)  # maybe an upload still in progress
    assert default_storage.exists(kept.blob.name)


def test_it_sweeps_the_file_of_a_worker_killed_mid_upload(tmp_path):
    env = {
        **os.environ,
        "DEBUG": "1",
        "SQLITE_PATH": str(tmp_path / "db.sqlite3"),
        "MEDIA_ROOT": str(tmp_path / "media"),
    }
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--noinput"], env=env, cwd=ROOT, check=True, capture_output=True)
    # The file is written, then the process dies (SIGKILL-like: no cleanup) before the row is saved.
    killed = subprocess.run(
        [*manage, "shell", "-c",
         "import os; from cases.models import Case; from evidence.models import PendingUpload as P; "
         "P.save = lambda self, *a, **k: os._exit(9); "
         "P.store(Case.objects.create(), b'\\x89PNG', 'a.png', 'image', 'image/png')"],
        env=env, cwd=ROOT, capture_output=True,
    )  # fmt: skip
    assert killed.returncode == 9
    [orphan] = (tmp_path / "media" / "evidence").iterdir()
    then = time.time() - 2 * HOUR
    os.utime(orphan, (then, then))
    purge = subprocess.run(
        [*manage, "purge_stale"], env=env, cwd=ROOT, check=True, capture_output=True, text=True
    )
    assert "1 stored files no record names" in purge.stdout
    assert not orphan.exists()
