"""Create the cache table that sessions are read through (settings.CACHES, SESSION_ENGINE).

`createcachetable` is idempotent and creates nothing for caches that are not database caches,
so this runs wherever `migrate` runs: `make run`, the container, the tests.
"""

from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("cases", "0002_encrypt_title_index_resume_code")]

    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop)]
