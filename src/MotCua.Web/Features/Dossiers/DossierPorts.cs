using MotCua.Domain.Dossiers;
using NodaTime;

namespace MotCua.Web.Features.Dossiers;

/// <summary>What a dossier needs from the catalog: the terms of the procedure version in force on a date, and the
/// agency competent for it.</summary>
/// <param name="Terms">Processing time for the channel, process, fees.</param>
/// <param name="CompetentUnitCode">The agency that decides (for a commune-level procedure, the chosen commune).</param>
/// <param name="OnlineOffered">Whether the procedure can be submitted online at all.</param>
public sealed record ProcedureForDossier(ProcedureTerms Terms, string CompetentUnitCode, bool OnlineOffered);

/// <summary>Reads procedure terms from the catalog (implemented over the procedures feature).</summary>
public interface IProcedureTermsSource
{
    /// <summary>The version of <paramref name="procedureCode"/> in force on <paramref name="on"/>, for a dossier
    /// submitted through <paramref name="channel"/>; <paramref name="communeCode"/> chooses the competent commune for
    /// commune-level procedures. Null when the procedure is unknown or not in force.</summary>
    Task<ProcedureForDossier?> FindAsync(string procedureCode, LocalDate on, Channel channel, string? communeCode, CancellationToken cancellationToken);

    /// <summary>Like <see cref="FindAsync"/>, but when no version was in force on <paramref name="on"/> (history older
    /// than the catalog), the version nearest to that date. Used only to import history.</summary>
    Task<ProcedureForDossier?> FindNearestAsync(string procedureCode, LocalDate on, Channel channel, string? communeCode, CancellationToken cancellationToken);
}

/// <summary>
/// What the payments feature writes with a payment: the payment order (a counter payment gets one, already paid)
/// and the numbered electronic receipt. <see cref="DossierStore"/> calls it inside the transaction that appends the
/// <see cref="PaymentCompleted"/> event, so the event, the order and the receipt are written together or not at all.
/// </summary>
public interface IPaymentRecords
{
    /// <summary>Stages the rows for <paramref name="payment"/> (appended to <paramref name="dossier"/> at
    /// <paramref name="sequence"/>) in the current transaction; may take a receipt number from a counter.</summary>
    Task StageAsync(Dossier dossier, PaymentCompleted payment, int sequence, Actor actor, CancellationToken cancellationToken);
}
