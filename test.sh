#!/usr/bin/env bash
# Restores, builds and runs every test. API tests start their own emulators on free ports.
# Exits non-zero on any failure and ends with one line: "tests: N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")"
source tools/prerequisites.sh

dotnet restore CloudRetail.sln --nologo
dotnet build CloudRetail.sln --no-restore --nologo -c Release
log=$(mktemp)
set +e
dotnet test CloudRetail.sln --no-build --nologo -c Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# A seconds-long run of every benchmark measure: proves ./bench.sh works, never asserts a speed.
if ! ./bench.sh --smoke --no-build >"$log.bench" 2>&1; then
  cat "$log.bench"
  echo "bench smoke: FAILED"
  status=1
else
  echo "bench smoke: every measure ran (./bench.sh --smoke)"
fi
rm -f "$log.bench"
set -e
# dotnet test prints one "Failed: N, Passed: N, Skipped: N" line per test assembly; add them up.
grep -Eo 'Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' "$log" | awk -F'[:,] +' \
  '{ failed += $2; passed += $4; skipped += $6 } END { printf "tests: %d passed, %d failed, %d skipped\n", passed, failed, skipped }'
rm -f "$log"
exit "$status"
