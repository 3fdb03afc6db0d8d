using System.Text.Json;
using MiniExcelLibs;
using MotCua.Domain.Procedures;
using MotCua.Web.Features.Procedures.Catalog;
using NodaTime;

namespace MotCua.Web.Features.Procedures.Export;

/// <summary>
/// Writes the catalog: in MotCua's format (what <c>motcua import procedures</c> reads back unchanged) or as
/// a spreadsheet for officers (one row per procedure, Vietnamese headers, money in đồng).
/// </summary>
public sealed class ExportProcedures(ProcedureCatalog catalog)
{
    /// <summary>The newest version of every procedure, or the versions in force on <paramref name="on"/>.</summary>
    public async Task<int> WriteJsonAsync(Stream output, LocalDate? on, CancellationToken cancellationToken)
    {
        var contents = await catalog.ContentsAsync(on, cancellationToken);
        await JsonSerializer.SerializeAsync(output, contents.Select(CatalogFormat.Write).ToList(), CatalogFormat.WriteOptions, cancellationToken);
        await output.WriteAsync("\n"u8.ToArray(), cancellationToken);
        return contents.Count;
    }

    public async Task<int> WriteXlsxAsync(Stream output, LocalDate? on, CancellationToken cancellationToken)
    {
        var contents = await catalog.ContentsAsync(on, cancellationToken);
        var rows = contents.Select(c => new Dictionary<string, object?>
        {
            ["Mã thủ tục"] = c.Code,
            ["Tên thủ tục"] = c.Name,
            ["Lĩnh vực"] = c.Field,
            ["Cấp thực hiện"] = ProcedureVocabulary.Describe(c.Level),
            ["Cơ quan thực hiện"] = c.AgencyCode ?? ProcedureCatalog.CommuneAgencyName,
            ["Đối tượng"] = ProcedureVocabulary.Describe(c.TargetGroup),
            ["Cách thức nộp"] = ProcedureVocabulary.Describe(c.Channels),
            ["Thời hạn giải quyết"] = DeadlineDisplay.WithOnline(c.ProcessingTime, c.OnlineProcessingTime),
            ["Phí, lệ phí (đồng)"] = c.Fees.Sum(f => f.Amount),
            ["Chi tiết phí, lệ phí"] = string.Join("; ", c.Fees.Select(ProcedureText.Fee)),
            ["Số thành phần hồ sơ"] = c.Components.Count,
            ["Số bước quy trình"] = c.Steps.Count,
            ["Mức độ trực tuyến"] = ProcedureVocabulary.Describe(c.OnlineLevel),
            ["Đủ điều kiện toàn trình"] = c.FullOnlineEligible ? "Có" : "Không",
            ["Căn cứ pháp lý"] = string.Join("; ", c.LegalBasis.Select(b => b.Code)),
            ["Quyết định công bố"] = c.Publication.Decision,
            ["Ngày quyết định"] = CatalogFormat.Iso(c.Publication.Date),
            ["Ngày hiệu lực"] = CatalogFormat.Iso(c.Publication.EffectiveFrom),
            ["Ngày công khai CSDLQG"] = c.Publication.PublicOn is { } p ? CatalogFormat.Iso(p) : null,
        }).ToList();
        await output.SaveAsAsync(rows, sheetName: "Danh mục TTHC", excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
        return contents.Count;
    }
}
