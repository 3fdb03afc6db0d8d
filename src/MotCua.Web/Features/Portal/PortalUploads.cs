using MotCua.Domain.Dossiers;
using MotCua.Web.Infrastructure.Files;

namespace MotCua.Web.Features.Portal;

/// <summary>A file as the browser sent it (the page wraps <c>IFormFile</c>; tests pass streams).</summary>
public sealed record UploadedFile(string FileName, Func<Stream> Open);

/// <summary>
/// Files stored for one citizen request: each is checked and stored through <see cref="IFileStore"/>, and all of
/// them are deleted again with <see cref="DeleteAll"/> when the request does not go through, so a failed
/// submission leaves no file behind.
/// </summary>
public sealed class PortalUploads(IFileStore files, ILogger<PortalUploads> logger)
{
    private readonly List<FileRecord> _stored = [];

    /// <summary>Stores one file; a refused file (size, type, empty) or a disk failure gives a Vietnamese message
    /// instead of the record.</summary>
    public async Task<(FileRecord? File, string? Problem)> SaveAsync(UploadedFile upload, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = upload.Open();
            var record = await files.SaveAsync(stream, upload.FileName, cancellationToken);
            _stored.Add(record);
            return (record, null);
        }
        catch (FileRejectedException ex)
        {
            return (null, ex.Message);
        }
        catch (IOException ex)
        {
            logger.LogError(ex, "Storing an uploaded file failed");
            return (null, $"Không lưu được tệp \"{Path.GetFileName(upload.FileName)}\". Vui lòng thử lại.");
        }
    }

    /// <summary>Deletes every file stored so far (nothing points to them).</summary>
    public void DeleteAll()
    {
        foreach (var file in _stored)
        {
            try
            {
                files.Delete(file.StorageKey);
            }
            catch (IOException ex)
            {
                logger.LogError(ex, "Could not delete an orphan upload {Key}", file.StorageKey);
            }
        }

        _stored.Clear();
    }
}
