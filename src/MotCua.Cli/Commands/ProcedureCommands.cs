using System.CommandLine;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Features.Procedures.Export;
using MotCua.Web.Features.Procedures.Import;
using MotCua.Web.Infrastructure;
using NodaTime;
using NodaTime.Text;

namespace MotCua.Cli.Commands;

/// <summary><c>motcua import procedures FILE</c> and <c>motcua export procedures [FILE]</c>: the catalog in
/// MotCua's format (docs/CATALOG.md), the national catalog's layout, and a spreadsheet for officers.</summary>
public static class ProcedureCommands
{
    /// <summary>The <c>procedures</c> subcommand of <c>motcua import</c>.</summary>
    public static Command Import(CliContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "Tệp JSON danh mục thủ tục" };
        var format = new Option<string>("--format") { Description = "motcua (mặc định) hoặc national (CSDLQG về TTHC)", DefaultValueFactory = _ => "motcua" };
        var command = new Command("procedures", "Nhập danh mục thủ tục hành chính, tất cả hoặc không (import the procedure catalog)") { file, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var layout = parse.GetValue(format)?.Trim().ToLowerInvariant() switch
            {
                "motcua" => CatalogFileFormat.MotCua,
                "national" => CatalogFileFormat.National,
                var other => throw new CliInputException($"định dạng \"{other}\" không hợp lệ; chỉ nhận motcua hoặc national."),
            };
            var path = CliFiles.RequireReadable(parse.GetValue(file));
            await using var services = context.BuildServices();
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
            await using var stream = File.OpenRead(path);
            var result = await scope.ServiceProvider.GetRequiredService<ImportProcedures>().ImportAsync(stream, layout, "import", cancellationToken);
            var name = Path.GetFileName(path);
            foreach (var note in result.Notes)
            {
                await context.Output.WriteLineAsync($"{name}: ghi chú: {note}");
            }

            if (!result.Succeeded)
            {
                foreach (var problem in result.Problems)
                {
                    await context.Error.WriteLineAsync($"{name}: {problem}");
                }

                await context.Error.WriteLineAsync($"Không nhập gì: {result.Problems.Count} lỗi. (Nothing imported.)");
                return CliApp.BadInput;
            }

            await context.Output.WriteLineAsync(
                $"Đã nhập: {result.Added} thủ tục mới, {result.NewVersions} phiên bản mới, {result.Unchanged} không đổi.");
            return CliApp.Ok;
        });
        return command;
    }

    /// <summary><c>motcua export procedures [FILE] [--format json|xlsx] [--on yyyy-MM-dd]</c>.</summary>
    public static Command Export(CliContext context)
    {
        var file = new Argument<FileInfo?>("file") { Description = "Tệp đích (.json hoặc .xlsx); bỏ trống để in JSON ra màn hình", Arity = ArgumentArity.ZeroOrOne };
        var format = new Option<string?>("--format") { Description = "json hoặc xlsx (mặc định theo đuôi tệp, không có thì json)" };
        var on = new Option<string?>("--on") { Description = "Xuất phiên bản có hiệu lực vào ngày yyyy-MM-dd (mặc định: phiên bản mới nhất)" };
        var procedures = new Command("procedures", "Xuất danh mục thủ tục hành chính (export the procedure catalog)") { file, format, on };
        procedures.SetAction(async (parse, cancellationToken) =>
        {
            var target = parse.GetValue(file);
            var kind = (parse.GetValue(format) ?? (target?.Extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase) == true ? "xlsx" : "json"))
                .Trim().ToLowerInvariant();
            if (kind is not ("json" or "xlsx"))
            {
                throw new CliInputException($"định dạng \"{kind}\" không hợp lệ; chỉ nhận json hoặc xlsx.");
            }

            if (kind == "xlsx" && target is null)
            {
                throw new CliInputException("xuất xlsx cần tên tệp đích.");
            }

            LocalDate? date = null;
            if (parse.GetValue(on) is { } text)
            {
                var parsed = LocalDatePattern.Iso.Parse(text);
                date = parsed.Success ? parsed.Value : throw new CliInputException($"ngày \"{text}\" không đúng dạng yyyy-MM-dd.");
            }

            await using var services = context.BuildServices();
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
            var export = scope.ServiceProvider.GetRequiredService<ExportProcedures>();
            if (target is null)
            {
                await using var buffer = new MemoryStream();
                await export.WriteJsonAsync(buffer, date, cancellationToken);
                await context.Output.WriteAsync(Encoding.UTF8.GetString(buffer.ToArray()));
                return CliApp.Ok;
            }

            int count;
            try
            {
                await using var stream = File.Create(target.FullName);
                count = kind == "xlsx"
                    ? await export.WriteXlsxAsync(stream, date, cancellationToken)
                    : await export.WriteJsonAsync(stream, date, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new CliInputException($"không ghi được tệp \"{target.FullName}\": {ex.Message}");
            }

            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Đã xuất {count} thủ tục vào {target.FullName}."));
            return CliApp.Ok;
        });

        return new Command("export", "Xuất dữ liệu ra tệp (export data to files)") { procedures };
    }
}
