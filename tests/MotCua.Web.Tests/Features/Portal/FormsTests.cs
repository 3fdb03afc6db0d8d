using System.Text.RegularExpressions;
using MotCua.Data;
using MotCua.Testing;
using MotCua.Web.Tests.Features.Dossiers;

namespace MotCua.Web.Tests.Features.Portal;

/// <summary>Every form of the portal and account pages carries its own anti-forgery token (a form with an explicit
/// action would silently lose it and fail in a browser while tests that borrow another form's token pass).</summary>
public sealed partial class FormsTests
{
    [Fact]
    public async Task EveryPostForm_HasItsOwnAntiforgeryToken()
    {
        await using var app = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var citizen = await app.LoginAsync("congdan1");
        var id = PortalTestKit.SubmittedId(await PortalTestKit.SubmitBirthRegistrationAsync(citizen));
        var admin = await app.LoginAsync("quantri");
        var anonymous = app.NewClient();
        var consent = (await anonymous.GetAsync("/Account/EId")).Headers.Location!.ToString();
        var pages = new (HttpClient Client, string Url)[]
        {
            (anonymous, "/Lookup"), (anonymous, "/Account/Register"), (anonymous, "/Account/Login"), (anonymous, consent),
            (citizen, "/Dossiers/Submit/" + DossierTestKit.BirthRegistration), (citizen, "/Dossiers/Documents"), (citizen, $"/Dossiers/{id}"),
            (admin, "/Account/TwoFactor"),
        };
        foreach (var (client, url) in pages)
        {
            var html = await client.GetStringAsync(url);
            var forms = FormPattern().Matches(html);
            Assert.NotEmpty(forms);
            Assert.All(forms, form => Assert.True(form.Value.Contains("name=\"__RequestVerificationToken\"", StringComparison.Ordinal), $"{url}: {form.Value[..Math.Min(120, form.Value.Length)]}"));
        }
    }

    [Fact]
    public async Task Pages_InEnglish_TakeTheirTextFromTheEnglishResources()
    {
        await using var app = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var anonymous = app.NewClient();
        Assert.Contains("<h1>Look up a dossier</h1>", await anonymous.GetStringAsync("/Lookup?culture=en"), StringComparison.Ordinal);
        Assert.Contains("<h1>Register as a citizen</h1>", await anonymous.GetStringAsync("/Account/Register?culture=en"), StringComparison.Ordinal);
        var citizen = await app.LoginAsync("congdan1");
        var id = PortalTestKit.SubmittedId(await PortalTestKit.SubmitBirthRegistrationAsync(citizen));
        var page = await citizen.GetStringAsync($"/Dossiers/{id}?culture=en");
        Assert.Contains("<h2 id=\"live-title\">Progress</h2>", page, StringComparison.Ordinal);
        Assert.Contains("<summary>Withdraw the dossier</summary>", page, StringComparison.Ordinal);
        Assert.Contains("Submitted online", page, StringComparison.Ordinal); // the timeline, in English
        Assert.DoesNotContain("Nộp hồ sơ trực tuyến", page, StringComparison.Ordinal);
        Assert.Contains("Nộp hồ sơ trực tuyến", await citizen.GetStringAsync($"/Dossiers/{id}?culture=vi"), StringComparison.Ordinal);
        Assert.Contains("<h1>Submit online</h1>", await citizen.GetStringAsync("/Dossiers/Submit/" + DossierTestKit.BirthRegistration + "?culture=en"), StringComparison.Ordinal);
    }

    [GeneratedRegex("<form[^>]*method=\"post\".*?</form>", RegexOptions.Singleline)]
    private static partial Regex FormPattern();
}
