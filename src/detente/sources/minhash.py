"""MinHash signatures and LSH band keys over word shingles, for finding near-duplicate articles.

Why not datasketch: signatures are *persisted* in the database and compared with signatures made
months later, so the hashing must never change with a library upgrade. This module fixes every
choice in code (and names the scheme in `SCHEME`, stored beside each signature):

- text -> words: NFKC, lower case, runs of letters/digits;
- shingles: every run of `SHINGLE` consecutive words, hashed to 32 bits with BLAKE2b;
- `NUM_PERM` hash functions h(x) = (a*x + b) mod (2^61 - 1), keeping the low 32 bits, with a and
  b derived from BLAKE2b of their index (no random generator whose stream could change);
- LSH: `BANDS` bands of `ROWS` values; each band is hashed with its index to a 63-bit key, so a
  lookup is "articles sharing any of my 32 keys": an indexed IN query, never all pairs.

With 32 bands of 4 rows, two texts whose shingle sets have Jaccard similarity s share at least one
band with probability 1 - (1 - s^4)^32: 0.87 at s = 0.5, 0.99 at s = 0.6, 0.00005 at s = 0.1.
Candidates are then confirmed by the signatures' estimated similarity (`similarity`).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

import numpy as np

SHINGLE = 5
NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS
SCHEME = f"minhash-w{SHINGLE}-p{NUM_PERM}-b{BANDS}x{ROWS}-v1"
MERSENNE = (1 << 61) - 1
_MASK32 = np.uint64(0xFFFFFFFF)
_MASK63 = (1 << 63) - 1
_BLOCK = 4096
_WORD = re.compile(r"[^\W_]+")


def _params() -> tuple[np.ndarray, np.ndarray]:
    """The fixed (a, b) of each hash function: a in [1, 2^31), b in [0, 2^32), from BLAKE2b."""
    a, b = [], []
    for i in range(NUM_PERM):
        digest = hashlib.blake2b(f"detente-minhash-{i}".encode(), digest_size=16).digest()
        a.append(int.from_bytes(digest[:8], "little") % ((1 << 31) - 1) + 1)
        b.append(int.from_bytes(digest[8:], "little") % (1 << 32))
    return np.array(a, dtype=np.uint64), np.array(b, dtype=np.uint64)


_A, _B = _params()


def words(text: str) -> list[str]:
    """The text's words, normalised (NFKC, lower case; punctuation dropped)."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).lower())


def shingles(text: str, size: int = SHINGLE) -> set[int]:
    """32-bit hashes of every run of `size` consecutive words (the whole text if it is shorter)."""
    ws = words(text)
    if not ws:
        return set()
    runs = [" ".join(ws[i:i + size]) for i in range(max(len(ws) - size + 1, 1))]
    return {int.from_bytes(hashlib.blake2b(r.encode("utf-8"), digest_size=4).digest(), "little")
            for r in runs}


def signature(text_or_shingles: str | set[int]) -> np.ndarray:
    """The MinHash signature (NUM_PERM uint32 values) of a text or of its shingle set."""
    values = shingles(text_or_shingles) if isinstance(text_or_shingles, str) else text_or_shingles
    sig = np.full(NUM_PERM, np.iinfo(np.uint64).max, dtype=np.uint64)
    if not values:
        return sig.astype(np.uint32)  # all 0xFFFFFFFF: an empty text
    hv = np.fromiter(values, dtype=np.uint64, count=len(values))
    for start in range(0, len(hv), _BLOCK):
        block = hv[start:start + _BLOCK]
        # a < 2^31 and x < 2^32, so a*x + b < 2^64: no overflow before the modulus.
        hashed = ((_A[:, None] * block[None, :] + _B[:, None]) % np.uint64(MERSENNE)) & _MASK32
        np.minimum(sig, hashed.min(axis=1), out=sig)
    return sig.astype(np.uint32)


def band_keys(sig: np.ndarray) -> list[int]:
    """One 63-bit key per band (band index included, so equal rows in different bands differ)."""
    raw = np.asarray(sig, dtype="<u4")
    keys = []
    for band in range(BANDS):
        chunk = raw[band * ROWS:(band + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8, salt=band.to_bytes(16, "little")).digest()
        keys.append(int.from_bytes(digest, "little") & _MASK63)
    return keys


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two texts' shingle sets: the share of equal values."""
    return float(np.mean(np.asarray(a) == np.asarray(b)))


def encode(sig: np.ndarray) -> bytes:
    """Signature as bytes for the database (little-endian uint32s)."""
    return np.asarray(sig, dtype="<u4").tobytes()


def decode(data: bytes) -> np.ndarray:
    """Signature from its stored bytes."""
    return np.frombuffer(data, dtype="<u4")
