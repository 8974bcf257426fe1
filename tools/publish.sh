#!/usr/bin/env bash
# Publishes the Native AOT deploy sets: publish/linux-x64 and publish/linux-arm64 (Raspberry Pi), each
# holding `gametime` (SQLite linked in) and libSkiaSharp.so. Fails on any trim or AOT warning.
# Needs: clang, llvm (llvm-objcopy) and, for arm64, gcc-aarch64-linux-gnu with libc6-dev-arm64-cross (see README.md).
set -euo pipefail
cd "$(dirname "$0")/.."

rids=("$@")
[ ${#rids[@]} -gt 0 ] || rids=(linux-x64 linux-arm64)

clang_arg=()
if ! command -v clang >/dev/null && command -v clang-14 >/dev/null; then
  clang_arg=(-p:CppCompilerAndLinker=clang-14)
fi

for rid in "${rids[@]}"; do
  out="publish/$rid"
  rm -rf "$out"
  log="publish/$rid.log"
  mkdir -p publish
  start=$(date +%s.%N)
  # TreatWarningsAsErrors covers the trim (IL2xxx) and AOT (IL3xxx) analysers; the grep is a second guard for
  # warnings the ILCompiler prints itself.
  if ! dotnet publish src/App/GameTime.App.csproj -c Release -r "$rid" -o "$out" \
      -p:StaticNative=true -p:TreatWarningsAsErrors=true "${clang_arg[@]}" >"$log" 2>&1; then
    cat "$log"
    echo "publish for $rid failed" >&2
    exit 1
  fi
  if grep -E "warning (IL[0-9]{4}|CS[0-9]{4})" "$log"; then
    echo "publish for $rid has trim/AOT warnings (above)" >&2
    exit 1
  fi
  end=$(date +%s.%N)
  rm -f "$out"/*.dbg "$out"/*.pdb
  extra=$(find "$out" -type f ! -name gametime ! -name libSkiaSharp.so -printf '%f ')
  if [ -n "$extra" ]; then
    echo "unexpected files in the $rid deploy set: $extra" >&2
    exit 1
  fi
  printf '%s: published in %.0f s; gametime %s bytes, libSkiaSharp.so %s bytes\n' "$rid" \
    "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')" "$(stat -c %s "$out/gametime")" "$(stat -c %s "$out/libSkiaSharp.so")"
done
