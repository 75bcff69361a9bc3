"""Helper process of `timeline.hashing`: reads texts on standard input, each ended by a newline,
and writes the first 16 bytes of each one's SHA-256 to standard output.

Run as a script (``python -I _sha_worker.py``), so it starts in milliseconds: it imports
nothing but ``hashlib`` and ``sys``, not the timeline package.
"""

import hashlib
import sys


def main() -> None:
    sha = hashlib.sha256
    rest = b""  # a text cut by the end of a read
    while chunk := sys.stdin.buffer.read(1 << 22):
        texts = (rest + chunk).split(b"\n")
        rest = texts.pop()
        sys.stdout.buffer.write(b"".join([sha(t).digest()[:16] for t in texts]))
    sys.stdout.buffer.flush()


if __name__ == "__main__":
    main()
