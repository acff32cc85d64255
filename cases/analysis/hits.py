"""What detectors return: `Hit`s in normalised coordinates, collected in a `Found`.

Later detectors can ask what earlier ones found (a fake legal document needs a money demand):

>>> found = Found("请付款")
>>> found.add(Hit("cue", "money_demand", 1, 3))
>>> found.has("cue", "money_demand")
True
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Hit:
    kind: str
    code: str
    start: int  # normalised offsets
    end: int
    value: object = None


@dataclass(slots=True)
class Found:
    text: str  # the normalised text the hits point into
    hits: list[Hit] = field(default_factory=list)

    def add(self, hit: Hit) -> None:
        if 0 <= hit.start < hit.end <= len(self.text):
            self.hits.append(hit)

    def extend(self, hits: list[Hit]) -> None:
        for hit in hits:
            self.add(hit)

    def of(self, kind: str, code: str | None = None) -> list[Hit]:
        return [h for h in self.hits if h.kind == kind and (code is None or h.code == code)]

    def has(self, kind: str, code: str | None = None) -> bool:
        return any(h.kind == kind and (code is None or h.code == code) for h in self.hits)
