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
        """How the source is named to a person: something they can look up themselves (the law
        and article, the rule's name and date, the article's title and section), never a row id.

        >>> law("第一千零二十四条", section="2").label
        '《民法典》第一千零二十四条'
        >>> law("25", section="3").label
        '《个人信息保护法》第25条'
        """
        if self.kind == "seed":
            return f"参考文章《{SEEDS[self.doc][1]}》“{self.section}”"
        if self.doc == "2":
            articles = re.sub(r"\s*\([^)]*\)", "", self.section).replace(" / ", "、")
            return f"《民法典》{articles}"
        if self.doc == "3":
            numbers = "、".join(f"第{n.strip()}条" for n in self.section.split("/"))
            return f"《个人信息保护法》{numbers}"
        return CITATIONS[self.section]


# What each legal-facts row is, named the way a reader can find it (legal-facts.md has the text and
# the source of every row; a test checks every row the product cites has a name here).
_GBT = "国家推荐性标准 GB/T 45251—2025《互联网金融 个人网络消费信贷 贷后催收风控指引》（2025年2月28日）"
_CBA = "中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》（2026年1月30日，行业自律规定）"
_NIFA = "中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》（2018年3月28日，行业自律规定）"
_CPL = "《民事诉讼法》（2023年修正）"
_CARD_CRIME = (
    "最高人民法院、最高人民检察院《关于办理妨害信用卡管理刑事案件具体应用法律若干问题的解释》（2018年修改）"
)
_LPR = "全国银行间同业拆借中心公布的一年期贷款市场报价利率（LPR）"
_LIMITATION = "《最高人民法院关于审理民事案件适用诉讼时效制度若干问题的规定》（2020年修正）"
CITATIONS: dict[str, str] = {
    "1.5": "《刑法》第二百九十三条（寻衅滋事）、第二百四十六条（侮辱、诽谤）、"
    "第二百五十三条之一（侵犯公民个人信息）",
    "1.8": "《治安管理处罚法》（2025年修订，2026年1月1日起施行）",
    "1.9": "《治安管理处罚法》（2025年修订，2026年1月1日起施行）",
    "4a.1": _NIFA,
    "4b.2": _GBT,
    "4b.3": _GBT,
    "4c.2": _CBA,
    "4c.3": _CBA,
    "4c.4": _CBA,
    "4c.5": _CBA,
    "5.1": "《商业银行信用卡业务监督管理办法》第七十条（个性化分期）",
    "6.1": "《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》（2020年修正）第二十五条",
    "6.2": "《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》（2020年修正）第一条",
    "6.5": "最高人民法院、最高人民检察院、公安部、司法部《关于办理非法放贷刑事案件若干问题的意见》"
    "（2019年10月21日起施行）",
    "6.7": "中国人民银行、国家金融监督管理总局《小额贷款公司综合融资成本管理工作指引》（2025年）",
    "6.9": "全国银行间同业拆借中心公布的一年期贷款市场报价利率（LPR）",
    "8.1": "《银行保险机构消费者权益保护管理办法》（2023年3月1日起施行）",
    "9.1": f"{_CPL}关于送达和答辩期限的规定",
    "9.2": "《人民法院在线诉讼规则》（2021年）",
    "9.3": "法院的送达方式：12368短信、“人民法院在线服务”小程序、法院专递（法院公开发布的提示）",
    "9.4": "《诉讼费用交纳办法》第二十条、第二十九条、第五十二条",
    "9.5": "人民法院发布的防范冒充法院诈骗提示",
    "9.6": "公开报道：律师函本身没有强制力，真的诉讼以法院传票或12368短信为准",
    "9.7": "《征信业管理条例》第二十五条；中国人民银行关于“征信修复”乱象的风险提示",
    "9.8": "中国人民银行一次性信用修复政策（2025年12月22日公布）",
    "9.9": "国家金融监督管理总局、中央网信办、公安部、中国人民银行、中国证监会联合风险提示（2026年2月6日）",
    "9.10": f"{_NIFA}；{_CBA}；人民法院发布的防诈骗提示",
    "10.5": f"{_CARD_CRIME}第十条",
    "10.6": f"《刑法》第一百九十六条；{_CARD_CRIME}第六条至第九条",
    "10.7": "《民法典》第一百八十八条、第一百八十九条（诉讼时效三年）",
    "10.8": "《民法典》第一百九十二条、第一百九十三条（时效届满后的抗辩）",
    "10.9": "《民法典》第一百九十五条（诉讼时效中断）",
    "10.10": f"{_LIMITATION}第八条",
    "10.11": f"{_LIMITATION}第十四条",
    "10.12": f"{_LIMITATION}第十九条",
    "10.13": f"{_LIMITATION}第二条、第三条、第十一条",
    "10.15": f"{_CPL}第一百六十五条（小额诉讼）",
    "10.16": f"{_CPL}第二百二十五条至第二百二十八条（督促程序、支付令）",
    "10.17": f"{_CPL}第二百二十七条；最高人民法院关于适用《民事诉讼法》的解释（2022年修正）"
    "中关于支付令异议的规定",
    "10.18": f"{_CPL}第二百四十八条；《仲裁法》",
    "10.48": "最高人民法院：中国执行信息公开网（zxgk.court.gov.cn）、中国裁判文书网（wenshu.court.gov.cn）",
    "10.50": f"《仲裁法》；{_CPL}第二百四十八条",
    "10.22": "《中国人民银行关于推进信用卡透支利率市场化改革的通知》（2021年1月1日起施行）",
    "10.23": "中国人民银行关于贷款产品明示年化利率的公告（2021年3月31日发布）",
    "10.24": "《银行业保险业消费投诉处理管理办法》（银保监会令2020年第3号，2020年3月1日起施行）",
    "10.25": "12348公共法律服务热线（司法部，12348.gov.cn）",
    "10.26": "《法律援助法》（2022年1月1日起施行）",
    "10.27": "12356全国统一心理援助热线（国家卫生健康委）",
    "10.28": "《标准化法》第二条（推荐性标准）",
    "10.29": _GBT,
    **{f"10.{n}": _LPR for n in range(30, 47)},
    "12368": "12368诉讼服务热线（人民法院）",
    "12378": "12378银行保险消费者投诉维权热线（国家金融监督管理总局）",
    "12363": "12363金融消费权益保护咨询投诉电话（中国人民银行）",
    "12321": "12321网络不良与垃圾信息举报受理中心",
    "110 / 96110": "110报警电话；96110反诈劝阻咨询电话（公安部）",
    "征信 dispute": "《征信业管理条例》第二十五条、第二十六条",
    "NIFA 举报平台": "中国互联网金融协会举报平台（jubao.nifa.org.cn）",
    "黑猫投诉": "黑猫投诉（新浪的投诉平台，不是监管部门）",
}


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
