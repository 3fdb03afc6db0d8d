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
        import.Subcommands.Add(ProcedureCommands.Import(context));
        return import;
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
