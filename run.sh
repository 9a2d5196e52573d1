#!/usr/bin/env bash
# Runs the whole shop locally: the AWS emulators, tables and bucket, a demo catalog, the API with
# Swagger UI on http://localhost:8080/swagger, and the web shop on http://localhost:8080/ (built
# from web/ when its sources changed). Ctrl-C stops everything it started.
#   ./run.sh                 everything
#   ./run.sh --emulators     only the emulators (then: dotnet run --project src/CloudRetail.Api)
# Data lives in .local/ and survives restarts; delete that folder for a fresh shop.
set -euo pipefail
cd "$(dirname "$0")"
source tools/prerequisites.sh

mkdir -p .local
emulator_log=.local/emulators.log
node tools/local-aws/start.mjs --data-dir .local >"$emulator_log.out" 2>"$emulator_log" &
emulators=$!
api=
# Every child runs in the background and the script waits, so Ctrl-C or a TERM reaches this trap at once.
stop() { kill $api "$emulators" 2>/dev/null || true; wait 2>/dev/null || true; }
trap stop EXIT
trap 'exit 130' INT TERM

for _ in $(seq 1 300); do
  grep -q '^READY' "$emulator_log.out" 2>/dev/null && break
  kill -0 "$emulators" 2>/dev/null || { echo "The emulators failed to start; see $emulator_log" >&2; exit 1; }
  sleep 0.2
done
echo "Emulators: $(sed 's/^READY //' "$emulator_log.out")"

if [[ "${1:-}" == "--emulators" ]]; then
  echo "Emulators running. Start the API with: dotnet run --project src/CloudRetail.Api   (Ctrl-C here stops the emulators)"
  wait "$emulators"
  exit
fi

build_web_app
echo "Starting the shop on http://localhost:8080 (Swagger UI: http://localhost:8080/swagger)"
echo "Admin: admin@cloudretail.example / LocalAdmin123. Confirmation codes appear in $emulator_log."
STOREFRONT_ROOT="$storefront_root" ASPNETCORE_ENVIRONMENT=Development dotnet run --project src/CloudRetail.Api &
api=$!
wait "$api"
