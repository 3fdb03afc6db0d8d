using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Organization;
using MotCua.Domain.Procedures;
using MotCua.Domain.Text;
using MotCua.Web.Features.Procedures.Catalog;
using NodaTime;

namespace MotCua.Web.Features.Procedures.Import;

/// <summary>The layouts <c>motcua import procedures</c> reads.</summary>
public enum CatalogFileFormat
{
    /// <summary>MotCua's own format (docs/CATALOG.md), what <c>motcua export procedures</c> writes.</summary>
    MotCua = 1,

    /// <summary>The national procedure database's JSON (DOMAIN.md §3).</summary>
    National = 2,
}

/// <summary>Outcome of an import: problems (nothing imported) or counts; notes say what a national
/// record had that MotCua could not map.</summary>
public sealed record ProcedureImportResult(IReadOnlyList<ImportProblem> Problems, IReadOnlyList<ImportProblem> Notes, int Added, int NewVersions, int Unchanged)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// Imports a catalog file, all or nothing: every record is read and checked (unknown agency, duplicate code,
/// bad time unit, negative fee, shares that do not add up…) and any problem, named by record number and code,
/// means nothing is written. Importing the same file twice changes nothing (see <see cref="PublishVersions"/>).
/// </summary>
public sealed class ImportProcedures(MotCuaDbContext db, PublishVersions publish, IClock clock)
{
    public async Task<ProcedureImportResult> ImportAsync(Stream json, CatalogFileFormat format, string createdBy, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip }, cancellationToken);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"dòng {line + 1}" : "tệp";
            return Failed(new ImportProblem(0, null, $"JSON không hợp lệ ở {where}: cần một mảng các thủ tục."));
        }

        using (document)
        {
            var root = document.RootElement;
            var items = root.ValueKind switch
            {
                JsonValueKind.Array => root.EnumerateArray().ToList(),
                JsonValueKind.Object when format == CatalogFileFormat.National => [root],
                _ => null,
            };
            if (items is null)
            {
                return Failed(new ImportProblem(0, null, "cần một mảng JSON các thủ tục."));
            }

            var problems = new List<ImportProblem>();
            var notes = new List<ImportProblem>();
            var contents = new List<(int, ProcedureContent)>();
            var units = format == CatalogFileFormat.National ? await UnitNamesAsync(cancellationToken) : [];
            var today = VietnamTime.Today(clock);
            for (var i = 0; i < items.Count; i++)
            {
                var number = i + 1;
                var recordProblems = new List<string>();
                var recordNotes = new List<string>();
                var content = format == CatalogFileFormat.National
                    ? NationalCatalogFormat.Read(items[i], units, today, recordProblems, recordNotes)
                    : ReadOwn(items[i], recordProblems);
                var key = content?.Code ?? CodeOf(items[i]);
                problems.AddRange(recordProblems.Select(p => new ImportProblem(number, key, p)));
                notes.AddRange(recordNotes.Select(n => new ImportProblem(number, key, n)));
                if (content is not null)
                {
                    contents.Add((number, content));
                }
            }

            if (problems.Count > 0)
            {
                // Report the content rules and duplicates too, so one run lists everything to fix.
                var more = await publish.CheckAsync(contents, cancellationToken);
                return new ProcedureImportResult([.. problems, .. more], notes, 0, 0, 0);
            }

            var result = await publish.PublishAsync(contents, createdBy, cancellationToken);
            return new ProcedureImportResult(result.Problems, notes, result.Added, result.NewVersions, result.Unchanged);
        }
    }

    private static ProcedureContent? ReadOwn(JsonElement item, List<string> problems)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            problems.Add("bản ghi không phải một đối tượng JSON.");
            return null;
        }

        ProcedureJson? json;
        try
        {
            json = item.Deserialize<ProcedureJson>(CatalogFormat.ReadOptions);
        }
        catch (JsonException ex)
        {
            problems.Add($"giá trị sai kiểu ở {ex.Path}: {FirstSentence(ex.Message)}");
            return null;
        }

        return json is null ? null : CatalogFormat.Read(json, problems);
    }

    private async Task<IReadOnlyList<UnitName>> UnitNamesAsync(CancellationToken cancellationToken) =>
        await db.Units.AsNoTracking().Where(u => u.ValidTo == null)
            .Select(u => new UnitName(u.Code, u.NameKey, u.Kind)).ToListAsync(cancellationToken);

    private static string? CodeOf(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String
            ? VietnameseText.Normalize(code.GetString())
            : null;

    private static string FirstSentence(string message) => message.Split(". ", 2)[0];

    private static ProcedureImportResult Failed(ImportProblem problem) => new([problem], [], 0, 0, 0);
}
