#!/usr/bin/env python3
"""Adds the event-log guard SQL (EventLogGuards) to a provider migration, after `dotnet ef migrations add`.
Usage: tools/add-event-log-guards.py src/MotCua.Data.Sqlite/Migrations/<id>_<Name>.cs Sqlite
       tools/add-event-log-guards.py src/MotCua.Data.Postgres/Migrations/<id>_<Name>.cs Postgres
Run it on the migration that creates the EventLog table (see docs/OPERATIONS.md)."""
import sys
path, prov = sys.argv[1], sys.argv[2]
s = open(path).read()
if 'EventLogGuards' in s:
    sys.exit(0)
up = s.index('protected override void Up(MigrationBuilder migrationBuilder)')
down = s.index('protected override void Down(MigrationBuilder migrationBuilder)')
end_up = s.rindex('        }', up, down)
s = s[:end_up] + f'\n            migrationBuilder.Sql(EventLogGuards.{prov}Create);\n' + s[end_up:]
down = s.index('protected override void Down(MigrationBuilder migrationBuilder)')
brace = s.index('{', down)
s = s[:brace + 1] + f'\n            migrationBuilder.Sql(EventLogGuards.{prov}Drop);\n' + s[brace + 1:]
if 'using MotCua.Data;' not in s:
    s = 'using MotCua.Data;\n' + s
open(path, 'w').write(s)
