#!/usr/bin/env bash
# Cold-run benchmark: whole processes on one core, the published extractor beside poppler's pdftotext -layout
# on the same files, alternating, and the ratio of their speeds (a shared machine's noise cancels in it).
#   deploy/bench-cold.sh [corpus folder] [one document] [rounds]
# Needs poppler-utils (pdftotext, pdfinfo) and the published build (dist/extractor, made when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-fixtures/real-cn}
single=${2:-fixtures/real-cn/sh-putuo-sifaju-2026-dept-budget.pdf}
rounds=${3:-3}
[ -x dist/extractor ] || dotnet publish src/Extractor.Cli -p:PublishProfile=linux-x64 >/dev/null
command -v pdftotext >/dev/null || { echo "pdftotext missing: apt-get install poppler-utils" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mapfile -t files < <(find "$corpus" -name '*.pdf' | sort)
pages=0
for f in "${files[@]}"; do pages=$((pages + $(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ {print $2}'))); done
single_pages=$(pdfinfo "$single" 2>/dev/null | awk '/^Pages:/ {print $2}')

seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s.%N); echo "$end - $start" | bc -l; }
poppler() { for f in "$@"; do pdftotext -layout "$f" "$work/text.txt"; done; }
extractor() { rm -rf "$work/out"; dist/extractor run "$@" --out "$work/out" --force; }
best() { printf '%s\n' "$@" | sort -g | head -n 1; }

declare -a ext pop ext1 pop1
for ((r = 0; r < rounds; r++)); do
  pop+=("$(seconds taskset -c 0 bash -c "$(declare -f poppler); poppler \"\$@\"" _ "${files[@]}")")
  ext+=("$(seconds taskset -c 0 bash -c "$(declare -f extractor); work='$work' extractor \"\$@\"" _ "$corpus")")
  pop1+=("$(seconds taskset -c 0 pdftotext -layout "$single" "$work/one.txt")")
  ext1+=("$(seconds taskset -c 0 bash -c "$(declare -f extractor); work='$work' extractor \"\$@\"" _ "$single")")
done
e=$(best "${ext[@]}"); p=$(best "${pop[@]}"); e1=$(best "${ext1[@]}"); p1=$(best "${pop1[@]}")
printf 'corpus %s: %d files, %d pages, best of %d rounds on one core\n' "$corpus" "${#files[@]}" "$pages" "$rounds"
printf '  pdftotext -layout  %6.2f s  %6.1f pages/s\n' "$p" "$(echo "$pages / $p" | bc -l)"
printf '  extractor run      %6.2f s  %6.1f pages/s\n' "$e" "$(echo "$pages / $e" | bc -l)"
printf '  ratio (extractor pages/s over pdftotext pages/s): %.2f\n' "$(echo "$p / $e" | bc -l)"
printf 'one document %s (%d pages):\n' "$single" "$single_pages"
printf '  pdftotext -layout  %6.2f s\n  extractor run      %6.2f s\n  extractor / pdftotext: %.1fx\n' "$p1" "$e1" "$(echo "$e1 / $p1" | bc -l)"
