using Microsoft.AspNetCore.Identity;
using MotCua.Domain.Organization;
using MotCua.Web.Features.Account.EId;
using MotCua.Web.Features.Account.Register;

namespace MotCua.Web.Features.Account;

public static class AccountFeatures
{
    /// <summary>Who may turn on two-step verification: administrators, province leaders and unit leaders.</summary>
    public const string TwoFactorPolicy = "TwoFactorEligible";

    public static IServiceCollection AddAccountFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        // The CLI shares this composition (it creates accounts too), so localisation is registered here as well.
        services.AddLocalization();
        services.AddScoped<IdentityErrorDescriber, LocalizedIdentityErrors>();
        services.AddScoped<RegisterCitizen>();
        services.AddScoped<SignInWithEId>();
        services.AddAuthorizationBuilder()
            .AddPolicy(TwoFactorPolicy, policy => policy.RequireRole(Roles.Administrator, Roles.ProvinceLeader, Roles.UnitLeader));

        var options = configuration.GetSection("MotCua:NationalId").Get<NationalIdOptions>() ?? new NationalIdOptions();
        var provider = options.Provider?.Trim().ToLowerInvariant()
            ?? (configuration.GetValue("MotCua:Demo:Enabled", true) ? "local" : "none");
        switch (provider)
        {
            case "local":
                services.AddSingleton<LocalNationalIdProvider>();
                services.AddSingleton<INationalIdProvider>(sp => sp.GetRequiredService<LocalNationalIdProvider>());
                break;
            case "none" or "":
                break;
            default:
                throw new MotCua.Data.StartupException(
                    $"MotCua:NationalId:Provider \"{options.Provider}\" không hợp lệ: dùng \"local\" (chỉ để phát triển) hoặc \"none\".");
        }

        return services;
    }
}
