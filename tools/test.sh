#!/usr/bin/env bash
# The test command (README.md): builds and runs every test project, then prints one summary line,
# "N passed, N failed" (", N skipped" when some were skipped). Exits non-zero if anything failed or no test ran.
set -uo pipefail
cd "$(dirname "$0")/.."

# The emulator is checked by a client nobody here wrote (discord.js from npm).
if [ -f tests/discordjs/package-lock.json ] && [ ! -d tests/discordjs/node_modules ]; then
  npm ci --prefix tests/discordjs --no-audit --no-fund --loglevel=error
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT

# A test that hangs is stopped after 10 minutes and named, instead of running into CI's time limit.
dotnet test GameTime.sln --nologo --blame-hang-timeout 10m --blame-hang-dump-type none 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# VSTest prints one line per test assembly: "Passed!  - Failed: 0, Passed: 55, Skipped: 0, Total: 55, ..."
read -r passed failed skipped < <(awk '
  /(Passed|Failed)! +- +Failed:/ {
    for (i = 1; i <= NF; i++) {
      if ($i == "Failed:")  f += $(i + 1)
      if ($i == "Passed:")  p += $(i + 1)
      if ($i == "Skipped:") s += $(i + 1)
    }
  }
  END { print p + 0, f + 0, s + 0 }' "$log")

# A build error or a crashed test host runs no test at all: say so above the summary.
[ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && echo "error: dotnet test exited with $status (a build error or a test host crash, see above)"
summary="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && summary="$summary, $skipped skipped"
echo "$summary"

[ "$status" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
