using MotCua.Web.Infrastructure;

// MotCua web host. Everything is registered in Infrastructure/WebHost.cs; this file only turns a
// configuration problem into one readable line and a non-zero exit code instead of a stack trace.
try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddMotCuaWeb();
    var app = builder.Build();
    app.UseMotCuaWeb();
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (StartupFailure.Find(ex) is { } failure)
{
    await Console.Error.WriteLineAsync($"MotCua không khởi động được: {failure.Message}");
    return 3;
}

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
