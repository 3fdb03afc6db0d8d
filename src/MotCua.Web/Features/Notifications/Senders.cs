using System.Globalization;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using MotCua.Domain.Dossiers;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Notifications;

/// <summary>Sends e-mail. Implementations: SMTP (production) and a file drop (development and tests).</summary>
public interface IEmailSender
{
    Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken);
}

/// <summary>Sends SMS through the province's provider (an adapter per provider); locally, a log file.</summary>
public interface ISmsSender
{
    Task SendAsync(string phone, string text, CancellationToken cancellationToken);
}

/// <summary>Settings under <c>MotCua:Mail</c>. Without <c>Smtp:Host</c>, mail goes to the file drop.</summary>
public sealed class MailOptions
{
    public string From { get; set; } = "motcua@localhost";

    public string FromName { get; set; } = "MotCua";

    public SmtpOptions Smtp { get; set; } = new();

    public sealed class SmtpOptions
    {
        public string? Host { get; set; }

        public int Port { get; set; } = 587;

        public bool StartTls { get; set; } = true;

        public string? User { get; set; }

        /// <summary>From the environment (MotCua__Mail__Smtp__Password), never committed.</summary>
        public string? Password { get; set; }
    }
}

/// <summary>E-mail over SMTP with MailKit.</summary>
public sealed class SmtpEmailSender(IOptions<MailOptions> options) : IEmailSender
{
    public async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(o.FromName, o.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };
        using var client = new SmtpClient();
        await client.ConnectAsync(o.Smtp.Host ?? throw new InvalidOperationException("MotCua:Mail:Smtp:Host is not set"), o.Smtp.Port, o.Smtp.StartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.Auto, cancellationToken);
        if (!string.IsNullOrEmpty(o.Smtp.User))
        {
            await client.AuthenticateAsync(o.Smtp.User, o.Smtp.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }
}

/// <summary>Development e-mail: each message is written as an .eml file under <c>&lt;data folder&gt;/mail/</c>,
/// readable by any mail client.</summary>
public sealed class FileDropEmailSender(DataFolderPath dataFolder, IOptions<MailOptions> options) : IEmailSender
{
    public string Folder => Path.Combine(dataFolder.Path, "mail");

    public async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.Value.FromName, options.Value.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };
        var file = Path.Combine(Folder, string.Create(CultureInfo.InvariantCulture, $"{Guid.NewGuid():N}.eml"));
        await message.WriteToAsync(file, cancellationToken);
    }
}

/// <summary>Development SMS: appended to <c>&lt;data folder&gt;/sms/outbox.log</c> with the number masked, so the
/// file is not a list of citizens' phones.</summary>
public sealed class LogSmsSender(DataFolderPath dataFolder) : ISmsSender
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public string File => Path.Combine(dataFolder.Path, "sms", "outbox.log");

    public async Task SendAsync(string phone, string text, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(File)!);
        await Gate.WaitAsync(cancellationToken);
        try
        {
            await System.IO.File.AppendAllTextAsync(File, $"{ApplicantRules.Mask(phone)}\t{text.ReplaceLineEndings(" ")}\n", cancellationToken);
        }
        finally
        {
            Gate.Release();
        }
    }
}
