using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.EventLog;

namespace MotCua.Data.Configurations;

/// <summary>The append-only event log. Updates and deletes are refused by triggers created in the migrations
/// of both providers (see the "EventLog" migrations) and by <see cref="Interceptors.AppendOnlyInterceptor"/>.</summary>
internal sealed class LoggedEventConfiguration : IEntityTypeConfiguration<LoggedEvent>
{
    public const string Table = "EventLog";

    public void Configure(EntityTypeBuilder<LoggedEvent> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.HasIndex(e => new { e.StreamKind, e.StreamId, e.Sequence }).IsUnique();
        builder.HasIndex(e => e.OccurredAt);
        builder.Property(e => e.Type).HasMaxLength(40);
        builder.Property(e => e.ActorId).HasMaxLength(450);
        builder.Property(e => e.ActorName).HasMaxLength(300);
        builder.Property(e => e.UnitCode).HasMaxLength(32);
        builder.Property(e => e.Reason).HasMaxLength(4000);
        builder.Property(e => e.Data).HasColumnType("text");
        builder.Property(e => e.PreviousHash).HasMaxLength(64).IsFixedLength();
        builder.Property(e => e.Hash).HasMaxLength(64).IsFixedLength();
    }
}
