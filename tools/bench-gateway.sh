#!/usr/bin/env bash
# Gateway benchmark: GameTime's client (Native AOT) and discord.js 14 against the same emulator stream.
# Prints events per second (inflate + parse + dispatch), time to READY and RSS. Not a test: figures only.
#   tools/bench-gateway.sh [--events N]
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

clang_arg=()
if ! command -v clang >/dev/null && command -v clang-14 >/dev/null; then clang_arg=(-p:CppCompilerAndLinker=clang-14); fi
dotnet publish tests/GatewayBench.Client -c Release -r linux-x64 -o publish/bench-client "${clang_arg[@]}" -v quiet -nologo >/dev/null
[ -d tests/discordjs/node_modules ] || npm ci --prefix tests/discordjs --no-audit --no-fund --loglevel=error
# zlib-sync lets discord.js use zlib-stream too, so both clients inflate the same compressed stream.
[ -d tests/discordjs/node_modules/zlib-sync ] || npm install --prefix tests/discordjs --no-save --no-audit --no-fund --loglevel=error zlib-sync@0.1.10
dotnet build tests/GatewayBench -c Release -v quiet -nologo >/dev/null
exec dotnet tests/GatewayBench/bin/Release/net10.0/GatewayBench.dll publish/bench-client/GatewayBench.Client tests/discordjs/bench.mjs "$@"
