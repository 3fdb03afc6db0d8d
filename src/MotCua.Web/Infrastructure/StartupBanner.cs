using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using MotCua.Data;
using MotCua.Web.Infrastructure.Seeding;

namespace MotCua.Web.Infrastructure;

/// <summary>Prints where MotCua listens and, in demo mode, the demo accounts, once the server is up.</summary>
public sealed class StartupBanner(
    IServer server,
    IHostApplicationLifetime lifetime,
    IServiceProvider services,
    IOptions<MotCuaOptions> options,
    DatabaseSettings database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => _ = PrintAsync());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task PrintAsync()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var lines = new List<string>
        {
            "",
            "MotCua — Hệ thống thông tin giải quyết thủ tục hành chính",
            $"  Địa chỉ / URL: {string.Join(", ", addresses)}",
            $"  Cơ sở dữ liệu / database: {database.Describe()}",
        };

        if (options.Value.Demo.Enabled)
        {
            await using var scope = services.CreateAsyncScope();
            var password = await scope.ServiceProvider.GetRequiredService<DemoProvinceSeeder>().DemoPasswordAsync(CancellationToken.None);
            lines.Add($"  Tài khoản mẫu / demo accounts (mật khẩu / password: {password}):");
            lines.AddRange(DemoProvinceSeeder.Accounts.Select(a => $"    {a.UserName,-18} {a.Role,-18} {a.FullName}"));
        }

        lines.Add("");
        await Console.Out.WriteLineAsync(string.Join(Environment.NewLine, lines));
    }
}
