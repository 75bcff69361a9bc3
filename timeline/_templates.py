"""HTML from Jinja2 templates (``timeline/templates``), with every value escaped."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jinja2 import Environment

__all__ = ["render"]


@cache
def _environment() -> Environment:
    # NOTE: Jinja2 loads with the first page rendered, not with `timeline.state` (which the
    # command line imports to print text)
    from jinja2 import Environment, PackageLoader, StrictUndefined  # noqa: PLC0415

    return Environment(
        loader=PackageLoader("timeline", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render(template: str, **context: Any) -> str:
    """Render a template of the package; text becomes markup only through ``|safe``."""
    return _environment().get_template(template).render(**context)
