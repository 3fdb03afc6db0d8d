#!/usr/bin/env bash
# Re-creates migration NAME for both providers from the current model (used after merging branches whose
# migrations were generated separately). Removes the existing NAME migration files first; restore the model
# snapshot from the base branch before running it. Usage: tools/regen-migration.sh NAME
set -euo pipefail
cd "$(dirname "$0")/.."
name=$1
dotnet tool restore >/dev/null
for p in Sqlite Postgres; do
  rm -f src/MotCua.Data.$p/Migrations/*_"$name".cs src/MotCua.Data.$p/Migrations/*_"$name".Designer.cs
  dotnet build src/MotCua.Data.$p -v quiet -nologo >/dev/null
  dotnet ef migrations add "$name" --project src/MotCua.Data.$p --startup-project src/MotCua.Data.$p -o Migrations >/dev/null
  file=$(ls src/MotCua.Data.$p/Migrations/*_"$name".cs | grep -v Designer)
  if grep -q 'name: "EventLog"' "$file"; then tools/add-event-log-guards.py "$file" $p; fi
  echo "$file"
done
