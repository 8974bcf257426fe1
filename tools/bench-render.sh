#!/usr/bin/env bash
# Render benchmark: the renderers published Native AOT (like the bot) on fixed inputs: a 64-entry bracket, the 2D
# relationship graph of 200 members and 2,000 pairs, its 3D GIF of 60 frames. Prints median/max ms, bytes, peak RSS
# and the targets of issue #5. Not a test: figures only.
#   tools/bench-render.sh [--out DIR]     (--out also writes the pictures there)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

clang_arg=()
if ! command -v clang >/dev/null && command -v clang-14 >/dev/null; then clang_arg=(-p:CppCompilerAndLinker=clang-14); fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! dotnet publish tests/RenderBench -c Release -r linux-x64 -o publish/bench-render "${clang_arg[@]}" -v quiet -nologo >"$log" 2>&1; then
  cat "$log" >&2
  exit 1
fi
# AOT and trim warnings would mean a renderer that may break only in the shipped binary: show them, count them
warnings=$(grep -E -c 'warning [A-Z]+[0-9]+' "$log" || true)
grep -E 'warning [A-Z]+[0-9]+' "$log" | sort -u >&2 || true
echo "publish: Native AOT linux-x64 Release, $warnings warnings"
exec publish/bench-render/GameTime.RenderBench "$@"
