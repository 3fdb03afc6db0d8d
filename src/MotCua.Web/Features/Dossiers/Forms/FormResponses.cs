using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MotCua.Domain.Dossiers.Forms;

namespace MotCua.Web.Features.Dossiers.Forms;

/// <summary>What the form pages share: the PDF answer and the portal's address.</summary>
internal static class FormResponses
{
    /// <summary>The form as an inline PDF (never cached: it holds personal data), or 503 with a readable message
    /// when the server has no fonts.</summary>
    public static IActionResult Pdf(PageModel page, FormDocument form, FormOptions options, IStringLocalizer<FormsText> text)
    {
        byte[] bytes;
        try
        {
            FormFonts.Configure(options.FontFolder);
            bytes = FormPdf.Render(form);
        }
        catch (FormFontsMissingException)
        {
            return new ContentResult { StatusCode = StatusCodes.Status503ServiceUnavailable, Content = text["Forms.FontsMissing"], ContentType = "text/plain; charset=utf-8" };
        }

        page.Response.Headers.ContentDisposition = $"inline; filename=\"{form.FileName}.pdf\"";
        return new FileContentResult(bytes, "application/pdf");
    }

    /// <summary>The portal's public address: configured, else the one this request came to.</summary>
    public static string BaseUrl(HttpRequest request, IOptions<FormOptions> options) =>
        string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : options.Value.PublicBaseUrl.TrimEnd('/');

    public static void NoStore(HttpResponse response) => response.Headers.CacheControl = "no-store";
}
