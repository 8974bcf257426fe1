#!/usr/bin/env bash
# The newcomer's command: starts the Discord emulator with a demo community, runs the real bot against it
# (no Discord token needed), plays a short scene, and prints what the bot saw and did.
#   tools/demo.sh          the bot built as usual (needs only the .NET SDK)
#   tools/demo.sh --aot    the Native AOT binary, as deployed (publishes it first: see README, "Building")
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [ "${1:-}" = "--aot" ]; then
  tools/publish.sh linux-x64 >/dev/null
  bot=publish/linux-x64/gametime
else
  dotnet build src/App -c Release -v quiet -nologo >/dev/null
  bot=src/App/bin/Release/net10.0/gametime.dll
fi
dotnet build tests/Scene -c Release -v quiet -nologo >/dev/null
exec dotnet tests/Scene/bin/Release/net10.0/GameTime.Scene.dll "$bot"
