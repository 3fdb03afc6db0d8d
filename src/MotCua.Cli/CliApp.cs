using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MotCua.Cli.Commands;
using MotCua.Web.Infrastructure;

namespace MotCua.Cli;

/// <summary>What a command needs: output streams and a way to build MotCua's services on demand (so
/// that commands which need no database, such as <c>calendar due</c>, never open one).</summary>
public sealed class CliContext(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?> overrides)
{
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>Builds the service provider of MotCua's core (configuration from appsettings.json in the
    /// current directory, environment variables <c>MotCua__…</c> and <c>ConnectionStrings__MotCua</c>).</summary>
    public ServiceProvider BuildServices()
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.AddConfiguration(configuration.GetSection("Logging")).SetMinimumLevel(LogLevel.Warning));
        services.AddMotCuaCore(configuration, Directory.GetCurrentDirectory());
        return services.BuildServiceProvider();
    }
}

/// <summary>
/// The <c>motcua</c> command. Every command prints its result on standard output; a problem is one line
/// on standard error and exit code 2 (bad arguments or input) or 3 (configuration or database).
/// </summary>
public static class CliApp
{
    public const int Ok = 0;
    public const int BadInput = 2;
    public const int BadConfiguration = 3;
    public const int Unexpected = 1;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var context = new CliContext(output, error, overrides ?? new Dictionary<string, string?>());
        var root = new RootCommand("MotCua — hệ thống một cửa điện tử (command line)");
        root.Subcommands.Add(DbCommands.Build(context));
        root.Subcommands.Add(ImportCommands.Build(context));
        var export = ProcedureCommands.Export(context);
        export.Subcommands.Add(SyncCommands.ExportDossiers(context));
        root.Subcommands.Add(export);
        root.Subcommands.Add(PaymentCommands.Build(context));
        root.Subcommands.Add(UnitCommands.Build(context));
        root.Subcommands.Add(AuditCommands.Build(context));
        root.Subcommands.Add(DemoCommands.Build(context));
        root.Subcommands.Add(DirectiveCommands.Build(context));
        root.Subcommands.Add(ReformCommands.Build(context));
        root.Subcommands.Add(FeedbackCommands.Build(context));
        root.Subcommands.Add(CalendarCommands.Build(context));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            await error.WriteLineAsync($"motcua: {parse.Errors[0].Message}");
            return BadInput;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (StartupFailure.Find(ex) is { } failure)
        {
            await error.WriteLineAsync($"motcua: {failure.Message}");
            return BadConfiguration;
        }
        catch (CliInputException ex)
        {
            await error.WriteLineAsync($"motcua: {ex.Message}");
            return BadInput;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Anything else is a bug: one line for the person, the details only when asked for.
            await error.WriteLineAsync($"motcua: lỗi không mong đợi ({ex.GetType().Name}): {ex.Message}");
            if (Environment.GetEnvironmentVariable("MOTCUA_DEBUG") == "1")
            {
                await error.WriteLineAsync(ex.ToString());
            }

            return Unexpected;
        }
    }
}

/// <summary>Bad input to a command: reported as one line, exit code 2.</summary>
public sealed class CliInputException(string message) : Exception(message);
