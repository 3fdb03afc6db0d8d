using System.Diagnostics;
using System.Net;
using MotCua.Data;
using MotCua.Testing;
using PdfDocumentReader = UglyToad.PdfPig.PdfDocument;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace MotCua.Web.Tests.Features.Dossiers.Forms;

/// <summary>Reading what the form pages return: HTML text, PDF text (PdfPig), rendered pages (pdftoppm).</summary>
internal static partial class FormTestKit
{
    /// <summary>Where rendered forms are kept as test artifacts.</summary>
    public static string ArtifactsFolder { get; } = Path.Combine(RepositoryRoot(), "TestResults", "forms");

    public static async Task<string> HtmlAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, "forms hold personal data: never cached");
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The words of a page without its tags, runs of white space made single spaces.</summary>
    public static string Words(string html) =>
        string.Join(' ', TagPattern().Replace(html, " ").Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
            .Replace(" :", ":", StringComparison.Ordinal);

    public static async Task<byte[]> PdfAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The text of every page, in reading order, with line breaks and runs of spaces made single spaces.</summary>
    public static string PdfText(byte[] pdf)
    {
        using var document = PdfDocumentReader.Open(pdf);
        var text = string.Join("\n", document.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)));
        return string.Join(' ', text.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Page sizes in points (width, height), rounded.</summary>
    public static IReadOnlyList<(int Width, int Height)> PageSizes(byte[] pdf)
    {
        using var document = PdfDocumentReader.Open(pdf);
        return [.. document.GetPages().Select(p => ((int)Math.Round(p.Width), (int)Math.Round(p.Height)))];
    }

    /// <summary>Saves the PDF under TestResults/forms and returns its path.</summary>
    public static string Save(byte[] pdf, string name)
    {
        Directory.CreateDirectory(ArtifactsFolder);
        var path = Path.Combine(ArtifactsFolder, name + ".pdf");
        File.WriteAllBytes(path, pdf);
        return path;
    }

    /// <summary>Saves the PDF as a test artifact and returns it.</summary>
    public static byte[] Saved(byte[] pdf, string name)
    {
        Save(pdf, name);
        return pdf;
    }

    /// <summary>Runs a poppler tool and returns its standard output.</summary>
    public static string Run(string tool, params string[] arguments)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{tool} did not start (apt-get install poppler-utils)");
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {error}");
        return output;
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MotCua.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root (MotCua.slnx) not found");
    }

    [System.Text.RegularExpressions.GeneratedRegex("<[^>]+>")]
    private static partial System.Text.RegularExpressions.Regex TagPattern();

    /// <summary>A web app on a fresh demo database; the caller disposes it.</summary>
    public static Task<MotCuaWebFactory> AppAsync(DatabaseProvider provider) => MotCuaWebFactory.CreateAsync(provider);
}
