"""Entity resolution from the alias table in ``timeline/data/entities.toml``.

The table is data, not code: every name, ticker and ISIN that means one company, analyst firm,
investor, consensus provider or index maps to one canonical id. Matching folds case, dots,
apostrophes, a possessive ``'s`` and runs of white space, so ``"J.P. Morgan"`` and
``"JPMorgan"`` meet without a line of their own.

Examples
--------
>>> from timeline.entities import canonical, resolve
>>> resolve("9988.HK"), resolve("US01609W1027"), resolve("J.P. Morgan")
('BABA', 'BABA', 'JPMorgan')
>>> resolve("Some Boutique Research") is None
True
>>> canonical("Some Boutique Research")  # unknown names are kept as written
'Some Boutique Research'
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Literal

__all__ = [
    "Entity",
    "EntityKind",
    "alias_table",
    "canonical",
    "canonical_metric",
    "entities",
    "normalise",
    "resolve",
]

EntityKind = Literal["company", "firm", "investor", "provider", "index", "exchange"]

_FOLD = re.compile(r"(?<=\w)['\u2019]s\b|[.\u2019'`\u00b4]")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Entity:
    """One canonical entity with every alias that names it."""

    id: str
    name: str
    kind: EntityKind
    aliases: tuple[str, ...]


_SLASH = re.compile(r"\s*/\s*")


@lru_cache(maxsize=8192)  # asked of the same few names in every sentence
def normalise(name: str) -> str:
    """Fold a name for matching: case, dots, apostrophes and spacing (around a slash too) do
    not count.

    >>> normalise("  J.P.  Morgan ")
    'jp morgan'
    """
    folded = _FOLD.sub("", _SLASH.sub("/", name.casefold()))
    return _SPACE.sub(" ", folded).strip()


@cache
def entities() -> tuple[Entity, ...]:
    """Every entity of the alias table, in file order."""
    raw = resources.files("timeline.data").joinpath("entities.toml").read_text("utf-8")
    table = tomllib.loads(raw)
    return tuple(
        Entity(
            id=row["id"],
            name=row["name"],
            kind=row["kind"],
            aliases=tuple(dict.fromkeys([row["id"], row["name"], *row.get("aliases", [])])),
        )
        for row in table["entity"]
    )


@cache
def alias_table() -> dict[str, Entity]:
    """Map of normalised alias to its entity; an alias claimed twice is a data error."""
    out: dict[str, Entity] = {}
    for entity in entities():
        for alias in entity.aliases:
            key = normalise(alias)
            other = out.get(key)
            if other is not None and other.id != entity.id:
                msg = f"alias {alias!r} names both {other.id!r} and {entity.id!r} in entities.toml"
                raise ValueError(msg)
            out[key] = entity
    return out


def resolve(name: str, kind: EntityKind | None = None) -> str | None:
    """The canonical id of ``name``, or ``None`` when the table does not know it.

    With ``kind``, only entities of that kind match.
    """
    entity = alias_table().get(normalise(name))
    if entity is None or (kind is not None and entity.kind != kind):
        return None
    return entity.id


def canonical(name: str, kind: EntityKind | None = None) -> str:
    """The canonical id of ``name`` when known, else the name as written (trimmed)."""
    return resolve(name, kind) or _SPACE.sub(" ", name).strip()


@cache
def _metric_names() -> dict[str, str]:
    raw = resources.files("timeline.data").joinpath("metrics.toml").read_text("utf-8")
    return {alias: name for name, aliases in tomllib.loads(raw).items() for alias in aliases}


def canonical_metric(name: str) -> str:
    """The name a company figure is kept under (``timeline/data/metrics.toml``): one name for
    a line of the accounts that news writes two ways.

    >>> canonical_metric("operating_profit"), canonical_metric("revenue")
    ('operating_income', 'revenue')
    """
    return _metric_names().get(name, name)
