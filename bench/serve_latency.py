#!/usr/bin/env python3
"""Edit-to-page-updated latency of `followthrough serve`.

    python3 bench/serve_latency.py --bin target/release/followthrough --root bench/sites/n10000 \
        [--edits 20] [--out serve.json] [--log serve.log]

Starts `followthrough serve --root SITE --port P` on a free loopback port, waits until it answers,
then, EDITS times: appends a unique word to the `recommendation:` text of one recommendation file,
and polls GET /reviews/<slug>/<number>/ every 5 ms until the word is in the page (at most 30 s
per edit). The latency is the time from the file's save to the first response containing the word.
Prints the median and 90th percentile and writes them as JSON for bench/report.py.
The file is restored and the server stopped at the end, whatever happens.
Only 127.0.0.1 is contacted. Standard library only.
"""

from __future__ import annotations

import argparse
import glob
import json
import math
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request

POLL_S = 0.005
HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def get(url: str, timeout: float = 2.0) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return r.status, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, ""
    except (urllib.error.URLError, ConnectionError, TimeoutError, socket.timeout, OSError):
        return 0, ""


def pick_recommendation(root: str) -> tuple[str, str, str]:
    """(file, review slug, number) of the first recommendation of the first review."""
    review = sorted(glob.glob(os.path.join(root, "content", "reviews", "*", "")))[0]
    path = sorted(glob.glob(os.path.join(review, "*.yaml")))[0]
    with open(path, encoding="utf-8") as f:
        m = re.search(r'^number: "([^"]+)"$', f.read(), re.M)
    if not m:
        raise SystemExit(f"serve_latency: no number in {path}")
    return path, os.path.basename(os.path.dirname(path)), m.group(1)


def with_marker(text: str, marker: str) -> str:
    """Append ` marker` to the last non-blank line of the `recommendation: |` block."""
    lines = text.split("\n")
    start = lines.index("recommendation: |")
    last = start
    for i in range(start + 1, len(lines)):
        if lines[i] == "" or lines[i].startswith("  "):
            if lines[i].strip():
                last = i
        else:
            break
    if last == start:
        raise SystemExit("serve_latency: empty recommendation block")
    lines[last] += " " + marker
    return "\n".join(lines)


def write_result(out: str | None, result: dict) -> None:
    if out:
        with open(out, "w") as f:
            json.dump(result, f, indent=2)
            f.write("\n")


def stop(proc: subprocess.Popen) -> None:
    """Stop the server we started (by its pid only): Ctrl-C, then TERM, then KILL."""
    if proc.poll() is not None:
        return
    for sig, wait in ((signal.SIGINT, 5), (signal.SIGTERM, 5)):
        try:
            proc.send_signal(sig)
            proc.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue
    proc.kill()
    proc.wait()


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description="edit-to-page-updated latency of followthrough serve")
    ap.add_argument("--bin", required=True)
    ap.add_argument("--root", required=True, help="site folder (with content/)")
    ap.add_argument("--edits", type=int, default=20)
    ap.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for one edit")
    ap.add_argument("--startup-timeout", type=float, default=300.0,
                    help="seconds to wait for the first build and the server to answer")
    ap.add_argument("--pause", type=float, default=0.5, help="seconds between edits")
    ap.add_argument("--out", help="JSON file for bench/report.py")
    ap.add_argument("--log", help="file for the server's output (default: discarded)")
    args = ap.parse_args(argv)

    base = {"edits": args.edits, "poll_ms": POLL_S * 1000}

    # Does the binary have a serve command at all?
    try:
        help_text = subprocess.run([args.bin, "--help"], capture_output=True, text=True,
                                   timeout=30).stdout
    except (OSError, subprocess.SubprocessError) as e:
        help_text = ""
        print(f"serve_latency: cannot run {args.bin}: {e}", file=sys.stderr)
    if not re.search(r"^\s+serve\b", help_text, re.M):
        msg = "serve not implemented"
        print(f"serve_latency: {msg} (`{args.bin} --help` lists no serve command)", file=sys.stderr)
        write_result(args.out, {**base, "status": "not-implemented", "reason": msg})
        return 0

    path, slug, number = pick_recommendation(args.root)
    page = f"/reviews/{slug}/{number}/"
    port = free_port()
    url = f"http://{HOST}:{port}{page}"
    with open(path, encoding="utf-8") as f:
        original = f.read()

    log = open(args.log, "w") if args.log else subprocess.DEVNULL
    cmd = [args.bin, "serve", "--root", args.root, "--port", str(port)]
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    latencies: list[float] = []
    timeouts = 0
    try:
        deadline = time.monotonic() + args.startup_timeout
        status = 0
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                break
            status, _ = get(url)
            if status == 200:
                break
            time.sleep(0.05)
        if status != 200:
            code = proc.poll()
            reason = (f"serve exited with status {code} before answering" if code is not None
                      else f"serve did not answer 200 for {page} within {args.startup_timeout:g} s")
            print(f"serve_latency: {reason}; command: {' '.join(cmd)}"
                  + (f"; see {args.log}" if args.log else ""), file=sys.stderr)
            write_result(args.out, {**base, "status": "failed", "reason": reason})
            return 1

        time.sleep(args.pause)
        for i in range(args.edits):
            marker = f"ftlatency{os.getpid()}x{i:02d}"
            data = with_marker(original, marker)
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(data)
            t0 = time.perf_counter()
            found = None
            while time.perf_counter() - t0 < args.timeout:
                st, body = get(url)
                if st == 200 and marker in body:
                    found = time.perf_counter() - t0
                    break
                time.sleep(POLL_S)
            if found is None:
                timeouts += 1
                print(f"edit {i + 1}: page not updated within {args.timeout:g} s", file=sys.stderr)
            else:
                latencies.append(found * 1000)
                print(f"edit {i + 1}: {found * 1000:.1f} ms", file=sys.stderr)
            time.sleep(args.pause)
    finally:
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(original)
        stop(proc)
        if args.log:
            log.close()

    if not latencies:
        reason = f"no edit reached the page within {args.timeout:g} s"
        print(f"serve_latency: {reason}", file=sys.stderr)
        write_result(args.out, {**base, "status": "failed", "reason": reason, "timeouts": timeouts})
        return 1
    # An edit that never reached the page counts as infinitely slow, not as missing.
    srt = sorted(latencies) + [math.inf] * timeouts
    median = statistics.median(srt)
    p90 = srt[max(0, math.ceil(0.9 * len(srt)) - 1)]
    if math.isinf(median):
        reason = f"{timeouts} of {args.edits} edits did not reach the page within {args.timeout:g} s"
        print(f"serve_latency: {reason}", file=sys.stderr)
        write_result(args.out, {**base, "status": "failed", "reason": reason, "timeouts": timeouts})
        return 1
    result = {
        **base,
        "status": "ok" if not timeouts else "partial",
        "file": os.path.relpath(path, args.root),
        "page": page,
        "latencies_ms": [round(x, 1) for x in latencies],
        "timeouts": timeouts,
        "median_ms": median,
        "p90_ms": p90 if not math.isinf(p90) else None,
    }
    p90_text = f"{p90:.1f} ms" if not math.isinf(p90) else "timed out"
    print(f"serve latency over {args.edits} edits: median {median:.1f} ms, p90 {p90_text}"
          + (f", {timeouts} timed out" if timeouts else ""))
    write_result(args.out, result)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
