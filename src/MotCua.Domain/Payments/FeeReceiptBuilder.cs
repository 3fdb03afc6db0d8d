using MotCua.Domain.Dossiers;
using MotCua.Domain.Dossiers.Forms;
using MotCua.Domain.Organization;

namespace MotCua.Domain.Payments;

/// <summary>What a fee receipt is made from.</summary>
/// <param name="Receipt">The receipt (number, amount, channel, time).</param>
/// <param name="Lines">The fees paid.</param>
/// <param name="Dossier">The dossier paid for.</param>
/// <param name="PayerName">The applicant's name as the dossier holds it.</param>
/// <param name="PayerAddress">The applicant's address, if known.</param>
/// <param name="Collector">The agency that collects the fees (the dossier's competent agency).</param>
/// <param name="Province">The province (governing body and place).</param>
/// <param name="GatewayReference">The gateway's transaction reference for an online payment.</param>
/// <param name="Adjustment">The exemption or reduction applied, if any.</param>
/// <param name="Cashier">The officer who took the money at the counter (null online).</param>
public sealed record FeeReceiptFacts(
    PaymentReceipt Receipt,
    IReadOnlyList<FeeCharge> Lines,
    Dossier Dossier,
    string PayerName,
    string? PayerAddress,
    FormUnit Collector,
    FormUnit Province,
    string? GatewayReference,
    FeeAdjustment? Adjustment,
    string? Cashier);

/// <summary>
/// The printable rendering of an electronic fee receipt (bản thể hiện của biên lai điện tử): the collecting
/// organisation, the receipt's template symbol, series and number, the payer, each fee and the total in figures and
/// in words, how it was paid, and the date — the contents Decree 123/2020/NĐ-CP requires of a fee receipt. The
/// electronic receipt itself is the stored, numbered record; this is what people read and print (A5, HTML and PDF,
/// like the one-stop forms).
/// </summary>
public static class FeeReceiptBuilder
{
    public static FormDocument Build(FeeReceiptFacts facts)
    {
        var r = facts.Receipt;
        var date = VietnamTime.ToLocal(r.IssuedAt).Date;
        var collector = facts.Collector;
        var heading = collector.Kind switch
        {
            UnitKind.Commune => new FormHeading(null, "ỦY BAN NHÂN DÂN " + FormText.Upper(collector.Name), null, FormText.Place(facts.Province.Name), date),
            UnitKind.Province => new FormHeading(null, "ỦY BAN NHÂN DÂN " + FormText.Upper(facts.Province.Name), null, FormText.Place(facts.Province.Name), date),
            _ => new FormHeading("ỦY BAN NHÂN DÂN " + FormText.Upper(facts.Province.Name), FormText.Upper(collector.Name), null, FormText.Place(facts.Province.Name), date),
        };
        var subtitles = new List<string>
        {
            "(Bản thể hiện của biên lai điện tử)",
            $"Ký hiệu mẫu: {r.TemplateSymbol}   Ký hiệu: {r.Series}   Số: {r.DisplayNumber}",
        };
        var rows = facts.Lines.Select((l, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(VietnamTime.Culture),
            l.Code is null ? l.Name : $"{l.Name} ({l.Code})",
            l.Listed.ToString("N0", VietnamTime.Culture),
            l.Due.ToString("N0", VietnamTime.Culture),
        ]).ToList();
        var body = new List<FormBlock>
        {
            new FormLine("Tên đơn vị thu phí, lệ phí", collector.Name),
            new FormLine("Họ tên người nộp tiền", facts.PayerName),
            new FormLine("Địa chỉ", facts.PayerAddress),
            new FormLine("Nộp cho hồ sơ", $"{facts.Dossier.Code} – {facts.Dossier.ProcedureName} ({facts.Dossier.ProcedureCode})"),
            new FormTable(
                [new FormColumn("STT", 0.08), new FormColumn("Tên loại phí, lệ phí", 0.52), new FormColumn("Mức thu (đồng)", 0.2), new FormColumn("Số tiền nộp (đồng)", 0.2)],
                rows,
                "Không có khoản phí, lệ phí nào."),
            new FormLine("Tổng số tiền", FormText.Amount(r.Amount)),
            new FormLine("Số tiền bằng chữ", AmountInWords.Dong(r.Amount)),
            new FormLine("Hình thức thanh toán", PaymentText.Vietnamese(r.Channel)),
        };
        if (facts.GatewayReference is { } reference)
        {
            body.Add(new FormLine("Mã giao dịch", reference));
        }

        if (facts.Adjustment is { } adjustment)
        {
            var what = adjustment.Kind == FeeAdjustmentKind.Exemption ? "Miễn" : $"Giảm {adjustment.Percent.ToString(VietnamTime.Culture)}%";
            body.Add(new FormLine($"{what} theo", adjustment.LegalBasis));
        }

        body.Add(new FormLine("Thời điểm thu", FormText.ShortDateTime(r.IssuedAt)));
        body.Add(new FormParagraph(
            "Biên lai điện tử do MotCua lập khi ghi nhận khoản nộp; tra cứu bằng mã hồ sơ trên Cổng dịch vụ công của tỉnh.",
            FormEmphasis.Note));
        var signatures = new[]
        {
            new FormSignature("NGƯỜI NỘP TIỀN", "(Ký, ghi rõ họ tên)", null),
            new FormSignature("NGƯỜI THU TIỀN", r.Channel == PaymentChannel.Counter ? "(Ký, ghi rõ họ tên)" : "(Thu qua cổng thanh toán trực tuyến)", facts.Cashier),
        };
        var set = FormSets.InForceOn(date);
        return new FormDocument(set, FormKind.FeeReceipt, FormPage.A5Portrait, heading, FormSets.Title(set, FormKind.FeeReceipt), subtitles, body, signatures,
            $"bien-lai-{r.Series}-{r.DisplayNumber}")
        {
            ReferenceOverride = "Biên lai thu phí, lệ phí điện tử – Nghị định số 123/2020/NĐ-CP",
        };
    }
}
