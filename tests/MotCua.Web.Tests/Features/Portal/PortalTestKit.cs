using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data;
using MotCua.Domain.Dossiers;
using MotCua.Testing;
using MotCua.Web.Features.Dossiers.Actions;
using MotCua.Web.Infrastructure.Files;
using MotCua.Web.Tests.Features.Dossiers;

namespace MotCua.Web.Tests.Features.Portal;

/// <summary>Intent methods for the citizen portal's page tests: register, submit online with files, drive a dossier
/// through the officers' side, read the stored state.</summary>
internal static partial class PortalTestKit
{
    /// <summary>Commune of the demo one-stop officer motcua.ninhkieu (Phường Ninh Kiều).</summary>
    public const string NinhKieu = "31135";

    /// <summary>The smallest thing the file store accepts as a PDF.</summary>
    public static byte[] Pdf(string text = "giay chung sinh") => Encoding.ASCII.GetBytes("%PDF-1.4\n% " + text + "\n%%EOF\n");

    /// <summary>A Windows program renamed to .pdf: refused by its first bytes.</summary>
    public static readonly byte[] Program = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00];

    /// <summary>Registers a citizen through the page and returns her signed-in client.</summary>
    public static async Task<HttpClient> RegisterAsync(MotCuaWebFactory app, string contact = "0912 345 678", string name = "Lê Thị Hoa", string password = "Mat-khau-2025")
    {
        var client = app.NewClient();
        var response = await PostFormAsync(client, "/Account/Register", new()
        {
            ["FullName"] = name,
            ["Contact"] = contact,
            ["Password"] = password,
            ["ConfirmPassword"] = password,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return client;
    }

    /// <summary>GETs <paramref name="url"/> for its anti-forgery token and posts a url-encoded form to <paramref name="action"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields, string? action = null)
    {
        var page = await client.GetStringAsync(url);
        fields["__RequestVerificationToken"] = MotCuaWebFactory.AntiforgeryToken(page);
        return await client.PostAsync(action ?? url, new FormUrlEncodedContent(fields));
    }

    /// <summary>Posts a multipart form (fields and files) to <paramref name="action"/> with the token of the page at <paramref name="url"/>.</summary>
    public static async Task<HttpResponseMessage> PostMultipartAsync(HttpClient client, string url, Dictionary<string, string> fields, Dictionary<string, (string Name, byte[] Content)> files, string? action = null)
    {
        var page = await client.GetStringAsync(url);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(MotCuaWebFactory.AntiforgeryToken(page)), "__RequestVerificationToken");
        foreach (var (key, value) in fields)
        {
            form.Add(new StringContent(value), key);
        }

        foreach (var (key, (name, content)) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, key, name);
        }

        return await client.PostAsync(action ?? url, form);
    }

    /// <summary>Submits birth registration at Phường Ninh Kiều with a birth certificate and the declaration form.</summary>
    public static async Task<HttpResponseMessage> SubmitBirthRegistrationAsync(HttpClient client, Dictionary<string, (string Name, byte[] Content)>? files = null, Dictionary<string, string>? fields = null)
    {
        var values = new Dictionary<string, string>
        {
            ["FullName"] = "Nguyễn Văn An",
            ["IdNumber"] = "092080001234",
            ["Phone"] = "0912 345 678",
            ["Email"] = "an@example.vn",
            ["Address"] = "Phường Ninh Kiều, TP Cần Thơ",
            ["CommuneCode"] = NinhKieu,
        };
        foreach (var (key, value) in fields ?? [])
        {
            values[key] = value;
        }

        return await PostMultipartAsync(client, $"/Dossiers/Submit/{DossierTestKit.BirthRegistration}", values,
            files ?? new() { ["File0"] = ("to-khai.pdf", Pdf("to khai")), ["File1"] = ("giay-chung-sinh.pdf", Pdf()) });
    }

    /// <summary>The dossier id a successful submission redirected to.</summary>
    public static Guid SubmittedId(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var match = SubmittedPattern().Match(response.Headers.Location!.ToString());
        Assert.True(match.Success, response.Headers.Location!.ToString());
        return Guid.Parse(match.Groups[1].Value);
    }

    /// <summary>Every stored file under the test's file store.</summary>
    public static IReadOnlyList<string> StoredFiles(TestDatabase db)
    {
        var root = Path.Combine(db.DataFolder, "files");
        return Directory.Exists(root) ? Directory.GetFiles(root, "*", SearchOption.AllDirectories) : [];
    }

    public static async Task<T> QueryAsync<T>(TestDatabase db, Func<MotCuaDbContext, Task<T>> query)
    {
        await using var scope = db.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<MotCuaDbContext>());
    }

    public static Task<Dossier> DossierAsync(TestDatabase db, Guid id) => QueryAsync(db, c => c.Dossiers.AsNoTracking().FirstAsync(d => d.Id == id));

    /// <summary>The commune's one-stop officer receives the online dossier.</summary>
    public static async Task ReceiveAsync(TestDatabase db, Guid id) =>
        Assert.Equal(ActionStatus.Done, (await DossierTestKit.ActAsync(db, "motcua.ninhkieu", id, new DossierAction.Receive())).Status);

    /// <summary>Receives the dossier, walks its steps and issues an electronic result with one signed PDF.</summary>
    public static async Task<FileRecord> FinishWithElectronicResultAsync(TestDatabase db, Guid id)
    {
        await ReceiveAsync(db, id);
        FileRecord file;
        await using (var scope = db.Services.CreateAsyncScope())
        {
            file = await scope.ServiceProvider.GetRequiredService<IFileStore>().SaveAsync(new MemoryStream(Pdf("trich luc khai sinh")), "trich-luc-khai-sinh.pdf", CancellationToken.None);
        }

        for (var i = 0; i < 10; i++)
        {
            var d = await DossierAsync(db, id);
            if (d.StepIndex is { } step && d.Terms is { } terms && step == terms.Steps.Count - 1)
            {
                break;
            }

            Assert.Equal(ActionStatus.Done, (await DossierTestKit.ActAsync(db, "lanhdao.ninhkieu", id, new DossierAction.CompleteStep())).Status);
        }

        var issued = await DossierTestKit.ActAsync(db, "lanhdao.ninhkieu", id, new DossierAction.IssueResult(true, "15/2025/TLKS", [file]));
        Assert.True(issued.Status == ActionStatus.Done, issued.Message);
        return file;
    }

    [GeneratedRegex("^/Dossiers/Submitted/([0-9a-f-]{36})$")]
    private static partial Regex SubmittedPattern();
}
