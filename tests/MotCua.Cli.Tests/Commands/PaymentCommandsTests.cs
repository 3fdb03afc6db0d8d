using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data;
using MotCua.Data.Identity;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Payments;
using MotCua.Testing;
using MotCua.Web.Features.Payments.Orders;

namespace MotCua.Cli.Tests.Commands;

public sealed class PaymentCommandsTests
{
    [Theory, AllProviders]
    public async Task PaymentsReconcile_ExpiresAnUnpaidOrderPastItsTime(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var d = await TestDossiers.ReceiveAsync(database);
        await TestDossiers.ActAsync(database, "chuyenvien.ninhkieu", d.Id, (x, _, _) => DossierLifecycle.RequestPayment(x, 8_000));
        Guid orderId;
        await using (var scope = database.Services.CreateAsyncScope())
        {
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>().FindByNameAsync("congdan1");
            await using (var context = database.NewContext())
            {
                (await context.DossierApplicants.SingleAsync(a => a.DossierId == d.Id)).UserId = user!.Id;
                await context.SaveChangesAsync();
            }

            var start = await scope.ServiceProvider.GetRequiredService<PaymentOrders>().StartAsync(d.Id, user!.Id, "national", "http://localhost", CancellationToken.None);
            orderId = start.Order!.Id;
        }

        // The command runs on the real clock, long after the test clock's order expired.
        var result = await CliRunner.RunAsync(database, "payments", "reconcile");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Đã đối soát 1 lệnh: 0 đã thanh toán, 0 không thành công, 1 hết hạn", result.Output, StringComparison.Ordinal);
        await using var db = database.NewContext();
        Assert.Equal(PaymentState.Expired, (await db.Set<PaymentOrder>().SingleAsync(o => o.Id == orderId)).State);
        Assert.Equal(DossierStatus.WaitingPayment, (await db.Dossiers.SingleAsync(x => x.Id == d.Id)).Status);
    }
}
