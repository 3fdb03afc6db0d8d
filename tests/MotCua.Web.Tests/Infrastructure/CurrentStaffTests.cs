using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data;
using MotCua.Data.Identity;
using MotCua.Domain.Organization;
using MotCua.Testing;
using MotCua.Web.Infrastructure;
using MotCua.Web.Tests.Features.Dossiers;

namespace MotCua.Web.Tests.Infrastructure;

/// <summary>The staff member behind a request comes from the sign-in cookie's claims (<see cref="StaffClaims"/>),
/// which Identity's security-stamp check rebuilds from the database every <c>MotCua:Security:RevalidateSeconds</c>.</summary>
public sealed class CurrentStaffTests
{
    [Theory]
    [InlineData("motcua.ninhkieu")]
    [InlineData("lanhdao")]
    [InlineData("chuyenvien.stp")]
    public async Task StaffFromTheCookie_IsTheAccountInTheDatabase(string userName)
    {
        await using var app = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
        var user = (await users.FindByNameAsync(userName))!;
        var principal = await scope.ServiceProvider.GetRequiredService<SignInManager<UserAccount>>().CreateUserPrincipalAsync(user);

        var fromClaims = await scope.ServiceProvider.GetRequiredService<CurrentStaff>().GetAsync(principal, CancellationToken.None);
        await using var other = app.Services.CreateAsyncScope();
        var fromDatabase = await other.ServiceProvider.GetRequiredService<CurrentStaff>().LoadAsync(user.Id, CancellationToken.None);

        Assert.NotNull(fromClaims);
        Assert.NotNull(fromDatabase);
        Assert.Equal(fromDatabase.FullName, fromClaims.FullName);
        Assert.Equal(fromDatabase.Title, fromClaims.Title);
        Assert.Equal(fromDatabase.UnitId, fromClaims.UnitId);
        Assert.Equal(fromDatabase.UnitCode, fromClaims.UnitCode);
        Assert.True(fromDatabase.Roles.SetEquals(fromClaims.Roles));
        Assert.True(fromDatabase.ScopeUnitCodes.SetEquals(fromClaims.ScopeUnitCodes));
        Assert.Equal(fromDatabase.Actor, fromClaims.Actor);
    }

    [Fact]
    public async Task Citizen_IsNoStaffMember()
    {
        await using var app = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        await using var scope = app.Services.CreateAsyncScope();
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>().FindByNameAsync("congdan1"))!;
        var principal = await scope.ServiceProvider.GetRequiredService<SignInManager<UserAccount>>().CreateUserPrincipalAsync(user);
        Assert.Equal(string.Empty, principal.FindFirst(StaffClaims.Unit)?.Value);
        Assert.Null(await scope.ServiceProvider.GetRequiredService<CurrentStaff>().GetAsync(principal, CancellationToken.None));
    }

    [Theory, AllProviders]
    public async Task ChangedUnitAndRemovedRole_ReachASignedInSession_WhenItIsRevalidated(DatabaseProvider provider)
    {
        await using var app = await MotCuaWebFactory.CreateAsync(provider);
        app.Settings["MotCua:Security:RevalidateSeconds"] = "0";
        var ninhKieu = await DossierTestKit.ReceiveAtNinhKieuAsync(app.Database);
        var viThanh = await TestDossiers.ReceiveAsync(app.Database, "motcua.vithanh");
        var specialist = await app.LoginAsync("chuyenvien.ninhkieu");
        Assert.Equal(HttpStatusCode.OK, (await specialist.GetAsync($"/Workspace/Dossiers/{ninhKieu.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await specialist.GetAsync($"/Workspace/Dossiers/{viThanh.Id}")).StatusCode);

        // Moved to Phường Vị Thanh: the same session now sees Vị Thanh's dossiers and no longer Ninh Kiều's.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
            var user = (await users.FindByNameAsync("chuyenvien.ninhkieu"))!;
            user.UnitId = (await users.FindByNameAsync("motcua.vithanh"))!.UnitId;
            Assert.True((await users.UpdateAsync(user)).Succeeded);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await specialist.GetAsync($"/Workspace/Dossiers/{ninhKieu.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await specialist.GetAsync($"/Workspace/Dossiers/{viThanh.Id}")).StatusCode);

        // No staff role any more: the workspace refuses her.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
            var user = (await users.FindByNameAsync("chuyenvien.ninhkieu"))!;
            Assert.True((await users.RemoveFromRoleAsync(user, Roles.Specialist)).Succeeded);
        }

        var refused = await specialist.GetAsync("/Workspace");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/Account/Denied", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await specialist.GetAsync($"/api/dossiers/{viThanh.Id}")).StatusCode);
    }
}
