using NodaTime;

namespace MotCua.Domain.Notifications;

/// <summary>How a message is delivered.</summary>
public enum MessageChannel
{
    Email = 1,
    Sms = 2,
}

/// <summary>
/// A notification waiting to be sent, written in the same transaction as the event that caused it (transactional
/// outbox), so a restart or a mail outage loses nothing: the dispatcher retries until it is sent. Texts carry the
/// dossier code and status, never the applicant's ID number or full address.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    public MessageChannel Channel { get; set; }

    /// <summary>E-mail address or phone number.</summary>
    public required string Recipient { get; set; }

    public string Subject { get; set; } = string.Empty;

    public required string Body { get; set; }

    /// <summary>What caused it, e.g. "dossier:92.TTPVHCC-251125-0001:Received" (no personal data).</summary>
    public required string Topic { get; set; }

    public Instant CreatedAt { get; set; }

    public Instant NextAttemptAt { get; set; }

    public Instant? SentAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    /// <summary>A new message, to be sent as soon as the dispatcher runs.</summary>
    public static OutboxMessage Due(MessageChannel channel, string recipient, string subject, string body, string topic, Instant now) =>
        new() { Channel = channel, Recipient = recipient, Subject = subject, Body = body, Topic = topic, CreatedAt = now, NextAttemptAt = now };
}
