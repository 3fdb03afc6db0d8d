#!/usr/bin/env bash
# Runs every MotCua test on a fresh Debian machine with the .NET 10 SDK:
#  - installs what is missing (as root): PostgreSQL 15 server binaries, Debian's chromium, fonts, poppler-utils;
#  - starts a throw-away PostgreSQL cluster on 127.0.0.1 (stopped on exit, even on failure);
#  - restores, builds and runs every test project, then prints "N passed, N failed[, N skipped]".
# Exit code: 0 only when every test passed and every test project reported.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

PG_VERSION=15
PGBIN=/usr/lib/postgresql/$PG_VERSION/bin

log() { printf '[test.sh] %s\n' "$*" >&2; }

install_missing() {
  local packages=()
  [ -x "$PGBIN/initdb" ] || packages+=("postgresql-$PG_VERSION")
  command -v chromium >/dev/null 2>&1 || packages+=(chromium)
  [ -f /usr/share/fonts/truetype/noto/NotoSans-Regular.ttf ] || packages+=(fonts-noto-core)
  # pdftoppm/pdffonts: the form tests render PDFs to check the printed glyphs (ADR 0060).
  command -v pdftoppm >/dev/null 2>&1 || packages+=(poppler-utils)
  [ ${#packages[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    log "missing ${packages[*]} and not root: install them, or the tests that need them will fail"
    return 0
  fi
  log "installing ${packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
}

PGTMP=""
PGPORT=""
stop_postgres() {
  if [ -n "$PGTMP" ] && [ -d "$PGTMP/data" ]; then
    (cd "$PGTMP" && as_pg "$PGBIN/pg_ctl" -D "$PGTMP/data" -m immediate -w stop >/dev/null 2>&1) || true
    rm -rf "$PGTMP"
  fi
}
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
free_port() {
  local p
  for _ in $(seq 1 50); do
    p=$(shuf -i 20000-29999 -n 1)
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
  done
  return 1
}
start_postgres() {
  if [ ! -x "$PGBIN/initdb" ]; then
    log "PostgreSQL $PG_VERSION server binaries not found in $PGBIN: PostgreSQL tests will fail"
    return 0
  fi
  PGTMP=$(mktemp -d /tmp/motcua-pg.XXXXXX)
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$PGTMP"
  PGPORT=$(free_port)
  local password
  password=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
  (
    cd "$PGTMP"
    as_pg "$PGBIN/initdb" -D "$PGTMP/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
      --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    as_pg "$PGBIN/pg_ctl" -D "$PGTMP/data" -l "$PGTMP/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGTMP -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
    as_pg "$PGBIN/psql" -h "$PGTMP" -p "$PGPORT" -U postgres -q -v ON_ERROR_STOP=1 \
      -c "CREATE ROLE motcua LOGIN SUPERUSER PASSWORD '$password'" >/dev/null
  )
  export MOTCUA_TEST_POSTGRES="Host=127.0.0.1;Port=$PGPORT;Username=motcua;Password=$password;Database=postgres;Timeout=30"
  log "PostgreSQL $PG_VERSION started on 127.0.0.1:$PGPORT ($PGTMP)"
}

trap stop_postgres EXIT
install_missing
start_postgres

# axe-core for the browser tests' accessibility checks (exact version, no download URLs in the lockfile).
if [ -f tests/MotCua.E2E/package.json ]; then
  (cd tests/MotCua.E2E && npm ci --silent --no-audit --no-fund >/dev/null)
fi

rm -rf "$ROOT/TestResults"
log "restoring and building"
dotnet tool restore >/dev/null
if ! dotnet build MotCua.slnx -c Debug -v quiet -nologo > "$ROOT/TestResults.build.log" 2>&1; then
  grep -E "error" "$ROOT/TestResults.build.log" | sort -u | head -50 >&2
  log "build failed (full log: TestResults.build.log)"
  echo "0 passed, 1 failed"
  exit 1
fi
rm -f "$ROOT/TestResults.build.log"

log "running tests"
set +e
dotnet test MotCua.slnx --no-build -c Debug -v quiet --nologo
test_status=$?
set -e

projects=$(find tests -maxdepth 2 -name '*.Tests.csproj' -o -maxdepth 2 -name 'MotCua.E2E.csproj' | wc -l)
trx_files=$(find TestResults -maxdepth 1 -name '*.trx' 2>/dev/null | wc -l)
summary=$(awk 'match($0,/<Counters [^>]*>/){c=substr($0,RSTART,RLENGTH);delete a;n=split(c,q," ");for(i=2;i<=n;i++){split(q[i],kv,"=");gsub(/[^0-9]/,"",kv[2]);a[kv[1]]=kv[2]+0}
  t+=a["total"];x+=a["executed"];p+=a["passed"];f+=a["failed"]+a["error"]+a["timeout"]+a["aborted"]} END{printf "%d %d %d %d\n",t,x,p,f}' TestResults/*.trx 2>/dev/null || echo "0 0 0 0")
read -r total executed passed failed <<<"$summary"
skipped=$((total - executed))
missing=$((projects - trx_files))
if [ "$missing" -gt 0 ]; then
  log "$missing test project(s) wrote no results (crashed test host?): counted as failed"
  failed=$((failed + missing))
fi
if [ "$total" -eq 0 ]; then
  log "no test ran"
  failed=$((failed + 1))
fi
if [ "$test_status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  log "dotnet test exited with $test_status"
  failed=1
fi

line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
[ "$failed" -eq 0 ] && [ "$skipped" -eq 0 ]
