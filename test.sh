#!/usr/bin/env bash
# Restores, builds and runs every test: the web app's unit tests (ng test, vitest + jsdom), then the
# .NET tests, API and web end-to-end ones included (they start their own emulators on free ports; the
# browser tests drive Debian's chromium against the freshly built web app). The HTTP journeys, the
# fuzzer and the browser tests run against the published Native AOT binary, the shipped build.
# Exits non-zero on any failure and ends with one line: "tests: N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")"
# First and fast: every program the scripts and fixtures start is on a fresh machine or installed by
# tools/prerequisites.sh, or the run stops here rather than on the next fresh machine.
node tools/check-programs.mjs
source tools/prerequisites.sh
log=$(mktemp)
export SOAK_REPORT=$(mktemp)
export OPENAPI_DOCUMENT=$(mktemp --suffix=.json)
# Much of a run is spent waiting on emulators and browsers, so steps that share nothing run side by
# side (each into its own log, printed whole when it ends): the web build beside the .NET build, the
# Native AOT publish beside the tests on the JIT host, the bench smoke beside the shipped-binary tests.
build_web_app >"$log.web" 2>&1 &
web_build=$!
dotnet restore CloudRetail.sln --nologo
dotnet build CloudRetail.sln --no-restore --nologo -c Release
wait "$web_build" || { cat "$log.web"; echo "building the web app FAILED"; exit 1; }
cat "$log.web"
# The shipped binary is the tested binary: Native AOT, published as the Dockerfile and the Lambda zip
# publish it (trim and AOT warnings are errors), started out of process by the tests' fixture below.
shipped="$PWD/.local/shipped-api"
rm -rf "$shipped"
# Its restore (the first seconds) is over before the tests below read the project's files.
dotnet publish src/CloudRetail.Api/CloudRetail.Api.csproj -c Release -r linux-x64 -o "$shipped" --nologo -v quiet \
  >"$log.publish" 2>&1 &
publish=$!
set +e
node --test tools/ 2>&1 | tee -a "$log"
tools_status=${PIPESTATUS[0]}
(cd web && NG_CLI_ANALYTICS=false npx --no-install ng test --watch=false --no-progress 2>&1) | tee -a "$log"
web_status=${PIPESTATUS[0]}
# The rest on the in-process JIT host; what carries the ShippedBinary trait (HTTP journeys, the
# fuzzer, the web end-to-end tests) runs against the published binary below instead.
dotnet test CloudRetail.sln --no-build --nologo -c Release --filter "Category!=ShippedBinary|Host=InProcess" 2>&1 | tee -a "$log"
dotnet_status=${PIPESTATUS[0]}
# A seconds-long run of every benchmark measure on the JIT builds: proves ./bench.sh works, never
# asserts a speed.
./bench.sh --smoke --no-build >"$log.bench" 2>&1 &
bench=$!
wait "$publish"
publish_status=$?
tee -a "$log" <"$log.publish"
if [[ "$publish_status" == 0 ]]; then
  SHOP_API_BINARY="$shipped/CloudRetail.Api" dotnet test CloudRetail.sln --no-build --nologo -c Release \
    --filter "Category=ShippedBinary&Host!=InProcess" 2>&1 | tee -a "$log"
  shipped_status=${PIPESTATUS[0]}
else
  shipped_status=1
  echo "publishing the shipped binary FAILED"
fi
# The OpenAPI document the API served to its tests, against Redocly's recommended rules (tools/openapi/redocly.yaml).
npm_ci_when_lock_changed "$repo_root/tools/openapi" "the OpenAPI linter"
if [[ -s "$OPENAPI_DOCUMENT" ]] && (cd tools/openapi && REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true \
    npx --no-install redocly lint "$OPENAPI_DOCUMENT") >"$log.openapi" 2>&1; then
  openapi_status=0
  echo "openapi lint: 0 errors, $(grep -oE '[0-9]+ warnings?' "$log.openapi" | sed -n '$p') (tools/openapi)"
else
  openapi_status=1
  cat "$log.openapi"
  echo "openapi lint: FAILED (or no document: OpenApiTests writes it to \$OPENAPI_DOCUMENT)"
fi
if wait "$bench"; then
  bench_status=0
  echo "bench smoke: every measure ran (./bench.sh --smoke)"
else
  bench_status=1
  cat "$log.bench"
  echo "bench smoke: FAILED"
fi
rm -f "$log.web" "$log.publish" "$log.openapi" "$OPENAPI_DOCUMENT" "$log.bench"
set -e
cat "$SOAK_REPORT"
rm -f "$SOAK_REPORT"
# vitest prints "Tests  N failed | N passed | N skipped (N)" (only the parts that are non-zero);
# node --test prints "# pass N", "# fail N", "# skipped N";
# dotnet test prints one "Failed: N, Passed: N, Skipped: N" line per test assembly. Add them all up.
sed 's/\x1b\[[0-9;]*m//g' "$log" | awk '
  /^ *Tests +[0-9]/ {
    for (i = 1; i <= NF; i++) {
      if ($i ~ /^passed/) passed += $(i-1)
      if ($i ~ /^failed/) failed += $(i-1)
      if ($i ~ /^skipped/) skipped += $(i-1)
    }
  }
  /^# (pass|fail|skipped) [0-9]+$/ {
    if ($2 == "pass") passed += $3; else if ($2 == "fail") failed += $3; else skipped += $3
  }
  match($0, /Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+/) {
    split(substr($0, RSTART, RLENGTH), n, /[:,] +/)
    failed += n[2]; passed += n[4]; skipped += n[6]
  }
  END { printf "tests: %d passed, %d failed, %d skipped\n", passed, failed, skipped }'
rm -f "$log"
[[ "$tools_status" == 0 && "$web_status" == 0 && "$dotnet_status" == 0 && "$shipped_status" == 0 && "$openapi_status" == 0 && "$bench_status" == 0 ]]
