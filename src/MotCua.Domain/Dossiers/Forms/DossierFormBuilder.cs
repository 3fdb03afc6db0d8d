using MotCua.Domain.EventLog;
using MotCua.Domain.Organization;
using NodaTime;

namespace MotCua.Domain.Dossiers.Forms;

/// <summary>What a dossier's forms are made from: the projection, the applicant, the event log (who did what,
/// when, why), the units by code, and the province (for the governing body and the place).</summary>
/// <param name="Dossier">The dossier's current state.</param>
/// <param name="Applicant">The applicant's personal data.</param>
/// <param name="Events">The dossier's events in order.</param>
/// <param name="Units">Units by code (at least those the dossier and its events name).</param>
/// <param name="Province">The province the deployment serves.</param>
/// <param name="LookupLink">The public lookup address of this dossier, for the receipt's QR code (null: no QR code).</param>
public sealed record DossierFormFacts(
    Dossier Dossier,
    DossierApplicant Applicant,
    IReadOnlyList<LoggedEvent> Events,
    IReadOnlyDictionary<string, FormUnit> Units,
    FormUnit Province,
    string? LookupLink);

/// <summary>
/// Builds a dossier's forms from its data, in the set in force on its receipt date (<see cref="FormSets"/>):
/// Circular 01/2018/TT-VPCP, Appendix, Mẫu 01–05; Circular 03/2025/TT-VPCP, Appendix I, Mẫu 01–06. The
/// structure (heading, title, numbered items, signature boxes) follows the appendices; where MotCua adds a line
/// (fees, the lookup QR code) or words a sentence itself, docs/FORMS.md says so.
/// A form exists only when its fact does: no refusal slip for a dossier that was not refused.
/// </summary>
public static class DossierFormBuilder
{
    private const string SignHint = "(Ký và ghi rõ họ tên)";
    private const string HeadSignHint = "(Ký, ghi rõ họ tên và đóng dấu)";

    /// <summary>The forms this dossier has, in its set's order (the register is not a dossier's form).</summary>
    public static IReadOnlyList<FormKind> Available(DossierFormFacts facts)
    {
        var set = FormSets.ForDossier(facts.Dossier);
        var events = Parse(facts.Events);
        return [.. FormSets.KindsOf(set).Where(kind => kind switch
        {
            FormKind.Receipt or FormKind.ControlSlip => events.Any(e => e.Event is Received),
            FormKind.SupplementRequest => events.Any(e => e.Event is SupplementRequested),
            FormKind.Refusal => events.Any(e => e.Event is Refused),
            FormKind.Apology => events.Any(e => e.Event is Extended),
            FormKind.StopNotice => events.Any(e => e.Event is Stopped),
            _ => false,
        })];
    }

    /// <summary>How many supplement requests the dossier has (each has its own Mẫu 02).</summary>
    public static int SupplementRequests(DossierFormFacts facts) => Parse(facts.Events).Count(e => e.Event is SupplementRequested);

    /// <summary>Builds one form, or null when the dossier has no such form (see <see cref="Available"/>).
    /// <paramref name="occurrence"/> chooses the supplement request (1 = first; default the latest).</summary>
    public static FormDocument? Build(FormKind kind, DossierFormFacts facts, int? occurrence = null)
    {
        if (!Available(facts).Contains(kind))
        {
            return null;
        }

        var events = Parse(facts.Events);
        return kind switch
        {
            FormKind.Receipt => Receipt(facts, events),
            FormKind.SupplementRequest => SupplementRequest(facts, events, occurrence),
            FormKind.Refusal => Refusal(facts, events),
            FormKind.Apology => Apology(facts, events),
            FormKind.StopNotice => StopNotice(facts, events),
            FormKind.ControlSlip => ControlSlip(facts, events),
            _ => null,
        };
    }

    private static FormDocument Receipt(DossierFormFacts facts, IReadOnlyList<Parsed> events)
    {
        var d = facts.Dossier;
        var set = FormSets.ForDossier(d);
        var received = events.First(e => e.Event is Received);
        var r = (Received)received.Event;
        var components = events.SelectMany(e => e.Event switch
            {
                Submitted s => s.Components,
                Received x => x.Components,
                _ => [],
            })
            .Select(c => c.Name)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var receiving = Unit(facts, r.ReceivingUnitCode);
        var body = new List<FormBlock>
        {
            new FormLine(DeskLabel(set), receiving.Name),
            new FormLine("Tiếp nhận hồ sơ của", facts.Applicant.FullName),
            new FormLine("Địa chỉ", facts.Applicant.Address),
            ContactLine(facts.Applicant),
            new FormLine("Nội dung yêu cầu giải quyết", Procedure(d)),
            new FormParagraph("1. Thành phần hồ sơ nộp gồm:"),
            components.Count == 0 ? new FormParagraph("(Không ghi nhận thành phần hồ sơ.)", FormEmphasis.Italic) : new FormList(components),
            new FormLine("2. Số lượng hồ sơ", "01 (bộ)"),
            new FormLine("3. Thời gian giải quyết hồ sơ theo quy định là", r.Terms.ProcessingTime.ToString()),
            new FormLine("4. Thời gian nhận hồ sơ", FormText.DateTime(received.Logged.OccurredAt)),
            new FormLine("5. Thời gian trả kết quả giải quyết hồ sơ", FormText.DateTime(d.OriginalDueAt ?? r.DueAt)),
            new FormLine("6. Đăng ký nhận kết quả tại", null),
        };
        if (r.Terms.TotalFee > 0)
        {
            body.Add(new FormLine("Phí, lệ phí", $"{FormText.Amount(r.Terms.TotalFee)} ({string.Join("; ", r.Terms.Fees.Select(f => f.Name))})"));
        }

        body.Add(new FormLine([new FormField("Vào Sổ theo dõi hồ sơ, Quyển số", null), new FormField("Số thứ tự", null)]));
        if (facts.LookupLink is not null)
        {
            body.Add(new FormQrCode(facts.LookupLink, $"Tra cứu tình trạng hồ sơ {d.Code}: quét mã hoặc mở địa chỉ"));
        }

        return Document(facts, FormKind.Receipt, DeskHeading(facts, receiving, Local(received.Logged.OccurredAt), null),
            [$"Mã hồ sơ: {d.Code}", "(Liên: Lưu/giao người nộp hồ sơ)"],
            body,
            [new FormSignature("NGƯỜI NỘP HỒ SƠ", SignHint, facts.Applicant.FullName), new FormSignature("NGƯỜI TIẾP NHẬN HỒ SƠ", SignHint, PersonName(received.Logged.ActorName))]);
    }

    private static FormDocument? SupplementRequest(DossierFormFacts facts, IReadOnlyList<Parsed> events, int? occurrence)
    {
        var requests = events.Where(e => e.Event is SupplementRequested).ToList();
        var number = occurrence ?? requests.Count;
        if (number < 1 || number > requests.Count)
        {
            return null;
        }

        var request = requests[number - 1];
        var s = (SupplementRequested)request.Event;
        var unit = Unit(facts, request.Logged.UnitCode ?? facts.Dossier.ReceivingUnitCode);
        var officer = PersonName(request.Logged.ActorName);
        var subtitles = new List<string> { $"Mã hồ sơ: {facts.Dossier.Code}" };
        if (requests.Count > 1)
        {
            subtitles.Add($"(Lần {s.Number.ToString(VietnamTime.Culture)})");
        }

        var body = new List<FormBlock>
        {
            new FormLine("Hồ sơ của", facts.Applicant.FullName),
            new FormLine("Nội dung yêu cầu giải quyết", Procedure(facts.Dossier)),
            new FormLine("Địa chỉ", facts.Applicant.Address),
            ContactLine(facts.Applicant),
            new FormParagraph("Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:"),
            new FormList(s.Items),
            new FormLine("Lý do", request.Logged.Reason),
            new FormParagraph($"Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ với {officer ?? "…"}, {unit.Name} để được hướng dẫn./."),
        };
        return Document(facts, FormKind.SupplementRequest, DeskHeading(facts, unit, Local(request.Logged.OccurredAt), null), subtitles, body,
            [new FormSignature("NGƯỜI HƯỚNG DẪN", SignHint, officer)], suffix: requests.Count > 1 ? $"-lan-{s.Number.ToString(VietnamTime.Culture)}" : null);
    }

    private static FormDocument Refusal(DossierFormFacts facts, IReadOnlyList<Parsed> events)
    {
        var set = FormSets.ForDossier(facts.Dossier);
        var refused = events.Last(e => e.Event is Refused);
        var unit = Unit(facts, refused.Logged.UnitCode ?? facts.Dossier.ReceivingUnitCode);
        var desk = DeskLabel(set);
        var body = new List<FormBlock>
        {
            new FormLine(desk, unit.Name),
            new FormLine("Tiếp nhận hồ sơ của", facts.Applicant.FullName),
            new FormLine("Địa chỉ", facts.Applicant.Address),
            ContactLine(facts.Applicant),
            new FormLine("Nội dung yêu cầu giải quyết", Procedure(facts.Dossier)),
            new FormParagraph($"Qua nghiên cứu, đối chiếu với các quy định hiện hành, {desk} từ chối tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:"),
            new FormParagraph(refused.Logged.Reason ?? "…"),
            new FormParagraph("Xin thông báo cho Ông/Bà được biết và thực hiện./."),
        };
        return Document(facts, FormKind.Refusal, DeskHeading(facts, unit, Local(refused.Logged.OccurredAt), null), [$"Mã hồ sơ: {facts.Dossier.Code}"], body,
            [new FormSignature("NGƯỜI TIẾP NHẬN HỒ SƠ", SignHint, PersonName(refused.Logged.ActorName))]);
    }

    private static FormDocument Apology(DossierFormFacts facts, IReadOnlyList<Parsed> events)
    {
        var set = FormSets.ForDossier(facts.Dossier);
        var extended = events.Last(e => e.Event is Extended);
        var x = (Extended)extended.Event;
        var unit = Unit(facts, extended.Logged.UnitCode ?? facts.Dossier.CompetentUnitCode);
        var body = new List<FormBlock>
        {
            new FormParagraph($"Kính gửi: Ông/Bà {facts.Applicant.FullName}", FormEmphasis.Bold),
            new FormParagraph($"{AgencyName(unit)} xin lỗi Ông/Bà vì hồ sơ đề nghị giải quyết thủ tục {Procedure(facts.Dossier)}, mã hồ sơ {facts.Dossier.Code}, "
                + $"tiếp nhận {FormText.DateTime(facts.Dossier.ReceivedAt!.Value)}, chưa được giải quyết đúng thời hạn hẹn trả ghi trên Giấy tiếp nhận hồ sơ "
                + $"và hẹn trả kết quả ({FormText.DateTime(x.PreviousDueAt)})."),
            new FormLine("Lý do", extended.Logged.Reason),
            new FormParagraph(set == FormSet.Circular01Of2018
                ? $"Sự chậm trễ này đã gây phiền hà cho Ông/Bà. Chúng tôi xin hẹn lại thời gian trả kết quả vào {FormText.DateTime(x.DueAt)}."
                : $"Sự chậm trễ này đã gây phiền hà cho Ông/Bà. Chúng tôi đề nghị gia hạn thời gian giải quyết hồ sơ đến {FormText.DateTime(x.DueAt)}."),
            new FormParagraph("Rất mong nhận được sự thông cảm của Ông/Bà./."),
        };
        return Document(facts, FormKind.Apology, AgencyHeading(facts, unit, Local(extended.Logged.OccurredAt)), [], body,
            [new FormSignature("THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ", HeadSignHint, null)]);
    }

    private static FormDocument StopNotice(DossierFormFacts facts, IReadOnlyList<Parsed> events)
    {
        var stopped = events.Last(e => e.Event is Stopped);
        var unit = Unit(facts, stopped.Logged.UnitCode ?? facts.Dossier.CompetentUnitCode);
        var received = facts.Dossier.ReceivedAt is { } at ? $", tiếp nhận {FormText.DateTime(at)}" : string.Empty;
        var body = new List<FormBlock>
        {
            new FormParagraph($"Kính gửi: Ông/Bà {facts.Applicant.FullName}", FormEmphasis.Bold),
            new FormLine("Địa chỉ", facts.Applicant.Address),
            new FormParagraph($"{AgencyName(unit)} thông báo dừng giải quyết hồ sơ đề nghị giải quyết thủ tục {Procedure(facts.Dossier)}, mã hồ sơ {facts.Dossier.Code}{received}, "
                + $"kể từ {FormText.DateTime(stopped.Logged.OccurredAt)}."),
            new FormLine("Lý do", stopped.Logged.Reason),
            new FormParagraph("Xin thông báo để Ông/Bà được biết./."),
        };
        return Document(facts, FormKind.StopNotice, AgencyHeading(facts, unit, Local(stopped.Logged.OccurredAt)), [$"Mã hồ sơ: {facts.Dossier.Code}"], body,
            [new FormSignature("THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ", HeadSignHint, null)]);
    }

    private static FormDocument ControlSlip(DossierFormFacts facts, IReadOnlyList<Parsed> events)
    {
        var d = facts.Dossier;
        var received = events.First(e => e.Event is Received);
        var receiving = Unit(facts, d.ReceivingUnitCode);
        var coordinating = events.Select(e => e.Event switch
            {
                ConsultationRequested c => c.UnitCode,
                Transferred t => t.ToUnitCode,
                StepStarted s when s.UnitCode != d.CompetentUnitCode && s.UnitCode != d.ReceivingUnitCode => s.UnitCode,
                _ => null,
            })
            .Where(c => c is not null && c != d.CompetentUnitCode)
            .Distinct(StringComparer.Ordinal)
            .Select(c => Unit(facts, c!).Name)
            .ToList();
        var body = new List<FormBlock>
        {
            new FormLine("Kèm theo hồ sơ của", facts.Applicant.FullName),
            new FormLine("Nội dung yêu cầu giải quyết", Procedure(d)),
            new FormLine("Ngày hẹn trả kết quả", FormText.DateTime(d.DueAt ?? d.OriginalDueAt!.Value)),
            new FormLine("Cơ quan (bộ phận) giải quyết hồ sơ", Unit(facts, d.CompetentUnitCode).Name),
            new FormLine("Cơ quan phối hợp giải quyết hồ sơ", coordinating.Count == 0 ? null : string.Join("; ", coordinating)),
            new FormTable(
                [
                    new FormColumn("TÊN CƠ QUAN", 0.30),
                    new FormColumn("THỜI GIAN GIAO, NHẬN HỒ SƠ", 0.32),
                    new FormColumn("KẾT QUẢ GIẢI QUYẾT HỒ SƠ (Trước hạn/đúng hạn/quá hạn)", 0.16),
                    new FormColumn("GHI CHÚ", 0.22),
                ],
                ControlRows(facts, events),
                "Chưa có lần giao, nhận hồ sơ nào."),
        };
        return Document(facts, FormKind.ControlSlip, DeskHeading(facts, receiving, Local(received.Logged.OccurredAt), null),
            [$"Mã hồ sơ: {d.Code}", "(Liên: Lưu tại Bộ phận Một cửa/kèm theo hồ sơ)"], body, []);
    }

    /// <summary>One row per handover of the dossier (receipt desk → each step's unit → back to the desk → the
    /// applicant), with the time, who gave and who took it, and whether the taker's stage ended before, on or
    /// after its due time (the same rule as the dossier's: an earlier day is early).</summary>
    private static List<IReadOnlyList<string>> ControlRows(DossierFormFacts facts, IReadOnlyList<Parsed> events)
    {
        var d = facts.Dossier;
        var rows = new List<string[]>();
        string holder = d.ReceivingUnitCode;
        string? giver = null;
        var open = -1;
        Instant? openDue = null;
        var number = 0;

        void Add(string from, string to, Instant at, string? by, string? taker, string note, Instant? due)
        {
            number++;
            rows.Add([
                $"{number.ToString(VietnamTime.Culture)}. Giao: {Unit(facts, from).Name}\nNhận: {(to.Length == 0 ? "Người nộp hồ sơ" : Unit(facts, to).Name)}",
                $"{FormText.DateTime(at)}\nNgười giao: {by ?? "…"}\nNgười nhận: {taker ?? "…"}",
                string.Empty,
                note,
            ]);
            open = due is null ? -1 : rows.Count - 1;
            openDue = due;
        }

        void Close(Instant at, string? note = null)
        {
            if (open >= 0 && openDue is { } due)
            {
                rows[open][2] = Judge(at, due);
            }

            if (open >= 0 && note is not null)
            {
                rows[open][3] = $"{rows[open][3]}\n{note}";
            }

            open = -1;
            openDue = null;
        }

        foreach (var (logged, e) in events)
        {
            var at = logged.OccurredAt;
            switch (e)
            {
                case Received r:
                    holder = r.ReceivingUnitCode;
                    giver = PersonName(logged.ActorName);
                    break;
                case StepStarted s:
                    Close(at);
                    Add(holder, s.UnitCode, at, giver, s.AssigneeName, $"Bước {(s.StepIndex + 1).ToString(VietnamTime.Culture)}: {s.StepName}; hạn {FormText.ShortDateTime(s.DueAt)}", s.DueAt);
                    holder = s.UnitCode;
                    break;
                case Reassigned a when open >= 0:
                    rows[open][1] = rows[open][1].Replace("Người nhận: …", $"Người nhận: {a.AssigneeName}", StringComparison.Ordinal);
                    break;
                case StepCompleted:
                    Close(at);
                    giver = PersonName(logged.ActorName);
                    break;
                case SentBack b:
                    Close(at, $"Trả lại bước {(b.ToStep + 1).ToString(VietnamTime.Culture)}: {logged.Reason}");
                    giver = PersonName(logged.ActorName);
                    break;
                case Transferred t:
                    var due = openDue ?? t.StepDueAt;
                    Close(at);
                    Add(t.FromUnitCode, t.ToUnitCode, at, PersonName(logged.ActorName), null, $"Chuyển liên thông; hạn {FormText.ShortDateTime(due)}", due);
                    holder = t.ToUnitCode;
                    break;
                case SupplementRequested s when open >= 0:
                    rows[open][3] += $"\nYêu cầu bổ sung lần {s.Number.ToString(VietnamTime.Culture)}: {FormText.ShortDateTime(at)}";
                    break;
                case SupplementCompleted s when open >= 0:
                    rows[open][3] += $"\nĐã bổ sung: {FormText.ShortDateTime(at)}";
                    openDue = s.StepDueAt ?? openDue;
                    break;
                case PaymentCompleted p when open >= 0:
                    openDue = p.StepDueAt ?? openDue;
                    break;
                case ConsultationRequested c when open >= 0:
                    rows[open][3] += $"\nLấy ý kiến {Unit(facts, c.UnitCode).Name}";
                    break;
                case ResultIssued:
                    Close(at);
                    Add(holder, d.ReceivingUnitCode, at, PersonName(logged.ActorName), null, "Chuyển kết quả về Bộ phận Một cửa", null);
                    holder = d.ReceivingUnitCode;
                    break;
                case Returned:
                    Add(d.ReceivingUnitCode, string.Empty, at, PersonName(logged.ActorName), null, "Trả kết quả", null);
                    rows[^1][2] = Judge(d.FinishedAt ?? at, d.DueAt ?? at);
                    break;
                case Stopped:
                    Close(at, "Dừng xử lý");
                    break;
                case Withdrawn:
                    Close(at, "Công dân rút hồ sơ");
                    break;
                default:
                    break;
            }
        }

        if (open >= 0)
        {
            rows[open][3] += "\nĐang xử lý";
        }

        return [.. rows];
    }

    private static string Judge(Instant end, Instant due) =>
        end > due ? "Quá hạn" : Local(end) < Local(due) ? "Trước hạn" : "Đúng hạn";

    private static FormDocument Document(DossierFormFacts facts, FormKind kind, FormHeading heading, IReadOnlyList<string> subtitles, IReadOnlyList<FormBlock> body, IReadOnlyList<FormSignature> signatures, string? suffix = null)
    {
        var set = FormSets.ForDossier(facts.Dossier);
        var number = FormSets.Number(set, kind)!.Value.ToString("00", VietnamTime.Culture);
        return new FormDocument(set, kind, FormPage.A5Portrait, heading, FormSets.Title(set, kind), subtitles, body, signatures, $"{facts.Dossier.Code}-mau-{number}{suffix}");
    }

    /// <summary>"Bộ phận tiếp nhận và trả kết quả" (Decree 61/2018, Circular 01/2018) became "Bộ phận Một cửa" (Decree 118/2025).</summary>
    private static string DeskLabel(FormSet set) =>
        set == FormSet.Circular01Of2018 ? "Bộ phận tiếp nhận và trả kết quả" : "Bộ phận Một cửa";

    private static FormLine ContactLine(DossierApplicant a) =>
        new([new FormField("Số điện thoại", a.Phone), new FormField("Email", a.Email)]);

    private static string Procedure(Dossier d) => $"{d.ProcedureName} ({d.ProcedureCode})";

    /// <summary>Forms of the one-stop desk: the unit's desk under the unit (a commune) or the province (an agency
    /// or service centre receives in its own name).</summary>
    internal static FormHeading DeskHeading(DossierFormFacts facts, FormUnit unit, LocalDate date, string? number) =>
        DeskHeading(unit, facts.Province, date, number);

    internal static FormHeading DeskHeading(FormUnit unit, FormUnit province, LocalDate date, string? number) => unit.Kind switch
    {
        UnitKind.Commune => new FormHeading("ỦY BAN NHÂN DÂN " + FormText.Upper(unit.Name), "BỘ PHẬN MỘT CỬA", number, FormText.Place(province.Name), date),
        UnitKind.Province => new FormHeading("ỦY BAN NHÂN DÂN " + FormText.Upper(province.Name), "BỘ PHẬN MỘT CỬA", number, FormText.Place(province.Name), date),
        _ => new FormHeading("ỦY BAN NHÂN DÂN " + FormText.Upper(province.Name), FormText.Upper(unit.Name), number, FormText.Place(province.Name), date),
    };

    /// <summary>Letters of the agency itself (apology, stop): a commune writes as its People's Committee.</summary>
    private static FormHeading AgencyHeading(DossierFormFacts facts, FormUnit unit, LocalDate date) => unit.Kind switch
    {
        UnitKind.Commune => new FormHeading(null, "ỦY BAN NHÂN DÂN " + FormText.Upper(unit.Name), "Số: ……/……", FormText.Place(facts.Province.Name), date),
        UnitKind.Province => new FormHeading(null, "ỦY BAN NHÂN DÂN " + FormText.Upper(facts.Province.Name), "Số: ……/……", FormText.Place(facts.Province.Name), date),
        _ => new FormHeading("ỦY BAN NHÂN DÂN " + FormText.Upper(facts.Province.Name), FormText.Upper(unit.Name), "Số: ……/……", FormText.Place(facts.Province.Name), date),
    };

    /// <summary>The agency as a letter names it: a commune acts through its People's Committee.</summary>
    private static string AgencyName(FormUnit unit) => unit.Kind == UnitKind.Commune ? "Ủy ban nhân dân " + unit.Name : unit.Name;

    private static FormUnit Unit(DossierFormFacts facts, string code) =>
        facts.Units.TryGetValue(code, out var unit) ? unit : new FormUnit(code, code, UnitKind.Department);

    /// <summary>"Huỳnh Văn Phúc" from the log's "Huỳnh Văn Phúc, Công chức Bộ phận Một cửa".</summary>
    internal static string? PersonName(string? actorName)
    {
        if (string.IsNullOrWhiteSpace(actorName))
        {
            return null;
        }

        var comma = actorName.IndexOf(", ", StringComparison.Ordinal);
        return comma > 0 ? actorName[..comma] : actorName;
    }

    private static LocalDate Local(Instant instant) => instant.InZone(VietnamTime.Zone).Date;

    private static List<Parsed> Parse(IReadOnlyList<LoggedEvent> events) =>
        [.. events.OrderBy(e => e.Sequence).Select(e => new Parsed(e, DossierEventCodec.Deserialize(e.Type, e.Data)))];

    private sealed record Parsed(LoggedEvent Logged, IDossierEvent Event);
}
