"""Split the annotated batches into `dev` and `sealed`, once, by outlet.

Run once, before any tuning on the corpus (it refuses to overwrite an existing split):

    .venv/bin/python tests/corpus/split.py /work/corpus_work/b1 ... /work/corpus_work/b6

Outlets are grouped (a syndication family such as the MarketBeat network counts as one outlet),
shuffled with a fixed seed, and whole groups go to `sealed` until it has at least 30 articles
from at least 10 outlet groups; every other group goes to `dev`, so no sealed outlet appears in
dev. Groups named in ``--dev-only`` (outlets already read while building the rules) stay in dev.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 11  # the number: fixed, so the split can be re-derived
MIN_ARTICLES, MIN_OUTLETS = 30, 10
_FAMILY = {  # sites that publish one syndicated template
    "ticker report": "MarketBeat network",
    "american banking news": "MarketBeat network",
    "etf daily news": "MarketBeat network",
    "marketbeat": "MarketBeat network",
}


#: Wires and syndicates whose copy other sites carry: the origin is the outlet.
_ORIGINS = ("CNBC", "dpa-AFX", "RTTNews", "Reuters", "Jiji Press", "IANS", "Dow Jones")


def _group(entry: dict[str, object]) -> str:
    if entry.get("family"):
        return str(entry["family"])
    written = str(entry["outlet"])
    carried = re.search(r"\((?P<by>.*)\)$", written)
    if carried:
        origin = next((o for o in _ORIGINS if o in carried.group("by")), None)
        if origin:
            return origin
    outlet = re.sub(r"\s*\(.*\)$", "", written).strip()
    return next((o for o in _ORIGINS if o == outlet), _FAMILY.get(outlet.lower(), outlet))


def _toml_value(value: object) -> str:
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return str(value) if not isinstance(value, bool) else str(value).lower()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("batches", nargs="+", type=Path)
    parser.add_argument("--dev-only", nargs="*", default=["MarketBeat network"])
    args = parser.parse_args()
    if (HERE / "sealed").exists() or (HERE / "dev").exists():
        sys.exit("the corpus is split already; a split is made once")
    entries: list[tuple[Path, dict[str, object]]] = []
    for batch in args.batches:
        table = tomllib.loads((batch / "manifest.toml").read_text("utf-8"))
        entries += [(batch, e) for e in table["article"]]
    groups: dict[str, list[tuple[Path, dict[str, object]]]] = {}
    for batch, entry in entries:
        groups.setdefault(_group(entry), []).append((batch, entry))
    order = sorted(g for g in groups if g not in args.dev_only)
    random.Random(SEED).shuffle(order)
    sealed: set[str] = set()
    for name in order:
        count = sum(len(groups[g]) for g in sealed)
        if count >= MIN_ARTICLES and len(sealed) >= MIN_OUTLETS:
            break
        sealed.add(name)
    for part in ("dev", "sealed"):
        (HERE / part / "gold").mkdir(parents=True)
        lines = [f"# The {part} articles of the real-news corpus (see ../README.md).\n"]
        for name in sorted(groups):
            if (name in sealed) != (part == "sealed"):
                continue
            for batch, entry in groups[name]:
                stem = Path(str(entry["file"])).stem
                shutil.copy(batch / str(entry["file"]), HERE / part / str(entry["file"]))
                shutil.copy(batch / "gold" / f"{stem}.toml", HERE / part / "gold" / f"{stem}.toml")
                lines.append("[[article]]")
                lines += [f"{k} = {_toml_value(v)}" for k, v in entry.items()]
                lines.append(f"outlet_group = {_toml_value(name)}\n")
        (HERE / part / "manifest.toml").write_text("\n".join(lines), "utf-8")
    (HERE / "sealed" / "gold" / "SEALED").write_text(
        "Sealed evaluation set: scored, never studied. Read only its totals.\n", "utf-8"
    )
    print(f"sealed: {sorted(sealed)}")
    print(f"dev: {sorted(set(groups) - sealed)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
