using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data;
using MotCua.Domain.EventLog;
using MotCua.Domain.Feedback;
using MotCua.Domain.Notifications;
using MotCua.Domain.Satisfaction;
using MotCua.Testing;
using MotCua.Web.Features.Dossiers.Audit;
using MotCua.Web.Features.Feedback;
using MotCua.Web.Features.Feedback.Manage;
using MotCua.Web.Features.Feedback.Queries;
using MotCua.Web.Features.Feedback.Send;
using static MotCua.Web.Tests.Features.Feedback.FeedbackTestKit;

namespace MotCua.Web.Tests.Features.Feedback;

/// <summary>Feedback written and read on both databases: routing, one transaction per decision, the sender kept out of
/// the log, the whole life folding back to the stored row, warnings once, conflicts.</summary>
public sealed class FeedbackStoreTests
{
    [Theory, AllProviders]
    public async Task Submit_AboutADossier_GoesToItsCompetentUnit_WithSenderEventAndMessagesInOneGo(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var dossier = await TestDossiers.ReceiveAsync(db);

        var item = await TestFeedback.SubmitAsync(db, TestFeedback.AboutBirthRegistration(dossier.Code));

        Assert.Matches("^PAKN-251124-[A-Z2-9]{5}$", item.Code);
        await using var context = db.NewContext();
        var stored = await context.Set<FeedbackItem>().AsNoTracking().SingleAsync();
        Assert.Equal(("31135", FeedbackRouting.Dossier, FeedbackState.Processing, dossier.Id), (stored.UnitCode, stored.Routing, stored.State, stored.DossierId));
        Assert.Equal(dossier.Code, stored.DossierCode);
        Assert.Equal("Đăng ký khai sinh", stored.ProcedureName);
        Assert.Equal(TestDatabase.Start, stored.SubmittedAt);
        Assert.Equal(MotCua.Domain.VietnamTime.ToInstant(new NodaTime.LocalDateTime(2025, 12, 15, 8, 0)), stored.DueAt);

        var sender = await context.Set<FeedbackSender>().AsNoTracking().SingleAsync();
        Assert.Equal(("Lê Thị Hoa", "hoa.le@example.vn", "0903111222", (string?)null), (sender.FullName, sender.Email, sender.Phone, sender.UserId));

        var events = await context.EventLog.AsNoTracking().Where(e => e.StreamKind == StreamKind.Feedback).ToListAsync();
        var submitted = Assert.Single(events);
        Assert.Equal(nameof(FeedbackSubmitted), submitted.Type);
        Assert.Equal(SubmitFeedback.SenderDisplay, submitted.ActorName);
        foreach (var personal in new[] { "Lê Thị Hoa", "hoa.le", "0903" })
        {
            Assert.DoesNotContain(personal, submitted.Data, StringComparison.Ordinal);
        }

        var folded = FeedbackItem.Fold(stored.Id, events);
        Assert.Equal((stored.LastSequence, stored.LastHash, stored.DueAt, stored.TextKey), (folded.LastSequence, folded.LastHash, folded.DueAt, folded.TextKey));

        var outbox = await OutboxAsync(db, item.Code);
        Assert.Contains(outbox, m => m.Channel == MessageChannel.Email && m.Recipient == "hoa.le@example.vn" && m.Body.Contains(item.Code, StringComparison.Ordinal));
        Assert.Contains(outbox, m => m.Channel == MessageChannel.Sms && m.Recipient == "0903111222");
        var staff = outbox.Where(m => m.Recipient.EndsWith("@demo.motcua.local", StringComparison.Ordinal)).ToList();
        Assert.Equal([Mail("chuyenvien.ninhkieu"), Mail("lanhdao.ninhkieu")], staff.Select(m => m.Recipient).Order(StringComparer.Ordinal));
        Assert.All(staff, m => Assert.DoesNotContain("Hoa", m.Body, StringComparison.Ordinal));
    }

    [Theory, AllProviders]
    public async Task Submit_AboutAProcedureOrARegulation_GoesToTheAgencyOrTheOffice(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var residence = await TestFeedback.SubmitAsync(db, TestFeedback.AboutBirthRegistration() with { ProcedureCode = "1.004222" });
        var birth = await TestFeedback.SubmitAsync(db, TestFeedback.AboutBirthRegistration());
        var regulation = await TestFeedback.SubmitAsync(db, new SubmitRequest(FeedbackSubject.Regulation, "Quy định lệ phí", "Mức lệ phí chưa được niêm yết rõ ràng tại bộ phận một cửa.", null, null, null, null, "0903 222 333"));

        Assert.Equal(("92.CA", FeedbackRouting.Procedure, FeedbackState.Processing), (residence.UnitCode, residence.Routing, residence.State));
        Assert.Equal(("92.VP", FeedbackRouting.Office, FeedbackState.Routing), (birth.UnitCode, birth.Routing, birth.State));
        Assert.Equal(("92.VP", FeedbackRouting.Office, FeedbackState.Routing), (regulation.UnitCode, regulation.Routing, regulation.State));
        Assert.Equal("Đăng ký thường trú", residence.ProcedureName);
        Assert.Contains(await OutboxAsync(db, birth.Code + ":Routing"), m => m.Recipient == Mail("vanphong"));
    }

    [Fact]
    public async Task Submit_UnknownCodesOrNoContact_AreProblemsAndNothingIsWritten()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, Seed.Demo);
        await using var scope = db.Services.CreateAsyncScope();
        var submit = scope.ServiceProvider.GetRequiredService<SubmitFeedback>();

        var unknownDossier = await submit.SubmitAsync(TestFeedback.AboutBirthRegistration("31135-251124-9999"), null, CancellationToken.None);
        var unknownProcedure = await submit.SubmitAsync(TestFeedback.AboutBirthRegistration() with { ProcedureCode = "9.999999" }, null, CancellationToken.None);
        var noContact = await submit.SubmitAsync(TestFeedback.AboutBirthRegistration() with { Email = " ", Phone = null }, null, CancellationToken.None);
        var signedIn = await submit.SubmitAsync(TestFeedback.AboutBirthRegistration() with { Email = null, Phone = null, FullName = null }, await TestFeedback.UserIdAsync(db, "congdan1"), CancellationToken.None);

        Assert.Contains("Không tìm thấy hồ sơ", unknownDossier.Problems["DossierCode"], StringComparison.Ordinal);
        Assert.Contains("Không tìm thấy thủ tục", unknownProcedure.Problems["ProcedureCode"], StringComparison.Ordinal);
        Assert.Contains("thư điện tử hoặc số điện thoại", noContact.Problems["Email"], StringComparison.Ordinal);
        Assert.True(signedIn.Succeeded);
        await using var context = db.NewContext();
        Assert.Equal(1, await context.Set<FeedbackItem>().CountAsync());
        var sender = await context.Set<FeedbackSender>().SingleAsync();
        Assert.Equal(Mail("congdan1"), sender.Email);
    }

    [Theory, AllProviders]
    public async Task WholeLife_RoutedAskedAnsweredPublishedRatedReopened_FoldsToTheStoredRowAndTheChainVerifies(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var item = await TestFeedback.SubmitAsync(db, TestFeedback.AboutBirthRegistration());
        await MustAsync(db, "vanphong", item.Id, new FeedbackAction.Route("92.STP", null));
        await MustAsync(db, "chuyenvien.stp", item.Id, new FeedbackAction.RequestInformation("Cho biết Ủy ban nhân dân phường nào đã yêu cầu."));
        Assert.Equal(FeedbackState.WaitingInformation, (await ItemAsync(db, item.Id)).State);
        Assert.Contains(await OutboxAsync(db, item.Code + ":InformationRequested"), m => m.Recipient == "hoa.le@example.vn");

        SetTime(db, 2025, 11, 26, 9);
        Assert.True((await ProvideAsync(db, item.Id, "Phường Ninh Kiều, ngày 20/11/2025.")).Succeeded);
        Assert.Contains(await OutboxAsync(db, item.Code + ":InformationProvided"), m => m.Recipient == Mail("chuyenvien.stp"));

        await MustAsync(db, "chuyenvien.stp", item.Id, new FeedbackAction.Answer("Bà Lê Thị Hoa (0903 111 222): bản sao sổ hộ khẩu không còn là thành phần hồ sơ; Sở đã nhắc Phường Ninh Kiều."));
        var raw = await ItemAsync(db, item.Id);
        var refused = await ActAsync(db, "chuyenvien.stp", item.Id, new FeedbackAction.Publish(raw.Title, raw.Content, raw.Answer));
        Assert.Contains("họ tên người gửi", refused.Error, StringComparison.Ordinal);
        await MustAsync(db, "chuyenvien.stp", item.Id, new FeedbackAction.Publish(raw.Title, raw.Content, PublicText.Scrub(raw.Answer, ["Lê Thị Hoa"])));

        SetTime(db, 2025, 11, 27, 9);
        var rated = await RateAsync(db, item.Id, SatisfactionLevel.Unsatisfied, "Chưa nói rõ khi nào Phường sửa.");
        Assert.True(rated.Succeeded, rated.Error);
        Assert.Contains(await OutboxAsync(db, item.Code + ":Reopened"), m => m.Recipient == Mail("giamdoc.stp"));

        await using var context = db.NewContext();
        var stored = await context.Set<FeedbackItem>().AsNoTracking().SingleAsync(f => f.Id == item.Id);
        var events = await context.EventLog.AsNoTracking().Where(e => e.StreamKind == StreamKind.Feedback && e.StreamId == item.Id).OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(["FeedbackSubmitted", "FeedbackRouted", "InformationRequested", "InformationProvided", "FeedbackAnswered", "AnswerPublished", "AnswerRated", "FeedbackReopened"], events.Select(e => e.Type));
        var folded = FeedbackItem.Fold(item.Id, events);
        foreach (var property in typeof(FeedbackItem).GetProperties())
        {
            Assert.True(Equals(property.GetValue(stored), property.GetValue(folded)), $"{property.Name} differs");
        }

        Assert.Equal((FeedbackState.Processing, true, true, true), (stored.State, stored.Reopened, stored.EverUnsatisfied, stored.Published));
        await using var scope = db.Services.CreateAsyncScope();
        Assert.Empty((await scope.ServiceProvider.GetRequiredService<VerifyEventLog>().RunAsync(CancellationToken.None)).Breaks);

        var (published, _) = await scope.ServiceProvider.GetRequiredService<FeedbackQueries>().PublishedAsync("so ho khau", 1, CancellationToken.None);
        var shown = Assert.Single(published);
        Assert.StartsWith("Bà [người gửi] ([số đã ẩn])", shown.Answer, StringComparison.Ordinal);
        Assert.Equal("Sở Tư pháp", shown.UnitName);
    }

    [Theory, AllProviders]
    public async Task Warnings_DueSoonOverdueEscalated_EachOnce_NothingOnADayOff(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var item = await TestFeedback.SubmitAsync(db, TestFeedback.AboutBirthRegistration() with { ProcedureCode = "1.004222" }); // 92.CA, due Mon 15/12 08:00
        await MustAsync(db, "vanphong", item.Id, new FeedbackAction.Route("92.STP", "Thuộc lĩnh vực tư pháp"));

        SetTime(db, 2025, 12, 10, 9);
        Assert.Equal(new(0, 0, 0), await WarnAsync(db));
        SetTime(db, 2025, 12, 11, 9);
        Assert.Equal(new(1, 0, 0), await WarnAsync(db));
        Assert.Equal(new(0, 0, 0), await WarnAsync(db));
        SetTime(db, 2025, 12, 13, 9);                   // Saturday
        Assert.Equal(new(0, 0, 0), await WarnAsync(db));
        SetTime(db, 2025, 12, 15, 9);
        Assert.Equal(new(0, 1, 0), await WarnAsync(db));
        SetTime(db, 2025, 12, 17, 9);
        Assert.Equal(new(0, 0, 1), await WarnAsync(db));
        Assert.Equal(new(0, 0, 0), await WarnAsync(db));

        Assert.Equal([Mail("chuyenvien.stp"), Mail("giamdoc.stp")], (await OutboxAsync(db, item.Code + ":DueSoon")).Select(m => m.Recipient));
        Assert.Equal([Mail("giamdoc.stp")], (await OutboxAsync(db, item.Code + ":Overdue")).Select(m => m.Recipient));
        Assert.Equal([Mail("vanphong")], (await OutboxAsync(db, item.Code + ":Escalated")).Select(m => m.Recipient));
        await using var context = db.NewContext();
        Assert.Equal(3, await context.EventLog.CountAsync(e => e.StreamId == item.Id && e.Type == nameof(FeedbackWarned)));
        var stored = await ItemAsync(db, item.Id);
        Assert.Equal(FeedbackWarningKind.Escalated, stored.LastWarning);
    }

    [Theory, AllProviders]
    public async Task TwoOfficersAtOnce_TheSecondGetsAConflictAndWritesNothing(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var item = await TestFeedback.SubmitAsync(db, TestFeedback.AboutBirthRegistration() with { ProcedureCode = "1.004222" });
        await MustAsync(db, "vanphong", item.Id, new FeedbackAction.Route("92.STP", "Thuộc lĩnh vực tư pháp"));
        var first = await TestDossiers.StaffAsync(db, "chuyenvien.stp");
        var second = await TestDossiers.StaffAsync(db, "giamdoc.stp");

        await using var one = db.Services.CreateAsyncScope();
        await using var two = db.Services.CreateAsyncScope();
        var storeOne = one.ServiceProvider.GetRequiredService<FeedbackStore>();
        var storeTwo = two.ServiceProvider.GetRequiredService<FeedbackStore>();
        var a = (await storeOne.FindAsync(item.Id, CancellationToken.None))!;
        var b = (await storeTwo.FindAsync(item.Id, CancellationToken.None))!;
        storeOne.Stage(a, FeedbackRules.Answer(a, "Trả lời của chuyên viên", db.Clock.GetCurrentInstant()), first.Actor);
        storeTwo.Stage(b, FeedbackRules.Answer(b, "Trả lời của giám đốc", db.Clock.GetCurrentInstant()), second.Actor);

        Assert.True(await storeOne.SaveAsync(CancellationToken.None));
        Assert.False(await storeTwo.SaveAsync(CancellationToken.None));
        var stored = await ItemAsync(db, item.Id);
        Assert.Equal("Trả lời của chuyên viên", stored.Answer);
        await using var context = db.NewContext();
        Assert.Equal(1, await context.EventLog.CountAsync(e => e.StreamId == item.Id && e.Type == nameof(FeedbackAnswered)));
    }
}
