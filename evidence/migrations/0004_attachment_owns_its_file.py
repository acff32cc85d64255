"""Each attachment owns its file. Rows that a double-submitted form left sharing one file each
get their own copy first (a missing file is left as it is: its rows get distinct names that
name nothing, so export and rotate_keys report them as missing)."""

import uuid

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import migrations, models
from django.db.models import Count


def give_each_row_its_own_file(apps, schema_editor):
    Attachment = apps.get_model("evidence", "Attachment")
    shared = Attachment.objects.values("blob").annotate(n=Count("id")).filter(n__gt=1)
    for row in shared:
        name = row["blob"]
        try:
            with default_storage.open(name, "rb") as f:
                token = f.read()
        except FileNotFoundError:
            token = None
        for attachment in Attachment.objects.filter(blob=name).order_by("id")[1:]:
            new = f"evidence/{uuid.uuid4().hex}.bin"
            if token is not None:
                new = default_storage.save(new, ContentFile(token))
            Attachment.objects.filter(pk=attachment.pk).update(blob=new)


class Migration(migrations.Migration):
    dependencies = [
        ("evidence", "0003_logsnapshot"),
    ]

    operations = [
        migrations.RunPython(give_each_row_its_own_file, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="attachment",
            constraint=models.UniqueConstraint(fields=("blob",), name="evidence_attachment_owns_its_file"),
        ),
    ]
