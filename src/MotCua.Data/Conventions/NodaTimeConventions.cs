using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace MotCua.Data.Conventions;

/// <summary>
/// NodaTime types mapped to BCL types that both providers store and compare natively:
/// <see cref="Instant"/> → UTC <see cref="DateTime"/> (PostgreSQL <c>timestamptz</c>, SQLite ISO text that
/// sorts correctly), <see cref="LocalDate"/> → <see cref="DateOnly"/> (<c>date</c> / <c>yyyy-MM-dd</c> text),
/// <see cref="LocalTime"/> → <see cref="TimeOnly"/>. No provider plug-in is needed, so the model is the same
/// on both (ADR 0003).
/// </summary>
public static class NodaTimeConventions
{
    public static void Apply(ModelConfigurationBuilder builder)
    {
        builder.Properties<Instant>().HaveConversion<InstantConverter>();
        builder.Properties<LocalDate>().HaveConversion<LocalDateConverter>();
        builder.Properties<LocalTime>().HaveConversion<LocalTimeConverter>();
    }

    public sealed class InstantConverter() : ValueConverter<Instant, DateTime>(
        instant => instant.ToDateTimeUtc(),
        dateTime => Instant.FromDateTimeUtc(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc)));

    public sealed class LocalDateConverter() : ValueConverter<LocalDate, DateOnly>(
        date => date.ToDateOnly(),
        dateOnly => LocalDate.FromDateOnly(dateOnly));

    public sealed class LocalTimeConverter() : ValueConverter<LocalTime, TimeOnly>(
        time => time.ToTimeOnly(),
        timeOnly => LocalTime.FromTimeOnly(timeOnly));
}
