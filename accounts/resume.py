"""Resume codes: a high-entropy code that reopens a case on any device.

    >>> code = new_code()            # e.g. "K7QXN-3HWRB-T9MZE-C4PVA", shown once
    >>> digest(" k7qxn 3hwrb－t9mze c4pva ") == digest(code.lower())
    True

Twenty characters from a 31-letter alphabet are 99 bits: far beyond guessing, so a plain
SHA-256 of the normalised code is a safe thing to store (and it can be looked up by index,
which a salted password hash could not).
"""

import hashlib
import secrets
import unicodedata

# No 0/O, 1/I/L: nothing that reads two ways when written down by hand.
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
GROUPS = 4
GROUP_LENGTH = 5


def new_code() -> str:
    groups = ("".join(secrets.choice(ALPHABET) for _ in range(GROUP_LENGTH)) for _ in range(GROUPS))
    return "-".join(groups)


def normalise(text: str) -> str:
    """What was typed, in the code's own form: full-width to ASCII, upper case, no separators."""
    text = unicodedata.normalize("NFKC", text or "").upper()
    return "".join(ch for ch in text if ch.isascii() and ch.isalnum())


def digest(text: str) -> str:
    return hashlib.sha256(normalise(text).encode()).hexdigest()


def looks_valid(text: str) -> bool:
    code = normalise(text)
    return len(code) == GROUPS * GROUP_LENGTH and all(ch in ALPHABET for ch in code)


def revoke_all(user) -> int:
    """Revoke the resume codes of all of `user`'s cases (after a password change); how many."""
    return user.cases.exclude(resume_code_hash="").update(
        resume_code_hash="", resume_code_created=None, resume_code_used=None
    )
