using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using MotCua.Domain.Dossiers;
using MotCua.Web.Infrastructure.Files;

namespace MotCua.Web.Infrastructure.Signing;

/// <summary>Settings under <c>MotCua:Signing</c>.</summary>
public sealed class SigningOptions
{
    /// <summary>Password of the local development keys (from the environment; generated and kept in the data folder
    /// when empty).</summary>
    public string? Password { get; set; }
}

/// <summary>The result of checking a signed file.</summary>
public sealed record SignatureCheck(bool Valid, string? Signer, string? Problem);

/// <summary>
/// Signs files by an officer's key (digitized components at intake, electronic results) as detached PKCS#7/CMS
/// signatures over the file's bytes (Decree 30/2020 and Circular 01/2023/TT-VPCP on digitization), and checks them.
/// Production uses the province's signing service (specialised CA / HSM) behind this interface; development uses
/// <see cref="LocalCertificateSigner"/>.
/// </summary>
public interface IDocumentSigner
{
    /// <summary>Signs the stored file as <paramref name="signer"/>; returns the file with its signature attached.</summary>
    Task<FileRecord> SignAsync(FileRecord file, StaffMember signer, CancellationToken cancellationToken);

    /// <summary>Checks that the stored signature matches the stored file.</summary>
    SignatureCheck Verify(FileRecord file);
}

/// <summary>
/// Development signer: a local certificate authority (self-signed, kept in <c>&lt;data&gt;/keys/signing/</c>) issues each
/// officer a certificate on first use (CN = name, O = unit); signatures are real CMS signatures that any tool reads,
/// but the root is not trusted outside this deployment.
/// </summary>
public sealed class LocalCertificateSigner(IFileStore files, DataFolderPath dataFolder, IOptions<SigningOptions> options, NodaTime.IClock clock) : IDocumentSigner
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    private string Folder => Path.Combine(dataFolder.Path, "keys", "signing");

    public async Task<FileRecord> SignAsync(FileRecord file, StaffMember signer, CancellationToken cancellationToken)
    {
        var content = await ReadAsync(file.StorageKey, cancellationToken);
        using var certificate = await CertificateOfAsync(signer, cancellationToken);
        var cms = new SignedCms(new ContentInfo(content), detached: true);
        cms.ComputeSignature(new CmsSigner(certificate) { IncludeOption = X509IncludeOption.EndCertOnly, DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1") });
        await using var signature = new MemoryStream(cms.Encode());
        var stored = await files.SaveSignatureAsync(signature, Path.ChangeExtension(file.Name, ".p7s"), cancellationToken);
        return file with { SignatureKey = stored, SignedBy = certificate.GetNameInfo(X509NameType.SimpleName, false) };
    }

    public SignatureCheck Verify(FileRecord file)
    {
        if (file.SignatureKey is null)
        {
            return new SignatureCheck(false, null, "Tệp chưa được ký số.");
        }

        try
        {
            using var contentStream = files.Open(file.StorageKey);
            using var signatureStream = files.Open(file.SignatureKey);
            if (contentStream is null || signatureStream is null)
            {
                return new SignatureCheck(false, file.SignedBy, "Không tìm thấy tệp hoặc chữ ký.");
            }

            var content = ReadAll(contentStream);
            var cms = new SignedCms(new ContentInfo(content), detached: true);
            cms.Decode(ReadAll(signatureStream));
            cms.CheckSignature(verifySignatureOnly: true);
            return new SignatureCheck(true, cms.SignerInfos[0].Certificate?.GetNameInfo(X509NameType.SimpleName, false), null);
        }
        catch (CryptographicException ex)
        {
            return new SignatureCheck(false, file.SignedBy, $"Chữ ký không hợp lệ: {ex.Message}");
        }
    }

    private async Task<X509Certificate2> CertificateOfAsync(StaffMember signer, CancellationToken cancellationToken)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(Folder);
            var password = await PasswordAsync(cancellationToken);
            var path = Path.Combine(Folder, $"{Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(signer.UserId)))[..16]}.pfx");
            if (File.Exists(path))
            {
                return X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
            }

            using var root = await RootAsync(password);
            using var key = RSA.Create(2048);
            var name = new X500DistinguishedName($"CN={Escape(signer.FullName)}, O={Escape(signer.UnitName)}, C=VN");
            var request = new CertificateRequest(name, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
            var now = clock.GetCurrentInstant().ToDateTimeOffset();
            using var issued = request.Create(root, now.AddDays(-1), now.AddYears(3), RandomNumberGenerator.GetBytes(12));
            using var withKey = issued.CopyWithPrivateKey(key);
            await File.WriteAllBytesAsync(path, withKey.Export(X509ContentType.Pfx, password), cancellationToken);
            return X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        }
        finally
        {
            Gate.Release();
        }
    }

    private async Task<X509Certificate2> RootAsync(string password)
    {
        var path = Path.Combine(Folder, "root.pfx");
        if (File.Exists(path))
        {
            return X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        }

        using var key = RSA.Create(3072);
        var request = new CertificateRequest("CN=MotCua local signing CA (development), C=VN", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign, true));
        var now = clock.GetCurrentInstant().ToDateTimeOffset();
        using var root = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(10));
        await File.WriteAllBytesAsync(path, root.Export(X509ContentType.Pfx, password));
        return X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
    }

    private async Task<string> PasswordAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(options.Value.Password))
        {
            return options.Value.Password;
        }

        var file = Path.Combine(Folder, "password.txt");
        if (!File.Exists(file))
        {
            await File.WriteAllTextAsync(file, Convert.ToHexString(RandomNumberGenerator.GetBytes(16)), cancellationToken);
        }

        return (await File.ReadAllTextAsync(file, cancellationToken)).Trim();
    }

    private async Task<byte[]> ReadAsync(string key, CancellationToken cancellationToken)
    {
        await using var stream = files.Open(key) ?? throw new FileRejectedException("Không tìm thấy tệp để ký.");
        using var memory = new MemoryStream();
        await stream.CopyToAsync(memory, cancellationToken);
        return memory.ToArray();
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    private static string Escape(string value) => value.Replace(",", " ", StringComparison.Ordinal).Replace("=", " ", StringComparison.Ordinal).Replace("\"", " ", StringComparison.Ordinal);
}
