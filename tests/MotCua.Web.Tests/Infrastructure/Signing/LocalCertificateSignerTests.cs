using System.Security.Cryptography.Pkcs;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data;
using MotCua.Testing;
using MotCua.Web.Infrastructure.Files;
using MotCua.Web.Infrastructure.Signing;

namespace MotCua.Web.Tests.Infrastructure.Signing;

public sealed class LocalCertificateSignerTests
{
    [Fact]
    public async Task Sign_ThenVerify_IsValid_AndAnEditedFileIsNot()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, Seed.Demo);
        var officer = await TestDossiers.StaffAsync(db, "motcua.ninhkieu");
        var files = db.Services.GetRequiredService<IFileStore>();
        var signer = db.Services.GetRequiredService<IDocumentSigner>();
        var stored = await files.SaveAsync(new MemoryStream("%PDF-1.4 bản quét giấy khai sinh\n%%EOF"u8.ToArray()), "giay-khai-sinh.pdf", CancellationToken.None);

        var signed = await signer.SignAsync(stored, officer, CancellationToken.None);
        Assert.Equal("Huỳnh Văn Phúc", signed.SignedBy);
        var check = signer.Verify(signed);
        Assert.True(check.Valid, check.Problem);

        // The signature is a standard detached CMS that names the officer.
        await using (var p7s = files.Open(signed.SignatureKey!)!)
        {
            using var memory = new MemoryStream();
            await p7s.CopyToAsync(memory);
            var cms = new SignedCms(new ContentInfo("%PDF-1.4 bản quét giấy khai sinh\n%%EOF"u8.ToArray()), detached: true);
            cms.Decode(memory.ToArray());
            cms.CheckSignature(verifySignatureOnly: true);
            Assert.Contains("Huỳnh Văn Phúc", cms.SignerInfos[0].Certificate!.Subject, StringComparison.Ordinal);
        }

        var path = Path.Combine(db.DataFolder, "files", stored.StorageKey.Replace('/', Path.DirectorySeparatorChar));
        await File.WriteAllTextAsync(path, "%PDF-1.4 bản đã bị sửa\n%%EOF");
        Assert.False(signer.Verify(signed).Valid);
        Assert.False(signer.Verify(stored).Valid); // never signed
    }

    [Fact]
    public async Task SameOfficer_GetsTheSameCertificate()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, Seed.Demo);
        var officer = await TestDossiers.StaffAsync(db, "chuyenvien.stp");
        var files = db.Services.GetRequiredService<IFileStore>();
        var signer = db.Services.GetRequiredService<IDocumentSigner>();
        var a = await signer.SignAsync(await files.SaveAsync(new MemoryStream("%PDF-1.4 a"u8.ToArray()), "a.pdf", CancellationToken.None), officer, CancellationToken.None);
        var b = await signer.SignAsync(await files.SaveAsync(new MemoryStream("%PDF-1.4 b"u8.ToArray()), "b.pdf", CancellationToken.None), officer, CancellationToken.None);
        Assert.Single(Directory.GetFiles(Path.Combine(db.DataFolder, "keys", "signing"), "*.pfx"), f => !f.EndsWith("root.pfx", StringComparison.Ordinal));
        Assert.True(signer.Verify(a).Valid && signer.Verify(b).Valid);
    }

    [Fact]
    public async Task FileStore_RefusesUnknownTypes_AndPathEscapes()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var files = db.Services.GetRequiredService<IFileStore>();
        await Assert.ThrowsAsync<FileRejectedException>(() => files.SaveAsync(new MemoryStream("MZ executable"u8.ToArray()), "virus.pdf", CancellationToken.None));
        await Assert.ThrowsAsync<FileRejectedException>(() => files.SaveAsync(new MemoryStream([]), "empty.pdf", CancellationToken.None));
        Assert.Null(files.Open("../../etc/passwd"));
        Assert.Empty(Directory.GetFiles(Path.Combine(db.DataFolder, "files"), ".upload-*", SearchOption.AllDirectories));
    }
}
