using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data;
using MotCua.Domain.Dossiers;
using MotCua.Domain.EventLog;
using MotCua.Testing;
using MotCua.Web.Features.Dossiers.Intake;

namespace MotCua.Web.Tests.Features.Dossiers;

public sealed partial class DossierIntakeTests
{
    [Theory, AllProviders]
    public async Task Receive_AtTheCounter_CreatesTheDossierWithCodeAppointmentAndEvents(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var dossier = await DossierTestKit.ReceiveAtNinhKieuAsync(db);

        Assert.Equal("31135-251124-0001", dossier.Code);
        Assert.Equal(DossierStatus.Processing, dossier.Status);
        Assert.Equal("31135", dossier.CompetentUnitCode);
        Assert.NotNull(dossier.DueAt);
        Assert.True(dossier.DueAt > TestDatabase.Start);
        await using var context = db.NewContext();
        var events = await context.EventLog.Where(e => e.StreamId == dossier.Id).OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(["Received", "StepStarted"], events.Select(e => e.Type));
        Assert.Null(EventChain.Verify(StreamKind.Dossier, dossier.Id, events, (dossier.LastSequence, dossier.LastHash)));
        var applicant = await context.DossierApplicants.SingleAsync(a => a.DossierId == dossier.Id);
        Assert.Equal(("092080001234", "0912345678"), (applicant.IdNumber, applicant.Phone));
        // No personal data in the event log.
        Assert.All(events, e => Assert.DoesNotContain("092080001234", e.Data, StringComparison.Ordinal));
        Assert.All(events, e => Assert.DoesNotContain("Nguyễn Văn An", e.Data, StringComparison.Ordinal));
        // The applicant is told by e-mail and SMS, without her ID number.
        var outbox = await context.Outbox.Where(m => m.Topic.Contains(dossier.Code)).ToListAsync();
        Assert.Equal(2, outbox.Count);
        Assert.All(outbox, m => Assert.DoesNotContain("092080001234", m.Body, StringComparison.Ordinal));
    }

    [Theory, AllProviders]
    public async Task Receive_BadApplicant_WritesNothingAndNamesTheFields(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var officer = await DossierTestKit.StaffAsync(db, "motcua.ninhkieu");
        await using var scope = db.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<DossierIntake>().ReceiveAsync(
            new IntakeRequest(DossierTestKit.BirthRegistration, "31135", Channel.Counter, new ApplicantInput("", "12ab", "123", "not-an-email", null), []),
            officer.Actor, officer.UnitCode, CancellationToken.None);
        Assert.False(result.Succeeded);
        Assert.Equal(["Email", "FullName", "IdNumber", "Phone"], result.Problems.Keys.Order(StringComparer.Ordinal));
        await using var context = db.NewContext();
        Assert.Equal(0, await context.Dossiers.CountAsync());
        Assert.Equal(0, await context.EventLog.CountAsync());
    }

    [Theory, AllProviders]
    public async Task Receive_UnknownProcedure_IsAClearProblem(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var officer = await DossierTestKit.StaffAsync(db, "motcua.ninhkieu");
        await using var scope = db.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<DossierIntake>().ReceiveAsync(
            new IntakeRequest("9.999999", null, Channel.Counter, DossierTestKit.Applicant, []), officer.Actor, officer.UnitCode, CancellationToken.None);
        Assert.Contains("9.999999", result.Problems[""], StringComparison.Ordinal);
    }

    /// <summary>Eight officers receive at the same unit on the same day at once: codes 0001–0008, each once.</summary>
    [Theory, AllProviders]
    public async Task Receive_EightAtOnce_GivesConsecutiveUniqueCodes(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var intakes = Enumerable.Range(0, 8).Select(_ => Task.Run(() => DossierTestKit.ReceiveAtNinhKieuAsync(db))).ToArray();
        var dossiers = await Task.WhenAll(intakes);
        var numbers = dossiers.Select(d => int.Parse(CodePattern().Match(d.Code).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 8), numbers);
    }

    [Theory, AllProviders]
    public async Task Receive_NextDay_StartsAgainAtOne(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        await DossierTestKit.ReceiveAtNinhKieuAsync(db);
        db.Clock.AdvanceHours(24);
        var next = await DossierTestKit.ReceiveAtNinhKieuAsync(db);
        Assert.Equal("31135-251125-0001", next.Code);
    }

    [GeneratedRegex("-([0-9]{4})$")]
    private static partial Regex CodePattern();
}
