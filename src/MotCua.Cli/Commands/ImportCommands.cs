using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Features.Units.Import;
using MotCua.Web.Infrastructure;

namespace MotCua.Cli.Commands;

/// <summary><c>motcua import …</c>: loading lists into MotCua, all or nothing.</summary>
public static class ImportCommands
{
    public static Command Build(CliContext context)
    {
        var import = new Command("import", "Nhập dữ liệu từ tệp (import data from files)");
        import.Subcommands.Add(Units(context));
        import.Subcommands.Add(Dossiers(context));
        import.Subcommands.Add(ProcedureCommands.Import(context));
        return import;
    }

    private static Command Dossiers(CliContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "Tệp JSONL: mỗi dòng một hồ sơ theo cấu trúc đồng bộ DVCQG" };
        var skip = new Option<bool>("--skip-invalid") { Description = "Nhập các dòng hợp lệ, ghi dòng lỗi ra FILE.rejected.jsonl" };
        var command = new Command("dossiers", "Nhập hồ sơ lịch sử từ hệ thống khác (import historical dossiers)") { file, skip };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = CliFiles.RequireReadable(parse.GetValue(file));
            await using var services = context.BuildServices();
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
            using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
            var report = await scope.ServiceProvider.GetRequiredService<MotCua.Web.Features.Dossiers.Import.ImportDossiers>()
                .ImportAsync(reader, parse.GetValue(skip), cancellationToken);
            foreach (var rejected in report.Rejected)
            {
                await context.Error.WriteLineAsync($"{Path.GetFileName(path)}:{rejected.Line}: {(rejected.Code is null ? "" : rejected.Code + ": ")}{rejected.Reason}");
            }

            if (report.Rejected.Count > 0 && parse.GetValue(skip))
            {
                var rejectedFile = Path.ChangeExtension(path, ".rejected.jsonl");
                await File.WriteAllLinesAsync(rejectedFile, report.Rejected.Select(r => System.Text.Json.JsonSerializer.Serialize(new { line = r.Line, reason = r.Reason, record = r.Text })), cancellationToken);
                await context.Error.WriteLineAsync($"Các dòng bị từ chối đã ghi vào {rejectedFile}");
            }

            if (!report.Written)
            {
                await context.Error.WriteLineAsync($"Không nhập gì: {report.Rejected.Count} dòng lỗi. Dùng --skip-invalid để nhập các dòng hợp lệ. (Nothing imported.)");
                return CliApp.BadInput;
            }

            await context.Output.WriteLineAsync($"Đã nhập {report.Imported} hồ sơ; {report.AlreadyPresent} đã có; {report.Rejected.Count} dòng bị từ chối.");
            return CliApp.Ok;
        });
        return command;
    }

    private static Command Units(CliContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "Tệp JSON: [{\"code\",\"name\",\"kind\",\"parentCode\"}, …]" };
        var command = new Command("units", "Nhập danh sách đơn vị (import a unit list)") { file };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = CliFiles.RequireReadable(parse.GetValue(file));
            await using var services = context.BuildServices();
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
            await using var stream = File.OpenRead(path);
            var result = await scope.ServiceProvider.GetRequiredService<ImportUnits>().ImportAsync(stream, null, cancellationToken);
            if (!result.Succeeded)
            {
                foreach (var problem in result.Problems)
                {
                    await context.Error.WriteLineAsync($"{Path.GetFileName(path)}: {problem}");
                }

                await context.Error.WriteLineAsync($"Không nhập gì: {result.Problems.Count} lỗi. (Nothing imported.)");
                return CliApp.BadInput;
            }

            await context.Output.WriteLineAsync($"Đã nhập: {result.Added} mới, {result.Updated} cập nhật, {result.Unchanged} không đổi.");
            return CliApp.Ok;
        });
        return command;
    }
}

/// <summary>Checks on file arguments, as one-line errors.</summary>
public static class CliFiles
{
    public static string RequireReadable(FileInfo? file)
    {
        if (file is null)
        {
            throw new CliInputException("thiếu tên tệp.");
        }

        if (!file.Exists)
        {
            throw new CliInputException($"không tìm thấy tệp \"{file.FullName}\".");
        }

        return file.FullName;
    }
}
