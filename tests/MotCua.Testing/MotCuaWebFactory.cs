using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data;

namespace MotCua.Testing;

/// <summary>
/// The real web application (its Program) on a <see cref="TestDatabase"/>, with intent methods for tests
/// (<see cref="LoginAsync"/>). Environment "Testing": cookies work over plain HTTP.
/// </summary>
public sealed partial class MotCuaWebFactory(TestDatabase database) : WebApplicationFactory<Program>
{
    static MotCuaWebFactory()
    {
        // Every host watches its settings files and web root; with inotify each watcher costs one of the 128 inotify
        // instances a user may hold, and all test runs on the shared machine run as the same user: parallel runs then
        // fail with "The configured user limit (128) on the number of inotify instances has been reached". Tests never
        // need to see a file change, so the file providers poll instead (they only poll what is watched).
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }

    public TestDatabase Database { get; } = database;

    /// <summary>Settings of this test on top of the database's (set before the first client is made).</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.Ordinal);

    public static async Task<MotCuaWebFactory> CreateAsync(DatabaseProvider provider, Seed seed = Seed.Demo) =>
        new(await TestDatabase.CreateAsync(provider, seed));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureTestServices(services => services.AddSingleton<NodaTime.IClock>(Database.Clock));
        foreach (var (key, value) in Database.Settings.Concat(Settings))
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A client that keeps cookies and does not follow redirects.</summary>
    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Signs in through the login page (with its anti-forgery token) and returns the client.</summary>
    public async Task<HttpClient> LoginAsync(string userName, string password = TestDatabase.DemoPassword)
    {
        var client = NewClient();
        var page = await client.GetStringAsync("/Account/Login");
        var token = AntiforgeryToken(page);
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Login of {userName} failed: {(int)response.StatusCode}");
        }

        return client;
    }

    /// <summary>The anti-forgery token in a page's first form.</summary>
    public static string AntiforgeryToken(string html) =>
        TokenPattern().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException("No anti-forgery token in the page");

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
