#!/usr/bin/env bash
# The whole test suite: what README.md tells you to run, and what CI runs (.ci/run).
# It installs what the tests need on a fresh machine first, so nothing else is set-up.
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages the tests use, installed only when missing (root on CI and the dev machines).
need=()
for pkg in $(cat tests/apt-packages.txt 2>/dev/null | grep -v '^#' || true); do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing: ${need[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

# The code's own checks, as CI runs them: formatting, every clippy warning an error, and rustdoc
# (broken or private links in the docs fail too).
cargo fmt --check
cargo clippy --locked --all-targets -- -D warnings
RUSTDOCFLAGS=-Dwarnings cargo doc --locked --no-deps --quiet

cargo test --locked

# The browser suite (tests/browser/README.md): accessibility, HTML validity, no requests off the
# machine, keyboard, narrow screens, print and page weight, in Debian's Chromium. Its npm packages
# come pinned from package-lock.json; --ignore-scripts keeps any install script from downloading
# anything (vnu-jar's would fetch a Java runtime: Debian's, installed above, is used instead).
if [ -f tests/browser/package.json ]; then
  command -v npm >/dev/null || { echo "error: the browser suite needs Node.js 20 or later and npm" >&2; exit 1; }
  (cd tests/browser && npm ci --no-audit --no-fund --ignore-scripts && npm test)
fi
