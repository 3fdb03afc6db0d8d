using System.Text.RegularExpressions;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Text;

namespace MotCua.Domain.Feedback;

/// <summary>The sender of a feedback as typed (not yet checked).</summary>
/// <param name="FullName">Optional: feedback may be sent without a name.</param>
/// <param name="Email">A contact for answers and for following it.</param>
/// <param name="Phone">A contact for answers and for following it.</param>
/// <param name="UserId">The signed-in citizen's account, if any.</param>
public sealed record SenderInput(string? FullName, string? Email, string? Phone, string? UserId);

/// <summary>Checks the sender: a name is optional; without an account she must leave an e-mail address or a phone
/// number, which is how she is told of the answer and how she follows the feedback (with its code).</summary>
public static partial class FeedbackSenderRules
{
    public static (FeedbackSender? Sender, IReadOnlyDictionary<string, string> Problems) Check(SenderInput input)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var name = VietnameseText.Normalize(input.FullName);
        if (name is { Length: > 300 })
        {
            problems[nameof(input.FullName)] = "Họ tên dài quá 300 ký tự.";
        }

        var email = input.Email?.Trim();
        if (!string.IsNullOrEmpty(email) && (email.Length > 256 || !EmailPattern().IsMatch(email)))
        {
            problems[nameof(input.Email)] = "Địa chỉ thư điện tử không hợp lệ.";
        }

        var phone = ApplicantRules.NormalizePhone(input.Phone);
        if (!string.IsNullOrWhiteSpace(input.Phone) && phone is null)
        {
            problems[nameof(input.Phone)] = "Số điện thoại không hợp lệ (ví dụ 0912 345 678).";
        }

        if (string.IsNullOrEmpty(input.UserId) && string.IsNullOrEmpty(email) && string.IsNullOrWhiteSpace(input.Phone))
        {
            problems[nameof(input.Email)] = "Để lại thư điện tử hoặc số điện thoại để nhận trả lời và tra cứu phản ánh (hoặc đăng nhập).";
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        return (new FeedbackSender
        {
            FullName = string.IsNullOrEmpty(name) ? null : name,
            Email = string.IsNullOrEmpty(email) ? null : email,
            Phone = phone,
            UserId = string.IsNullOrEmpty(input.UserId) ? null : input.UserId,
        }, problems);
    }

    /// <summary>True when <paramref name="contact"/> (an e-mail address, any case, or a phone number in any usual
    /// writing) is one of the sender's contacts.</summary>
    public static bool Matches(FeedbackSender sender, string? contact)
    {
        if (string.IsNullOrWhiteSpace(contact))
        {
            return false;
        }

        var value = contact.Trim();
        if (sender.Email is { } email && string.Equals(email, value, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return sender.Phone is { } phone && string.Equals(phone, ApplicantRules.NormalizePhone(value), StringComparison.Ordinal);
    }

    [GeneratedRegex("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")]
    private static partial Regex EmailPattern();
}
