using System.Text.RegularExpressions;
using MotCua.Domain.Text;

namespace MotCua.Domain.Dossiers;

/// <summary>An applicant as typed at a counter or in the portal (not yet checked).</summary>
public sealed record ApplicantInput(string? FullName, string? IdNumber, string? Phone, string? Email, string? Address, int Kind = 0);

/// <summary>Checks and normalises applicant data; messages in Vietnamese, one per field.</summary>
public static partial class ApplicantRules
{
    /// <summary>Returns the normalised applicant, or the problems keyed by field name.</summary>
    public static (DossierApplicant? Applicant, IReadOnlyDictionary<string, string> Problems) Check(ApplicantInput input)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var name = VietnameseText.Normalize(input.FullName);
        if (string.IsNullOrEmpty(name))
        {
            problems[nameof(input.FullName)] = "Vui lòng nhập họ tên người nộp (hoặc tên tổ chức).";
        }
        else if (name.Length > 300)
        {
            problems[nameof(input.FullName)] = "Họ tên dài quá 300 ký tự.";
        }

        var id = input.IdNumber?.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (!string.IsNullOrEmpty(id) && !IdPattern().IsMatch(id))
        {
            problems[nameof(input.IdNumber)] = input.Kind == 1
                ? "Mã số doanh nghiệp/mã số thuế gồm 10 hoặc 13 chữ số."
                : "Số định danh cá nhân (CCCD) gồm 12 chữ số; chứng minh nhân dân cũ gồm 9 chữ số.";
        }

        var phone = NormalizePhone(input.Phone);
        if (!string.IsNullOrEmpty(input.Phone) && phone is null)
        {
            problems[nameof(input.Phone)] = "Số điện thoại không hợp lệ (ví dụ 0912 345 678).";
        }

        var email = input.Email?.Trim();
        if (!string.IsNullOrEmpty(email) && (email.Length > 256 || !EmailPattern().IsMatch(email)))
        {
            problems[nameof(input.Email)] = "Địa chỉ thư điện tử không hợp lệ.";
        }

        if (string.IsNullOrEmpty(id) && phone is null)
        {
            problems[nameof(input.Phone)] = "Cần số điện thoại hoặc số giấy tờ để tra cứu, nhận thông báo.";
        }

        var address = VietnameseText.Normalize(input.Address);
        if (address is { Length: > 500 })
        {
            problems[nameof(input.Address)] = "Địa chỉ dài quá 500 ký tự.";
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        return (new DossierApplicant
        {
            FullName = name!,
            IdNumber = string.IsNullOrEmpty(id) ? null : id,
            Phone = phone,
            Email = string.IsNullOrEmpty(email) ? null : email,
            Address = address,
            Kind = input.Kind is 1 ? 1 : 0,
        }, problems);
    }

    /// <summary>A Vietnamese mobile or landline number as 0XXXXXXXXX (10–11 digits), or null.</summary>
    public static string? NormalizePhone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var digits = new string([.. phone.Where(char.IsAsciiDigit)]);
        if (phone.TrimStart().StartsWith('+') && digits.StartsWith("84", StringComparison.Ordinal))
        {
            digits = "0" + digits[2..];
        }

        return PhonePattern().IsMatch(digits) ? digits : null;
    }

    /// <summary>The last digits only, for showing a phone on screen without disclosing it ("•••• 678").</summary>
    public static string Mask(string? value) =>
        string.IsNullOrEmpty(value) ? string.Empty : value.Length <= 3 ? "•••" : "•••• " + value[^3..];

    [GeneratedRegex("^([0-9]{9}|[0-9]{10}|[0-9]{12}|[0-9]{13})$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^0[0-9]{9,10}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")]
    private static partial Regex EmailPattern();
}
