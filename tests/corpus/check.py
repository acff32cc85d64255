"""Validate the real-message corpus in this folder and print its counts.

Usage: python tests/corpus/check.py   (plain Python, standard library only)

Checks every record of every *.jsonl file here: required fields and their types, allowed codes
(flags, demands, relationships and verdicts are read from cases/core/codes.py, the project's one
source of truth; channels, sender kinds, threats and tiers are the seed's own vocabulary), unique
ids, unique texts, the split computed from the source as README.md says, and that no source (or
story) has records in both splits. Exits 1 on any error.
"""

import hashlib
import importlib.util
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
CODES_PY = HERE.parent.parent / "cases" / "core" / "codes.py"


def load_codes():
    spec = importlib.util.spec_from_file_location("corpus_codes", CODES_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


codes = load_codes()
FLAGS = set(codes.FLAGS)
DEMANDS = set(codes.DEMANDS)
RELATIONSHIPS = set(codes.RELATIONSHIPS)
# The corpus labels one of the four verdicts a real message can deserve; needs_verification is
# the advisor's answer when it cannot tell, never a target.
VERDICTS = [v for v in codes.VERDICTS if v != "needs_verification"]

CHANNELS = {"sms", "call-transcript", "app", "letter"}
SENDER_KINDS = {
    "official_short_code",
    "official_account",
    "private_account",
    "law_firm",
    "court_or_police_claimed",
    "unknown",
}
THREATS = {
    "home_visit",
    "contact_family_contacts",
    "contact_employer",
    "lawsuit",
    "criminal_arrest",
    "credit_report",
    "exposure",
    "violence",
    "insult",
}
TIERS = {"A", "B", "C", "G"}

REQUIRED = {
    "id": str,
    "text": str,
    "source": str,
    "tier": str,
    "paraphrased": bool,
    "channel": str,
    "sender_kind": str,
    "threats": list,
    "has_link": bool,
    "personal_account_demand": bool,
    "relationship": str,
    "demands": list,
    "expected_flags": list,
    "expected_verdict": str,
    "reason": str,
    "split": str,
}
OPTIONAL = {"story": str, "amount": (int, float, type(None))}


def source_key(record):
    """The unit that decides the split: the story, else the source address without query or
    fragment; for code, owner/repo/path without the commit."""
    if record.get("story"):
        return record["story"]
    source = record["source"]
    if source.startswith("github:"):
        return source[len("github:") :].split("@")[0]
    return source.split("#")[0].split("?")[0]


def split_for(key):
    return "test" if int(hashlib.sha1(key.encode()).hexdigest(), 16) % 100 < 30 else "dev"


def check_record(record, where, errors):
    for field, kind in REQUIRED.items():
        if field not in record:
            errors.append(f"{where}: missing field {field!r}")
        elif not isinstance(record[field], kind):
            errors.append(f"{where}: {field!r} should be {kind.__name__}")
    for field in record:
        if field not in REQUIRED and field not in OPTIONAL:
            errors.append(f"{where}: unknown field {field!r}")
    if "amount" in record and not isinstance(record["amount"], OPTIONAL["amount"]):
        errors.append(f"{where}: 'amount' should be a number or null")
    if errors and errors[-1].startswith(where):
        return
    if not record["text"].strip():
        errors.append(f"{where}: empty text")
    if not record["reason"].strip():
        errors.append(f"{where}: empty reason")
    checks = [
        ("tier", {record["tier"]}, TIERS),
        ("channel", {record["channel"]}, CHANNELS),
        ("sender_kind", {record["sender_kind"]}, SENDER_KINDS),
        ("relationship", {record["relationship"]}, RELATIONSHIPS),
        ("expected_verdict", {record["expected_verdict"]}, set(VERDICTS)),
        ("split", {record["split"]}, {"dev", "test"}),
        ("threats", set(record["threats"]), THREATS),
        ("demands", set(record["demands"]), DEMANDS),
        ("expected_flags", set(record["expected_flags"]), FLAGS),
    ]
    for field, values, allowed in checks:
        unknown = values - allowed
        if unknown:
            errors.append(f"{where}: {field} has unknown code(s) {sorted(unknown)}")
    for field in ("threats", "demands", "expected_flags"):
        if len(set(record[field])) != len(record[field]):
            errors.append(f"{where}: {field} repeats a code")
    if record["id"].startswith("HO-") == record["id"].startswith("RC-"):
        errors.append(f"{where}: id should be HO-### (seed) or RC-#### (added)")
    if (
        record["source"].startswith("http") is False
        and not record.get("story")
        and not record["source"].startswith("github:")
    ):
        errors.append(f"{where}: a source that is neither an address nor github: needs a story")
    expected = split_for(source_key(record))
    if record["split"] != expected:
        errors.append(f"{where}: split is {record['split']}, the rule gives {expected}")


def main():
    errors = []
    records = []
    for path in sorted(HERE.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path.name}:{number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: not JSON ({exc})")
                continue
            if not isinstance(record, dict):
                errors.append(f"{where}: not an object")
                continue
            check_record(record, where, errors)
            records.append((path.name, record))

    ids = Counter(r.get("id") for _, r in records)
    errors += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    texts = Counter(" ".join(r.get("text", "").split()) for _, r in records)
    errors += [f"duplicate text: {t[:40]}" for t, n in texts.items() if n > 1]
    splits_of_key = defaultdict(set)
    for _, r in records:
        if "source" in r and "split" in r:
            splits_of_key[source_key(r)].add(r["split"])
    errors += [f"source straddles splits: {k}" for k, s in splits_of_key.items() if len(s) > 1]

    by_vs = Counter((r.get("expected_verdict"), r.get("split")) for _, r in records)
    print(f"{len(records)} records, {len(splits_of_key)} sources/stories\n")
    print(f"{'verdict':<22}{'dev':>6}{'test':>6}{'total':>7}")
    for verdict in VERDICTS:
        dev, test = by_vs[(verdict, "dev")], by_vs[(verdict, "test")]
        print(f"{verdict:<22}{dev:>6}{test:>6}{dev + test:>7}")
    dev_total = sum(n for (v, s), n in by_vs.items() if s == "dev")
    test_total = sum(n for (v, s), n in by_vs.items() if s == "test")
    print(f"{'all':<22}{dev_total:>6}{test_total:>6}{dev_total + test_total:>7}")
    if records:
        print(f"\ntest share: {test_total / len(records):.0%}")
    print("\nper file:  " + ", ".join(f"{k} {n}" for k, n in sorted(Counter(f for f, _ in records).items())))
    print(
        "per tier:  "
        + ", ".join(f"{k} {n}" for k, n in sorted(Counter(r.get("tier") for _, r in records).items()))
    )
    para = sum(1 for _, r in records if r.get("paraphrased"))
    print(f"paraphrased (described, not quoted): {para}")

    warnings = []
    if records and test_total / len(records) < 0.25:
        warnings.append("less than a quarter of the records are in test")
    for verdict in VERDICTS:
        for split in ("dev", "test"):
            if by_vs[(verdict, split)] == 0:
                warnings.append(f"no {verdict} record in {split}")
    for w in warnings:
        print(f"WARNING: {w}")
    for e in errors:
        print(f"ERROR: {e}")
    print("\nOK" if not errors else f"\n{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
