#!/usr/bin/env bash
# One command for the performance figures of docs/performance.md (issue #10): starts its own
# emulators on free ports, runs the API and a floor app side by side, alternated, and prints tables.
#
#   ./bench.sh                    full run: publishes the shipped build (Native AOT), its floor app and
#                                 the API's composite ReadyToRun build as the reference, measures
#   ./bench.sh --baseline 3758038 also a build of that commit, published as its Dockerfile did, in the
#                                 shopping trips (side by side), cold start and memory
#   ./bench.sh --smoke            seconds-long check that every measure runs (./test.sh uses it)
#   ./bench.sh ... --out FILE     also write the tables to FILE
# Any other option goes to the driver (bench/README.md): --duration S, --rounds N, --starts N,
# --shoppers N, --api-env KEY=VALUE, --only reads,replay,calls,cold,memory,search (reads includes the trips),
# --search-products N (the search measure's catalog, default 100,000).
set -euo pipefail
cd "$(dirname "$0")"
source tools/prerequisites.sh --without-web

smoke=false baseline="" build=true passthrough=()
while (($#)); do
  case "$1" in
    --smoke) smoke=true; passthrough+=(--smoke) ;;
    --baseline) baseline="$2"; shift ;;
    --no-build) build=false ;;
    *) passthrough+=("$1") ;;
  esac
  shift
done

out=bench/.out
plain=(--api-plain src/CloudRetail.Api/bin/Release/net10.0 --floor-plain bench/FloorApp/bin/Release/net10.0)
if $build; then
  dotnet build src/CloudRetail.Api/CloudRetail.Api.csproj -c Release --nologo -v quiet
  dotnet build bench/CloudRetail.Bench/CloudRetail.Bench.csproj -c Release --nologo -v quiet
  dotnet build bench/FloorApp/FloorApp.csproj -c Release --nologo -v quiet
fi
if $smoke; then
  # The plain builds stand in for the shipped ones: the smoke proves the bench runs, not a speed.
  apps=(--api src/CloudRetail.Api/bin/Release/net10.0 --floor bench/FloorApp/bin/Release/net10.0)
else
  # The shipped build is what the Dockerfile and the CDK zip publish: `dotnet publish -c Release
  # -r linux-x64` with src/CloudRetail.Api/Publish.props (Native AOT); the floor app imports the
  # same file. The reference is the API's self-contained composite ReadyToRun build, the shipped
  # build before Native AOT, measured in the same run (unless --baseline names a commit instead).
  rm -rf "$out/api" "$out/floor" "$out/api-r2r"
  dotnet publish src/CloudRetail.Api/CloudRetail.Api.csproj -c Release -r linux-x64 -o "$out/api" --nologo -v quiet
  dotnet publish bench/FloorApp/FloorApp.csproj -c Release -r linux-x64 -o "$out/floor" --nologo -v quiet
  apps=(--api "$out/api" --floor "$out/floor" "${plain[@]}")
  if [[ -z "$baseline" ]]; then
    dotnet publish src/CloudRetail.Api/CloudRetail.Api.csproj -c Release -r linux-x64 -p:ShopPublishMode=ReadyToRun \
      -o "$out/api-r2r" --nologo -v quiet
    apps+=(--baseline "$out/api-r2r" --baseline-label "API, self-contained composite ReadyToRun (reference)")
  fi
fi
if [[ -n "$baseline" ]]; then
  tree=$(mktemp -d /tmp/cloudretail-baseline-XXXXXX)
  git worktree add --detach "$tree" "$baseline" >/dev/null
  trap 'git worktree remove --force "$tree"' EXIT
  rm -rf "$out/baseline"
  # That commit's Dockerfile publish: once the project has Publish.props (7cd0702) it says how it
  # ships (self-contained composite ReadyToRun); before it, ReadyToRun, framework-dependent.
  publish_mode=()
  [[ -f "$tree/src/CloudRetail.Api/Publish.props" ]] || publish_mode=(--self-contained false -p:PublishReadyToRun=true)
  dotnet publish "$tree/src/CloudRetail.Api/CloudRetail.Api.csproj" -c Release -r linux-x64 "${publish_mode[@]}" \
    -o "$out/baseline" --nologo -v quiet
  apps+=(--baseline "$out/baseline" --baseline-label "API at $baseline, its Dockerfile's build")
fi
dotnet bench/CloudRetail.Bench/bin/Release/net10.0/CloudRetail.Bench.dll "${apps[@]}" "${passthrough[@]}"
