#!/usr/bin/env bash
# Benchmark followthrough against Hugo on generated sites, and write bench/RESULTS.md.
# For each size, three scenarios, each tool side by side in the same rounds: a fresh build into an
# empty output folder, a rebuild with nothing changed, and a rebuild with one file changed.
#
#   bash bench/run.sh                       # N = 1,000, 10,000 and 50,000 (about 20-40 minutes)
#   N_LIST="1000 10000" bash bench/run.sh   # a subset
#
# Environment:
#   N_LIST        sizes to run (default "1000 10000 50000")
#   RUNS          rounds per scenario for every N (default: 10 for N<=1000, 6 for N<=10000, 3 above)
#   SEED          generator seed (default 1)
#   SERVE_EDITS   edits for the serve latency test (default 20)
#   FT_BIN        use this followthrough binary instead of `cargo build --release` (for testing
#                 the harness itself; RESULTS.md must come from a release build of the commit)
#   RESULTS       where to write the report (default bench/RESULTS.md)
#   MACHINE_NOTE  said in the report after the machine (e.g. "Shared with other builds.")
#
# See bench/README.md for what is measured and how to read the results.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=$ROOT/bench/sites
RES=$WORK/results
N_LIST=${N_LIST:-"1000 10000 50000"}
SEED=${SEED:-1}
SERVE_EDITS=${SERVE_EDITS:-20}

say() { printf '\n== %s\n' "$*" >&2; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }

runs_for() {
  if [ -n "${RUNS:-}" ]; then echo "$RUNS"
  elif [ "$1" -le 1000 ]; then echo 10
  elif [ "$1" -le 10000 ]; then echo 6
  else echo 3
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
python3 bench/report.py meta --results "$RES" --bin "$BIN" --n-list "$N_LIST" --seed "$SEED" \
  --note "${MACHINE_NOTE:-}"

# --- one size --------------------------------------------------------------------------------
# Files under DIR changed since MARKER (touched just before the run), and the sum of their sizes:
# what a run wrote. With a third argument (-o), every file under DIR: the whole output.
written() {
  local dir=$1 newer=(-newer "$2")
  [ "${3:-}" = -o ] && newer=()
  find "$dir" -type f "${newer[@]}" -printf '%s\n' |
    awk '{ n++; b += $1 } END { printf "{\"files\": %d, \"bytes\": %d}\n", n, b }'
}

# One scenario: ROUNDS rounds, each one hyperfine call with one run of each tool, the order
# flipped every round (ft hugo, hugo ft, ...): hyperfine runs every run of one command before the
# next, so alternating is done here. Round 1 also does hyperfine's warm-up run of each. Each
# tool's --prepare (untimed) does the scenario's set-up, then touches a marker, so what the timed
# run wrote is the files newer than the marker.
#   scenario N SITE OUT NAME ROUNDS FT_SETUP HUGO_SETUP
scenario() {
  local n=$1 site=$2 out=$3/$4 runs=$5 ft_setup=$6 hugo_setup=$7 r
  mkdir -p "$out"
  local ft_mark=$WORK/mark-ft hugo_mark=$WORK/mark-hugo
  local ft_prep="sh -c '$ft_setup touch $ft_mark && sleep 0.02'"
  local hugo_prep="sh -c '$hugo_setup touch $hugo_mark && sleep 0.02'"
  for r in $(seq 1 "$runs"); do
    say "N=$n: $4, round $r of $runs"
    local ft_cmd="/usr/bin/time -v -a -o $out/time-ft-r$r.txt $BIN build --root $site --quiet"
    local hugo_cmd="/usr/bin/time -v -a -o $out/time-hugo-r$r.txt hugo --quiet -s $site/hugo"
    local warm=()
    [ "$r" = 1 ] && warm=(--warmup 1)
    if [ $((r % 2)) = 1 ]; then
      hyperfine -N --style basic "${warm[@]}" --runs 1 --export-json "$out/round-$r.json" \
        --prepare "$ft_prep" --prepare "$hugo_prep" -n followthrough "$ft_cmd" -n hugo "$hugo_cmd"
    else
      hyperfine -N --style basic "${warm[@]}" --runs 1 --export-json "$out/round-$r.json" \
        --prepare "$hugo_prep" --prepare "$ft_prep" -n hugo "$hugo_cmd" -n followthrough "$ft_cmd"
    fi
    written "$site/output" "$ft_mark" > "$out/written-ft-r$r.json"
    written "$site/hugo/public" "$hugo_mark" > "$out/written-hugo-r$r.json"
    # The whole output folder: its files, their sizes summed, and `du -sb` (folders too).
    written "$site/output" - -o | sed "s/}\$/, \"du_bytes\": $(du -sb "$site/output" | cut -f1)}/" \
      > "$out/output-ft-r$r.json"
    written "$site/hugo/public" - -o |
      sed "s/}\$/, \"du_bytes\": $(du -sb "$site/hugo/public" | cut -f1)}/" > "$out/output-hugo-r$r.json"
  done
}

bench_n() {
  local n=$1 runs site out first slug rec ft_file hugo_file page
  runs=$(runs_for "$n")
  site=$WORK/n$n
  out=$RES/n$n
  mkdir -p "$out"

  say "N=$n: generating $site"
  python3 bench/generate.py --n "$n" --out "$site" --seed "$SEED" --hugo

  # The recommendation the one-file-changed rebuild edits (and the build's sanity check reads).
  first=$(find "$site/content/reviews" -mindepth 1 -maxdepth 1 -type d | sort | head -n 1)
  slug=${first##*/}
  ft_file=$(find "$first" -name '*.yaml' | sort | head -n 1)
  rec=$(sed -n 's/^number: "\(.*\)"$/\1/p' "$ft_file")
  hugo_file=$site/hugo/content/reviews/$slug/$rec.md
  page=reviews/$slug/$rec/index.html
  [ -f "$hugo_file" ] || die "no Hugo page $hugo_file for $ft_file"

  # 1. Fresh: each tool's output folder (and followthrough's work folder beside it) is deleted
  #    before every run, as in a fresh clone, a new machine or a first publish.
  scenario "$n" "$site" "$out" fresh "$runs" \
    "rm -rf $site/output $site/.output.followthrough-work &&" "rm -rf $site/hugo/public &&"
  # A build that exits 0 but writes nothing must not be timed as if it were a site.
  [ -f "$site/output/index.html" ] && [ -f "$site/output/$page" ] ||
    die "followthrough build exited 0 but $site/output has no index.html or $page: is build implemented? RESULTS.md not written."
  [ -f "$site/hugo/public/$page" ] || die "hugo did not write $page"

  # 2. No change: each tool builds over its own previous output, with nothing changed.
  scenario "$n" "$site" "$out" nochange "$runs" "" ""

  # 3. One file changed: before every run, the latest update text of one recommendation (and
  #    of the same page in Hugo's content) gains or loses a sentence, so every run has a change.
  scenario "$n" "$site" "$out" onechange "$runs" \
    "python3 $ROOT/bench/edit_update.py followthrough $ft_file &&" \
    "python3 $ROOT/bench/edit_update.py hugo $hugo_file &&"
  # The change must have reached both tools' pages.
  for tool in followthrough hugo; do
    local file=$ft_file html=$site/output/$page
    [ "$tool" = hugo ] && file=$hugo_file html=$site/hugo/public/$page
    local want have=original
    want=$(python3 bench/edit_update.py --state "$tool" "$file")
    grep -q 'Checked again by the benchmark' "$html" && have=edited
    [ "$want" = "$have" ] || die "$tool: $file is $want but $html shows the $have text"
  done
  # Leave the content as generated.
  [ "$(python3 bench/edit_update.py --state followthrough "$ft_file")" = edited ] &&
    python3 bench/edit_update.py followthrough "$ft_file"
  [ "$(python3 bench/edit_update.py --state hugo "$hugo_file")" = edited ] &&
    python3 bench/edit_update.py hugo "$hugo_file"

  say "N=$n: floor (cat all content, cp -r the followthrough output)"
  local copy=$WORK/floor-copy
  rm -rf "$copy"
  hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$out/floor.json" \
    --prepare "rm -rf $copy" -n floor \
    "find $site/content -type f -exec cat {} + > /dev/null && cp -r $site/output $copy"
  rm -rf "$copy"

  # Sizes of what was read, to show the two sites are comparable.
  {
    printf '{"content_files": %s, "content_bytes": %s, ' \
      "$(find "$site/content" -type f | wc -l)" "$(du -sb "$site/content" | cut -f1)"
    printf '"hugo_content_files": %s, "hugo_content_bytes": %s, "runs": %s, "edited": "%s"}\n' \
      "$(find "$site/hugo/content" -type f | wc -l)" "$(du -sb "$site/hugo/content" | cut -f1)" \
      "$runs" "${ft_file#"$site"/}"
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
