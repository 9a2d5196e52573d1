# Sourced by run.sh and test.sh: makes sure this machine has what CloudRetail needs, installing
# what is missing. A fresh machine of the project's kind has dotnet and node; the rest comes here.

require_java() {
  if ! command -v java >/dev/null 2>&1; then
    echo "Installing Java 17 (DynamoDB Local runs on it)..."
    apt-get update -qq && apt-get install -y -qq openjdk-17-jre-headless >/dev/null
  fi
}

require_local_aws() {
  local dir="$repo_root/tools/local-aws"
  # The lock file pins every emulator; reinstall when it changed since the last install.
  if [[ ! -f "$dir/node_modules/.package-lock.json" || "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]]; then
    echo "Installing the local AWS emulators (npm ci)..."
    npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error
  fi
}

require_dotnet() {
  command -v dotnet >/dev/null 2>&1 || { echo "dotnet SDK 10 is required (see global.json)" >&2; exit 1; }
  command -v node >/dev/null 2>&1 || { echo "Node.js 20 is required for the local AWS emulators" >&2; exit 1; }
}

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
require_dotnet
require_java
require_local_aws
