#!/usr/bin/env bash
# Load check of the web app with Debian's wrk (issue 6): the public dossier lookup (the portal page and the JSON
# API) and an officer's queue page, at 64 concurrent clients, next to GET /health as the baseline.
#
#   bench/load/load-check.sh sqlite [DATA_FOLDER]          # SQLite; a fresh demo province unless DATA_FOLDER is given
#   bench/load/load-check.sh postgres "Host=…;Database=…"  # PostgreSQL (the database is created and seeded)
#
# Environment: DURATION (default 20s), WARMUP (30s), CLIENTS (64), THREADS (2), PORT (5090).
# It builds MotCua.Web in Release, starts it on 127.0.0.1:$PORT in the Production environment (the script sends the
# session cookie itself, so its Secure flag does not stop it over plain HTTP), creates one dossier at a commune
# counter through the staff API to look up, and for each endpoint runs wrk once for WARMUP unmeasured (so that the
# runtime's tiered compilation has settled: the figures are those of a server that has been up for a while), then
# for DURATION, printing wrk's latency distribution; then it stops the server. Figures go to docs/BENCHMARKS.md by
# hand, with the date and the machine's load.
set -euo pipefail
cd "$(dirname "$0")/../.."
provider=${1:?usage: load-check.sh sqlite [DATA_FOLDER] | postgres CONNECTION}
arg=${2:-}
DURATION=${DURATION:-20s}; WARMUP=${WARMUP:-30s}; CLIENTS=${CLIENTS:-64}; THREADS=${THREADS:-2}; PORT=${PORT:-5090}
base=http://127.0.0.1:$PORT
work=$(mktemp -d /tmp/motcua-load.XXXXXX)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }

dotnet build -c Release src/MotCua.Web -v quiet -nologo >/dev/null
export ASPNETCORE_ENVIRONMENT=Production
export Logging__LogLevel__Default=Warning
if [ "$provider" = sqlite ]; then
  export MotCua__DataFolder=${arg:-$work/data}
  export MotCua__Database__Provider=sqlite
else
  export MotCua__DataFolder=$work/data
  export MotCua__Database__Provider=postgres
  export ConnectionStrings__MotCua=${arg:?postgres needs a connection string}
fi
dotnet src/MotCua.Web/bin/Release/net10.0/MotCua.Web.dll --urls "$base" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work/cookies"' EXIT
for _ in $(seq 1 600); do curl -fs "$base/health" >/dev/null && break; sleep 1; done
curl -fs "$base/health" >/dev/null || { echo "the server did not start:" >&2; tail -20 "$work/server.log" >&2; exit 1; }

# Sign in as the one-stop officer of Phường Ninh Kiều (the demo's busiest commune). The session cookie is taken
# from the Set-Cookie header itself.
token() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
cookie() { grep -i '^set-cookie:' | sed 's/^[Ss]et-[Cc]ookie: //; s/;.*//' | tr -d '\r' | paste -sd ';' | sed 's/;/; /g'; }
password=$(sed -n "s/^password=//p" "$MotCua__DataFolder/demo-accounts.txt" 2>/dev/null | head -1)
password=${password:-${MotCua__Demo__Password:-}}
curl -s -D "$work/login.h" "$base/Account/Login" -o "$work/login.html"
login_cookie=$(cookie <"$work/login.h")
curl -s -D "$work/signed.h" -o /dev/null -H "Cookie: $login_cookie" \
  --data-urlencode "UserName=motcua.ninhkieu" --data-urlencode "Password=$password" \
  --data-urlencode "__RequestVerificationToken=$(token <"$work/login.html")" "$base/Account/Login"
officer="$login_cookie; $(cookie <"$work/signed.h")"
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $officer" "$base/Workspace")
[ "$status" = 200 ] || { echo "officer sign-in failed ($status); password from $MotCua__DataFolder/demo-accounts.txt" >&2; exit 1; }

# One dossier to look up, received at the counter through the staff API.
code=$(curl -fs -H "Cookie: $officer" -H 'Content-Type: application/json' "$base/api/dossiers/intake" \
  -d '{"procedureCode":"1.001193","channel":"counter","applicant":{"fullName":"Người Đo Tải","idNumber":"092080009999","phone":"0912000999"}}' \
  | grep -o '"code":"[^"]*"' | head -1 | cut -d'"' -f4)
[ -n "$code" ] || { echo "could not create the dossier to look up" >&2; exit 1; }

# The lookup page's antiforgery pair (one token serves every request with its cookie).
curl -s -D "$work/lookup.h" "$base/Lookup" -o "$work/lookup.html"
export LOOKUP_COOKIE=$(cookie <"$work/lookup.h")
export LOOKUP_FORM="Code=$code&Key=0912000999&__RequestVerificationToken=$(token <"$work/lookup.html")"
export LOOKUP_JSON="{\"code\":\"$code\",\"phone\":\"0912000999\"}"
export OFFICER_COOKIE=$officer

check() { # name path script
  local s; s=$(curl -s -o /dev/null -w '%{http_code}' "${@:4}" "$base$2")
  echo; echo "== $1 ($base$2, one request answers $s)"
  wrk -t"$THREADS" -c"$CLIENTS" -d"$WARMUP" ${3:+-s bench/load/$3} "$base$2" >/dev/null
  wrk -t"$THREADS" -c"$CLIENTS" -d"$DURATION" --latency ${3:+-s bench/load/$3} "$base$2" | sed -n '/Latency Distribution/,$p'
}
echo "provider=$provider clients=$CLIENTS threads=$THREADS warmup=$WARMUP duration=$DURATION load=$(cut -d' ' -f1-3 /proc/loadavg) code=$code"
check "GET /health (baseline)" /health ""
check "POST /Lookup (portal page)" /Lookup lookup-page.lua -X POST -H "Cookie: $LOOKUP_COOKIE" -H 'Content-Type: application/x-www-form-urlencoded' --data "$LOOKUP_FORM"
check "POST /api/public/dossiers/lookup (JSON)" /api/public/dossiers/lookup lookup-api.lua -X POST -H 'Content-Type: application/json' --data "$LOOKUP_JSON"
check "GET /Workspace (officer queue)" /Workspace officer.lua -H "Cookie: $OFFICER_COOKIE"
grep -iE "error|exception" "$work/server.log" | head -5 || true
