# Sourced by run.sh, test.sh and bench.sh (with --without-web): makes sure this machine has what CloudRetail needs, installing
# what is missing. A fresh machine of the project's kind has dotnet and node; the rest comes here.

# Installs a program from Debian's packages when this machine lacks it. Every program the scripts and
# test fixtures start that a fresh machine lacks is named here (tools/check-programs.mjs reads these lines).
apt_updated=false
require_apt_program() {
  local program="$1" package="$2" why="$3"
  command -v "$program" >/dev/null 2>&1 && return
  echo "Installing $package ($why)..."
  # Waits for another apt run to finish rather than failing on its lock.
  $apt_updated || { apt-get -o DPkg::Lock::Timeout=600 update -qq; apt_updated=true; }
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq "$package" >/dev/null
}

require_programs() {
  require_apt_program java openjdk-17-jre-headless "DynamoDB Local runs on it"
  require_apt_program chromium chromium "the web app's end-to-end tests drive it; test tools never download a browser"
  require_apt_program wrk wrk "./bench.sh loads the API with it"
  require_apt_program clang clang "Native AOT links the shipped API with it (dotnet publish -r linux-x64)"
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

require_web_packages() {
  npm_ci_when_lock_changed "$repo_root/web" "the web app's packages"
}

# Builds the web app into web/dist when a source, a setting or the lock file is newer than the last
# build, with the brotli and gzip copies the API serves (npm run build: ng build, compile hints, precompress).
build_web_app() {
  local dir="$repo_root/web"
  local built="$dir/dist/storefront/browser/index.html"
  if [[ ! -f "$built.br" ]] || [[ -n "$(find "$dir/src" "$dir/public" "$dir/angular.json" "$dir/package.json" "$dir/package-lock.json" "$dir"/tsconfig*.json "$dir/scripts" -newer "$built.br" -print -quit)" ]]; then
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
require_programs
require_local_aws
# bench.sh sources this with --without-web: the benchmark does not use the web app.
[[ "${1:-}" == --without-web ]] || require_web_packages
