namespace MotCua.Web.Features.Payments;

/// <summary>UI strings of payments: PaymentsText.resx (Vietnamese) and PaymentsText.en.resx.</summary>
public sealed class PaymentsText;
