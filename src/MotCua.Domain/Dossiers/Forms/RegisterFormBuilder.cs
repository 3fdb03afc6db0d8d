using NodaTime;

namespace MotCua.Domain.Dossiers.Forms;

/// <summary>One dossier of a register, with its applicant and when it was passed to the deciding agency.</summary>
/// <param name="Dossier">The dossier.</param>
/// <param name="Applicant">Its applicant (null if missing).</param>
/// <param name="TransferredAt">When its first step started at another unit than the receiving one (null: it stayed).</param>
public sealed record RegisterEntry(Dossier Dossier, DossierApplicant? Applicant, Instant? TransferredAt);

/// <summary>What a unit's register for a period is made from.</summary>
/// <param name="Unit">The receiving unit whose register it is.</param>
/// <param name="Province">The province (governing body and place).</param>
/// <param name="From">First day of the period (receipt dates, Vietnam).</param>
/// <param name="To">Last day of the period.</param>
/// <param name="PrintedOn">Today, the date written on the register.</param>
/// <param name="Entries">The dossiers received in the period, oldest first.</param>
/// <param name="Units">Units by code (for the deciding agencies' names).</param>
/// <param name="Truncated">More dossiers were received than <paramref name="Entries"/> holds.</param>
public sealed record RegisterFacts(
    FormUnit Unit,
    FormUnit Province,
    LocalDate From,
    LocalDate To,
    LocalDate PrintedOn,
    IReadOnlyList<RegisterEntry> Entries,
    IReadOnlyDictionary<string, FormUnit> Units,
    bool Truncated);

/// <summary>
/// The register of dossiers (Sổ theo dõi hồ sơ: Circular 01/2018/TT-VPCP Mẫu 06, Circular 03/2025/TT-VPCP
/// Mẫu 07) of one receiving unit for a period, on A4 landscape. The set is the one in force on the period's last
/// day (a register opened after 15/9/2025 is kept on the new form); the columns are the same in both sets as far
/// as docs/FORMS.md knows.
/// </summary>
public static class RegisterFormBuilder
{
    /// <summary>The register's columns.</summary>
    public static readonly IReadOnlyList<FormColumn> Columns =
    [
        new("STT", 0.035),
        new("Mã hồ sơ", 0.09),
        new("Tên thủ tục hành chính", 0.13),
        new("Số lượng hồ sơ (bộ)", 0.045),
        new("Tên cá nhân, tổ chức", 0.09),
        new("Địa chỉ, số điện thoại", 0.11),
        new("Cơ quan chủ trì giải quyết", 0.09),
        new("Nhận hồ sơ", 0.065),
        new("Hẹn trả kết quả", 0.065),
        new("Chuyển hồ sơ đến cơ quan giải quyết", 0.07),
        new("Nhận kết quả từ cơ quan giải quyết", 0.07),
        new("Trả kết quả cho cá nhân, tổ chức (ngày, ký nhận)", 0.075),
        new("Ghi chú", 0.065),
    ];

    public static FormDocument Build(RegisterFacts facts)
    {
        var set = FormSets.InForceOn(facts.To);
        var rows = facts.Entries.Select((entry, i) => Row(facts, entry, i + 1)).ToList();
        var body = new List<FormBlock> { new FormTable(Columns, rows, "Không có hồ sơ nào được tiếp nhận trong kỳ.") };
        if (facts.Truncated)
        {
            body.Add(new FormParagraph($"Sổ chỉ in {facts.Entries.Count.ToString("N0", VietnamTime.Culture)} hồ sơ đầu tiên của kỳ; hãy chọn kỳ ngắn hơn.", FormEmphasis.Italic));
        }

        var heading = DossierFormBuilder.DeskHeading(facts.Unit, facts.Province, facts.PrintedOn, null);
        var number = FormSets.Number(set, FormKind.Register)!.Value.ToString("00", VietnamTime.Culture);
        return new FormDocument(set, FormKind.Register, FormPage.A4Landscape, heading, FormSets.Title(set, FormKind.Register),
            [$"{facts.Unit.Name}", $"Từ {FormText.Date(facts.From)} đến {FormText.Date(facts.To)}"],
            body, [],
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"so-theo-doi-{facts.Unit.Code}-{facts.From:yyyyMMdd}-{facts.To:yyyyMMdd}-mau-{number}"));
    }

    private static IReadOnlyList<string> Row(RegisterFacts facts, RegisterEntry entry, int number)
    {
        var d = entry.Dossier;
        var a = entry.Applicant;
        var contact = string.Join("\n", new[] { a?.Address, a?.Phone }.Where(s => !string.IsNullOrEmpty(s)));
        var due = d.DueAt is { } at ? FormText.ShortDateTime(at) + (d.Extended ? "\n(đã hẹn lại)" : string.Empty) : string.Empty;
        return
        [
            number.ToString(VietnamTime.Culture),
            d.Code,
            d.ProcedureName,
            "1",
            a?.FullName ?? string.Empty,
            contact,
            facts.Units.TryGetValue(d.CompetentUnitCode, out var unit) ? unit.Name : d.CompetentUnitCode,
            d.ReceivedAt is { } received ? FormText.ShortDateTime(received) : string.Empty,
            due,
            entry.TransferredAt is { } transferred ? FormText.ShortDateTime(transferred) : string.Empty,
            d.FinishedAt is { } finished ? FormText.ShortDateTime(finished) : string.Empty,
            d.ReturnedAt is { } returned ? FormText.ShortDateTime(returned) : string.Empty,
            Note(d, facts.PrintedOn),
        ];
    }

    private static string Note(Dossier d, LocalDate printedOn)
    {
        var notes = new List<string>();
        if (d.Status is DossierStatus.Refused or DossierStatus.Withdrawn or DossierStatus.Stopped)
        {
            notes.Add(DossierStatusText.Vietnamese(d.Status));
        }

        if (d.SupplementCount > 0)
        {
            notes.Add($"Bổ sung {d.SupplementCount.ToString(VietnamTime.Culture)} lần");
        }

        var endOfDay = VietnamTime.ToInstant(printedOn.PlusDays(1).AtMidnight());
        if (d.TimelinessAt(endOfDay) == Timeliness.Late)
        {
            notes.Add("Quá hạn");
        }

        return string.Join("\n", notes);
    }
}
