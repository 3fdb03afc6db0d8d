using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using MotCua.Data;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Payments.Gateways;

/// <summary>
/// The HMAC keys of the gateways: from configuration (<c>MotCua:Payments:Gateways:&lt;name&gt;:Secret</c>, passed by
/// environment variable, never committed). For the local development gateway only, when none is configured, a random
/// 256-bit key is generated once and kept in <c>&lt;data folder&gt;/payments/&lt;name&gt;.secret</c> (readable by the
/// owner only), like the data-protection keys.
/// </summary>
public sealed class GatewaySecrets(IOptions<PaymentOptions> options, DataFolderPath dataFolder)
{
    private static readonly Lock Sync = new();

    public byte[] For(string gateway, bool generateIfMissing)
    {
        if (options.Value.Gateways.TryGetValue(gateway, out var configured) && !string.IsNullOrWhiteSpace(configured.Secret))
        {
            return Encoding.UTF8.GetBytes(configured.Secret.Trim());
        }

        if (!generateIfMissing)
        {
            throw new StartupException($"Thiếu khóa bí mật của cổng thanh toán \"{gateway}\" (MotCua__Payments__Gateways__{gateway}__Secret).");
        }

        var folder = Path.Combine(dataFolder.Path, "payments");
        var file = Path.Combine(folder, gateway + ".secret");
        lock (Sync)
        {
            if (!File.Exists(file))
            {
                Directory.CreateDirectory(folder);
                File.WriteAllText(file, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }
            }

            return Encoding.UTF8.GetBytes(File.ReadAllText(file).Trim());
        }
    }
}
