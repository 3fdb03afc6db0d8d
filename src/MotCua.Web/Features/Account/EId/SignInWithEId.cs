using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Data.Identity;
using MotCua.Domain.Organization;
using MotCua.Domain.Text;

namespace MotCua.Web.Features.Account.EId;

/// <summary>Outcome of an e-ID sign-in: the account signed in, or why not (localised).</summary>
public sealed record EIdSignInResult(UserAccount? Account, string? Error)
{
    public bool Succeeded => Account is not null;
}

/// <summary>
/// Signs a person in with an identity the national e-ID confirmed: the account that holds her ID number, else the
/// citizen account she is signed in with now (linked), else a new citizen account. Her name is taken from the
/// e-ID and the account is marked verified. Staff accounts do not sign in this way.
/// </summary>
public sealed class SignInWithEId(UserManager<UserAccount> users, SignInManager<UserAccount> signIn, IStringLocalizer<AccountText> text)
{
    public async Task<EIdSignInResult> RunAsync(NationalIdentity identity, string? currentUserId, CancellationToken cancellationToken)
    {
        var name = VietnameseText.Normalize(identity.FullName);
        if (string.IsNullOrEmpty(name) || identity.IdNumber.Length != 12 || !identity.IdNumber.All(char.IsAsciiDigit))
        {
            return new(null, text["EId.Failed"]);
        }

        var account = await users.Users.FirstOrDefaultAsync(u => u.IdNumber == identity.IdNumber, cancellationToken);
        if (account is null && currentUserId is not null && await users.FindByIdAsync(currentUserId) is { } current
            && current.IdNumber is null && await users.IsInRoleAsync(current, Roles.Citizen))
        {
            account = current;
        }

        if (account is not null && account.UnitId is not null)
        {
            return new(null, text["EId.StaffAccount"]);
        }

        if (account is null)
        {
            account = new UserAccount { UserName = "vneid." + identity.IdNumber };
            Apply(account, identity.IdNumber, name);
            var created = await users.CreateAsync(account);
            if (!created.Succeeded || !(await users.AddToRoleAsync(account, Roles.Citizen)).Succeeded)
            {
                return new(null, text["EId.Failed"]);
            }
        }
        else
        {
            Apply(account, identity.IdNumber, name);
            if (!(await users.UpdateAsync(account)).Succeeded)
            {
                return new(null, text["EId.Taken"]);
            }
        }

        await signIn.SignInAsync(account, isPersistent: false, authenticationMethod: "vneid");
        return new(account, null);
    }

    private static void Apply(UserAccount account, string idNumber, string name)
    {
        account.IdNumber = idNumber;
        account.FullName = name;
        account.VerifiedByEId = true;
    }
}
