using MotCua.Testing;

namespace MotCua.Cli.Tests;

/// <summary>Runs the <c>motcua</c> command in-process against a test database and captures its output.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAsync(TestDatabase? database, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error, database?.Settings);
        return new Result(code, output.ToString(), error.ToString());
    }

    public static string TempFile(string content, string extension = ".json")
    {
        var path = Path.Combine(Path.GetTempPath(), "motcua-cli-" + Guid.NewGuid().ToString("N") + extension);
        File.WriteAllText(path, content);
        return path;
    }
}
