using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Payments;

namespace MotCua.Data.Configurations;

internal sealed class PaymentOrderConfiguration : IEntityTypeConfiguration<PaymentOrder>
{
    public void Configure(EntityTypeBuilder<PaymentOrder> builder)
    {
        builder.ToTable("PaymentOrders");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.HasOne<Dossier>().WithMany().HasForeignKey(o => o.DossierId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(o => o.Gateway).HasMaxLength(32);
        builder.Property(o => o.GatewayReference).HasMaxLength(100);
        builder.Property(o => o.RedirectUrl).HasMaxLength(1000);
        builder.Property(o => o.Note).HasMaxLength(500);
        builder.Property(o => o.CreatedBy).HasMaxLength(450);
        // Two notices processed at once cannot both move the order (the second re-reads and finds it moved).
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.Ignore(o => o.IsOpen);
        builder.HasIndex(o => new { o.DossierId, o.CreatedAt });
        builder.HasIndex(o => new { o.State, o.ExpiresAt });
        builder.HasIndex(o => new { o.Gateway, o.GatewayReference });
    }
}

internal sealed class PaymentNoticeRecordConfiguration : IEntityTypeConfiguration<PaymentNoticeRecord>
{
    public void Configure(EntityTypeBuilder<PaymentNoticeRecord> builder)
    {
        builder.ToTable("PaymentNotices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Gateway).HasMaxLength(32);
        builder.Property(n => n.NoticeId).HasMaxLength(100);
        // A notice id seen twice is a replay: the database refuses the second one.
        builder.HasIndex(n => new { n.Gateway, n.NoticeId }).IsUnique();
        builder.HasIndex(n => n.OrderId);
    }
}

internal sealed class PaymentReceiptConfiguration : IEntityTypeConfiguration<PaymentReceipt>
{
    public void Configure(EntityTypeBuilder<PaymentReceipt> builder)
    {
        builder.ToTable("PaymentReceipts");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<Dossier>().WithMany().HasForeignKey(r => r.DossierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PaymentOrder>().WithMany().HasForeignKey(r => r.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.TemplateSymbol).HasMaxLength(32);
        builder.Property(r => r.Series).HasMaxLength(32);
        builder.Property(r => r.LinesJson).HasColumnType("text");
        builder.Property(r => r.IssuedBy).HasMaxLength(300);
        builder.Ignore(r => r.DisplayNumber);
        builder.HasIndex(r => new { r.Series, r.Year, r.Number }).IsUnique();
        // One receipt per payment event.
        builder.HasIndex(r => new { r.DossierId, r.EventSequence }).IsUnique();
        builder.HasIndex(r => r.OrderId).IsUnique();
    }
}

internal sealed class PaymentReceiptCounterConfiguration : IEntityTypeConfiguration<PaymentReceiptCounter>
{
    public void Configure(EntityTypeBuilder<PaymentReceiptCounter> builder)
    {
        builder.ToTable("PaymentReceiptCounters");
        builder.HasKey(c => new { c.Series, c.Year });
        builder.Property(c => c.Series).HasMaxLength(32);
    }
}
