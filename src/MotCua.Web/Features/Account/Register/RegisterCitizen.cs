using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using MotCua.Data.Identity;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Organization;
using MotCua.Domain.Text;

namespace MotCua.Web.Features.Account.Register;

/// <summary>A registration as typed in the form.</summary>
public sealed record RegisterRequest(string? FullName, string? Contact, string? Password, string? ConfirmPassword);

/// <summary>The new account, or the problems keyed by field.</summary>
public sealed record RegisterResult(UserAccount? Account, IReadOnlyDictionary<string, string> Problems)
{
    public bool Succeeded => Account is not null;
}

/// <summary>
/// Citizen registration with a phone number or an e-mail address, which becomes the user name (a phone as
/// 0XXXXXXXXX, an e-mail in lower case), so the citizen signs in with what she typed. The password policy and
/// lockout are Identity's, as configured for every account; messages are localised.
/// </summary>
public sealed class RegisterCitizen(UserManager<UserAccount> users, IStringLocalizer<AccountText> text)
{
    public async Task<RegisterResult> RunAsync(RegisterRequest request)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var name = VietnameseText.Normalize(request.FullName);
        if (string.IsNullOrEmpty(name))
        {
            problems[nameof(request.FullName)] = text["Register.NameRequired"];
        }
        else if (name.Length > 200)
        {
            problems[nameof(request.FullName)] = text["Register.NameTooLong"];
        }

        var (userName, phone, email) = Contact(request.Contact);
        if (string.IsNullOrWhiteSpace(request.Contact))
        {
            problems[nameof(request.Contact)] = text["Register.ContactRequired"];
        }
        else if (userName is null)
        {
            problems[nameof(request.Contact)] = text["Register.ContactInvalid"];
        }
        else if (await users.FindByNameAsync(userName) is not null)
        {
            problems[nameof(request.Contact)] = text["Register.ContactTaken"];
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            problems[nameof(request.Password)] = text["Register.PasswordRequired"];
        }
        else
        {
            var account = new UserAccount { UserName = userName ?? "x" };
            foreach (var validator in users.PasswordValidators)
            {
                var check = await validator.ValidateAsync(users, account, request.Password);
                if (!check.Succeeded)
                {
                    problems[nameof(request.Password)] = string.Join(" ", check.Errors.Select(e => e.Description));
                    break;
                }
            }

            if (!problems.ContainsKey(nameof(request.Password)) && request.Password != request.ConfirmPassword)
            {
                problems[nameof(request.ConfirmPassword)] = text["Register.ConfirmMismatch"];
            }
        }

        if (problems.Count > 0)
        {
            return new(null, problems);
        }

        var user = new UserAccount { UserName = userName, FullName = name!, PhoneNumber = phone, Email = email };
        var created = await users.CreateAsync(user, request.Password!);
        if (!created.Succeeded)
        {
            problems[nameof(request.Contact)] = string.Join(" ", created.Errors.Select(e => e.Description));
            return new(null, problems);
        }

        await users.AddToRoleAsync(user, Roles.Citizen);
        return new(user, problems);
    }

    /// <summary>The user name, phone and e-mail a contact gives (all null when it is neither).</summary>
    public static (string? UserName, string? Phone, string? Email) Contact(string? contact)
    {
        var value = contact?.Trim() ?? string.Empty;
        if (value.Contains('@', StringComparison.Ordinal))
        {
            var (applicant, problems) = ApplicantRules.Check(new ApplicantInput("x", null, null, value, null));
            return applicant is not null || !problems.ContainsKey(nameof(ApplicantInput.Email))
                ? (value.ToLowerInvariant(), null, value)
                : (null, null, null);
        }

        return ApplicantRules.NormalizePhone(value) is { } phone ? (phone, phone, null) : (null, null, null);
    }
}
