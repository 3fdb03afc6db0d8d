using NodaTime;

namespace MotCua.Domain.Portal;

/// <summary>Where a paper in a citizen's "my documents" store came from.</summary>
public enum CitizenDocumentKind
{
    /// <summary>Uploaded by the citizen (with a dossier, or on its own).</summary>
    Upload = 0,

    /// <summary>An electronic result issued to her.</summary>
    Result = 1,
}

/// <summary>
/// A paper in a citizen's "my documents" store (kho giấy tờ của tôi): a file she uploaded before, so that she can
/// reuse it in a later dossier instead of uploading it again (Decree 45/2020/NĐ-CP, Art. 11 on reusing digitized
/// papers; 766 indicator on reuse). The file itself is in the file store; this row only points to it.
/// </summary>
public sealed class CitizenDocument
{
    public Guid Id { get; set; }

    /// <summary>The owning account; nobody else sees the document.</summary>
    public string UserId { get; set; } = string.Empty;

    public CitizenDocumentKind Kind { get; set; }

    /// <summary>What the paper is ("Giấy chứng sinh"), NFC.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>The file's original name.</summary>
    public string FileName { get; set; } = string.Empty;

    public string StorageKey { get; set; } = string.Empty;

    public string Sha256 { get; set; } = string.Empty;

    public long Size { get; set; }

    /// <summary>The dossier it was first uploaded with, if any.</summary>
    public string? DossierCode { get; set; }

    public Instant AddedAt { get; set; }
}
