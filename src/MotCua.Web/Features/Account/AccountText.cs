namespace MotCua.Web.Features.Account;

/// <summary>Marker for the account pages' UI strings: AccountText.resx (Vietnamese) and AccountText.en.resx.</summary>
public sealed class AccountText;
