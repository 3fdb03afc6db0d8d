using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain.Reform;
using MotCua.Web.Features.Reform;
using MotCua.Web.Features.Reform.Extract;
using MotCua.Web.Infrastructure;

namespace MotCua.Cli.Commands;

/// <summary><c>motcua directive extract FILE [--json] [--units UNITS.json] [--year N]</c>: the tasks a
/// directive assigns, as proposals (nothing is saved).</summary>
public static class DirectiveCommands
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Vietnamese stays readable in the output ("Sở Nội vụ", not "S\u1EDF N\u1ED9i v\u1EE5").
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private sealed record ProposalJson(string? Lead, IReadOnlyList<string> Coordinators, string? Deadline, string? Recurrence, string Text);

    public static Command Build(CliContext context)
    {
        var directive = new Command("directive", "Văn bản chỉ đạo (directives)");
        directive.Subcommands.Add(Extract(context));
        return directive;
    }

    private static Command Extract(CliContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "Tệp văn bản: .txt (UTF-8), .docx hoặc .pdf có lớp chữ" };
        var json = new Option<bool>("--json") { Description = "In mảng JSON [{lead, coordinators, deadline, recurrence, text}]" };
        var units = new Option<FileInfo?>("--units") { Description = "Danh sách đơn vị (định dạng của motcua import units) thay cho cơ sở dữ liệu" };
        var year = new Option<int?>("--year") { Description = "Năm của văn bản, cho thời hạn không ghi năm" };
        var command = new Command("extract", "Đề xuất các nhiệm vụ giao trong văn bản (propose the tasks of a directive)") { file, json, units, year };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = CliFiles.RequireReadable(parse.GetValue(file));
            var length = new FileInfo(path).Length;
            if (length > DirectiveFileText.MaxBytes)
            {
                throw new CliInputException($"{Path.GetFileName(path)}: tệp lớn quá {DirectiveFileText.MaxBytes / 1024 / 1024} MB.");
            }

            var read = DirectiveFileText.Read(await File.ReadAllBytesAsync(path, cancellationToken), path);
            if (!read.Succeeded)
            {
                throw new CliInputException($"{Path.GetFileName(path)}: {read.Error}");
            }

            if (parse.GetValue(year) is < 2000 or > 2100)
            {
                throw new CliInputException("năm (--year) phải từ 2000 đến 2100.");
            }

            await using var services = context.BuildServices();
            await using var scope = services.CreateAsyncScope();
            var extract = scope.ServiceProvider.GetRequiredService<ExtractDirective>();
            AgencyDirectory agencies;
            if (parse.GetValue(units) is { } unitFile)
            {
                agencies = new AgencyDirectory(await ReadUnitsAsync(CliFiles.RequireReadable(unitFile), cancellationToken),
                    scope.ServiceProvider.GetRequiredService<AgencyCatalogSource>().Catalog);
            }
            else
            {
                await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
                agencies = await extract.AgenciesAsync(cancellationToken);
            }

            var result = extract.Read(read.Text!, agencies, parse.GetValue(year)).Extraction!;
            if (parse.GetValue(json))
            {
                var items = result.Proposals.Select(p => new ProposalJson(
                    p.Lead?.Agency.Name,
                    [.. p.Coordinators.Select(c => c.Agency.Name)],
                    p.Deadline?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    p.Recurrence?.Recurrence.Code,
                    p.Text));
                await context.Output.WriteLineAsync(JsonSerializer.Serialize(items, Json));
            }
            else
            {
                await WriteListingAsync(context.Output, result);
            }

            return CliApp.Ok;
        });
        return command;
    }

    private static async Task<IReadOnlyList<KnownUnit>> ReadUnitsAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = File.OpenRead(path);
            using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
            return [.. document.RootElement.EnumerateArray()
                .Where(e => e.TryGetProperty("code", out _) && e.TryGetProperty("name", out _))
                .Select(e => new KnownUnit(e.GetProperty("code").GetString() ?? "", e.GetProperty("name").GetString() ?? ""))];
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            throw new CliInputException($"{Path.GetFileName(path)}: danh sách đơn vị không phải mảng JSON [{{\"code\",\"name\"}}, …].");
        }
    }

    private static async Task WriteListingAsync(TextWriter output, DirectiveExtraction result)
    {
        var culture = Domain.VietnamTime.Culture;
        foreach (var p in result.Proposals)
        {
            await output.WriteLineAsync(string.Create(culture, $"{p.Number}. [{p.Path}] Chủ trì: {Describe(p.Lead?.Agency) ?? "(chưa xác định)"}"));
            if (p.Coordinators.Count > 0)
            {
                await output.WriteLineAsync($"   Phối hợp: {string.Join("; ", p.Coordinators.Select(c => Describe(c.Agency)))}");
            }

            if (p.Deadline is { } d)
            {
                await output.WriteLineAsync($"   Thời hạn: {d.Date.ToString("dd/MM/yyyy", culture)} (\"{Words(result, d.Span)}\")");
            }

            if (p.Recurrence is { } r)
            {
                var day = r.Recurrence.Day is { } dd ? string.Create(culture, $", ngày {dd}{(r.Recurrence.Month is { } m ? $"/{m}" : "")}") : "";
                var period = r.Recurrence.Period switch
                {
                    RecurrencePeriod.Monthly => "hằng tháng",
                    RecurrencePeriod.Quarterly => "hằng quý",
                    _ => "hằng năm",
                };
                await output.WriteLineAsync($"   Định kỳ: {period}{day}");
            }

            await output.WriteLineAsync($"   Nội dung: {p.Text}");
            foreach (var note in p.Notes)
            {
                await output.WriteLineAsync($"   Lưu ý: {note.Message}");
            }
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{result.Proposals.Count} nhiệm vụ đề xuất từ {result.ItemCount} mục; chưa lưu (nothing saved)."));
    }

    private static string? Describe(AgencyRef? agency) => agency?.Status switch
    {
        null => null,
        AgencyStatus.ProvinceUnit => $"{agency.Name} ({agency.UnitCode})",
        AgencyStatus.Former => $"{agency.Name} (tên cũ, nay là {agency.SuccessorName})",
        _ => agency.Name,
    };

    private static string Words(DirectiveExtraction result, TextSpan span) => span.Of(result.Text).ReplaceLineEndings(" ");
}
