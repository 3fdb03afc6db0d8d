using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using MotCua.Domain.Reform;

namespace MotCua.Benchmarks.Reform;

/// <summary>
/// Reading a 10-page directive (about 5,000 words: task items written like the Hậu Giang 2024 sample, varied in
/// agencies, deadline forms and recurrences, with footnotes and PDF line wraps). Baseline: only splitting the
/// text into outline items (<see cref="DirectiveOutline.Parse"/>). Target: extraction under 100 ms.
/// </summary>
[MemoryDiagnoser]
public class DirectiveExtractionBenchmarks
{
    private string _directive = string.Empty;
    private AgencyDirectory _agencies = AgencyDirectory.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _directive = TenPageDirective();
        var units = new[]
        {
            ("92.VP", "Văn phòng Ủy ban nhân dân thành phố"), ("92.SNV", "Sở Nội vụ"), ("92.STP", "Sở Tư pháp"), ("92.STC", "Sở Tài chính"),
            ("92.SCT", "Sở Công Thương"), ("92.SNNMT", "Sở Nông nghiệp và Môi trường"), ("92.SXD", "Sở Xây dựng"),
            ("92.SKHCN", "Sở Khoa học và Công nghệ"), ("92.SYT", "Sở Y tế"), ("92.TTR", "Thanh tra thành phố"), ("92.CA", "Công an thành phố"),
        }.Select(u => new KnownUnit(u.Item1, u.Item2)).ToList();
        for (var i = 0; i < 100; i++)
        {
            units.Add(new KnownUnit((31000 + i).ToString(CultureInfo.InvariantCulture), $"Phường Số {i}"));
        }

        var catalog = Path.Combine(AppContext.BaseDirectory, "data", "reform", "agencies.tsv");
        _agencies = new AgencyDirectory(units, AgencyCatalog.Parse(File.ReadAllText(catalog)));
        var words = _directive.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
        var result = DirectiveExtractor.Extract(_directive, _agencies);
        Console.WriteLine($"// directive: {words} words, {_directive.Length} chars, {result.ItemCount} items, {result.Proposals.Count} proposals");
    }

    [Benchmark(Baseline = true, Description = "Split into items (baseline)")]
    public int SplitIntoItems() => DirectiveOutline.Parse(_directive).Items.Count;

    [Benchmark(Description = "Extract tasks")]
    public int Extract() => DirectiveExtractor.Extract(_directive, _agencies).Proposals.Count;

    /// <summary>~5,000 words: an introduction, then sections of task items in the forms directives use.</summary>
    public static string TenPageDirective()
    {
        string[] leads = ["Sở Nội vụ", "Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Văn phòng Ủy ban nhân dân tỉnh", "Sở Thông tin và\n\nTruyền thông", "Sở Tư pháp", "Sở Y tế", "Công an tỉnh"];
        string[] deadlines = ["hoàn thành trong tháng 12/2024", "hoàn thành trước ngày 10/12/2024", "chậm nhất ngày 15/12/2024", "trong quý IV/2024", "báo cáo kết quả hằng tháng", "hoàn thành trong năm 2025"];
        var text = new StringBuilder();
        text.Append("ỦY BAN NHÂN DÂN\n\nTỈNH HẬU GIANG\n\nHậu Giang, ngày 03 tháng 10 năm 2024\n\nKính gửi:\n\n- Giám đốc Sở, Thủ trưởng các cơ quan, ban, ngành tỉnh;\n\n- Chủ tịch Ủy ban nhân dân huyện, thị xã, thành phố.\n\n");
        text.Append("Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ về ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030; Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:\n\n");
        var n = 0;
        for (var section = 1; section <= 15; section++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{section}. Về nhiệm vụ cải cách hành chính nhóm {section}, nội dung cụ thể:\n\n");
            for (var item = 0; item < 5; item++, n++)
            {
                var lead = leads[n % leads.Length];
                var deadline = deadlines[n % deadlines.Length];
                var phrasing = (n % 4) switch
                {
                    0 => $"Giao {lead} phối hợp Sở Kế hoạch và đầu tư và các cơ quan, đơn vị liên quan rà soát tổ chức đối thoại giữa lãnh đạo Tỉnh với người dân, doanh nghiệp theo quy định, {deadline};",
                    1 => $"{lead} chủ trì, phối hợp với các Sở, ban, ngành tỉnh liên quan tiếp tục tăng cường công tác tập huấn, tuyên truyền về ý nghĩa, tầm quan trọng trong chuyển đổi số, {deadline}. Các Sở, ban, ngành tỉnh, Ủy ban nhân dân các huyện, thị xã, thành phố chỉ đạo thực hiện nghiêm công tác số hóa hồ sơ, hoàn thành trong tháng 12/2024;",
                    2 => $"Giao Giám đốc {lead} có giải pháp tham mưu Ủy ban nhân dân tỉnh đạt tiêu chí kết nối điện toán đám mây, {deadline}; Chủ trì, phối hợp các cơ quan, đơn vị liên quan khẩn trương thực hiện việc nâng cấp, hoàn thiện, kết nối, đồng bộ, chia sẻ giữa các hệ thống thông tin, chậm nhất ngày 31/12/2024;",
                    _ => $"Đề nghị {lead} đôn đốc, nhắc nhở, hỗ trợ các cơ quan, đơn vị liên quan hoàn thành nhiệm vụ công bố Danh mục thủ tục hành chính và công khai thủ tục đúng theo thời gian quy định, {deadline};",
                };
                text.Append("- “Nội dung ").Append(n + 1).Append("”: ").Append(phrasing.Replace(", ", ",\n\n", StringComparison.Ordinal)).Append("\n\n");
            }

            if (section % 3 == 0)
            {
                text.Append(new string(' ', 48)).Append('\n')
                    .Append(CultureInfo.InvariantCulture, $"{section} Báo cáo số 162/BC-SNV ngày 09/9/2024 của Giám đốc Sở Nội vụ về dự báo tình hình.\n\n ");
            }
        }

        text.Append("Yêu cầu Giám đốc Sở, Thủ trưởng các cơ quan, ban, ngành tỉnh nghiêm túc triển khai thực hiện Công văn này/.\n\nNơi nhận:\n\n- Như kính gửi;\n\n- Lưu: VT, NC.\n");
        return text.ToString();
    }
}
