using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace MotCua.Data;

/// <summary>
/// Inserts many rows of one entity type fast, for generated or imported data, using the EF model's own mapping
/// (table, columns, value converters) so it cannot drift from it: prepared INSERT statements on SQLite, binary
/// COPY on PostgreSQL. Store-generated columns (identities) are left to the database. Runs inside the caller's
/// transaction; no change tracking, no interceptors — so it is used only for rows that are complete and new.
/// </summary>
public static class BulkWriter
{
    public static async Task InsertAsync<T>(MotCuaDbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped");
        var table = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var columns = entity.GetProperties()
            .Where(p => p.ValueGenerated != Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.OnAdd || p.IsKey() && p.ClrType == typeof(Guid))
            .Where(p => p.PropertyInfo is not null)
            .Select(p => (Property: p, Name: p.GetColumnName(store)!, Converter: p.GetTypeMapping().Converter))
            .ToList();

        object? Value(T row, int i)
        {
            var (property, _, converter) = columns[i];
            var value = property.PropertyInfo!.GetValue(row);
            return value is null ? null : converter is null ? value : converter.ConvertToProvider(value);
        }

        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("BulkWriter runs inside the caller's transaction.");
        switch (connection)
        {
            case SqliteConnection sqlite:
            {
                await using var command = sqlite.CreateCommand();
                command.Transaction = (SqliteTransaction)transaction;
                command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) " +
                    $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
                var parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToList();
                await command.PrepareAsync(cancellationToken);
                foreach (var row in rows)
                {
                    for (var i = 0; i < columns.Count; i++)
                    {
                        parameters[i].Value = Value(row, i) ?? DBNull.Value;
                    }

                    await command.ExecuteNonQueryAsync(cancellationToken);
                }

                break;
            }

            case NpgsqlConnection npgsql:
            {
                var copy = $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)";
                await using var importer = await npgsql.BeginBinaryImportAsync(copy, cancellationToken);
                foreach (var row in rows)
                {
                    await importer.StartRowAsync(cancellationToken);
                    for (var i = 0; i < columns.Count; i++)
                    {
                        var value = Value(row, i);
                        if (value is null)
                        {
                            await importer.WriteNullAsync(cancellationToken);
                        }
                        else
                        {
                            await importer.WriteAsync(value, cancellationToken);
                        }
                    }
                }

                await importer.CompleteAsync(cancellationToken);
                break;
            }

            default:
                throw new NotSupportedException($"Bulk insert is not available for {connection.GetType().Name}");
        }
    }

}
