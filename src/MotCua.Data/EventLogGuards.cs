namespace MotCua.Data;

/// <summary>
/// SQL that makes the event log append-only in the database itself: any UPDATE or DELETE (and on PostgreSQL
/// TRUNCATE) of <c>EventLog</c> is refused by a trigger. Applied by the provider migrations ("Dossiers").
/// Someone with the rights to drop the trigger can still tamper — that is what the hash chain and
/// <c>motcua audit verify</c> detect.
/// </summary>
public static class EventLogGuards
{
    public const string SqliteCreate = """
        CREATE TRIGGER "EventLog_no_update" BEFORE UPDATE ON "EventLog"
        BEGIN SELECT RAISE(ABORT, 'EventLog is append-only: UPDATE refused'); END;
        CREATE TRIGGER "EventLog_no_delete" BEFORE DELETE ON "EventLog"
        BEGIN SELECT RAISE(ABORT, 'EventLog is append-only: DELETE refused'); END;
        """;

    public const string SqliteDrop = """
        DROP TRIGGER IF EXISTS "EventLog_no_update";
        DROP TRIGGER IF EXISTS "EventLog_no_delete";
        """;

    public const string PostgresCreate = """
        CREATE OR REPLACE FUNCTION motcua_event_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'EventLog is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
        END $$;
        CREATE TRIGGER "EventLog_append_only" BEFORE UPDATE OR DELETE ON "EventLog"
            FOR EACH ROW EXECUTE FUNCTION motcua_event_log_append_only();
        CREATE TRIGGER "EventLog_no_truncate" BEFORE TRUNCATE ON "EventLog"
            FOR EACH STATEMENT EXECUTE FUNCTION motcua_event_log_append_only();
        """;

    public const string PostgresDrop = """
        DROP TRIGGER IF EXISTS "EventLog_append_only" ON "EventLog";
        DROP TRIGGER IF EXISTS "EventLog_no_truncate" ON "EventLog";
        DROP FUNCTION IF EXISTS motcua_event_log_append_only();
        """;
}
