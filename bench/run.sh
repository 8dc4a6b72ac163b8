#!/usr/bin/env bash
# Benchmark followthrough against Hugo on generated sites, and write bench/RESULTS.md.
#
#   bash bench/run.sh                       # N = 1,000, 10,000 and 50,000 (about 20-40 minutes)
#   N_LIST="1000 10000" bash bench/run.sh   # a subset
#
# Environment:
#   N_LIST        sizes to run (default "1000 10000 50000")
#   RUNS          timed runs per command for every N (default: 10 for N<=1000, 8 for N<=10000, 4 above)
#   SEED          generator seed (default 1)
#   CLEAN_OUTPUT  1 = delete each tool's output folder before every timed run (default 0: both
#                 tools build into the output of their previous run, as a user's rebuild does)
#   SERVE_EDITS   edits for the serve latency test (default 20)
#   FT_BIN        use this followthrough binary instead of `cargo build --release` (for testing
#                 the harness itself; RESULTS.md must come from a release build of the commit)
#   RESULTS       where to write the report (default bench/RESULTS.md)
#
# See bench/README.md for what is measured and how to read the results.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=$ROOT/bench/sites
RES=$WORK/results
N_LIST=${N_LIST:-"1000 10000 50000"}
SEED=${SEED:-1}
CLEAN_OUTPUT=${CLEAN_OUTPUT:-0}
SERVE_EDITS=${SERVE_EDITS:-20}

say() { printf '\n== %s\n' "$*" >&2; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }

runs_for() {
  if [ -n "${RUNS:-}" ]; then echo "$RUNS"
  elif [ "$1" -le 1000 ]; then echo 10
  elif [ "$1" -le 10000 ]; then echo 8
  else echo 4
  fi
}

# --- tools -----------------------------------------------------------------------------------
missing=()
command -v hugo >/dev/null 2>&1 || missing+=(hugo)
command -v hyperfine >/dev/null 2>&1 || missing+=(hyperfine)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]} from Debian"
  SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi
command -v python3 >/dev/null 2>&1 || die "python3 is needed (3.11 or later)"

if [ -n "${FT_BIN:-}" ]; then
  BIN=$(cd "$(dirname "$FT_BIN")" && pwd)/$(basename "$FT_BIN")
  say "using FT_BIN=$BIN (not building)"
else
  say "building followthrough (cargo build --release)"
  cargo build --release
  BIN=${CARGO_TARGET_DIR:-$ROOT/target}/release/followthrough
fi
[ -x "$BIN" ] || die "no followthrough binary at $BIN"
OUT_MD=${RESULTS:-bench/RESULTS.md}

rm -rf "$RES"
mkdir -p "$RES"
python3 bench/report.py meta --results "$RES" --bin "$BIN" --n-list "$N_LIST" \
  --clean-output "$CLEAN_OUTPUT" --seed "$SEED"

# --- one size --------------------------------------------------------------------------------
bench_n() {
  local n=$1 runs site out ft_prep hugo_prep r first rec
  runs=$(runs_for "$n")
  site=$WORK/n$n
  out=$RES/n$n
  mkdir -p "$out"

  say "N=$n: generating $site"
  python3 bench/generate.py --n "$n" --out "$site" --seed "$SEED" --hugo

  ft_prep=(); hugo_prep=()
  if [ "$CLEAN_OUTPUT" = 1 ]; then
    ft_prep=(--prepare "rm -rf $site/output")
    hugo_prep=(--prepare "rm -rf $site/hugo/public")
  fi

  # Alternate the two tools: hyperfine runs every run of one command before the next, so each
  # round is one hyperfine call with one run of each, and the order flips every round
  # (ft hugo, hugo ft, ft hugo ...). Round 1 also does hyperfine's warm-up run of each.
  for r in $(seq 1 "$runs"); do
    say "N=$n: round $r of $runs"
    local ft_cmd="/usr/bin/time -v -a -o $out/time-ft-r$r.txt $BIN build --root $site --quiet"
    local hugo_cmd="/usr/bin/time -v -a -o $out/time-hugo-r$r.txt hugo --quiet -s $site/hugo"
    local warm=()
    [ "$r" = 1 ] && warm=(--warmup 1)
    if [ $((r % 2)) = 1 ]; then
      hyperfine -N --style basic "${warm[@]}" --runs 1 --export-json "$out/round-$r.json" \
        "${ft_prep[@]}" "${hugo_prep[@]}" -n followthrough "$ft_cmd" -n hugo "$hugo_cmd"
    else
      hyperfine -N --style basic "${warm[@]}" --runs 1 --export-json "$out/round-$r.json" \
        "${hugo_prep[@]}" "${ft_prep[@]}" -n hugo "$hugo_cmd" -n followthrough "$ft_cmd"
    fi
    if [ "$r" = 1 ]; then
      # A build that exits 0 but writes nothing must not be timed as if it were a site.
      first=$(find "$site/content/reviews" -mindepth 1 -maxdepth 1 -type d | sort | head -n 1)
      rec=$(sed -n 's/^number: "\(.*\)"$/\1/p' "$(find "$first" -name '*.yaml' | sort | head -n 1)")
      [ -f "$site/output/index.html" ] && [ -f "$site/output/reviews/${first##*/}/$rec/index.html" ] ||
        die "followthrough build exited 0 but $site/output has no index.html or reviews/${first##*/}/$rec/index.html: is build implemented? RESULTS.md not written."
      [ -f "$site/hugo/public/reviews/${first##*/}/$rec/index.html" ] ||
        die "hugo did not write reviews/${first##*/}/$rec/index.html"
    fi
  done

  say "N=$n: floor (cat all content, cp -r the followthrough output)"
  local copy=$WORK/floor-copy
  rm -rf "$copy"
  hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$out/floor.json" \
    --prepare "rm -rf $copy" -n floor \
    "find $site/content -type f -exec cat {} + > /dev/null && cp -r $site/output $copy"
  rm -rf "$copy"

  # Sizes of what was read and written, to show the two sites are comparable.
  {
    printf '{"content_files": %s, "content_bytes": %s, ' \
      "$(find "$site/content" -type f | wc -l)" "$(du -sb "$site/content" | cut -f1)"
    printf '"hugo_content_files": %s, "hugo_content_bytes": %s, ' \
      "$(find "$site/hugo/content" -type f | wc -l)" "$(du -sb "$site/hugo/content" | cut -f1)"
    printf '"ft_output_files": %s, "ft_output_bytes": %s, ' \
      "$(find "$site/output" -type f | wc -l)" "$(du -sb "$site/output" | cut -f1)"
    printf '"hugo_output_files": %s, "hugo_output_bytes": %s, "runs": %s}\n' \
      "$(find "$site/hugo/public" -type f | wc -l)" "$(du -sb "$site/hugo/public" | cut -f1)" "$runs"
  } > "$out/sizes.json"
}

for n in $N_LIST; do
  bench_n "$n"
done

# --- serve latency on the 10,000 site --------------------------------------------------------
if [[ " $N_LIST " == *" 10000 "* ]]; then
  say "serve: edit-to-page-updated latency on N=10000"
  python3 bench/serve_latency.py --bin "$BIN" --root "$WORK/n10000" --edits "$SERVE_EDITS" \
    --out "$RES/serve.json" --log "$RES/serve.log"
fi

say "writing $OUT_MD"
python3 bench/report.py report --results "$RES" --out "$OUT_MD"
echo "bench: wrote $OUT_MD" >&2
