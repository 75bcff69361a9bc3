"""Places: countries, their subdivisions, the cities of financial news and the names of
peoples ("Spanish", "Korean"), never a subject.

Countries and subdivisions come from pycountry (ISO 3166); `timeline/data/places.toml` adds
short forms and cities that ISO does not spell that way.

>>> from timeline.extract.places import is_place
>>> [is_place(n) for n in ("Japan", "South Korea", "Tokyo", "Mumbai", "Spanish", "BYD")]
[True, True, True, True, True, False]
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

import pycountry

from timeline.entities import normalise

__all__ = ["is_place"]


@cache
def _places() -> frozenset[str]:
    names: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if value := getattr(country, attr, None):
                names.add(value)
    names.update(s.name for s in pycountry.subdivisions)
    raw = resources.files("timeline.data").joinpath("places.toml").read_text("utf-8")
    for group in tomllib.loads(raw).values():
        names.update(group)
    return frozenset(normalise(n) for n in names)


def is_place(name: str) -> bool:
    """Whether ``name`` (as a whole) names a country, a region or a city."""
    return normalise(name) in _places()
