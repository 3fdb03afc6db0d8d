using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Payments.Gateways;
using MotCua.Web.Features.Payments.Notices;
using MotCua.Web.Features.Payments.Orders;
using MotCua.Web.Features.Payments.Receipts;
using MotCua.Web.Features.Payments.Reconcile;

namespace MotCua.Web.Features.Payments;

public static class PaymentFeatures
{
    /// <summary>Fees and online payment (issue 7 §1): gateways, orders, notices, reconciliation, receipts.</summary>
    public static IServiceCollection AddPaymentFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PaymentOptions>(configuration.GetSection(PaymentOptions.Section));
        services.AddSingleton<GatewaySecrets>();
        // Like the e-ID simulator: on with the demo unless said otherwise, so a production deployment (demo off) never
        // offers a simulated bank that "pays" anything.
        if (configuration.GetValue($"{PaymentOptions.Section}:LocalGateway:Enabled", configuration.GetValue("MotCua:Demo:Enabled", true)))
        {
            foreach (var factory in LocalPaymentGateway.Factories())
            {
                services.AddSingleton(factory);
            }
        }

        services.AddScoped<PaymentGateways>();
        services.AddScoped<PaymentQueries>();
        services.AddScoped<PaymentOrders>();
        services.AddScoped<PaymentNotices>();
        services.AddScoped<ReconcilePayments>();
        services.AddScoped<IPaymentRecords, PaymentRecords>();
        services.AddScoped<PaymentReceipts>();
        return services;
    }
}
