using System.Net;
using MotCua.Data;
using MotCua.Testing;

namespace MotCua.Web.Tests.Features.Units;

public sealed class UnitsPageTests
{
    [Theory, AllProviders]
    public async Task UnitsPage_Anonymous_RedirectsToLogin(DatabaseProvider provider)
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(provider);
        var response = await factory.NewClient().GetAsync("/Units");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnitsPage_Citizen_IsForbidden()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var client = await factory.LoginAsync("congdan1");
        var response = await client.GetAsync("/Units");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/units?q=can")).StatusCode);
    }

    [Theory, AllProviders]
    public async Task UnitsPage_Staff_SearchesWithoutAccents(DatabaseProvider provider)
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(provider);
        var client = await factory.LoginAsync("chuyenvien.stp");
        var html = await client.GetStringAsync("/Units?q=ninh+kieu");
        Assert.Contains("Phường Ninh Kiều", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Phường Cái Khế", html, StringComparison.Ordinal);
        var history = await client.GetStringAsync("/Units?old=31117");
        Assert.Contains("Phường Cái Khế (31120)", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnitsApi_Anonymous_Is401ProblemDetails()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var response = await factory.NewClient().GetAsync("/api/units");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task UnitsApi_UnknownCode_Is404ProblemDetails()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var client = await factory.LoginAsync("quantri");
        var response = await client.GetAsync("/api/units/NOPE");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Login_WrongPasswordFiveTimes_LocksTheAccount()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        for (var i = 0; i < 5; i++)
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => factory.LoginAsync("quantri", "wrong-password"));
        }

        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.LoginAsync("quantri"));
    }

    [Fact]
    public async Task HomePage_English_UsesEnglishResources()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var client = factory.NewClient();
        var vi = await client.GetStringAsync("/");
        Assert.Contains("<html lang=\"vi\">", vi, StringComparison.Ordinal);
        Assert.Contains("Thành phố Cần Thơ", vi, StringComparison.Ordinal);
        Assert.Contains("Đăng nhập", vi, StringComparison.Ordinal);
        var en = await client.GetStringAsync("/?culture=en");
        Assert.Contains("<html lang=\"en\">", en, StringComparison.Ordinal);
        Assert.Contains("Sign in", en, StringComparison.Ordinal);
    }
}
