using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Data.Identity;
using MotCua.Web.Infrastructure.Files;

namespace MotCua.Web.Features.Portal.Documents;

/// <summary>"My documents": the citizen's earlier uploads and electronic results, a download of each, and an
/// upload of a paper on its own (to reuse in later dossiers).</summary>
[RequestSizeLimit(Submit.IndexModel.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = Submit.IndexModel.MaxRequestBytes)]
public sealed class IndexModel(MyDocuments documents, IFileStore files, UserManager<UserAccount> users) : PageModel
{
    [BindProperty]
    public string? Title { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Added { get; set; }

    public IReadOnlyList<MyDocument> Items { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Items = await documents.ListAsync(users.GetUserId(User)!, cancellationToken);

    /// <summary>Downloads one of the citizen's documents (404 for anyone else's).</summary>
    public async Task<IActionResult> OnGetFileAsync(string id, CancellationToken cancellationToken)
    {
        var document = await documents.FindAsync(users.GetUserId(User)!, id, cancellationToken);
        return document is not null && files.Open(document.File.StorageKey) is { } stream
            ? File(stream, FileTypes.ContentType(document.File.StorageKey), document.File.Name)
            : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        var userId = users.GetUserId(User)!;
        var title = Domain.Text.VietnameseText.Normalize(Title);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(title))
        {
            errors[nameof(Title)] = "Vui lòng nhập tên giấy tờ (ví dụ: Căn cước công dân).";
        }
        else if (title.Length > 300)
        {
            errors[nameof(Title)] = "Tên giấy tờ dài quá 300 ký tự.";
        }

        if (file is not { Length: > 0 })
        {
            errors["File"] = "Vui lòng chọn tệp.";
        }

        if (errors.Count == 0)
        {
            try
            {
                await using var stream = file!.OpenReadStream();
                await documents.AddAsync(userId, title!, stream, file.FileName, cancellationToken);
                return Redirect("/Dossiers/Documents?added=true");
            }
            catch (FileRejectedException ex)
            {
                errors["File"] = ex.Message;
            }
        }

        Errors = errors;
        Items = await documents.ListAsync(userId, cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
