"""Score `assess` on the real-message corpus (tests/corpus/*.jsonl): `make eval`.

Every record goes through the same function `manage.py assess` uses, in three modes:

- ``alone``: the message text only;
- ``context``: the message plus channel, sender as seen and the person's relationship to the debt;
- ``ticked``: the same plus the threats and demands a person would tick in the questionnaire.

It prints, for the ``dev`` and ``test`` splits side by side, per-verdict accuracy in each mode, the
confusions, how many scams and unlawful collections the message alone recognises, whether a lawful
reminder was ever called a scam, and per-flag precision and recall (``context`` mode). With
``--readme`` it rewrites the table between ``<!-- eval:start -->`` and ``<!-- eval:end -->`` in
README.md. ``--show dev`` lists the dev records each mode gets wrong (never the test ones: rules
are tuned on dev only). One process, a few seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "advisor.settings")

from cases.management.commands.assess import assess  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
SPLITS = ("dev", "test")
MODES = ("alone", "context", "ticked")
VERDICTS = ("scam", "unlawful_collection", "not_your_debt", "lawful_reminder")
SHORT = {
    "scam": "scam",
    "unlawful_collection": "unlawful",
    "not_your_debt": "not yours",
    "lawful_reminder": "lawful",
    "needs_verification": "verify",
}

# The corpus's vocabulary (tests/corpus/README.md) mapped onto `assess` input codes.
CHANNEL = {"sms": "sms", "call-transcript": "call", "app": "app", "letter": "letter", "email": "email"}
SENDER = {
    "official_short_code": "official",
    "official_account": "official",
    "private_account": "private",
    "law_firm": "law_firm",
    "court_or_police_claimed": "authority",
    "agency": "agency",
    "unknown": "unknown",
}
THREAT = {
    "home_visit": "home_visit_threat",
    "contact_family_contacts": "exposure_threat",
    "contact_employer": "exposure_threat",
    "exposure": "exposure_threat",
    "lawsuit": "lawsuit_claim",
    "criminal_arrest": "false_legal_consequence",
    "credit_report": "credit_report_mention",
    "violence": "violence_threat",
    "insult": "insult",
}


def load(paths: Iterable[Path]) -> list[dict]:
    records = []
    for path in sorted(paths):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                record = json.loads(line)
                record.setdefault("_where", f"{path.name}:{n}")
                records.append(record)
    return records


def relationship(record: dict) -> str:
    if record.get("relationship"):
        return record["relationship"]
    # Records without the field: a contact for not-your-debt, else unknown to the person's answer.
    return {"not_your_debt": "contact", "scam": "unsure"}.get(record["expected_verdict"], "borrower")


def inputs(record: dict, mode: str) -> dict:
    obj: dict = {"message": record["text"]}
    if mode == "alone":
        return obj
    obj["channel"] = CHANNEL.get(record.get("channel"), "other")
    obj["sender"] = SENDER.get(record.get("sender_kind"), "unknown")
    obj["relationship"] = relationship(record)
    if mode == "ticked":
        obj["threats"] = sorted({THREAT[t] for t in record.get("threats", ()) if t in THREAT})
        demands = set(record.get("demands") or ())
        if record.get("personal_account_demand"):
            demands.add("pay_personal")
        obj["demands"] = sorted(demands)
    return obj


def run(records: list[dict]) -> dict:
    """Every record in every mode: {(split, mode): [(record, advice), ...]}."""
    results: dict = defaultdict(list)
    for record in records:
        for mode in MODES:
            results[record["split"], mode].append((record, assess(inputs(record, mode))))
    return results


def pct(n: int, d: int) -> str:
    return f"{100 * n / d:.0f} % ({n}/{d})" if d else "–"


def accuracy_rows(results: dict) -> list[str]:
    rows = [
        "| mode | split | overall | " + " | ".join(SHORT[v] for v in VERDICTS) + " |",
        "|---|---|---:|" + "---:|" * len(VERDICTS),
    ]
    for mode in MODES:
        for split in SPLITS:
            pairs = results.get((split, mode), [])
            right = sum(a["verdict"] == r["expected_verdict"] for r, a in pairs)
            cells = []
            for v in VERDICTS:
                of_v = [(r, a) for r, a in pairs if r["expected_verdict"] == v]
                cells.append(pct(sum(a["verdict"] == v for _, a in of_v), len(of_v)))
            rows.append(f"| {mode} | {split} | {pct(right, len(pairs))} | " + " | ".join(cells) + " |")
    return rows


def targets_rows(results: dict) -> list[str]:
    rows = ["| measure | dev | test |", "|---|---:|---:|"]

    def recognised(split: str, verdict: str) -> str:
        pairs = [(r, a) for r, a in results.get((split, "alone"), []) if r["expected_verdict"] == verdict]
        return pct(sum(a["verdict"] == verdict for _, a in pairs), len(pairs))

    for verdict in ("scam", "unlawful_collection"):
        rows.append(
            f"| message alone: {SHORT[verdict]} recognised | "
            + " | ".join(recognised(s, verdict) for s in SPLITS)
            + " |"
        )
    called = []
    for split in SPLITS:
        n = sum(
            a["verdict"] == "scam"
            for mode in MODES
            for r, a in results.get((split, mode), [])
            if r["expected_verdict"] == "lawful_reminder"
        )
        called.append(str(n))
    rows.append("| lawful reminders called a scam (all modes) | " + " | ".join(called) + " |")
    return rows


def confusion_rows(results: dict, mode: str) -> list[str]:
    cols = (*VERDICTS, "needs_verification")
    rows = [
        f"| expected ↓ / got → ({mode}) | split | " + " | ".join(SHORT[c] for c in cols) + " |",
        "|---|---|" + "---:|" * len(cols),
    ]
    for v in VERDICTS:
        for split in SPLITS:
            got = Counter(
                a["verdict"] for r, a in results.get((split, mode), []) if r["expected_verdict"] == v
            )
            rows.append(f"| {SHORT[v]} | {split} | " + " | ".join(str(got[c]) for c in cols) + " |")
    return rows


def flag_rows(results: dict, mode: str = "context") -> list[str]:
    counts: dict = defaultdict(Counter)  # (flag, split) -> tp/fp/fn
    for split in SPLITS:
        for record, advice in results.get((split, mode), []):
            expected = set(record.get("expected_flags") or ())
            got = set(advice["flags"])
            for flag in expected | got:
                key = "tp" if flag in expected and flag in got else ("fp" if flag in got else "fn")
                counts[flag, split][key] += 1
    flags = sorted({f for f, _ in counts})
    rows = [
        f"| flag ({mode}) | dev precision | dev recall | test precision | test recall |",
        "|---|---:|---:|---:|---:|",
    ]
    for flag in flags:
        cells = []
        for split in SPLITS:
            c = counts[flag, split]
            cells.append(pct(c["tp"], c["tp"] + c["fp"]))
            cells.append(pct(c["tp"], c["tp"] + c["fn"]))
        rows.append(f"| `{flag}` | " + " | ".join(cells) + " |")
    return rows


def report(records: list[dict], results: dict) -> str:
    sizes = Counter(r["split"] for r in records)
    head = (
        f"{len(records)} real messages ({sizes['dev']} dev, {sizes['test']} test) from "
        "`tests/corpus/`, each sent through `assess`."
    )
    parts = [
        head,
        "",
        *accuracy_rows(results),
        "",
        *targets_rows(results),
        "",
        *confusion_rows(results, "context"),
        "",
        *flag_rows(results),
    ]
    return "\n".join(parts)


def show(results: dict, split: str) -> None:
    for mode in MODES:
        print(f"\n== wrong in {split}, mode {mode}")
        for record, advice in results.get((split, mode), []):
            if advice["verdict"] != record["expected_verdict"]:
                print(
                    f"- {record['id']}: expected {record['expected_verdict']}, got {advice['verdict']} "
                    f"{advice['flags']}\n    {record['text'][:160]}"
                )


def write_readme(table: str) -> None:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    start, end = "<!-- eval:start -->", "<!-- eval:end -->"
    if start not in text or end not in text:
        raise SystemExit("README.md has no <!-- eval:start --> … <!-- eval:end --> block")
    before, rest = text.split(start, 1)
    _, after = rest.split(end, 1)
    readme.write_text(f"{before}{start}\n{table}\n{end}{after}", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="corpus files (default: tests/corpus/*.jsonl)")
    parser.add_argument("--readme", action="store_true", help="write the table into README.md")
    parser.add_argument("--show", choices=("dev",), help="list the records each mode gets wrong")
    args = parser.parse_args(argv)
    records = load(args.files or CORPUS.glob("*.jsonl"))
    if not records:
        raise SystemExit("no corpus records found")
    results = run(records)
    table = report(records, results)
    print(table)
    if args.show:
        show(results, args.show)
    if args.readme:
        write_readme(table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
