#!/usr/bin/env python3
"""Turn the raw benchmark results of bench/run.sh into bench/RESULTS.md.

    python3 bench/report.py meta   --results DIR --bin BIN --n-list "1000 10000" [...]
    python3 bench/report.py report --results DIR --out bench/RESULTS.md

`meta` records the machine, date, commit and tool versions when a run starts (meta.json).
`report` reads, for each size N, DIR/nN/:

    round-R.json        hyperfine --export-json of one round (one run of each tool)
    time-ft-rR.txt      /usr/bin/time -v of followthrough in round R (the last record is the
    time-hugo-rR.txt    timed run; round 1 also holds the warm-up run before it)
    floor.json          hyperfine --export-json of the floor (cat content + cp -r output)
    sizes.json          files and bytes read and written

and DIR/serve.json (bench/serve_latency.py), and writes the Markdown report.
Standard library only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import glob
import json
import os
import platform
import re
import statistics
import subprocess
import sys

TARGETS_N = 10000
BIG_N = 50000
GIB = 1024 ** 3


# ------------------------------------------------------------------------------------------
# meta
# ------------------------------------------------------------------------------------------

def run(cmd: list[str]) -> str:
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
        return (p.stdout or p.stderr).strip().splitlines()[0] if (p.stdout or p.stderr).strip() else ""
    except (OSError, subprocess.SubprocessError):
        return ""


def machine() -> dict:
    cpu = ""
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem_kib = 0
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    mem_kib = int(line.split()[1])
                    break
    except OSError:
        pass
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu or platform.processor() or "unknown",
        "memory_gib": round(mem_kib / 1024 / 1024, 1),
        "kernel": platform.release(),
        "os": run(["sh", "-c", ". /etc/os-release && echo \"$PRETTY_NAME\""]),
    }


def cmd_meta(args: argparse.Namespace) -> int:
    commit = run(["git", "rev-parse", "--short=12", "HEAD"])
    dirty = bool(run(["git", "status", "--porcelain", "--untracked-files=no"]))
    meta = {
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": commit + (" (with uncommitted changes)" if dirty else ""),
        "machine": machine(),
        "n_list": [int(x) for x in args.n_list.split()],
        "seed": args.seed,
        "clean_output": args.clean_output == "1",
        "versions": {
            "followthrough": run([args.bin, "--version"]) or "unknown",
            "hugo": run(["hugo", "version"]),
            "hyperfine": run(["hyperfine", "--version"]),
            "rustc": run(["rustc", "--version"]),
            "python": platform.python_version(),
        },
    }
    os.makedirs(args.results, exist_ok=True)
    with open(os.path.join(args.results, "meta.json"), "w") as f:
        json.dump(meta, f, indent=2)
        f.write("\n")
    return 0


# ------------------------------------------------------------------------------------------
# parsing
# ------------------------------------------------------------------------------------------

def parse_time_v(path: str) -> dict | None:
    """The last record of a GNU time -v file: user, sys (s), peak RSS (KiB), exit status."""
    try:
        text = open(path).read()
    except OSError:
        return None
    records = [r for r in text.split("Command being timed:") if r.strip()]
    if not records:
        return None
    rec = records[-1]

    def field(name: str) -> str:
        m = re.search(r"^\s*" + re.escape(name) + r":\s*(.+)$", rec, re.M)
        return m.group(1).strip() if m else ""

    try:
        return {
            "user": float(field("User time (seconds)")),
            "sys": float(field("System time (seconds)")),
            "rss_kib": int(field("Maximum resident set size (kbytes)")),
            "exit": int(field("Exit status") or 0),
        }
    except ValueError:
        return None


def load_json(path: str):
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def stats(xs: list[float]) -> dict | None:
    if not xs:
        return None
    return {
        "mean": statistics.fmean(xs),
        "sd": statistics.stdev(xs) if len(xs) > 1 else 0.0,
        "median": statistics.median(xs),
        "min": min(xs),
        "max": max(xs),
        "n": len(xs),
    }


def load_n(d: str) -> dict:
    tools: dict[str, dict] = {"followthrough": {"times": [], "cpu": [], "rss": []},
                              "hugo": {"times": [], "cpu": [], "rss": []}}
    rounds = sorted(glob.glob(os.path.join(d, "round-*.json")),
                    key=lambda p: int(re.search(r"round-(\d+)", p).group(1)))
    for rp in rounds:
        r = int(re.search(r"round-(\d+)", rp).group(1))
        data = load_json(rp) or {"results": []}
        for res in data["results"]:
            name = res["command"]
            if name in tools:
                tools[name]["times"].extend(res["times"])
        for name, short in (("followthrough", "ft"), ("hugo", "hugo")):
            tv = parse_time_v(os.path.join(d, f"time-{short}-r{r}.txt"))
            if tv:
                tools[name]["cpu"].append(tv["user"] + tv["sys"])
                tools[name]["rss"].append(tv["rss_kib"] / 1024)
    out = {}
    for name, t in tools.items():
        out[name] = {
            "wall": stats(t["times"]),
            "cpu": stats(t["cpu"]),
            "rss_mib": max(t["rss"]) if t["rss"] else None,
        }
    floor = load_json(os.path.join(d, "floor.json"))
    if floor and floor.get("results"):
        fr = floor["results"][0]
        out["floor"] = {
            "wall": stats(fr["times"]),
            "cpu": stats([fr.get("user", 0) + fr.get("system", 0)]),
            "rss_mib": None,
        }
    out["sizes"] = load_json(os.path.join(d, "sizes.json")) or {}
    out["rounds"] = len(rounds)
    return out


# ------------------------------------------------------------------------------------------
# report
# ------------------------------------------------------------------------------------------

def fmt_s(s: dict | None) -> str:
    if not s:
        return "–"
    return f"{s['mean']:.3f} ± {s['sd']:.3f}"


def fmt_mib(x: float | None) -> str:
    return "–" if x is None else f"{x:,.0f}"


def ratio(a: dict | None, b: dict | None) -> float | None:
    if not a or not b or not b["mean"]:
        return None
    return a["mean"] / b["mean"]


def fmt_ratio(x: float | None) -> str:
    return "–" if x is None else f"{x:.2f}x"


def num(x) -> str:
    return f"{x:,}" if isinstance(x, int) else "?"


def mib(nbytes) -> str:
    return f"{nbytes / 1024 / 1024:,.1f} MiB" if isinstance(nbytes, (int, float)) else "?"


def verdict(ok: bool | None) -> str:
    return {True: "**pass**", False: "**FAIL**", None: "not measured"}[ok]


def cmd_report(args: argparse.Namespace) -> int:
    meta = load_json(os.path.join(args.results, "meta.json")) or {}
    ns = {}
    for d in glob.glob(os.path.join(args.results, "n*")):
        m = re.fullmatch(r"n(\d+)", os.path.basename(d))
        if m and os.path.isdir(d):
            ns[int(m.group(1))] = load_n(d)
    if not ns:
        print("report: no results under " + args.results, file=sys.stderr)
        return 1
    serve = load_json(os.path.join(args.results, "serve.json"))

    m = meta.get("machine", {})
    v = meta.get("versions", {})
    L: list[str] = []
    L.append("# Benchmark results")
    L.append("")
    L.append("Written by `bash bench/run.sh` (see `bench/README.md`). Rerun it whenever the build "
             "changes; numbers from an older commit say nothing about this one.")
    L.append("")
    L.append(f"- **Date:** {meta.get('date', '?')}")
    L.append(f"- **Commit:** `{meta.get('commit', '?')}`")
    L.append(f"- **Machine:** {m.get('nproc', '?')} CPUs ({m.get('cpu', '?')}), "
             f"{m.get('memory_gib', '?')} GiB memory, {m.get('os', '')} (Linux {m.get('kernel', '?')})")
    L.append(f"- **Tools:** followthrough {v.get('followthrough', '?')}; {v.get('hugo', '?')}; "
             f"{v.get('hyperfine', '?')}; {v.get('rustc', '?')}")
    L.append(f"- **Content:** `bench/generate.py --seed {meta.get('seed', 1)}`, reviews of about 50 "
             "recommendations; the same pages as a Hugo site with `status` and `owner` taxonomies")
    L.append("- **Method:** wall time from hyperfine, one run of each tool per round, order flipped "
             "every round (followthrough, Hugo, Hugo, followthrough, ...), after one warm-up run of "
             "each; CPU (user + sys) and peak RSS from `/usr/bin/time -v` around every timed run. "
             + ("Each tool's output folder was deleted before every run."
                if meta.get("clean_output") else
                "Each tool builds into the output of its previous run, as a rebuild does "
                "(Hugo rewrites every file; followthrough writes only changed files)."))
    L.append("- **Floor:** `find content -type f -exec cat {} + >/dev/null && cp -r output COPY` "
             "(reading every content file and writing a copy of followthrough's output)")
    L.append("")

    # Summary across sizes
    L.append("## Summary")
    L.append("")
    L.append("| N | followthrough wall (s) | Hugo wall (s) | floor (s) | ft / Hugo | ft / floor "
             "| ft peak RSS (MiB) | Hugo peak RSS (MiB) |")
    L.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for n in sorted(ns):
        r = ns[n]
        ft, hu, fl = r["followthrough"], r["hugo"], r.get("floor", {})
        L.append(f"| {n:,} | {fmt_s(ft['wall'])} | {fmt_s(hu['wall'])} | {fmt_s(fl.get('wall'))} "
                 f"| {fmt_ratio(ratio(ft['wall'], hu['wall']))} "
                 f"| {fmt_ratio(ratio(ft['wall'], fl.get('wall')))} "
                 f"| {fmt_mib(ft['rss_mib'])} | {fmt_mib(hu['rss_mib'])} |")
    L.append("")

    for n in sorted(ns):
        r = ns[n]
        ft, hu, fl = r["followthrough"], r["hugo"], r.get("floor")
        sz = r["sizes"]
        L.append(f"## N = {n:,}")
        L.append("")
        L.append(f"{r['rounds']} rounds. Content: {num(sz.get('content_files'))} files, "
                 f"{mib(sz.get('content_bytes'))} (Hugo's copy: {num(sz.get('hugo_content_files'))} "
                 f"files, {mib(sz.get('hugo_content_bytes'))}). Output: followthrough "
                 f"{num(sz.get('ft_output_files'))} files, {mib(sz.get('ft_output_bytes'))}; Hugo "
                 f"{num(sz.get('hugo_output_files'))} files, {mib(sz.get('hugo_output_bytes'))}."
                 if sz else f"{r['rounds']} rounds.")
        L.append("")
        L.append("| command | wall mean ± sd (s) | min – max (s) | user+sys CPU (s) | peak RSS (MiB) "
                 "| followthrough ÷ this (wall) | followthrough ÷ this (RSS) |")
        L.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        rows = [("followthrough", ft), ("hugo", hu)] + ([("floor", fl)] if fl else [])
        for name, t in rows:
            w = t["wall"]
            mm = f"{w['min']:.3f} – {w['max']:.3f}" if w else "–"
            cpu = f"{t['cpu']['mean']:.3f}" if t["cpu"] else "–"
            rw = fmt_ratio(ratio(ft["wall"], w)) if name != "followthrough" else ""
            rr = ""
            if name == "hugo" and ft["rss_mib"] and t["rss_mib"]:
                rr = fmt_ratio(ft["rss_mib"] / t["rss_mib"])
            label = {"followthrough": "`followthrough build --root SITE --quiet`",
                     "hugo": "`hugo --quiet -s SITE/hugo`",
                     "floor": "floor (`cat` + `cp -r`)"}[name]
            L.append(f"| {label} | {fmt_s(w)} | {mm} | {cpu} | {fmt_mib(t['rss_mib'])} | {rw} | {rr} |")
        L.append("")

    # Targets
    L.append("## Targets")
    L.append("")
    L.append("| target | measured | result |")
    L.append("| --- | --- | --- |")
    t10 = ns.get(TARGETS_N)
    t50 = ns.get(BIG_N)

    def row(name: str, measured: str, ok: bool | None) -> None:
        L.append(f"| {name} | {measured} | {verdict(ok)} |")

    if t10:
        rw = ratio(t10["followthrough"]["wall"], t10["hugo"]["wall"])
        row("10,000: wall time at most 0.25x Hugo's", fmt_ratio(rw), None if rw is None else rw <= 0.25)
        a, b = t10["followthrough"]["rss_mib"], t10["hugo"]["rss_mib"]
        rr = a / b if a and b else None
        row("10,000: peak memory at most 0.25x Hugo's",
            f"{fmt_ratio(rr)} ({fmt_mib(a)} vs {fmt_mib(b)} MiB)" if rr else "–",
            None if rr is None else rr <= 0.25)
        rf = ratio(t10["followthrough"]["wall"], (t10.get("floor") or {}).get("wall"))
        row("10,000: wall time within 3x the floor", fmt_ratio(rf), None if rf is None else rf <= 3)
    else:
        row("10,000: wall time at most 0.25x Hugo's", "N = 10,000 not run", None)
        row("10,000: peak memory at most 0.25x Hugo's", "N = 10,000 not run", None)
        row("10,000: wall time within 3x the floor", "N = 10,000 not run", None)
    if t50:
        r5 = ratio(t50["followthrough"]["wall"], t10["followthrough"]["wall"]) if t10 else None
        row("50,000: wall time at most 5.5x the 10,000 time",
            fmt_ratio(r5) if r5 else "needs N = 10,000 in the same run", None if r5 is None else r5 <= 5.5)
        rss = t50["followthrough"]["rss_mib"]
        row("50,000: peak memory under 1 GiB", f"{fmt_mib(rss)} MiB" if rss else "–",
            None if rss is None else rss * 1024 * 1024 < GIB)
    else:
        row("50,000: wall time at most 5.5x the 10,000 time", "N = 50,000 not run", None)
        row("50,000: peak memory under 1 GiB", "N = 50,000 not run", None)
    if serve and serve.get("status") in ("ok", "partial"):
        med = serve["median_ms"]
        p90 = f"{serve['p90_ms']:.0f} ms" if serve.get("p90_ms") is not None else "timed out"
        extra = f", p90 {p90} over {serve['edits']} edits"
        if serve.get("timeouts"):
            extra += f", {serve['timeouts']} timed out"
        row("serve on 10,000: single-file edit reaches the page in under 100 ms at the median",
            f"median {med:.0f} ms{extra}", med < 100)
    else:
        why = "N = 10,000 not run"
        if serve:
            why = "not measured: " + serve.get("reason", serve.get("status", "?"))
        row("serve on 10,000: single-file edit reaches the page in under 100 ms at the median", why, None)
    L.append("")
    if serve and serve.get("status") in ("ok", "partial"):
        L.append(f"Serve latency: `followthrough serve` on the 10,000 site; {serve['edits']} edits "
                 f"of `{serve['file']}` (a unique word appended to `recommendation:`), each timed "
                 f"from the file's save to the first GET of `{serve['page']}` (polled every "
                 f"{serve['poll_ms']:g} ms) that contains the word. Latencies (ms): "
                 + ", ".join(f"{x:.0f}" for x in serve["latencies_ms"]) + ".")
        L.append("")

    text = "\n".join(L) + "\n"
    with open(args.out, "w") as f:
        f.write(text)
    return 0


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description="bench/RESULTS.md from bench/run.sh's raw results")
    sub = ap.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("meta", help="record machine, date, commit and versions")
    m.add_argument("--results", required=True)
    m.add_argument("--bin", required=True)
    m.add_argument("--n-list", required=True)
    m.add_argument("--seed", default="1")
    m.add_argument("--clean-output", default="0")
    r = sub.add_parser("report", help="write the Markdown report")
    r.add_argument("--results", required=True)
    r.add_argument("--out", required=True)
    args = ap.parse_args(argv)
    return cmd_meta(args) if args.cmd == "meta" else cmd_report(args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
