#!/usr/bin/env bash
# What an officer waits for in the quarterly round, on a generated site of N recommendations:
# exporting the tracker (XLSX, ODS, CSV), and bringing back a CSV tracker with 1 in 10
# recommendations updated (`import --updates`), then the same tracker again (nothing to change).
# Writes bench/RESULTS-tracker.md.
#
#   bash bench/tracker.sh            # N = 10,000
#   N=1000 bash bench/tracker.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
N=${N:-10000}
SITE=$ROOT/bench/sites/tracker-$N
cargo build --release --quiet
FT=$ROOT/target/release/followthrough
rm -rf "$SITE"
python3 bench/generate.py --n "$N" --out "$SITE" >/dev/null
cd "$SITE"
timed() { # label, command...
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o .time "$@" >.out 2>&1 || { cat .out >&2; exit 1; }
  read -r secs kb <.time
  printf '| %s | %s | %s |\n' "$label" "$secs" "$((kb / 1024))"
}
{
  echo "# The quarterly tracker: what the officer waits for"
  echo
  echo "Made by \`bash bench/tracker.sh\` (N=$N) on $(nproc) cores, $(git -C "$ROOT" rev-parse --short HEAD)."
  echo "Release build; one run each, so read them as sizes, not as precise times."
  echo
  echo "| step | wall (s) | peak RSS (MiB) |"
  echo "| --- | ---: | ---: |"
  timed "export --out t.xlsx" "$FT" export --as-of 2026-12-02 --out t.xlsx
  sed -n 's/^Wrote t.xlsx: \([^;]*\);.*/\1/p' .out >.wrote
  timed "export --out t.ods" "$FT" export --as-of 2026-12-02 --out t.ods
  timed "export --out t.csv" "$FT" export --as-of 2026-12-02 --out t.csv
  python3 - <<'PY'
import csv
rows = list(csv.reader(open('t.csv', encoding='utf-8-sig')))
h = rows[0]
recs = [r for r in rows[1:] if r[2] == '']
for r in recs[::10]:
    r[h.index('Progress update')] = 'Quarter 3: work continued; see the minutes.'
    r[h.index('Update date')] = '2026-11-30'
with open('returned.csv', 'w', newline='', encoding='utf-8') as f:
    csv.writer(f).writerows(rows)
PY
  timed "import returned.csv --updates (1 in 10 recommendations updated)" "$FT" import returned.csv --updates --as-of 2026-12-02
  grep '^Imported' .out | sed 's/^/    /' >.summary
  timed "the same tracker again (nothing to change)" "$FT" import returned.csv --updates --as-of 2026-12-02
  echo
  echo "First import: \`$(sed 's/^ *//' .summary)\`"
  echo
  echo "Tracker: $(cat .wrote); XLSX $(du -k t.xlsx | cut -f1) KB, ODS $(du -k t.ods | cut -f1) KB, CSV $(du -k t.csv | cut -f1) KB."
} >"$ROOT/bench/RESULTS-tracker.md"
cat "$ROOT/bench/RESULTS-tracker.md"
