using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain.Organization;
using MotCua.Web.Features.Units.History;
using MotCua.Web.Features.Units.Merge;
using MotCua.Web.Infrastructure;
using NodaTime.Text;

namespace MotCua.Cli.Commands;

/// <summary><c>motcua units history CODE</c> and <c>motcua units merge</c>.</summary>
public static class UnitCommands
{
    public static Command Build(CliContext context)
    {
        var units = new Command("units", "Đơn vị hành chính, cơ quan (units)");
        units.Subcommands.Add(History(context));
        units.Subcommands.Add(Merge(context));
        return units;
    }

    private static Command History(CliContext context)
    {
        var code = new Argument<string>("code") { Description = "Mã cũ: xã, phường trước 01/7/2025, hoặc đơn vị đã sáp nhập" };
        var command = new Command("history", "Đơn vị nào nay giữ một mã cũ (which unit now holds an old code)") { code };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = context.BuildServices();
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
            var answer = await scope.ServiceProvider.GetRequiredService<UnitHistory>().FindAsync(parse.GetValue(code)!, cancellationToken);
            if (answer.Holders.Count == 0)
            {
                await context.Error.WriteLineAsync($"Không tìm thấy mã \"{answer.Query}\".");
                return CliApp.BadInput;
            }

            foreach (var holder in answer.Holders)
            {
                var kind = holder.Kind == SuccessionKind.Full ? "full" : "partial";
                await context.Output.WriteLineAsync($"{holder.Code}\t{holder.Name}\t{kind}");
            }

            return CliApp.Ok;
        });
        return command;
    }

    private static Command Merge(CliContext context)
    {
        var into = new Option<string>("--into") { Description = "Mã đơn vị nhận sáp nhập", Required = true };
        var from = new Option<string[]>("--from") { Description = "Mã các đơn vị bị sáp nhập", Required = true, AllowMultipleArgumentsPerToken = true };
        var on = new Option<string>("--on") { Description = "Ngày hiệu lực yyyy-MM-dd", Required = true };
        var reason = new Option<string>("--reason") { Description = "Căn cứ (số nghị quyết, quyết định)", Required = true };
        var command = new Command("merge", "Sáp nhập đơn vị, giữ lịch sử (merge units, keeping history)") { into, from, on, reason };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var date = LocalDatePattern.Iso.Parse(parse.GetValue(on)!);
            if (!date.Success)
            {
                throw new CliInputException($"ngày \"{parse.GetValue(on)}\" không đúng dạng yyyy-MM-dd.");
            }

            await using var services = context.BuildServices();
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
            var result = await scope.ServiceProvider.GetRequiredService<MergeUnits>()
                .MergeAsync(parse.GetValue(from)!, parse.GetValue(into)!, date.Value, parse.GetValue(reason)!, cancellationToken);
            if (!result.Succeeded)
            {
                throw new CliInputException(result.Error!);
            }

            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Đã sáp nhập {string.Join(", ", parse.GetValue(from)!)} vào {parse.GetValue(into)} từ {date.Value:yyyy-MM-dd}."));
            return CliApp.Ok;
        });
        return command;
    }
}
