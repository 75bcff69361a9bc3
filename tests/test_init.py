"""The public surface is small and explicit (httpx's test_exported_members)."""

from __future__ import annotations

import inspect

import timeline


def test_all_names_are_exported_and_defined() -> None:
    for name in timeline.__all__:
        assert hasattr(timeline, name), name
    assert sorted(timeline.__all__) == sorted(set(timeline.__all__))


def test_exported_objects_belong_to_the_package() -> None:
    for name in timeline.__all__:
        obj = getattr(timeline, name)
        if isinstance(obj, type) or inspect.isfunction(obj):
            assert obj.__module__.startswith("timeline."), (name, obj.__module__)
