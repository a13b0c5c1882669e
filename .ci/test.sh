#!/usr/bin/env bash
# The README's test command. Installs and starts what the tests need, runs every test project of the solution, and
# ends with one line "N passed, N failed, N skipped" summed from each test assembly's result line.
set -uo pipefail
cd "$(dirname "$0")/.."

bash .ci/services.sh || { echo "0 passed, 1 failed, 0 skipped"; exit 1; }

log="$(mktemp)"
dotnet test Purchaser.sln --configuration Release --blame-hang-timeout 5m 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

read -r passed failed skipped assemblies < <(
  grep -E '^(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' "$log" |
    sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\1 \2 \3/' |
    awk '{ f += $1; p += $2; s += $3; n++ } END { print p + 0, f + 0, s + 0, n + 0 }')

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The run failed without a failed test (a build error, a crashed or hung test host): that is a failure too.
  failed=1
fi
if [ "$assemblies" -eq 0 ]; then
  echo "No test assembly reported results." >&2
  failed=$((failed + 1))
  status=1
fi

echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
