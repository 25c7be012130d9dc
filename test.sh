#!/usr/bin/env bash
# Runs every ComplaintOps test. Installs and starts what the tests need (PostgreSQL, Redis, Chromium, CJK fonts)
# when missing, using Debian packages; then builds and runs the whole test project.
set -euo pipefail
cd "$(dirname "$0")"

SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi

need=()
command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  echo "== installing ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

# PostgreSQL: start the first cluster (create one if there is none) and give the postgres user a known password.
PG_PORT=5432
if ! pg_lsclusters -h 2>/dev/null | grep -q .; then
  $SUDO pg_createcluster 15 main >/dev/null 2>&1 || $SUDO pg_createcluster "$(ls /usr/lib/postgresql | sort -n | tail -1)" main
fi
read -r PG_VER PG_NAME PG_PORT _ < <(pg_lsclusters -h | head -1)
$SUDO pg_ctlcluster "$PG_VER" "$PG_NAME" start 2>/dev/null || true
for _ in $(seq 1 30); do pg_isready -q -p "$PG_PORT" && break; sleep 1; done
$SUDO -u postgres psql -q -p "$PG_PORT" -c "ALTER USER postgres PASSWORD 'postgres';" >/dev/null 2>&1 \
  || su postgres -c "psql -q -p $PG_PORT -c \"ALTER USER postgres PASSWORD 'postgres';\"" >/dev/null
export COMPLAINTOPS_TEST_POSTGRES="Host=localhost;Port=$PG_PORT;Username=postgres;Password=postgres"
echo "== PostgreSQL $PG_VER on port $PG_PORT"

# Redis for the scale-out tests: a throwaway in-memory server on its own port.
REDIS_PORT=6399
if ! redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then
  redis-server --daemonize yes --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no >/dev/null
  for _ in $(seq 1 20); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.5; done
fi
export COMPLAINTOPS_TEST_REDIS="127.0.0.1:$REDIS_PORT"
echo "== Redis on port $REDIS_PORT"

echo "== building"
dotnet build ComplaintOps.sln -c Release -warnaserror --nologo -v quiet

echo "== testing"
log=$(mktemp)
set +e
dotnet test ComplaintOps.Tests/ComplaintOps.Tests.csproj -c Release --no-build --nologo --logger "console;verbosity=minimal" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One plain summary line: "N passed, N failed, N skipped".
summary=$(grep -E "(Passed|Failed)!  - Failed:" "$log" | tail -1 || true)
if [ -n "$summary" ]; then
  failed=$(sed -E 's/.*Failed: *([0-9]+).*/\1/' <<<"$summary")
  passed=$(sed -E 's/.*Passed: *([0-9]+).*/\1/' <<<"$summary")
  skipped=$(sed -E 's/.*Skipped: *([0-9]+).*/\1/' <<<"$summary")
  echo "$passed passed, $failed failed, $skipped skipped"
fi
rm -f "$log"
exit "$status"
