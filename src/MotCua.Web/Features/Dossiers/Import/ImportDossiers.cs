using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using NodaTime;

namespace MotCua.Web.Features.Dossiers.Import;

/// <summary>A rejected line of an import file.</summary>
public sealed record RejectedLine(int Line, string? Code, string Reason, string Text);

/// <summary>What an import did (or, when not all-or-nothing, would have refused).</summary>
public sealed record DossierImportReport(int Lines, int Imported, int AlreadyPresent, IReadOnlyList<RejectedLine> Rejected, bool Written);

/// <summary>
/// Imports historical dossiers (<c>motcua import dossiers FILE.jsonl</c>), one per line in the national sync
/// layout. Without <c>QuaTrinhXuLy</c>, events are derived from the dates: submitted (online) at NgayNopHoSo,
/// received at NgayTiepNhan with the given NgayHenTra kept as the appointment, each supplement requested at
/// NgayBoSung and completed at NgayTiepNhanBoSung, finished / withdrawn / stopped / refused per TrangThaiHoSo at
/// NgayKetThucXuLy, returned at NgayTra; paid online (DuocThanhToanTrucTuyen 1, 2) at receipt, or — status 6 — still
/// waiting for the fees of DanhSachLePhi. With <c>QuaTrinhXuLy</c>, its processing entries become steps with
/// their officers. Every event is marked imported and chained like any other. All or nothing per file unless
/// <c>--skip-invalid</c>; a dossier code already in MotCua is skipped, so importing twice adds nothing.
/// </summary>
public sealed class ImportDossiers(
    MotCuaDbContext db,
    DossierStore store,
    IProcedureTermsSource procedures,
    Calendar.WorkingCalendarProvider workingTime)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, AllowTrailingCommas = true };

    private sealed record Plan(int Line, string Code, DossierApplicant Applicant, List<(IDossierEvent Event, Instant At, Actor Actor, string? Reason)> Events);

    public async Task<DossierImportReport> ImportAsync(TextReader reader, bool skipInvalid, CancellationToken cancellationToken)
    {
        var calendar = await workingTime.GetAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().Select(u => u.Code).ToHashSetAsync(StringComparer.Ordinal, cancellationToken);
        var plans = new List<Plan>();
        var rejected = new List<RejectedLine>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var lineNumber = 0;
        string? text;
        while ((text = await reader.ReadLineAsync(cancellationToken)) is not null)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            NationalDossierRecord? record;
            try
            {
                record = JsonSerializer.Deserialize<NationalDossierRecord>(text, Json);
            }
            catch (JsonException ex)
            {
                rejected.Add(new RejectedLine(lineNumber, null, $"JSON không hợp lệ: {ex.Message}", text));
                continue;
            }

            if (record?.MaHoSo is not { Length: > 0 } code)
            {
                rejected.Add(new RejectedLine(lineNumber, null, "thiếu MaHoSo", text));
                continue;
            }

            if (!seen.TryAdd(code, lineNumber))
            {
                rejected.Add(new RejectedLine(lineNumber, code, $"MaHoSo trùng với dòng {seen[code]}", text));
                continue;
            }

            try
            {
                plans.Add(await PlanAsync(lineNumber, code, record, units, calendar, cancellationToken));
            }
            catch (FormatException ex)
            {
                rejected.Add(new RejectedLine(lineNumber, code, ex.Message, text));
            }
        }

        var codes = plans.Select(p => p.Code).ToList();
        var existing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in codes.Chunk(500))
        {
            existing.UnionWith(await db.Dossiers.AsNoTracking().Where(d => chunk.Contains(d.Code)).Select(d => d.Code).ToListAsync(cancellationToken));
        }

        var toWrite = plans.Where(p => !existing.Contains(p.Code)).ToList();
        if (rejected.Count > 0 && !skipInvalid)
        {
            return new DossierImportReport(lineNumber, 0, existing.Count, rejected, Written: false);
        }

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            foreach (var batch in toWrite.Chunk(500))
            {
                foreach (var plan in batch)
                {
                    var dossier = new Dossier { Id = Guid.NewGuid() };
                    foreach (var (e, at, actor, reason) in plan.Events)
                    {
                        store.Stage(dossier, Decision.Accept((e, reason)), actor, at, imported: true);
                    }

                    plan.Applicant.DossierId = dossier.Id;
                    db.Dossiers.Add(dossier);
                    db.DossierApplicants.Add(plan.Applicant);
                }

                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }

            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
            await BumpCountersAsync(toWrite.Select(p => p.Code), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });

        return new DossierImportReport(lineNumber, toWrite.Count, existing.Count, rejected, Written: true);
    }

    private async Task<Plan> PlanAsync(int line, string code, NationalDossierRecord r, HashSet<string> units, IWorkingTime calendar, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(r.MaTTHC))
        {
            throw new FormatException("thiếu MaTTHC");
        }

        if (r.DonViXuLy is not { Length: > 0 } unit || !units.Contains(unit))
        {
            throw new FormatException($"DonViXuLy \"{r.DonViXuLy}\" không phải mã đơn vị trong MotCua");
        }

        if (r.TrangThaiHoSo is not (>= 1 and <= 10) || r.TrangThaiHoSo is not { } statusCode)
        {
            throw new FormatException($"TrangThaiHoSo \"{r.TrangThaiHoSo}\" không phải trạng thái 1–10");
        }

        var channel = r.KenhThucHien switch
        {
            1 or null => Channel.Counter,
            2 => Channel.Online,
            3 => Channel.Post,
            _ => throw new FormatException($"KenhThucHien \"{r.KenhThucHien}\" phải là 1, 2 hoặc 3"),
        };
        var status = (DossierStatus)statusCode;
        var submitted = NationalDates.Parse(r.NgayNopHoSo, "NgayNopHoSo");
        var received = NationalDates.Parse(r.NgayTiepNhan, "NgayTiepNhan");
        var due = NationalDates.Parse(r.NgayHenTra, "NgayHenTra");
        var ended = NationalDates.Parse(r.NgayKetThucXuLy, "NgayKetThucXuLy") ?? NationalDates.Parse(r.NgayTuChoi, "NgayTuChoi");
        var returned = NationalDates.Parse(r.NgayTra, "NgayTra");

        var applicant = new DossierApplicant
        {
            FullName = Domain.Text.VietnameseText.NormalizeRequired(r.ChuHoSo ?? "(không rõ)"),
            IdNumber = string.IsNullOrWhiteSpace(r.SoGiayToChuHoSo) ? null : r.SoGiayToChuHoSo.Trim(),
            Phone = ApplicantRules.NormalizePhone(r.SoDienThoai),
            Email = string.IsNullOrWhiteSpace(r.Email) ? null : r.Email.Trim(),
            Kind = r.LoaiDoiTuong == 2 ? 1 : 0,
            VerifiedByEId = r.TaiKhoanDuocXacThucVoiVNeID == 1,
        };
        var receiving = code.Contains('-', StringComparison.Ordinal) && units.Contains(code[..code.IndexOf('-', StringComparison.Ordinal)])
            ? code[..code.IndexOf('-', StringComparison.Ordinal)]
            : unit;
        var system = Actor.Import(unit);
        var components = (r.TaiLieuNop ?? []).Select(d => new ComponentRecord(d.MaThanhPhanHoSo ?? "TP", d.TenTepDinhKem ?? "Tài liệu", [],
            d.DuocSoHoa == 1 || r.HoSoCoThanhPhanSoHoa == 1, d.DuocTaiSuDung == 1, d.DuocLayTuKhoDMQG == 1)).ToList();
        var events = new List<(IDossierEvent, Instant, Actor, string?)>();

        if (channel == Channel.Online && submitted is { } s0)
        {
            events.Add((new Submitted(code, r.MaTTHC, r.TenTTHC ?? r.MaTTHC, receiving, unit, components, calendar.Due(s0, DossierLifecycle.ReceiptLimit), false), s0, system, null));
        }

        if (status == DossierStatus.Refused)
        {
            var at = ended ?? received ?? submitted ?? throw new FormatException("hồ sơ bị từ chối cần NgayTuChoi hoặc NgayKetThucXuLy");
            if (events.Count == 0)
            {
                events.Add((new Submitted(code, r.MaTTHC, r.TenTTHC ?? r.MaTTHC, receiving, unit, components, calendar.Due(submitted ?? at, DossierLifecycle.ReceiptLimit), false), submitted ?? at, system, null));
            }

            events.Add((new Refused(), at, system, "Không được tiếp nhận (nhập từ hệ thống cũ)"));
            return new Plan(line, code, applicant, events);
        }

        if (received is not { } receivedAt)
        {
            if (status == DossierStatus.Submitted && events.Count > 0)
            {
                return new Plan(line, code, applicant, events);
            }

            throw new FormatException("thiếu NgayTiepNhan");
        }

        if (due is not { } dueAt)
        {
            throw new FormatException("thiếu NgayHenTra");
        }

        Check(submitted, receivedAt, "NgayNopHoSo", "NgayTiepNhan");
        Check(receivedAt, ended, "NgayTiepNhan", "NgayKetThucXuLy");
        Check(ended ?? receivedAt, returned, "NgayKetThucXuLy", "NgayTra");

        var on = receivedAt.InZone(VietnamTime.Zone).Date;
        var procedure = await procedures.FindNearestAsync(r.MaTTHC.Trim(), on, channel, unit, cancellationToken)
            ?? throw new FormatException($"thủ tục \"{r.MaTTHC}\" chưa có trong danh mục");
        var fees = r.DanhSachLePhi is { Count: > 0 } list
            ? list.Select(f => new FeeTerms(f.TenPhiLePhi ?? "Phí, lệ phí", f.MaPhiLePhi, f.Gia ?? 0)).ToList()
            : procedure.Terms.Fees.ToList();
        var terms = procedure.Terms with { Fees = fees };
        var late = events.Count > 0 && events[0].Item1 is Submitted sub && receivedAt > sub.ReceiptDueAt;
        events.Add((new Received(code, channel, terms, receiving, unit, components, dueAt, late), receivedAt, system, null));

        foreach (var step in (r.QuaTrinhXuLy ?? []).Where(p => p.TrangThai == 4).OrderBy(p => p.ThoiDiemXuLy, StringComparer.Ordinal))
        {
            var at = NationalDates.Parse(step.ThoiDiemXuLy, "QuaTrinhXuLy.ThoiDiemXuLy") ?? receivedAt;
            var stepDue = NationalDates.Parse(step.NgayKetThucTheoQuyDinh, "QuaTrinhXuLy.NgayKetThucTheoQuyDinh") ?? dueAt;
            var officer = new Actor(null, string.Join(", ", new[] { step.NguoiXuLy, step.ChucDanh }.Where(x => !string.IsNullOrWhiteSpace(x))), unit);
            var index = events.Count(e => e.Item1 is StepStarted);
            events.Add((new StepStarted(index, step.NoiDungXuLy ?? step.PhongBanXuLy ?? "Xử lý", unit, null, step.NguoiXuLy, stepDue), at, officer, null));
        }

        var number = 0;
        foreach (var supplement in r.DanhSachHoSoBoSung ?? [])
        {
            var requested = NationalDates.Parse(supplement.NgayBoSung, "NgayBoSung") ?? throw new FormatException("thiếu NgayBoSung");
            Check(receivedAt, requested, "NgayTiepNhan", "NgayBoSung");
            events.Add((new SupplementRequested(++number, [supplement.NoiDungBoSung ?? "Bổ sung hồ sơ"]), requested, system, supplement.NoiDungBoSung ?? "Bổ sung hồ sơ"));
            if (NationalDates.Parse(supplement.NgayTiepNhanBoSung, "NgayTiepNhanBoSung") is { } completed)
            {
                Check(requested, completed, "NgayBoSung", "NgayTiepNhanBoSung");
                events.Add((new SupplementCompleted(dueAt, null, []), completed, system, null));
            }
        }

        if (r.DuocThanhToanTrucTuyen is 1 or 2 && terms.TotalFee > 0)
        {
            events.Add((new PaymentRequested(terms.TotalFee), receivedAt, system, null));
            events.Add((new PaymentCompleted(terms.TotalFee, r.DuocThanhToanTrucTuyen.Value, dueAt, null), receivedAt, system, null));
        }
        else if (status == DossierStatus.WaitingPayment && terms.TotalFee > 0)
        {
            // Still waiting for its fees: the layout has no time for the request, so it is the last thing that happened.
            events.Add((new PaymentRequested(terms.TotalFee), events.Max(e => e.Item2), system, null));
        }

        var results = (r.DanhSachGiayToKetQua ?? []).Select(x => new FileRecord(x.TenGiayTo ?? "Kết quả", x.DuongDanTepTinKetQua ?? string.Empty, string.Empty, 0))
            .Where(f => f.StorageKey.Length > 0).ToList();
        switch (status)
        {
            case DossierStatus.Finished or DossierStatus.Returned:
                var finished = ended ?? returned ?? throw new FormatException("hồ sơ đã xử lý xong cần NgayKetThucXuLy");
                events.Add((new ResultIssued(results.Count > 0, r.DanhSachGiayToKetQua?.FirstOrDefault()?.MaGiayToKetQua, results), finished, system, null));
                if (status == DossierStatus.Returned)
                {
                    events.Add((new Returned(channel == Channel.Online && results.Count > 0 ? ReturnMethod.Online : ReturnMethod.Counter), returned ?? finished, system, null));
                }

                break;
            case DossierStatus.Withdrawn:
                events.Add((new Withdrawn(), ended ?? throw new FormatException("hồ sơ rút cần NgayKetThucXuLy"), system, "Công dân rút hồ sơ (nhập từ hệ thống cũ)"));
                break;
            case DossierStatus.Stopped:
                events.Add((new Stopped(), ended ?? throw new FormatException("hồ sơ dừng xử lý cần NgayKetThucXuLy"), system, "Dừng xử lý (nhập từ hệ thống cũ)"));
                break;
            default:
                break;
        }

        // Events are applied in time order; ties keep the order above.
        var ordered = events.Select((e, i) => (e, i)).OrderBy(x => x.e.Item2).ThenBy(x => x.i).Select(x => x.e).ToList();
        return new Plan(line, code, applicant, ordered);
    }

    private static void Check(Instant? earlier, Instant? later, string earlierName, string laterName)
    {
        if (earlier is { } a && later is { } b && b < a)
        {
            throw new FormatException($"{laterName} ({NationalDates.Format(b)}) trước {earlierName} ({NationalDates.Format(a)})");
        }
    }

    /// <summary>Keeps the daily counters ahead of imported codes, so new intakes never reuse one.</summary>
    private async Task BumpCountersAsync(IEnumerable<string> codes, CancellationToken cancellationToken)
    {
        var highest = new Dictionary<(string Unit, LocalDate Day), int>();
        foreach (var code in codes)
        {
            var parts = code.Split('-');
            if (parts.Length < 3 || !int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                || !TryParseCodeDay(parts[^2], out var day))
            {
                continue;
            }

            var key = (string.Join('-', parts[..^2]), day);
            highest[key] = Math.Max(highest.GetValueOrDefault(key), n);
        }

        foreach (var ((unit, day), n) in highest)
        {
            var dayValue = day.ToDateOnly();
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "DossierCodeCounters" ("UnitCode", "Day", "Last") VALUES ({unit}, {dayValue}, {n})
                ON CONFLICT ("UnitCode", "Day") DO UPDATE SET "Last" = CASE WHEN "DossierCodeCounters"."Last" < {n} THEN {n} ELSE "DossierCodeCounters"."Last" END
                """, cancellationToken);
        }
    }

    private static bool TryParseCodeDay(string yymmdd, out LocalDate day)
    {
        day = default;
        if (yymmdd.Length != 6 || !int.TryParse(yymmdd, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return false;
        }

        var y = 2000 + int.Parse(yymmdd[..2], CultureInfo.InvariantCulture);
        var m = int.Parse(yymmdd[2..4], CultureInfo.InvariantCulture);
        var d = int.Parse(yymmdd[4..], CultureInfo.InvariantCulture);
        if (m is < 1 or > 12 || d < 1 || d > CalendarSystem.Iso.GetDaysInMonth(y, m))
        {
            return false;
        }

        day = new LocalDate(y, m, d);
        return true;
    }
}
