using MotCua.Domain.Dossiers;
using MotCua.Domain.Dossiers.Forms;
using MotCua.Domain.Organization;
using MotCua.Domain.Payments;
using NodaTime;

namespace MotCua.Domain.Tests.Payments;

public sealed class FeeReceiptBuilderTests
{
    private static FeeReceiptFacts Facts(PaymentChannel channel) => new(
        new PaymentReceipt
        {
            TemplateSymbol = "01BLP0-001",
            Series = "MC-25E",
            Year = 2025,
            Number = 42,
            Amount = 4_000,
            Channel = channel,
            IssuedAt = Instant.FromUtc(2025, 11, 24, 2, 30),
        },
        [new FeeCharge("Lệ phí đăng ký khai sinh", "LP-KS", 8_000, 4_000)],
        new Dossier { Code = "31135-251124-0001", ProcedureCode = "1.001193", ProcedureName = "Đăng ký khai sinh" },
        "Nguyễn Văn An",
        null,
        new FormUnit("31135", "Phường Ninh Kiều", UnitKind.Commune),
        new FormUnit("92", "Thành phố Cần Thơ", UnitKind.Province),
        channel == PaymentChannel.Counter ? null : "QG0123456789ABCD",
        new FeeAdjustment(FeeAdjustmentKind.Reduction, 50, "Nghị quyết 15/2023/NQ-HĐND"),
        channel == PaymentChannel.Counter ? "Huỳnh Văn Phúc" : null);

    [Fact]
    public void Build_OnlineReceipt_CarriesNumberAmountInWordsChannelAndReference()
    {
        var form = FeeReceiptBuilder.Build(Facts(PaymentChannel.NationalPlatform));
        var text = string.Join('\n', form.Texts());
        Assert.Equal("BIÊN LAI THU PHÍ, LỆ PHÍ", form.Title);
        Assert.Equal(FormPage.A5Portrait, form.Page);
        Assert.Contains("Ký hiệu mẫu: 01BLP0-001   Ký hiệu: MC-25E   Số: 0000042", text, StringComparison.Ordinal);
        Assert.Contains("Số tiền bằng chữ: Bốn nghìn đồng", text, StringComparison.Ordinal);
        Assert.Contains("Nền tảng thanh toán trực tuyến của Cổng Dịch vụ công quốc gia", text, StringComparison.Ordinal);
        Assert.Contains("Mã giao dịch: QG0123456789ABCD", text, StringComparison.Ordinal);
        Assert.Contains("Giảm 50% theo: Nghị quyết 15/2023/NQ-HĐND", text, StringComparison.Ordinal);
        Assert.Contains("ỦY BAN NHÂN DÂN PHƯỜNG NINH KIỀU", text, StringComparison.Ordinal);
        Assert.Contains("Thời điểm thu: 24/11/2025 09:30", text, StringComparison.Ordinal);
        Assert.StartsWith("Biên lai thu phí, lệ phí điện tử", form.Reference, StringComparison.Ordinal);
        Assert.Equal("bien-lai-MC-25E-0000042", form.FileName);
    }

    [Fact]
    public void Build_CounterReceipt_NamesTheCashier()
    {
        var form = FeeReceiptBuilder.Build(Facts(PaymentChannel.Counter));
        Assert.Equal("Huỳnh Văn Phúc", form.Signatures[1].Name);
        Assert.DoesNotContain(form.Texts(), t => t.StartsWith("Mã giao dịch", StringComparison.Ordinal));
    }
}
