using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using MotCua.Data;
using MotCua.Data.Identity;
using MotCua.Web.Features.Account;
using MotCua.Web.Features.Portal;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Dossiers.Forms;
using MotCua.Web.Features.Payments;
using MotCua.Web.Features.Sync;
using MotCua.Web.Features.Feedback;
using MotCua.Web.Features.Reform;
using MotCua.Web.Features.Calendar;
using MotCua.Web.Features.Procedures;
using MotCua.Web.Features.Satisfaction;
using MotCua.Web.Features.Units;
using MotCua.Web.Infrastructure.Seeding;
using NodaTime;

namespace MotCua.Web.Infrastructure;

/// <summary>The composition root shared by the web host and the <c>motcua</c> command: configuration,
/// clock, database and the use cases. The web host adds pages, APIs and security on top.</summary>
public static class CoreServices
{
    /// <summary>Registers MotCua's core services. Throws <see cref="StartupException"/> with a readable
    /// message when the configuration is wrong.</summary>
    public static DatabaseSettings AddMotCuaCore(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(MotCuaOptions.Section).Get<MotCuaOptions>() ?? new MotCuaOptions();
        var dataFolder = DataFolder.Resolve(options.DataFolder, contentRoot);
        var connectionString = configuration.GetConnectionString("MotCua");
        var provider = configuration["MotCua:Database:Provider"];
        var settings = DatabaseSettings.From(provider, connectionString, dataFolder);

        services.Configure<MotCuaOptions>(configuration.GetSection(MotCuaOptions.Section));
        services.AddSingleton(settings);
        services.AddSingleton(new DataFolderPath(dataFolder));
#pragma warning disable RS0030 // The composition root is the one place that names the system clock.
        services.AddSingleton<IClock>(SystemClock.Instance);
#pragma warning restore RS0030
        services.AddDbContextPool<MotCuaDbContext>(settings.Configure);
        // Keys for cookies and tokens survive restarts; they live in the data folder, never in the repository.
        services.AddDataProtection()
            .SetApplicationName("MotCua")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataFolder, "keys")));

        services.AddIdentityCore<UserAccount>(identity =>
            {
                identity.Password.RequiredLength = 10;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.Lockout.AllowedForNewUsers = true;
                identity.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole<string>>()
            .AddEntityFrameworkStores<MotCuaDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<StaffClaims>();

        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<AreaSeeder>();
        services.AddScoped<DemoProvinceSeeder>();
        services.AddScoped<DemoCatalogSeeder>();
        services.AddAccountFeatures(configuration);
        services.AddPortalFeatures();
        services.AddUnitFeatures();
        services.AddDossierFeatures(configuration);
        services.AddFormFeatures(configuration);
        services.AddPaymentFeatures(configuration);
        services.AddSyncFeatures();
        services.AddReformFeatures(configuration);
        services.AddCalendarFeatures();
        services.AddProcedureFeatures();
        services.AddFeedbackFeatures(configuration);
        services.AddSatisfactionFeatures();
        return settings;
    }
}

/// <summary>The resolved writable data folder.</summary>
public sealed record DataFolderPath(string Path);
