# Sourced by run.sh and test.sh: makes sure this machine has what CloudRetail needs, installing
# what is missing. A fresh machine of the project's kind has dotnet and node; the rest comes here.

require_java() {
  if ! command -v java >/dev/null 2>&1; then
    echo "Installing Java 17 (DynamoDB Local runs on it)..."
    apt-get update -qq && apt-get install -y -qq openjdk-17-jre-headless >/dev/null
  fi
}

# npm ci in a folder whose lock file changed since its last install (or that has none yet).
npm_ci_when_lock_changed() {
  local dir="$1" what="$2"
  if [[ ! -f "$dir/node_modules/.package-lock.json" || "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]]; then
    echo "Installing $what (npm ci)..."
    npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error
  fi
}

require_local_aws() {
  # The lock file pins every emulator.
  npm_ci_when_lock_changed "$repo_root/tools/local-aws" "the local AWS emulators"
}

require_chromium() {
  # The web app's end-to-end tests drive Debian's Chromium; test tools never download a browser.
  if ! command -v chromium >/dev/null 2>&1; then
    echo "Installing Chromium (the web app's end-to-end tests run in it)..."
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  fi
}

require_web_packages() {
  npm_ci_when_lock_changed "$repo_root/web" "the web app's packages"
}

# Builds the web app into web/dist when a source, a setting or the lock file is newer than the last
# build, with the brotli and gzip copies the API serves (npm run build: ng build, then precompress).
build_web_app() {
  local dir="$repo_root/web"
  local built="$dir/dist/storefront/browser/index.html"
  if [[ ! -f "$built.br" ]] || [[ -n "$(find "$dir/src" "$dir/public" "$dir/angular.json" "$dir/package-lock.json" "$dir"/tsconfig*.json "$dir/scripts" -newer "$built.br" -print -quit)" ]]; then
    echo "Building the web app (ng build, precompress)..."
    (cd "$dir" && NG_CLI_ANALYTICS=false npm run --silent build >/dev/null)
  fi
}

require_dotnet() {
  command -v dotnet >/dev/null 2>&1 || { echo "dotnet SDK 10 is required (see global.json)" >&2; exit 1; }
  command -v node >/dev/null 2>&1 || { echo "Node.js 20 is required for the local AWS emulators" >&2; exit 1; }
}

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
storefront_root="$repo_root/web/dist/storefront/browser"
require_dotnet
require_java
require_local_aws
require_chromium
require_web_packages
