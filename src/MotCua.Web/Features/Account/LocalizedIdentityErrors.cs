using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace MotCua.Web.Features.Account;

/// <summary>Identity's messages that reach people (password policy, user names), in the page's language.</summary>
public sealed class LocalizedIdentityErrors(IStringLocalizer<AccountText> text) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), text["Password.TooShort", length]);

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), text["Password.Digit"]);

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), text["Password.Lower"]);

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), text["Password.Upper"]);

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), text["Password.NonAlphanumeric"]);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), text["Password.Unique", uniqueChars]);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), text["User.Duplicate"]);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), text["User.Invalid"]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
