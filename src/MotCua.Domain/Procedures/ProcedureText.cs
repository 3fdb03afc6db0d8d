using System.Globalization;
using MotCua.Domain.Calendar;

namespace MotCua.Domain.Procedures;

/// <summary>How catalog facts read in Vietnamese (vi-VN number format: "8.000 đồng").</summary>
public static class ProcedureText
{
    /// <summary>"8.000 đồng"; 0 reads "Miễn phí".</summary>
    public static string Money(long amount) =>
        amount == 0 ? "Miễn phí" : amount.ToString("#,0", VietnamTime.Culture) + " đồng";

    /// <summary>"3 ngày làm việc" and the like.</summary>
    public static string Time(Deadline deadline) => deadline.ToString();

    public static string Component(ComponentSpec component) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{(component.Code is null ? "" : component.Code + ". ")}{component.Name} — {component.Originals} bản chính, {component.Copies} bản sao{(component.Required ? "" : " (nếu có)")}{(component.Form is null ? "" : "; mẫu: " + component.Form)}");

    public static string Fee(FeeSpec fee) =>
        $"{fee.Name}: {Money(fee.Amount)}{(fee.Note is null ? "" : " (" + fee.Note + ")")}";

    public static string LegalBasis(LegalBasisSpec basis) =>
        $"{basis.Code}{(basis.Name is null ? "" : " " + basis.Name)}{(basis.EffectiveFrom is { } d ? ", hiệu lực từ " + d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : "")}";

    public static string Step(StepSpec step) =>
        string.Create(CultureInfo.InvariantCulture,
            $"Bước {step.Order}: {step.Name} — {step.UnitCode ?? "cơ quan giải quyết"}{(step.Role is null ? "" : " / " + step.Role)} — {step.Share}");
}
