using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Logging.Console;
using MotCua.Domain.Organization;
using MotCua.Web.Features.Account;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Feedback;
using MotCua.Web.Features.Calendar;
using MotCua.Web.Features.Health;
using MotCua.Web.Features.Payments;
using MotCua.Web.Features.Reform;
using MotCua.Web.Features.Procedures;
using MotCua.Web.Features.Units;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace MotCua.Web.Infrastructure;

/// <summary>The web host: pages, APIs, security, localisation. Kept in one place so Program.cs stays short.</summary>
public static class WebHost
{
    public const string StaffPolicy = "Staff";
    public const string AdministratorPolicy = "Administrator";

    public static readonly CultureInfo[] SupportedCultures = [CultureInfo.GetCultureInfo("vi-VN"), CultureInfo.GetCultureInfo("en")];

    public static void AddMotCuaWeb(this WebApplicationBuilder builder)
    {
        // The defaults shipped next to the binary apply whatever the working directory (lowest precedence).
        var shipped = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        if (File.Exists(shipped) && !File.Exists(Path.Combine(builder.Environment.ContentRootPath, "appsettings.json")))
        {
            ((IConfigurationBuilder)builder.Configuration).Sources.Insert(0, new Microsoft.Extensions.Configuration.Json.JsonConfigurationSource
            {
                Path = "appsettings.json",
                Optional = true,
                FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(AppContext.BaseDirectory),
            });
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "HH:mm:ss ";
            console.ColorBehavior = LoggerColorBehavior.Disabled;
        });

        var services = builder.Services;
        services.AddMotCuaCore(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddHostedService<DatabaseStartup>();
        services.AddHostedService<StartupBanner>();
        // Background jobs (notification dispatch, deadline warnings, reform-task reminders); tests turn them off and run them explicitly.
        if (builder.Configuration.GetValue("MotCua:Jobs:Enabled", true))
        {
            services.AddHostedService<Features.Notifications.NotificationWorker>();
            services.AddHostedService<Features.Dossiers.Warnings.DossierWarningWorker>();
            services.AddHostedService<Features.Reform.Reminders.ReformReminderWorker>();
            services.AddHostedService<Features.Payments.Reconcile.PaymentReconciliationWorker>();
            services.AddHostedService<Features.Feedback.Warnings.FeedbackWarningWorker>();
        }

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/Account/Login";
            cookie.LogoutPath = "/Account/Logout";
            cookie.AccessDeniedPath = "/Account/Denied";
            cookie.Cookie.Name = "motcua.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = builder.Environment.IsDevelopment() || builder.Environment.IsEnvironment("Testing")
                ? CookieSecurePolicy.SameAsRequest
                : CookieSecurePolicy.Always;
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(10);
            cookie.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
        });
        // The account behind a session (unit, roles, security stamp) is read again this often; between two reads requests
        // use the cookie's claims (StaffClaims, ADR 0073).
        services.Configure<SecurityStampValidatorOptions>(validator => validator.ValidationInterval = StaffClaims.RevalidateAfter(builder.Configuration));
        services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicy, policy => policy.RequireRole([.. Roles.Staff]))
            .AddPolicy(AdministratorPolicy, policy => policy.RequireRole(Roles.Administrator));
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "motcua.af";
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(localization =>
        {
            localization.DefaultRequestCulture = new RequestCulture("vi-VN");
            localization.SupportedCultures = SupportedCultures;
            localization.SupportedUICultures = SupportedCultures;
            localization.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider { CookieName = CultureSwitch.CookieName },
            ];
        });

        services.AddRazorPages(pages =>
            {
                pages.RootDirectory = "/Features";
                pages.Conventions.AuthorizeFolder("/Units", StaffPolicy);
                pages.Conventions.AuthorizeFolder("/Workspace", StaffPolicy);
                pages.Conventions.AuthorizeFolder("/Reform", StaffPolicy);
                pages.Conventions.AuthorizeFolder("/Procedures/Manage", ProcedureFeatures.EditorPolicy);
                pages.Conventions.AuthorizeFolder("/Dossiers/Forms", StaffPolicy);
                pages.Conventions.AuthorizeFolder("/Feedback/Manage", StaffPolicy);
                pages.Conventions.AuthorizeFolder("/Feedback/Mine");
                pages.Conventions.AuthorizeFolder("/Satisfaction");
                pages.Conventions.AuthorizeFolder("/Satisfaction/Kiosk", StaffPolicy);
                pages.Conventions.AuthorizeFolder("/Satisfaction/Ratings", StaffPolicy);
                pages.Conventions.AuthorizeFolder("/Portal", Features.Portal.PortalFeatures.CitizenPolicy);
                pages.Conventions.AllowAnonymousToFolder("/Portal/Lookup");
            })
            .AddViewLocalization();

        // Vietnamese letters are written as themselves, not as &#x...; entities (pages stay small).
        services.AddWebEncoders(encoders => encoders.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddMemoryCache();
        services.AddScoped<Features.Shared.ProvinceInfo>();
        services.AddProblemDetails();
        services.AddOpenApi();
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
            json.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
        });
    }

    public static void UseMotCuaWeb(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (!app.Environment.IsDevelopment() && !app.Environment.IsEnvironment("Testing"))
        {
            app.UseHsts();
        }

        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapOpenApi();
        app.MapHealthApi();
        app.MapAccountApi();
        app.MapUnitsApi();
        app.MapDossiersApi();
        app.MapReformApi();
        app.MapCalendarApi();
        app.MapProceduresApi();
        app.MapPaymentsApi();
        app.MapFeedbackApi();
        app.MapRazorPages();
    }

    /// <summary>API callers get a status code with ProblemDetails; people get the login page.</summary>
    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
            return Results.Problem(
                statusCode: status,
                title: status == StatusCodes.Status401Unauthorized ? "Cần đăng nhập" : "Không có quyền truy cập").ExecuteAsync(context.HttpContext);
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
