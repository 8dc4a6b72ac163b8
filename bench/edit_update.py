#!/usr/bin/env python3
"""Change one recommendation's latest update text, for bench/run.sh's one-file-changed rebuild.

    python3 bench/edit_update.py followthrough SITE/content/reviews/SLUG/NNN.yaml
    python3 bench/edit_update.py hugo SITE/hugo/content/reviews/SLUG/NUMBER.md
    python3 bench/edit_update.py --state followthrough FILE    # prints "edited" or "original"

Each call toggles the words `MARK` at the end of the last line of the latest update's `text:`
(a literal block scalar, as bench/generate.py writes it): added if absent, removed if present.
Called before every timed run, it alternates the file between two versions, so that every run
has a change to build. In followthrough's file the updates are the last key, so the text's last
line is the file's last line; in Hugo's page they are the last key of the front matter, so it is
the line before the closing `---`. Standard library only.
"""

from __future__ import annotations

import sys

MARK = " Checked again by the benchmark."


def text_line(lines: list[str], kind: str) -> int:
    """The index of the last line of the latest update's text."""
    if kind == "followthrough":
        i = len(lines) - 1
        while i >= 0 and not lines[i].strip():
            i -= 1
        return i
    # Hugo: front matter between the first two `---` lines.
    closing = [i for i, ln in enumerate(lines) if ln.rstrip("\n") == "---"]
    if len(closing) < 2:
        raise SystemExit(f"edit_update: no front matter in the Hugo page")
    return closing[1] - 1


def main(argv: list[str]) -> int:
    state_only = argv[:1] == ["--state"]
    if state_only:
        argv = argv[1:]
    if len(argv) != 2 or argv[0] not in ("followthrough", "hugo"):
        print(__doc__, file=sys.stderr)
        return 2
    kind, path = argv
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().splitlines(keepends=True)
    i = text_line(lines, kind)
    if i < 0 or not lines[i].startswith("      "):
        raise SystemExit(f"edit_update: {path}: line {i + 1} is not an update's text")
    body = lines[i].rstrip("\n")
    end = lines[i][len(body):]
    edited = body.endswith(MARK)
    if state_only:
        print("edited" if edited else "original")
        return 0
    lines[i] = (body[: -len(MARK)] if edited else body + MARK) + end
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
