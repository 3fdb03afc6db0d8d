using System.Diagnostics;

namespace MotCua.Web.Tests.Infrastructure;

/// <summary>Runs the real web app binary with bad configuration: one readable line, non-zero exit.</summary>
public sealed class StartupFailureTests
{
    private static string WebDll()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MotCua.slnx")))
        {
            dir = dir.Parent;
        }

        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // Debug or Release
        return Path.Combine(dir!.FullName, "src", "MotCua.Web", "bin", configuration, "net10.0", "MotCua.Web.dll");
    }

    private static async Task<(int ExitCode, string Error, string Output)> RunAsync(params (string Key, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet", [WebDll(), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["MotCua__DataFolder"] = Path.Combine(Path.GetTempPath(), "motcua-startup-" + Guid.NewGuid().ToString("N"));
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, (await error).Trim(), await output);
    }

    [Fact]
    public async Task Start_UnknownProvider_PrintsOneLineAndExits3()
    {
        var (code, error, output) = await RunAsync(("MotCua__Database__Provider", "oracle"));
        Assert.Equal(3, code);
        Assert.Single(error.Split('\n'));
        Assert.Contains("\"oracle\"", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error + output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_UnreachablePostgres_PrintsOneLineAndExits3()
    {
        var (code, error, output) = await RunAsync(
            ("MotCua__Database__Provider", "postgres"),
            ("ConnectionStrings__MotCua", "Host=127.0.0.1;Port=1;Database=motcua;Username=u;Password=p;Timeout=3"));
        Assert.Equal(3, code);
        Assert.Single(error.Split('\n'));
        Assert.Contains("PostgreSQL", error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", error + output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_UnwritableDataFolder_PrintsOneLineAndExits3()
    {
        var (code, error, _) = await RunAsync(("MotCua__DataFolder", "/proc/motcua-not-writable"));
        Assert.Equal(3, code);
        Assert.Single(error.Split('\n'));
        Assert.Contains("/proc/motcua-not-writable", error, StringComparison.Ordinal);
    }
}
