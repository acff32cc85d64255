"""A paper collection notice (催款通知函) or a lawyer's letter (律师函).

Built on seed 000 “收到网贷催款通知函怎么办?” (copy it, read the total, the deadline and the next
steps; object through proper channels; do not ignore it) and legal-facts 9.6 (a lawyer's letter
has no force of its own) and 9.3 (court mail comes as 法院专递).

>>> applies(Facts(channel="letter"))
True
"""

from cases.core.sources import law, seed

from .base import Contribution, EvidenceItem, Facts, Reason, Scenario, Step

READ_IT = Reason(
    "纸质的催款通知函要认真对待：看清欠款总额、截止日期，以及对方说接下来会怎么做。",
    seed("000", "收到网贷催款通知函怎么办?"),
)
LAWYER_LETTER = Reason(
    "律师函本身没有强制力，它不是法院的文书。真的被起诉，你会收到法院的传票或12368发来的短信。",
    law("9.6"),
)
COURT_MAIL = Reason(
    "法院寄的文书一般用EMS“法院专递”，信封正面左下角有“法院专递”字样。",
    law("9.3"),
)

COPY_IT = Step(
    "先把信函复印或拍照留存，信封也要留着。",
    seed("000", "收到网贷催款通知函怎么办?"),
)
OBJECT_IN_WRITING = Step(
    "如果金额算错了或你有异议，通过官方客服或信函上的正规渠道书面提出。不要置之不理，以免事情变大。",
    seed("000", "收到网贷催款通知函怎么办?"),
)

LETTER_COPY = EvidenceItem(
    "letter_copy",
    "信函原件、复印件和信封（寄件人、邮戳、是否有“法院专递”）。",
    seed("000", "收到网贷催款通知函怎么办?"),
)


def applies(facts: Facts) -> bool:
    return facts.channel == "letter" or (facts.sender == "law_firm" and bool(facts.message))


def contribute(facts: Facts) -> Contribution:
    reasons = [READ_IT]
    if facts.sender == "law_firm" or facts.has("fake_legal_document", "lawsuit_claim"):
        reasons += [LAWYER_LETTER, COURT_MAIL]
    return Contribution(
        reasons=tuple(reasons),
        steps=(COPY_IT, OBJECT_IN_WRITING),
        evidence=(LETTER_COPY,),
        channels=("lender",),
    )


SCENARIO = Scenario("notice_letter", "收到纸质催款通知函或律师函", applies, contribute)
