"""Settings for `make bench` only: production settings plus the reference page's URLconf.

The reference page (bench/reference.py) is served by the same gunicorn in the same run as the
advisor's pages, but it is not part of the site: a separate settings module keeps it out of
production's URLs while changing nothing else.
"""

from advisor.settings import *  # noqa: F403

ROOT_URLCONF = "bench.reference"
