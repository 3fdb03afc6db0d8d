using System.CommandLine;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Features.Sync.Export;
using MotCua.Web.Infrastructure;
using NodaTime;
using NodaTime.Text;

namespace MotCua.Cli.Commands;

/// <summary><c>motcua export dossiers [--from yyyy-MM-dd] [--to yyyy-MM-dd] FILE.jsonl</c>: dossiers in the national
/// sync layout (DOMAIN.md §6), one JSON line each — the layout <c>motcua import dossiers</c> reads.</summary>
public static class SyncCommands
{
    /// <summary>The <c>dossiers</c> subcommand of <c>motcua export</c>.</summary>
    public static Command ExportDossiers(CliContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "Tệp JSONL đích: mỗi dòng một hồ sơ theo cấu trúc đồng bộ DVCQG" };
        var from = new Option<string?>("--from") { Description = "Từ ngày nộp yyyy-MM-dd (tính cả ngày này)" };
        var to = new Option<string?>("--to") { Description = "Đến ngày nộp yyyy-MM-dd (tính cả ngày này)" };
        var command = new Command("dossiers", "Xuất hồ sơ theo cấu trúc đồng bộ Cổng DVCQG (export dossiers in the national sync layout)") { file, from, to };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var start = Date(parse.GetValue(from), "--from");
            var end = Date(parse.GetValue(to), "--to");
            if (start is { } a && end is { } b && b < a)
            {
                throw new CliInputException("--to phải từ --from trở đi.");
            }

            var target = parse.GetValue(file) ?? throw new CliInputException("thiếu tên tệp đích.");
            await using var services = context.BuildServices();
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
            int count;
            try
            {
                await using var writer = new StreamWriter(target.FullName, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
                count = await scope.ServiceProvider.GetRequiredService<ExportDossiers>().WriteAsync(writer, start, end, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new CliInputException($"không ghi được tệp \"{target.FullName}\": {ex.Message}");
            }

            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Đã xuất {count} hồ sơ vào {target.FullName}."));
            return CliApp.Ok;
        });
        return command;
    }

    private static LocalDate? Date(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success ? parsed.Value : throw new CliInputException($"{option} \"{text}\" không đúng dạng yyyy-MM-dd.");
    }
}
