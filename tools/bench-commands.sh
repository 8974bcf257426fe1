#!/usr/bin/env bash
# Command benchmark: the Native AOT bot answering /gettimezones (p50/p99 from INTERACTION_CREATE to callback)
# and the REST client's throughput through its rate limiter. Not a test: figures only.
#   tools/bench-commands.sh [--calls N]
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
tools/publish.sh linux-x64 >/dev/null
dotnet build tests/CommandBench -c Release -v quiet -nologo >/dev/null
exec dotnet tests/CommandBench/bin/Release/net10.0/GameTime.CommandBench.dll publish/linux-x64/gametime "$@"
