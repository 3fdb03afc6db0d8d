using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Infrastructure;

namespace MotCua.Cli.Commands;

/// <summary><c>motcua db migrate</c>: applies pending migrations explicitly (the web app also does it at start).</summary>
public static class DbCommands
{
    public static Command Build(CliContext context)
    {
        var migrate = new Command("migrate", "Áp dụng các migration còn thiếu (apply pending migrations)");
        migrate.SetAction(async (_, cancellationToken) =>
        {
            await using var services = context.BuildServices();
            await using var scope = services.CreateAsyncScope();
            var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
            await initializer.MigrateAsync(cancellationToken);
            var applied = await initializer.AppliedMigrationAsync(cancellationToken);
            await context.Output.WriteLineAsync($"Cơ sở dữ liệu đã cập nhật: {applied}");
            return CliApp.Ok;
        });

        return new Command("db", "Cơ sở dữ liệu (database)") { migrate };
    }
}
