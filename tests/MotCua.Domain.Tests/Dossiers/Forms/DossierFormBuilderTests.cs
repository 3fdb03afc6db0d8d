using MotCua.Domain.Dossiers;
using MotCua.Domain.Dossiers.Forms;
using MotCua.Domain.Organization;
using NodaTime;

namespace MotCua.Domain.Tests.Dossiers.Forms;

/// <summary>The forms built from dossiers driven through the lifecycle in memory (DossierHarness: received on
/// 3/3/2025 at the provincial service centre for the Department of Justice, so the 2018 set applies).</summary>
public sealed class DossierFormBuilderTests
{
    private static readonly Dictionary<string, FormUnit> Units = new(StringComparer.Ordinal)
    {
        ["92"] = new("92", "Thành phố Cần Thơ", UnitKind.Province),
        ["92.TTPVHCC"] = new("92.TTPVHCC", "Trung tâm Phục vụ hành chính công thành phố", UnitKind.Centre),
        ["92.STP"] = new("92.STP", "Sở Tư pháp", UnitKind.Department),
        ["31135"] = new("31135", "Phường Ninh Kiều", UnitKind.Commune),
    };

    private static readonly DossierApplicant Applicant = new() { FullName = "Phạm Văn Lợi", Phone = "0912000111", Address = "Phường Cái Khế, Thành phố Cần Thơ" };

    private static DossierFormFacts Facts(DossierHarness h, string? link = "https://dichvucong.example/Lookup?code=x") =>
        new(h.Dossier, Applicant, h.Events, Units, Units["92"], link);

    private static string Text(FormDocument form) => string.Join("\n", form.Texts());

    [Theory]
    [InlineData(DossierStatus.Processing, new[] { FormKind.Receipt, FormKind.ControlSlip })]
    [InlineData(DossierStatus.WaitingSupplement, new[] { FormKind.Receipt, FormKind.SupplementRequest, FormKind.ControlSlip })]
    [InlineData(DossierStatus.Refused, new[] { FormKind.Refusal })]
    [InlineData(DossierStatus.Submitted, new FormKind[0])]
    [InlineData(DossierStatus.Stopped, new[] { FormKind.Receipt, FormKind.ControlSlip })]
    public void Available_ByWhatHappened_OnlyFormsWithTheirFact(DossierStatus status, FormKind[] expected)
    {
        var facts = Facts(DossierHarness.InStatus(status));
        Assert.Equal(expected, DossierFormBuilder.Available(facts));
        foreach (var kind in Enum.GetValues<FormKind>().Except(expected))
        {
            Assert.Null(DossierFormBuilder.Build(kind, facts));
        }
    }

    [Fact]
    public void Receipt_AtTheProvincialCentre_IsIssuedByTheCentreUnderTheCity()
    {
        var form = DossierFormBuilder.Build(FormKind.Receipt, Facts(DossierHarness.AtCounter()))!;
        Assert.Equal((FormSet.Circular01Of2018, FormPage.A5Portrait, "Mẫu số 01"), (form.Set, form.Page, form.NumberLabel));
        Assert.Equal("ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ", form.Heading.GoverningBody);
        Assert.Equal("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG THÀNH PHỐ", form.Heading.IssuingBody);
        Assert.Equal("Cần Thơ, ngày 03 tháng 3 năm 2025", form.Heading.PlaceAndDate);
        var text = Text(form);
        Assert.Contains("Bộ phận tiếp nhận và trả kết quả: Trung tâm Phục vụ hành chính công thành phố", text, StringComparison.Ordinal);
        Assert.Contains("Phí, lệ phí: 8.000 đồng (Lệ phí)", text, StringComparison.Ordinal);
        Assert.Contains("3. Thời gian giải quyết hồ sơ theo quy định là: 3 ngày làm việc", text, StringComparison.Ordinal);
        Assert.Contains("6. Đăng ký nhận kết quả tại:", text, StringComparison.Ordinal);
        Assert.Equal("https://dichvucong.example/Lookup?code=x", Assert.Single(form.Body.OfType<FormQrCode>()).Link);
        Assert.Equal("92.TTPVHCC-250303-0001-mau-01", form.FileName);
        Assert.Empty(DossierFormBuilder.Build(FormKind.Receipt, Facts(DossierHarness.AtCounter(), link: null))!.Body.OfType<FormQrCode>());
    }

    [Fact]
    public void Receipt_AfterAnExtension_StillShowsTheAppointmentFirstGiven()
    {
        var h = DossierHarness.AtCounter();
        var first = h.Dossier.DueAt!.Value;
        h.Must(DossierLifecycle.Extend(h.Dossier, first + Duration.FromDays(2), "Chờ xác minh", h.Now));
        var text = Text(DossierFormBuilder.Build(FormKind.Receipt, Facts(h))!);
        Assert.Contains($"5. Thời gian trả kết quả giải quyết hồ sơ: {FormText.DateTime(first)}", text, StringComparison.Ordinal);
        var apology = Text(DossierFormBuilder.Build(FormKind.Apology, Facts(h))!);
        Assert.Contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", apology, StringComparison.Ordinal);
        Assert.Contains($"Chúng tôi xin hẹn lại thời gian trả kết quả vào {FormText.DateTime(first + Duration.FromDays(2))}.", apology, StringComparison.Ordinal);
        Assert.Contains("Sở Tư pháp xin lỗi Ông/Bà", apology, StringComparison.Ordinal);
    }

    [Fact]
    public void ControlSlip_StepsOnTimeAndLate_AreJudgedAgainstEachStepsDue()
    {
        var h = DossierHarness.AtCounter();
        h.Advance(Duration.FromHours(1));
        h.Must(DossierLifecycle.CompleteStep(h.Dossier, h.Now, h.Calendar)); // step 1 due at +12 h, the same day: on time
        h.Advance(Duration.FromHours(30));
        h.Must(DossierLifecycle.CompleteStep(h.Dossier, h.Now, h.Calendar)); // step 2 due at +1 h + 7.2 h: late
        var table = Assert.Single(DossierFormBuilder.Build(FormKind.ControlSlip, Facts(h))!.Body.OfType<FormTable>());
        Assert.Equal(4, table.Columns.Count);
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal(["Đúng hạn", "Quá hạn", string.Empty], table.Rows.Select(r => r[2]));
        Assert.StartsWith("1. Giao: Trung tâm Phục vụ hành chính công thành phố\nNhận: Sở Tư pháp", table.Rows[0][0], StringComparison.Ordinal);
        Assert.EndsWith("Đang xử lý", table.Rows[2][3], StringComparison.Ordinal);
        Assert.Contains("Bước 3: Phê duyệt", table.Rows[2][3], StringComparison.Ordinal);
    }

    [Fact]
    public void ControlSlip_SupplementPause_GivesTheStepItsTimeBack()
    {
        var h = DossierHarness.AtCounter();
        h.Advance(Duration.FromHours(2));
        h.Must(DossierLifecycle.RequestSupplement(h.Dossier, ["Giấy chứng sinh"], "Thiếu"));
        h.Advance(Duration.FromDays(5));
        h.Must(DossierLifecycle.CompleteSupplement(h.Dossier, [], h.Now, h.Calendar));
        h.Advance(Duration.FromHours(5));
        h.Must(DossierLifecycle.CompleteStep(h.Dossier, h.Now, h.Calendar));
        // Five days paused, then 5 h of the 10 h left: not late.
        var row = DossierFormBuilder.Build(FormKind.ControlSlip, Facts(h))!.Body.OfType<FormTable>().Single().Rows[0];
        Assert.Equal("Đúng hạn", row[2]);
        Assert.Contains("Yêu cầu bổ sung lần 1", row[3], StringComparison.Ordinal);
        Assert.Contains("Đã bổ sung", row[3], StringComparison.Ordinal);
    }

    [Fact]
    public void StopNotice_Before15September2025_IsNotAForm()
    {
        var h = DossierHarness.InStatus(DossierStatus.Stopped);
        Assert.Equal(FormSet.Circular01Of2018, FormSets.ForDossier(h.Dossier));
        Assert.Null(DossierFormBuilder.Build(FormKind.StopNotice, Facts(h)));
    }

    [Fact]
    public void Refusal_UsesTheReasonOfTheRefusal()
    {
        var form = DossierFormBuilder.Build(FormKind.Refusal, Facts(DossierHarness.InStatus(DossierStatus.Refused)))!;
        Assert.Contains("Thiếu tờ khai", Text(form), StringComparison.Ordinal);
        Assert.Equal("Mẫu số 03", form.NumberLabel);
        Assert.Equal("Cán bộ", Assert.Single(form.Signatures).Name);
    }

    [Theory]
    [InlineData("Huỳnh Văn Phúc, Công chức Bộ phận Một cửa", "Huỳnh Văn Phúc")]
    [InlineData("Hệ thống MotCua", "Hệ thống MotCua")]
    [InlineData(null, null)]
    public void PersonName_LoggedActor_DropsTheTitle(string? actor, string? name) => Assert.Equal(name, DossierFormBuilder.PersonName(actor));

    [Fact]
    public void Register_Period_UsesTheSetInForceOnItsLastDay()
    {
        var h = DossierHarness.AtCounter();
        var facts = new RegisterFacts(Units["92.TTPVHCC"], Units["92"], new LocalDate(2025, 9, 1), new LocalDate(2025, 9, 30), new LocalDate(2025, 10, 1),
            [new RegisterEntry(h.Dossier, Applicant, h.Dossier.ReceivedAt)], Units, Truncated: true);
        var form = RegisterFormBuilder.Build(facts);
        Assert.Equal((FormSet.Circular03Of2025, FormPage.A4Landscape, "Mẫu số 07"), (form.Set, form.Page, form.NumberLabel));
        var row = Assert.Single(form.Body.OfType<FormTable>().Single().Rows);
        Assert.Equal(13, row.Count);
        Assert.Equal(["1", h.Dossier.Code, "Đăng ký khai sinh", "1", "Phạm Văn Lợi"], row.Take(5));
        Assert.Equal("Sở Tư pháp", row[6]);
        Assert.Equal("Quá hạn", row[12]);
        Assert.Contains(form.Body, b => b is FormParagraph p && p.Text.StartsWith("Sổ chỉ in 1 hồ sơ", StringComparison.Ordinal));
        Assert.Equal(FormSet.Circular01Of2018, RegisterFormBuilder.Build(facts with { To = new LocalDate(2025, 9, 14) }).Set);
    }
}
