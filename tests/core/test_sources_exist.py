"""Every source the advice cites points at something that exists in ../shared/.

Walks every `Source` reachable from the scenario modules' declared items, the rule constants
and the hotline registry, and checks seed headings and legal-facts rows against the files.
"""

import dataclasses
import importlib
import re
from functools import cache
from pathlib import Path

import pytest

from cases.core import hotlines, rules
from cases.core.sources import SEEDS, Source
from cases.scenarios import REGISTRY, base

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def _walk(value, seen):
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, Source):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _walk(getattr(value, f.name), seen)
    elif isinstance(value, (tuple, list, set, frozenset)):
        for item in value:
            yield from _walk(item, seen)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _walk(item, seen)


def sources_of(module) -> set[Source]:
    seen: set[int] = set()
    return {
        s for name, value in vars(module).items() if not name.startswith("__") for s in _walk(value, seen)
    }


def scenario_modules():
    return [importlib.import_module(f"cases.scenarios.{slug}") for slug in REGISTRY]


def all_sources() -> list[Source]:
    found: set[Source] = set()
    for module in [*scenario_modules(), base, rules, hotlines]:
        found |= sources_of(module)
    return sorted(found)


@cache
def legal_rows() -> dict[str, set[str]]:
    """legal-facts.md: section number -> first cells of that section's table rows."""
    rows: dict[str, set[str]] = {}
    section = None
    for line in (SHARED / "legal-facts.md").read_text(encoding="utf-8").splitlines():
        heading = re.match(r"## (\d+)\.", line)
        if heading:
            section = heading.group(1)
            rows.setdefault(section, set())
        elif line.startswith("## "):
            section = None
        elif section and line.startswith("|"):
            cell = line.strip("|").split("|")[0].replace("**", "").strip()
            rows[section].add(cell)
    return rows


def test_it_finds_the_shared_documents():
    assert (SHARED / "legal-facts.md").exists()
    assert set(legal_rows()) >= {str(n) for n in range(1, 11)}


def test_it_finds_sources_in_every_scenario_module():
    for module in scenario_modules():
        assert sources_of(module), module.__name__


@pytest.mark.parametrize("source", all_sources(), ids=str)
def test_every_cited_source_exists(source):
    if source.kind == "seed":
        path = SHARED / "seeds" / SEEDS[source.doc][0]
        assert path.exists(), path
        assert source.section in path.read_text(encoding="utf-8"), f"heading not in {path.name}"
    else:
        assert source.kind == "law"
        assert source.section in legal_rows().get(source.doc, set()), (
            f"no row {source.section} in §{source.doc}"
        )


def test_a_made_up_row_would_be_caught():
    assert "4b.99" not in legal_rows()["4"]
    assert "第四百六十五条" in legal_rows()["2"]


# The seed sections and legal-facts rows each scenario is built on (issue 4).
BUILT_ON = {
    "verify_first": {
        ("000", "网贷收到催款短信怎么办?"),
        ("001", "一、保持冷静核实信息"),
        ("002", "二、核实信息来源"),
        ("004", "一、核实短信内容与来源"),
    },
    "sms_reminder": {
        ("000", "网贷收到催款短信怎么办?"),
        ("004", "二、与贷款平台沟通"),
        ("002", "一、保持冷静并收集证据"),
    },
    "other_channel": {("000", "网贷收到催收信息怎么办?")},
    "home_visit": {
        ("000", "收到网贷催款短信马上上门"),
        ("001", "三、妥善应对上门"),
        ("003", "1.2 催款的方式"),
    },
    "notice_letter": {("000", "收到网贷催款通知函怎么办?")},
    "lawsuit_claim": {("003", "1.2 催款的方式"), ("7", "12368"), ("9", "9.3")},
    "third_party_contact": {
        ("004", "三、避免非紧急联系人受到"),
        ("2", "第四百六十五条"),
        ("4", "4b.2"),
        ("4", "4c.3"),
    },
    "scam_signals": {
        ("000", "网贷收到催收信息怎么办?"),
        ("000", "收到网贷催款短信马上上门"),
        ("001", "一、保持冷静核实信息"),
        ("001", "五、怎样去防范诈骗风险?"),
        ("004", "一、核实短信内容与来源"),
    },
    "unlawful_conduct": {
        ("001", "二、熟悉的相关法律规定"),
        ("002", "四、应对不当"),
        ("003", "2.2 寻求法律帮助"),
        ("1", "1.5"),
        ("3", "25"),
        ("4", "4b.3"),
        ("8", "8.1"),
    },
    "negotiation": {
        ("002", "三、沟通协商"),
        ("003", "2.1 及时与催款方沟通"),
        ("003", "2.3 制定还款计划"),
        ("004", "二、与贷款平台沟通"),
        ("001", "四、怎样缓解网贷逾期压力?"),
        ("5", "5.1"),
    },
    "multiple_debts": {("001", "四、怎样缓解网贷逾期压力?")},
    "excessive_interest": {
        ("002", "六、避免涉及高利贷与非法借贷"),
        ("000", "收到网贷催款通知函怎么办?"),
        ("6", "6.1"),
    },
    "credit_report": {("003", "3.3 定期检查信用记录"), ("9", "9.7"), ("9", "9.8"), ("7", "征信 dispute")},
    "legal_help": {
        ("002", "五、寻求法律咨询与援助"),
        ("001", "三、妥善应对上门"),
        ("003", "2.2 寻求法律帮助"),
    },
    "wellbeing": {
        ("000", "总结"),
        ("002", "一、保持冷静并收集证据"),
        ("004", "四、保持良好心态与积极应对"),
        ("001", "四、怎样缓解网贷逾期压力?"),
    },
}


@pytest.mark.parametrize("slug", list(BUILT_ON))
def test_every_scenario_cites_the_sections_it_is_built_on(slug):
    module = importlib.import_module(f"cases.scenarios.{slug}")
    cited = {(s.doc, s.section) for s in sources_of(module)}
    assert BUILT_ON[slug] <= cited, BUILT_ON[slug] - cited


@pytest.mark.parametrize("source", all_sources(), ids=str)
def test_it_names_every_cited_source_the_way_a_reader_can_check_it(source):
    label = source.label
    assert "§" not in label and "legal-facts" not in label and "核查表" not in label, label
    if source.kind == "law":  # a seed's own section numbers ("2.1 …") are part of its headings
        assert not re.search(r"(?<![0-9.])\d{1,2}[a-c]?\.\d{1,2}(?![0-9])", label), label  # no row ids
    assert label.startswith(
        ("《", "参考文章", "国家", "中国", "最高", "全国", "12", "110", "人民法院", "法院", "公开", "黑猫")
    )
