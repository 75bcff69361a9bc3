#!/usr/bin/env python3
"""The project's two commands, for a fresh machine with only Python 3.11+.

    python3 dev.py run     # set up, ingest the seeds into ./.timeline, print the as-of answers
    python3 dev.py test    # set up, then lint, type-check and run every test (notebooks too)

and, for maintainers, ``python3 dev.py notebooks``: re-run the notebooks in place, storing their
outputs (nbval compares against them) without volatile metadata.

Set-up is idempotent and quick after the first time: a virtual environment in ``.venv``, with
``uv`` (from PyPI) installing this package in editable mode with its ``dev`` extra, then the
whole environment compiled to bytecode as pip leaves it. It is redone only when
``pyproject.toml`` or the install command changes. Uses nothing but the standard library.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / "python"
STAMP = VENV / ".timeline-installed"
INSTALL = ("pip", "install", "--quiet", "--python", str(PY), "-e", ".[dev]")
# NOTE: uv, unlike pip, leaves the installed packages as source only, and where
# PYTHONDONTWRITEBYTECODE is set no process ever caches their bytecode: every command would
# then compile polars, pydantic and the rest again on each start (`timeline asof` on a 1M
# store: 1.23 s, against 0.87 s compiled). uv's `--compile-bytecode` compiles only when it
# installs something, so an environment set up before is compiled here, explicitly; compileall
# skips what is already up to date.
COMPILE = ("-m", "compileall", "-qq", "-j", "0", str(VENV / ("Lib" if os.name == "nt" else "lib")))
# ... and so is this package's own source, installed in place (editable) and so never
# compiled by an install: at every set-up, as it changes with every edit (`timeline asof` on a
# 1M store started 50-80 ms sooner compiled, in a helper's runs); up-to-date files are skipped
COMPILE_PACKAGE = ("-m", "compileall", "-qq", "-j", "0", str(ROOT / "timeline"))


def say(message: str) -> None:
    print(f"==> {message}", flush=True)


def run(*args: str | Path, check: bool = True) -> int:
    result = subprocess.run([str(a) for a in args], cwd=ROOT, check=False)
    if check and result.returncode != 0:
        say(f"failed ({result.returncode}): {' '.join(map(str, args))}")
        sys.exit(result.returncode)
    return result.returncode


def setup() -> None:
    """Create .venv and install the package with its dev extra, when needed; compile the
    package's own modules every time (`COMPILE_PACKAGE`)."""
    if sys.version_info < (3, 11):  # noqa: UP036 - run by whatever python3 the machine has
        sys.exit(f"timeline needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    recipe = (ROOT / "pyproject.toml").read_bytes() + " ".join(INSTALL + COMPILE).encode()
    wanted = hashlib.sha256(recipe).hexdigest()
    if not (STAMP.exists() and STAMP.read_text() == wanted):
        _install(wanted)
    run(PY, *COMPILE_PACKAGE)


def _install(wanted: str) -> None:
    """Create .venv if missing, install the package and its dependencies, compile them, and
    stamp the environment with the recipe it was made from (``wanted``)."""
    started = time.monotonic()
    if not PY.exists():
        say(f"creating a virtual environment in {VENV}")
        venv.EnvBuilder(with_pip=True).create(VENV)
    say("installing timeline and its dependencies (first run takes a minute or two)")
    run(PY, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "uv")
    run(BIN / "uv", *INSTALL)
    run(PY, *COMPILE)
    STAMP.write_text(wanted)
    say(f"set-up done in {time.monotonic() - started:.0f} s")


def ensure_debian(command: str, package: str, needed_by: str) -> None:
    """Install Debian's ``package`` when ``command`` is missing and this is a Debian machine
    we may install on (CI starts clean); else say what to install."""
    if shutil.which(command):
        return
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("apt-get"):
        say(f"`{command}` is missing: install Debian's `{package}` package ({needed_by} need it)")
        return
    say(f"installing {package} from Debian's packages for {needed_by}")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "-qq", package]
    for args in (["apt-get", "update", "-qq"], install):
        subprocess.run(args, check=True, env=env, stdout=subprocess.DEVNULL)


def main_job() -> int:
    """Ingest the seeds into the default store and print the as-of answers."""
    return run(BIN / "timeline", "run", check=False)


def tests() -> int:
    """Lint, type-check and run the whole test suite; the exit code is the first failure's."""
    steps: list[tuple[str, list[str | Path]]] = [
        ("ruff check", [BIN / "ruff", "check", "."]),
        ("ruff format --check", [BIN / "ruff", "format", "--check", "."]),
        ("mypy (strict)", [BIN / "mypy"]),
        ("pytest", [PY, "-m", "pytest"]),
    ]
    ensure_debian("chromium", "chromium", "the browser tests")
    ensure_debian("java", "openjdk-17-jre-headless", "the Spark tests")  # Java 17+
    failed = 0
    for name, args in steps:
        say(name)
        code = run(*args, check=False)
        if code != 0:
            say(f"{name} failed with exit code {code}")
            failed = failed or code
    say("all checks passed" if not failed else "some checks failed")
    return failed


_STRIP = """
import sys, nbformat
for path in sys.argv[1:]:
    book = nbformat.read(path, as_version=4)
    book.metadata.pop("widgets", None)  # the offline vega bundle: 1 MB a chart, rebuilt on run
    for cell in book.cells:
        cell.metadata.pop("execution", None)  # timestamps change every run
    nbformat.write(book, path)
"""


def notebooks() -> int:
    """Re-execute every notebook in place and strip volatile metadata."""
    books = sorted(str(p) for p in (ROOT / "notebooks").glob("*.ipynb"))
    run(BIN / "jupyter", "nbconvert", "--to", "notebook", "--execute", "--inplace", *books)
    return run(PY, "-c", _STRIP, *books, check=False)


def main() -> None:
    commands = {"run": main_job, "test": tests, "notebooks": notebooks, "setup": lambda: 0}
    if len(sys.argv) != 2 or sys.argv[1] not in commands:
        sys.exit(f"usage: python3 dev.py {{{'|'.join(commands)}}}")
    setup()
    sys.exit(commands[sys.argv[1]]())


if __name__ == "__main__":
    main()
