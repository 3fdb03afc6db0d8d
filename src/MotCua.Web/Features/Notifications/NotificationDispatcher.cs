using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Notifications;
using NodaTime;

namespace MotCua.Web.Features.Notifications;

/// <summary>Sends what is waiting in the outbox, oldest first; a failure is retried later with a growing delay
/// (1, 2, 4 … minutes, at most an hour). Logs carry the message id and topic, never the recipient.</summary>
public sealed class NotificationDispatcher(MotCuaDbContext db, IEmailSender email, ISmsSender sms, IClock clock, ILogger<NotificationDispatcher> logger)
{
    public async Task<int> SendPendingAsync(int batch, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var pending = await db.Outbox.Where(m => m.SentAt == null && m.NextAttemptAt <= now)
            .OrderBy(m => m.Id).Take(batch).ToListAsync(cancellationToken);
        foreach (var message in pending)
        {
            try
            {
                if (message.Channel == MessageChannel.Email)
                {
                    await email.SendAsync(message.Recipient, message.Subject, message.Body, cancellationToken);
                }
                else
                {
                    await sms.SendAsync(message.Recipient, message.Body, cancellationToken);
                }

                message.SentAt = clock.GetCurrentInstant();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                message.Attempts++;
                message.LastError = ex.Message.Length > 1000 ? ex.Message[..1000] : ex.Message;
                message.NextAttemptAt = now + Duration.FromMinutes(Math.Min(60, Math.Pow(2, Math.Min(message.Attempts - 1, 6))));
                logger.LogWarning("Notification {Id} ({Topic}) failed, attempt {Attempts}: {Error}", message.Id, message.Topic, message.Attempts, ex.GetType().Name);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return pending.Count(m => m.SentAt is not null);
    }
}

/// <summary>Runs the dispatcher every few seconds in the web host.</summary>
public sealed class NotificationWorker(IServiceProvider services, ILogger<NotificationWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(5));
        do
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<NotificationDispatcher>().SendPendingAsync(100, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError("Notification dispatch failed: {Error}", ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
