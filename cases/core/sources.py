"""Where advice comes from: a seed article section or a row of legal-facts.md.

Every reason, step and checklist item the product shows carries a `Source`, so a reader can
check it. The seed files and legal-facts.md live in ../shared/ beside the project; a test
walks every source the scenarios use and checks that the section or row exists there.

>>> str(seed("001", "三、妥善应对上门"))
'seeds/001_b23e917b461ecee5.txt § 三、妥善应对上门'
>>> str(law("4b.3"))
'legal-facts §4b.3'
>>> str(law("第四百六十五条", section="2"))
'legal-facts §2 第四百六十五条'
"""

import re
from dataclasses import dataclass

# The five seed articles (../shared/seeds/README.md): number -> (file name, title).
SEEDS = {
    "000": ("000_7c0d7e5c59150788.txt", "如何应对网贷催款短信：全面攻略与解决方案"),
    "001": ("001_b23e917b461ecee5.txt", "网贷逾期发短信来说上门怎么办"),
    "002": ("002_6d8780a8a63d0c9f.txt", "美借逾期一天说发短信该怎么办"),
    "003": ("003_f21179da79d5cde0.txt", "网贷催款如何解决"),
    "004": ("004_31a9cca1fbbb303b.txt", "短信贷款逾期通知怎么处理"),
}

# The date legal-facts.md was last read against the product's rules.
LEGAL_FACTS_CHECKED = "2026-11-22"


@dataclass(frozen=True, order=True)
class Source:
    kind: str  # "seed" or "law"
    doc: str  # seed number ("000".."004"), or the legal-facts section ("1".."9")
    section: str  # seed heading text, or the legal-facts row key ("4b.3", "第四百六十五条", "12378")

    def __str__(self) -> str:
        if self.kind == "seed":
            return f"seeds/{SEEDS[self.doc][0]} § {self.section}"
        if self.section.startswith(self.doc):
            return f"legal-facts §{self.section}"
        return f"legal-facts §{self.doc} {self.section}"

    @property
    def label(self) -> str:
        """How the source is named to a user, in Chinese."""
        if self.kind == "seed":
            return f"参考文章《{SEEDS[self.doc][1]}》“{self.section}”"
        return f"法规核查表 {self}（核对于 {LEGAL_FACTS_CHECKED}）".replace("legal-facts ", "")


def seed(number: str, section: str) -> Source:
    if number not in SEEDS:
        raise ValueError(f"unknown seed {number!r}")
    return Source("seed", number, section)


def law(row: str, section: str | None = None) -> Source:
    """A legal-facts row. The section is read off the row key when it starts with digits."""
    if section is None:
        match = re.match(r"\d+", row)
        if not match:
            raise ValueError(f"give the legal-facts section for row {row!r}")
        section = match.group()
    return Source("law", section, row)
