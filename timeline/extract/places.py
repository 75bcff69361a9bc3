"""Places: countries, their subdivisions, the cities of financial news and the names of
peoples ("Spanish", "Korean"), never a subject.

Countries and subdivisions come from pycountry (ISO 3166); `timeline/data/places.toml` adds
short forms and cities that ISO does not spell that way.

>>> from timeline.extract.places import is_place
>>> [is_place(n) for n in ("Japan", "South Korea", "Tokyo", "Mumbai", "Spanish", "BYD")]
[True, True, True, True, True, False]
>>> [is_place(n) for n in ("Nigerian", "Kenyan", "Sri Lankan", "Ghanaian", "Zenith")]
[True, True, True, True, False]
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

import pycountry

from timeline.entities import normalise

__all__ = ["is_country", "is_place"]


@cache
def _places() -> frozenset[str]:
    names: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if value := getattr(country, attr, None):
                names.add(value)
        names.update(_demonyms(getattr(country, "common_name", None) or country.name))
    names.update(s.name for s in pycountry.subdivisions)
    raw = resources.files("timeline.data").joinpath("places.toml").read_text("utf-8")
    for group in tomllib.loads(raw).values():
        names.update(group)
    return frozenset(normalise(n) for n in names)


def _demonyms(country: str) -> set[str]:
    """The regular names of a country's people, as English derives them ("Nigerian", "Kenyan",
    "Pakistani", "Zimbabwean", "Egyptian"); irregular ones ("Ghanaian") are in places.toml. A
    form English does not use ("Omanian") costs nothing: no text writes it.

    >>> sorted(_demonyms("Nigeria")), sorted(_demonyms("Pakistan")), sorted(_demonyms("Egypt"))
    (['Nigerian'], ['Pakistani'], ['Egyptian'])
    """
    if "," in country or "(" in country:
        return set()  # "Korea, Republic of": its common name is derived instead
    if country.endswith("stan"):
        return {country + "i"}
    if country.endswith("a"):
        return {country + "n"}
    if country.endswith("e"):
        return {country + "an"}
    if country.endswith("y"):
        return {country[:-1] + "ian"}
    return {country + "ian"}


def is_place(name: str) -> bool:
    """Whether ``name`` (as a whole) names a country, a region or a city."""
    return normalise(name) in _places()


@cache
def _countries() -> frozenset[str]:
    names: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if value := getattr(country, attr, None):
                names.add(value)
    raw = resources.files("timeline.data").joinpath("places.toml").read_text("utf-8")
    names.update(tomllib.loads(raw)["short_forms"])
    return frozenset(normalise(n) for n in names)


def is_country(name: str) -> bool:
    """Whether ``name`` (as a whole) names a country or a group of countries, not one of its
    regions or cities (a region's name may be a company's: "Antofagasta").

    >>> [is_country(n) for n in ("Ireland", "Netherlands", "UK", "Antofagasta", "Mumbai")]
    [True, True, True, False, False]
    """
    return normalise(name) in _countries()
