#!/usr/bin/env python3
"""Turn the raw benchmark results of bench/run.sh into bench/RESULTS.md.

    python3 bench/report.py meta   --results DIR --bin BIN --n-list "1000 10000" [...]
    python3 bench/report.py report --results DIR --out bench/RESULTS.md

`meta` records the machine, date, commit and tool versions when a run starts (meta.json).
`report` reads, for each size N, DIR/nN/SCENARIO/ (SCENARIO is `fresh`, `nochange` or
`onechange`):

    round-R.json        hyperfine --export-json of one round (one run of each tool)
    time-ft-rR.txt      /usr/bin/time -v of followthrough in round R (the last record is the
    time-hugo-rR.txt    timed run; round 1 also holds the warm-up run before it)
    written-ft-rR.json  files and bytes the timed run wrote (newer than a marker touched in
    written-hugo-rR.json  hyperfine's --prepare)
    output-ft-rR.json   files and bytes of the whole output folder after round R
    output-hugo-rR.json

and DIR/nN/floor.json (cat content + cp -r output), DIR/nN/sizes.json (what was read), and
DIR/serve.json (bench/serve_latency.py), and writes the Markdown report. Whatever the report
it replaces says from a `## Profile` heading on (written by hand: the profile and what it says)
is kept at the end.
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
        "machine_note": args.note,
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


SCENARIOS = (
    ("fresh", "fresh build into an empty output folder"),
    ("nochange", "rebuild, nothing changed"),
    ("onechange", "rebuild, one recommendation's update changed"),
)
TOOLS = (("followthrough", "ft"), ("hugo", "hugo"))


def load_scenario(d: str) -> dict | None:
    rounds = sorted(glob.glob(os.path.join(d, "round-*.json")),
                    key=lambda p: int(re.search(r"round-(\d+)", p).group(1)))
    if not rounds:
        return None
    tools = {name: {"times": [], "cpu": [], "rss": [], "written": [], "output": None}
             for name, _ in TOOLS}
    for rp in rounds:
        r = int(re.search(r"round-(\d+)", rp).group(1))
        data = load_json(rp) or {"results": []}
        for res in data["results"]:
            if res["command"] in tools:
                tools[res["command"]]["times"].extend(res["times"])
        for name, short in TOOLS:
            t = tools[name]
            tv = parse_time_v(os.path.join(d, f"time-{short}-r{r}.txt"))
            if tv:
                t["cpu"].append(tv["user"] + tv["sys"])
                t["rss"].append(tv["rss_kib"] / 1024)
            w = load_json(os.path.join(d, f"written-{short}-r{r}.json"))
            if w:
                t["written"].append(w)
            o = load_json(os.path.join(d, f"output-{short}-r{r}.json"))
            if o:
                t["output"] = o
    out = {"rounds": len(rounds)}
    for name, t in tools.items():
        out[name] = {
            "wall": stats(t["times"]),
            "cpu": stats(t["cpu"]),
            "rss_mib": max(t["rss"]) if t["rss"] else None,
            # What the timed runs wrote: the mean over rounds (the same every round but for noise).
            "written": {k: statistics.fmean(w[k] for w in t["written"]) for k in ("files", "bytes")}
            if t["written"] else None,
            "output": t["output"],
        }
    return out


def load_n(d: str) -> dict:
    out: dict = {"scenarios": {}}
    for key, _ in SCENARIOS:
        sc = load_scenario(os.path.join(d, key))
        if sc:
            out["scenarios"][key] = sc
    floor = load_json(os.path.join(d, "floor.json"))
    if floor and floor.get("results"):
        fr = floor["results"][0]
        out["floor"] = {"wall": stats(fr["times"])}
    out["sizes"] = load_json(os.path.join(d, "sizes.json")) or {}
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


def written(w: dict | None) -> str:
    if not w:
        return "–"
    return f"{w['files']:,.0f} files, {w['bytes'] / 1e6:,.1f} MB"


def output_size(o: dict | None) -> str:
    if not o:
        return "–"
    du = f" (`du -sb` {o['du_bytes'] / 1e6:,.1f} MB)" if o.get("du_bytes") else ""
    return written(o) + du


def kept_notes(path: str) -> str:
    """What the report at `path` says from its `## Profile` heading on (written by hand)."""
    try:
        text = open(path).read()
    except OSError:
        return ""
    m = re.search(r"^## Profile\b", text, re.M)
    return text[m.start():].rstrip("\n") + "\n" if m else ""


def cmd_report(args: argparse.Namespace) -> int:
    meta = load_json(os.path.join(args.results, "meta.json")) or {}
    ns = {}
    for d in glob.glob(os.path.join(args.results, "n*")):
        m = re.fullmatch(r"n(\d+)", os.path.basename(d))
        if m and os.path.isdir(d):
            ns[int(m.group(1))] = load_n(d)
    ns = {n: r for n, r in ns.items() if r["scenarios"]}
    if not ns:
        print("report: no results under " + args.results, file=sys.stderr)
        return 1
    serve = load_json(os.path.join(args.results, "serve.json"))
    notes = kept_notes(args.out)

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
             f"{m.get('memory_gib', '?')} GiB memory, {m.get('os', '')} (Linux {m.get('kernel', '?')})"
             + (f". {meta['machine_note']}" if meta.get("machine_note") else ""))
    L.append(f"- **Tools:** followthrough {v.get('followthrough', '?')}; {v.get('hugo', '?')}; "
             f"{v.get('hyperfine', '?')}; {v.get('rustc', '?')}")
    L.append(f"- **Content:** `bench/generate.py --seed {meta.get('seed', 1)}`, reviews of about 50 "
             "recommendations; the same pages as a Hugo site with `status` and `owner` taxonomies")
    L.append("- **Method:** three scenarios, each timed side by side with Hugo in the same rounds: "
             "**fresh** (each tool's output folder deleted before every run), **no change** (each "
             "tool builds over its own previous output), **one change** (before every run, one "
             "recommendation's latest update gains or loses a sentence, in both tools' content). "
             "Wall time from hyperfine, one run of each tool per round, order flipped every round "
             "(followthrough, Hugo, Hugo, followthrough, ...), after one warm-up run of each; the "
             "set-up is hyperfine's `--prepare`, untimed. CPU (user + sys) and peak RSS from "
             "`/usr/bin/time -v` around every timed run. *Written*: the files in the output folder "
             "newer than a marker touched just before the timed run, and their bytes.")
    L.append("- **Floor:** `find content -type f -exec cat {} + >/dev/null && cp -r output COPY` "
             "(reading every content file and writing a copy of followthrough's output)")
    L.append("")

    L.append("## Summary")
    L.append("")
    L.append("| N | scenario | followthrough wall (s) | Hugo wall (s) | ft / Hugo | ft peak RSS (MiB) "
             "| Hugo peak RSS (MiB) | ft / Hugo (RSS) | ft wrote | Hugo wrote |")
    L.append("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for n in sorted(ns):
        for key, label in SCENARIOS:
            sc = ns[n]["scenarios"].get(key)
            if not sc:
                continue
            ft, hu = sc["followthrough"], sc["hugo"]
            rr = ft["rss_mib"] / hu["rss_mib"] if ft["rss_mib"] and hu["rss_mib"] else None
            L.append(f"| {n:,} | {label} | {fmt_s(ft['wall'])} | {fmt_s(hu['wall'])} "
                     f"| {fmt_ratio(ratio(ft['wall'], hu['wall']))} | {fmt_mib(ft['rss_mib'])} "
                     f"| {fmt_mib(hu['rss_mib'])} | {fmt_ratio(rr)} | {written(ft['written'])} "
                     f"| {written(hu['written'])} |")
    L.append("")

    for n in sorted(ns):
        r = ns[n]
        sz = r["sizes"]
        fresh = r["scenarios"].get("fresh") or {}
        fo = (fresh.get("followthrough") or {}).get("output")
        ho = (fresh.get("hugo") or {}).get("output")
        L.append(f"## N = {n:,}")
        L.append("")
        if sz:
            L.append(f"Content: {num(sz.get('content_files'))} files, {mib(sz.get('content_bytes'))} "
                     f"(Hugo's copy: {num(sz.get('hugo_content_files'))} files, "
                     f"{mib(sz.get('hugo_content_bytes'))}). Output after a fresh build: "
                     f"followthrough {output_size(fo)}; Hugo {output_size(ho)}. The one-change rebuild "
                     f"edits `{sz.get('edited', '?')}`.")
            L.append("")
        L.append("| scenario | tool | rounds | wall mean ± sd (s) | min – max (s) | user+sys CPU (s) "
                 "| peak RSS (MiB) | wrote |")
        L.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        for key, label in SCENARIOS:
            sc = r["scenarios"].get(key)
            if not sc:
                continue
            for name, _ in TOOLS:
                t = sc[name]
                w = t["wall"]
                mm = f"{w['min']:.3f} – {w['max']:.3f}" if w else "–"
                cpu = f"{t['cpu']['mean']:.3f}" if t["cpu"] else "–"
                L.append(f"| {label} | {name} | {sc['rounds']} | {fmt_s(w)} | {mm} | {cpu} "
                         f"| {fmt_mib(t['rss_mib'])} | {written(t['written'])} |")
        fl = r.get("floor")
        if fl and fl.get("wall"):
            w = fl["wall"]
            rf = ratio((fresh.get("followthrough") or {}).get("wall"), w)
            L.append(f"| floor (`cat` + `cp -r`) | | {w['n']} | {fmt_s(w)} "
                     f"| {w['min']:.3f} – {w['max']:.3f} | – | – | – |")
            L.append("")
            L.append(f"The fresh build takes {fmt_ratio(rf)} the floor's time.")
        L.append("")

    # Targets (from issue 19)
    L.append("## Targets")
    L.append("")
    L.append("| target | measured | result |")
    L.append("| --- | --- | --- |")

    def row(name: str, measured: str, ok: bool | None) -> None:
        L.append(f"| {name} | {measured} | {verdict(ok)} |")

    def sc_of(n: int, key: str) -> dict | None:
        return (ns.get(n) or {}).get("scenarios", {}).get(key)

    f10, c10, f50 = sc_of(TARGETS_N, "fresh"), sc_of(TARGETS_N, "nochange"), sc_of(BIG_N, "fresh")
    if f10:
        rw = ratio(f10["followthrough"]["wall"], f10["hugo"]["wall"])
        row("10,000 fresh: wall time at most 0.25x Hugo's", fmt_ratio(rw),
            None if rw is None else rw <= 0.25)
        a, b = f10["followthrough"]["rss_mib"], f10["hugo"]["rss_mib"]
        rr = a / b if a and b else None
        row("10,000 fresh: peak memory at most 0.25x Hugo's",
            f"{fmt_ratio(rr)} ({fmt_mib(a)} vs {fmt_mib(b)} MiB)" if rr else "–",
            None if rr is None else rr <= 0.25)
    else:
        row("10,000 fresh: wall time at most 0.25x Hugo's", "N = 10,000 not run", None)
        row("10,000 fresh: peak memory at most 0.25x Hugo's", "N = 10,000 not run", None)
    if c10:
        rc = ratio(c10["followthrough"]["wall"], c10["hugo"]["wall"])
        row("10,000 no-change rebuild: wall time at most 0.1x Hugo's", fmt_ratio(rc),
            None if rc is None else rc <= 0.1)
    else:
        row("10,000 no-change rebuild: wall time at most 0.1x Hugo's", "N = 10,000 not run", None)
    if f50:
        r5 = ratio(f50["followthrough"]["wall"], f10["followthrough"]["wall"]) if f10 else None
        row("50,000 fresh: wall time at most 5.5x the 10,000 time",
            fmt_ratio(r5) if r5 else "needs N = 10,000 in the same run",
            None if r5 is None else r5 <= 5.5)
        rss = f50["followthrough"]["rss_mib"]
        row("50,000 fresh: peak memory under 1 GiB", f"{fmt_mib(rss)} MiB" if rss else "–",
            None if rss is None else rss * 1024 * 1024 < GIB)
    else:
        row("50,000 fresh: wall time at most 5.5x the 10,000 time", "N = 50,000 not run", None)
        row("50,000 fresh: peak memory under 1 GiB", "N = 50,000 not run", None)
    serve_ok = serve and serve.get("status") in ("ok", "partial")
    if serve_ok:
        med, p90 = serve["median_ms"], serve.get("p90_ms")
        row("serve on 10,000: the median edit reaches the page in under 100 ms",
            f"median {med:.0f} ms over {serve['edits']} edits"
            + (f", {serve['timeouts']} timed out" if serve.get("timeouts") else ""), med < 100)
        row("serve on 10,000: the 90th percentile in under 200 ms",
            f"{p90:.0f} ms" if p90 is not None else "timed out",
            None if p90 is None else p90 < 200)
    else:
        why = "N = 10,000 not run"
        if serve:
            why = "not measured: " + serve.get("reason", serve.get("status", "?"))
        row("serve on 10,000: the median edit reaches the page in under 100 ms", why, None)
        row("serve on 10,000: the 90th percentile in under 200 ms", why, None)
    L.append("")
    if serve_ok:
        L.append(f"Serve latency: `followthrough serve` on the 10,000 site; {serve['edits']} edits "
                 f"of `{serve['file']}` (a unique word appended to `recommendation:`), each timed "
                 f"from the file's save to the first GET of `{serve['page']}` (polled every "
                 f"{serve['poll_ms']:g} ms) that contains the word. Latencies (ms): "
                 + ", ".join(f"{x:.0f}" for x in serve["latencies_ms"]) + ".")
        L.append("")

    text = "\n".join(L) + "\n"
    if notes:
        text += "\n" + notes
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
    m.add_argument("--note", default="", help="said after the machine, e.g. that it was shared")
    r = sub.add_parser("report", help="write the Markdown report")
    r.add_argument("--results", required=True)
    r.add_argument("--out", required=True)
    args = ap.parse_args(argv)
    return cmd_meta(args) if args.cmd == "meta" else cmd_report(args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
