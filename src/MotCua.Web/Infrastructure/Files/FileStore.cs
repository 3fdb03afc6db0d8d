using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using MotCua.Domain.Dossiers;

namespace MotCua.Web.Infrastructure.Files;

/// <summary>Settings under <c>MotCua:Files</c>.</summary>
public sealed class FileStoreOptions
{
    /// <summary>Folder for stored files; default <c>&lt;data folder&gt;/files</c>.</summary>
    public string? Folder { get; set; }

    /// <summary>Largest accepted upload (default 10 MB).</summary>
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;
}

/// <summary>Why an upload was refused, in Vietnamese.</summary>
public sealed class FileRejectedException(string message) : Exception(message);

/// <summary>
/// Where MotCua keeps files (uploaded components, scans, results, evidence). Files are addressed by a storage key,
/// checked for size and type (by their first bytes, not their name), and carry a SHA-256 of their content. A file
/// is written to a temporary name and moved into place only when complete, so a failure mid-upload leaves nothing.
/// </summary>
public interface IFileStore
{
    /// <summary>Checks and stores <paramref name="content"/>; throws <see cref="FileRejectedException"/> when refused.</summary>
    Task<FileRecord> SaveAsync(Stream content, string fileName, CancellationToken cancellationToken);

    /// <summary>Stores a detached signature (DER-encoded PKCS#7/CMS) and returns its storage key.</summary>
    Task<string> SaveSignatureAsync(Stream signature, string fileName, CancellationToken cancellationToken);

    /// <summary>Opens a stored file for reading, or null when it does not exist.</summary>
    Stream? Open(string storageKey);

    /// <summary>Removes a stored file (only for files no record points to, e.g. after a failed transaction).</summary>
    void Delete(string storageKey);
}

/// <summary>Files on local disk, in folders by month (<c>yyyy/MM/&lt;guid&gt;.&lt;ext&gt;</c>).</summary>
public sealed class LocalDiskFileStore(IOptions<FileStoreOptions> options, DataFolderPath dataFolder, NodaTime.IClock clock) : IFileStore
{
    public string Root => options.Value.Folder is { Length: > 0 } f ? Path.GetFullPath(f) : Path.Combine(dataFolder.Path, "files");

    public Task<FileRecord> SaveAsync(Stream content, string fileName, CancellationToken cancellationToken) =>
        StoreAsync(content, fileName, FileTypes.Detect, cancellationToken);

    public async Task<string> SaveSignatureAsync(Stream signature, string fileName, CancellationToken cancellationToken) =>
        (await StoreAsync(signature, fileName, (head, _) => head is [0x30, ..] ? ".p7s" : null, cancellationToken)).StorageKey;

    private delegate string? Detector(ReadOnlySpan<byte> head, string fileName);

    private async Task<FileRecord> StoreAsync(Stream content, string fileName, Detector detect, CancellationToken cancellationToken)
    {
        var safeName = Path.GetFileName(fileName.Replace('\\', '/'));
        if (string.IsNullOrWhiteSpace(safeName) || safeName.Length > 200)
        {
            throw new FileRejectedException("Tên tệp không hợp lệ.");
        }

        var now = clock.GetCurrentInstant().InUtc();
        var folder = Path.Combine(Root, now.Year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture), now.Month.ToString("00", System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".upload-{Guid.NewGuid():N}");
        try
        {
            long size;
            byte[] head = new byte[16];
            int headLength;
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using (var output = File.Create(temp))
            {
                var buffer = new byte[81920];
                size = 0;
                headLength = 0;
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    if (headLength < head.Length)
                    {
                        var take = Math.Min(read, head.Length - headLength);
                        Array.Copy(buffer, 0, head, headLength, take);
                        headLength += take;
                    }

                    size += read;
                    if (size > options.Value.MaxBytes)
                    {
                        throw new FileRejectedException($"Tệp \"{safeName}\" lớn quá {options.Value.MaxBytes / 1024 / 1024} MB.");
                    }

                    sha.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            if (size == 0)
            {
                throw new FileRejectedException($"Tệp \"{safeName}\" rỗng.");
            }

            var extension = detect(head.AsSpan(0, headLength), safeName)
                ?? throw new FileRejectedException($"Tệp \"{safeName}\" không phải PDF, JPEG, PNG hay tài liệu Word/Excel (.docx, .xlsx).");
            var key = $"{now.Year:0000}/{now.Month:00}/{Guid.NewGuid():N}{extension}";
            File.Move(temp, Path.Combine(Root, key.Replace('/', Path.DirectorySeparatorChar)));
            return new FileRecord(safeName, key, Convert.ToHexStringLower(sha.GetHashAndReset()), size);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    public Stream? Open(string storageKey)
    {
        var path = PathOf(storageKey);
        return path is not null && File.Exists(path) ? File.OpenRead(path) : null;
    }

    public void Delete(string storageKey)
    {
        var path = PathOf(storageKey);
        if (path is not null && File.Exists(path))
        {
            File.Delete(path);
        }
    }

    /// <summary>The path of a key, refusing anything that would leave the root (no "../").</summary>
    private string? PathOf(string storageKey)
    {
        var full = Path.GetFullPath(Path.Combine(Root, storageKey.Replace('/', Path.DirectorySeparatorChar)));
        return full.StartsWith(Path.GetFullPath(Root) + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }
}

/// <summary>The accepted file types, recognised by their first bytes.</summary>
public static class FileTypes
{
    /// <summary>".pdf", ".jpg", ".png", or ".docx"/".xlsx" (a zip container named so), or null.</summary>
    public static string? Detect(ReadOnlySpan<byte> head, string fileName) => head switch
    {
        [0x25, 0x50, 0x44, 0x46, ..] => ".pdf",
        [0xFF, 0xD8, 0xFF, ..] => ".jpg",
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => ".png",
        [0x50, 0x4B, 0x03, 0x04, ..] when Path.GetExtension(fileName).ToLowerInvariant() is ".docx" or ".xlsx" => Path.GetExtension(fileName).ToLowerInvariant(),
        _ => null,
    };

    /// <summary>The content type to serve a stored file with.</summary>
    public static string ContentType(string storageKey) => Path.GetExtension(storageKey).ToLowerInvariant() switch
    {
        ".pdf" => "application/pdf",
        ".jpg" => "image/jpeg",
        ".png" => "image/png",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".p7s" => "application/pkcs7-signature",
        _ => "application/octet-stream",
    };
}
