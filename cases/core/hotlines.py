"""Complaint and help channels: every hotline number the product shows is defined here once.

Facts are from ../shared/legal-facts.md §7, §9 and §10 (12348: 10.25–10.26; 12356: 10.27). Items
it marks UNCONFIRMED (service hours, 12378's coverage of small-loan companies) are not stated as fact.
"""

from dataclasses import dataclass

from .sources import Source, law


@dataclass(frozen=True)
class Channel:
    code: str
    name: str  # what the user looks for
    contact: str  # number, address or where to find it
    use_for: str  # plain Chinese: when to use it
    source: Source
    note: str = ""


CHANNELS = {
    c.code: c
    for c in (
        Channel(
            "police",
            "报警 110",
            "110",
            "有人威胁你的人身安全、有人在你家门口不走、你已经被骗转了钱，立刻打 110。",
            law("110 / 96110", section="7"),
        ),
        Channel(
            "antifraud",
            "反诈劝阻咨询 96110",
            "96110",
            "想确认一条消息是不是诈骗时可以咨询。它不是报警电话：被骗或有危险请打 110。",
            law("110 / 96110", section="7"),
            note="96110 来电会显示为“区号+96110”。",
        ),
        Channel(
            "lender",
            "出借方自己的客服和投诉渠道",
            "借款合同、官方App或官网上的客服电话（不要用催收短信里给的号码）",
            "先向出借方本身投诉催收人员的做法，要求停止并留下记录。",
            law("12363", section="7"),
        ),
        Channel(
            "nfra",
            "银行保险消费者投诉热线 12378",
            "12378",
            "银行、信用卡、消费金融公司的催收问题。",
            law("12378", section="7"),
        ),
        Channel(
            "pboc",
            "人民银行金融消费投诉 12363",
            "12363",
            "征信记录有错、被乱报征信。原则上先向金融机构投诉。",
            law("12363", section="7"),
        ),
        Channel(
            "credit_dispute",
            "征信异议",
            "征信中心或出借方的异议渠道",
            "征信报告里的记录不对时提出异议，对方应在 20 日内核查处理。",
            law("征信 dispute", section="7"),
        ),
        Channel(
            "nifa",
            "中国互联网金融协会举报平台",
            "jubao.nifa.org.cn",
            "网络借贷、互联网消费金融平台的违规催收。需要实名，每人每天最多 5 件。",
            law("NIFA 举报平台", section="7"),
        ),
        Channel(
            "local_regulator",
            "当地地方金融管理部门",
            "所在地的地方金融管理局",
            "小额贷款公司（包括网络小贷）的违规催收。",
            law("6.7"),
        ),
        Channel(
            "spam",
            "12321 网络不良与垃圾信息举报",
            "www.12321.cn，或短信举报到 12321",
            "骚扰电话、垃圾短信、个人信息被泄露。",
            law("12321", section="7"),
        ),
        Channel(
            "court_check",
            "查询是否真的被起诉 12368",
            "12368 或微信小程序“人民法院在线服务”",
            "收到“起诉”“立案”“传票”的消息时，向法院核实是否真有案件。人工服务在工作时间。",
            law("12368", section="7"),
        ),
        Channel(
            "pipl",
            "个人信息保护投诉",
            "当地网信部门等履行个人信息保护职责的部门",
            "通讯录被泄露、欠款信息被告诉别人。",
            law("65", section="3"),
        ),
        Channel(
            "legal_aid",
            "公共法律服务热线 12348",
            "12348，或网站 12348.gov.cn",
            "免费的法律咨询，也可以问怎么申请法律援助。普通的欠款纠纷不一定能由法律援助代理打官司，能不能办要看当地规定。",
            law("10.25"),
        ),
        Channel(
            "psych",
            "心理援助热线 12356",
            "12356",
            "压力太大、睡不着、想不开的时候，可以打这个全国统一的心理援助热线，可以不说名字。"
            "它不是急救电话：有生命危险请打 120 或 110。",
            law("10.27"),
        ),
        Channel(
            "heimao",
            "黑猫投诉（新浪的民间平台，不是监管部门）",
            "tousu.sina.com.cn",
            "公开投诉、让更多人看到。发布前请遮住手机号、身份证号和姓名。",
            law("黑猫投诉", section="7"),
        ),
    )
}

EMERGENCY = CHANNELS["police"]
