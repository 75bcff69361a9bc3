"""environment.yml (for conda users) must name the same dependencies as pyproject.toml."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_NAME = re.compile(r"^[A-Za-z0-9_.\-]+")


def _names(specs: list[str]) -> set[str]:
    return {m.group(0).lower().replace("_", "-") for s in specs if (m := _NAME.match(s.strip()))}


def _conda_dependencies() -> set[str]:
    names: set[str] = set()
    in_deps = False
    for line in (ROOT / "environment.yml").read_text().splitlines():
        if line.startswith("dependencies:"):
            in_deps = True
            continue
        match = re.match(r"^  - ([^#\s][^#]*)$", line)
        if in_deps and match:
            names |= _names([match.group(1)])
    return names - {"python", "pip"}


def test_environment_yml_matches_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    extras = project["optional-dependencies"]
    wanted = _names(project["dependencies"]).union(*(_names(extras[x]) for x in extras))
    wanted.discard("timeline")  # the dev extra names the others as timeline[test], [bench]
    assert _conda_dependencies() == wanted


def test_test_tools_are_not_runtime_dependencies() -> None:
    runtime = _names(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    )
    assert not runtime & {"pytest", "nbval", "hypothesis", "playwright", "mypy", "ruff"}


def test_environment_yml_installs_the_package_editable() -> None:
    text = (ROOT / "environment.yml").read_text()
    assert "conda-forge" in text
    assert re.search(r"^\s+- -e \.$", text, flags=re.MULTILINE)


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text()
    ci = (ROOT / ".ci" / "run").read_text()
    assert "python3 dev.py test" in readme
    assert "python3 dev.py run" in readme
    assert ci.strip().endswith("exec python3 dev.py test")


def test_seeds_are_the_shared_articles_unchanged() -> None:
    shared = ROOT.parent / "shared" / "seeds"
    ours = sorted((ROOT / "seeds").glob("*.txt"))
    assert len(ours) == 5
    if shared.is_dir():  # beside the checkout in development and CI
        for path in ours:
            assert path.read_bytes() == (shared / path.name).read_bytes()


def test_the_readme_python_examples_run(tmp_path: Path) -> None:
    """Docs that run: every ```python block of the README, on a store of the seeds, in order
    and in one namespace, as a reader pasting them into a notebook would."""
    readme = (ROOT / "README.md").read_text()
    blocks = re.findall(r"^```python\n(.*?)^```", readme, flags=re.MULTILINE | re.DOTALL)
    assert len(blocks) >= 2
    store = tmp_path / "store"
    ingest = [
        sys.executable,
        "-m",
        "timeline",
        "ingest",
        str(ROOT / "seeds"),
        "--store",
        str(store),
    ]
    assert subprocess.run(ingest, capture_output=True, check=False).returncode == 0
    script = tmp_path / "readme.py"
    script.write_text("\n".join(blocks))
    env = {**os.environ, "TIMELINE_STORE": str(store)}
    got = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        check=False,
    )
    assert got.returncode == 0, got.stderr
    assert "BABA JPMorgan" in got.stdout
    assert "1 new, 0 already present (table version 0)" in got.stdout


def test_set_up_leaves_the_dependencies_compiled() -> None:
    """`dev.py` compiles the environment, so no start of the command line compiles polars and
    pydantic first (0.35 s of a cold `timeline asof` where PYTHONDONTWRITEBYTECODE is set)."""
    if not (ROOT / ".venv" / ".timeline-installed").exists() or Path(sys.prefix) != ROOT / ".venv":
        return  # run outside the environment `dev.py` sets up (conda, say): nothing to check
    import importlib.util

    import polars
    import pydantic

    for module in (polars, pydantic):
        assert module.__file__ is not None
        assert Path(importlib.util.cache_from_source(module.__file__)).exists(), module.__name__
