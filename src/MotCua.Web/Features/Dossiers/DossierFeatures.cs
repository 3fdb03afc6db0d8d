using MotCua.Web.Features.Dossiers.Actions;
using MotCua.Web.Features.Dossiers.Audit;
using MotCua.Web.Features.Dossiers.Intake;
using MotCua.Web.Features.Dossiers.Notifications;
using MotCua.Web.Features.Dossiers.Queries;
using MotCua.Web.Features.Dossiers.Warnings;
using MotCua.Web.Features.Notifications;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Dossiers;

public static class DossierFeatures
{
    public static IServiceCollection AddDossierFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IProcedureTermsSource, CatalogTermsSource>();
        services.AddScoped<DossierStore>();
        services.AddScoped<DossierCodes>();
        services.AddScoped<DossierVisibility>();
        services.AddScoped<DossierIntake>();
        services.AddScoped<DossierActions>();
        services.AddScoped<DossierQueries>();
        services.AddScoped<DossierNotifications>();
        services.AddScoped<DossierWarnings>();
        services.AddScoped<VerifyEventLog>();
        services.AddScoped<Import.ImportDossiers>();
        services.AddScoped<Demo.DemoDossierGenerator>();
        services.AddScoped<CurrentStaff>();
        services.Configure<WarningOptions>(configuration.GetSection("MotCua:Warnings"));

        services.Configure<MailOptions>(configuration.GetSection("MotCua:Mail"));
        services.AddScoped<NotificationDispatcher>();
        if (string.IsNullOrWhiteSpace(configuration["MotCua:Mail:Smtp:Host"]))
        {
            services.AddSingleton<IEmailSender, FileDropEmailSender>();
        }
        else
        {
            services.AddSingleton<IEmailSender, SmtpEmailSender>();
        }

        services.AddSingleton<ISmsSender, LogSmsSender>();

        services.Configure<Infrastructure.Files.FileStoreOptions>(configuration.GetSection("MotCua:Files"));
        services.AddSingleton<Infrastructure.Files.IFileStore, Infrastructure.Files.LocalDiskFileStore>();
        services.Configure<Infrastructure.Signing.SigningOptions>(configuration.GetSection("MotCua:Signing"));
        services.AddSingleton<Infrastructure.Signing.IDocumentSigner, Infrastructure.Signing.LocalCertificateSigner>();
        services.AddSingleton<Infrastructure.NationalData.INationalDataStore, Infrastructure.NationalData.LocalNationalDataStore>();
        return services;
    }
}
