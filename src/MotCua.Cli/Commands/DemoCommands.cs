using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Features.Dossiers.Demo;
using MotCua.Web.Infrastructure;

namespace MotCua.Cli.Commands;

/// <summary><c>motcua demo generate --dossiers N --seed S</c>: realistic demo dossiers over the past year.</summary>
public static class DemoCommands
{
    public static Command Build(CliContext context)
    {
        var dossiers = new Option<int>("--dossiers") { Description = "Số hồ sơ (number of dossiers)", Required = true };
        var seed = new Option<int>("--seed") { Description = "Hạt giống ngẫu nhiên (random seed)", DefaultValueFactory = _ => 1 };
        var generate = new Command("generate", "Sinh hồ sơ mẫu trong một năm qua (generate a year of demo dossiers)") { dossiers, seed };
        generate.SetAction(async (parse, cancellationToken) =>
        {
            var count = parse.GetValue(dossiers);
            if (count is <= 0 or > 5_000_000)
            {
                throw new CliInputException("--dossiers phải từ 1 đến 5.000.000.");
            }

            await using var services = context.BuildServices();
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
            var report = await scope.ServiceProvider.GetRequiredService<DemoDossierGenerator>().GenerateAsync(count, parse.GetValue(seed), cancellationToken,
                made => context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"… {made} hồ sơ")));
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Đã sinh {report.Dossiers} hồ sơ, {report.Events} sự kiện trong {report.Elapsed.TotalSeconds:0.0} giây ({report.Dossiers / Math.Max(report.Elapsed.TotalSeconds, 0.001):0} hồ sơ/giây)."));
            return CliApp.Ok;
        });
        return new Command("demo", "Dữ liệu mẫu (demo data)") { generate };
    }
}
