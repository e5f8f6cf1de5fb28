"""Measure the bundled examples and raise their pinned floors in examples/baseline.json.

Usage: python scripts/examples_baseline.py [--allow-lower REASON]
Lowering a floor is refused unless --allow-lower is given with a reason (say it in the commit too).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from examples_score import BASELINE, score_all  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--allow-lower", metavar="REASON")
    args = parser.parse_args()
    from detente import Reader
    totals = score_all(Reader())
    old = json.loads(BASELINE.read_text())["floors"] if BASELINE.exists() else {}
    lowered = {k: (old[k], v[0]) for k, v in totals.items() if k in old and v[0] < old[k]}
    if lowered and not args.allow_lower:
        print(f"refusing to lower floors {lowered}: pass --allow-lower REASON", file=sys.stderr)
        return 1
    data = {"floors": {k: v[0] for k, v in totals.items()}, "totals": {k: v[1] for k, v in totals.items()}}
    if args.allow_lower:
        data["lowered_because"] = args.allow_lower
    BASELINE.write_text(json.dumps(data, indent=2) + "\n")
    for key, (passed, total) in totals.items():
        print(f"{key:14} {passed:4d} / {total:4d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
