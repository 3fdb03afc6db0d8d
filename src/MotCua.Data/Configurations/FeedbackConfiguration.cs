using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Feedback;

namespace MotCua.Data.Configurations;

/// <summary>The projection of a feedback's events (ADR 0091); its rows are written only by folding events.</summary>
internal sealed class FeedbackItemConfiguration : IEntityTypeConfiguration<FeedbackItem>
{
    public void Configure(EntityTypeBuilder<FeedbackItem> builder)
    {
        builder.ToTable("Feedback");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Code).HasMaxLength(32);
        builder.HasIndex(f => f.Code).IsUnique();
        builder.Property(f => f.Title).HasMaxLength(FeedbackRules.MaxTitleLength);
        builder.Property(f => f.Content).HasMaxLength(FeedbackRules.MaxContentLength);
        builder.Property(f => f.TextKey).HasMaxLength(FeedbackRules.MaxKeyLength);
        builder.Property(f => f.DossierCode).HasMaxLength(64);
        builder.Property(f => f.ProcedureCode).HasMaxLength(32);
        builder.Property(f => f.ProcedureName).HasMaxLength(1000);
        builder.Property(f => f.UnitCode).HasMaxLength(32);
        builder.Property(f => f.Answer).HasMaxLength(FeedbackRules.MaxAnswerLength);
        builder.Property(f => f.AnsweredBy).HasMaxLength(300);
        builder.Property(f => f.PublicTitle).HasMaxLength(FeedbackRules.MaxTitleLength);
        builder.Property(f => f.PublicQuestion).HasMaxLength(FeedbackRules.MaxContentLength);
        builder.Property(f => f.PublicAnswer).HasMaxLength(FeedbackRules.MaxAnswerLength);
        builder.Property(f => f.PublicKey).HasMaxLength(FeedbackRules.MaxKeyLength);
        builder.Property(f => f.LastHash).HasMaxLength(64).IsFixedLength();
        // The stream position is the optimistic-concurrency token: two people acting on one feedback at once cannot
        // both append event n+1.
        builder.Property(f => f.LastSequence).IsConcurrencyToken();
        builder.Ignore(f => f.IsOpen);
        builder.Ignore(f => f.IsPaused);
        builder.Ignore(f => f.Counts);
        builder.HasIndex(f => new { f.UnitCode, f.State });
        builder.HasIndex(f => new { f.State, f.DueAt });
        builder.HasIndex(f => new { f.Published, f.PublishedAt });
        // Indicator 5.3 counts dossiers with feedback about them.
        builder.HasIndex(f => f.DossierId);
        builder.HasIndex(f => f.SubmittedAt);
    }
}

/// <summary>The sender's personal data, one row per feedback, apart from the events (Decree 13/2023/NĐ-CP).</summary>
internal sealed class FeedbackSenderConfiguration : IEntityTypeConfiguration<FeedbackSender>
{
    public void Configure(EntityTypeBuilder<FeedbackSender> builder)
    {
        builder.ToTable("FeedbackSenders");
        builder.HasKey(s => s.FeedbackId);
        builder.HasOne<FeedbackItem>().WithOne().HasForeignKey<FeedbackSender>(s => s.FeedbackId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.FullName).HasMaxLength(300);
        builder.Property(s => s.Email).HasMaxLength(256);
        builder.Property(s => s.Phone).HasMaxLength(32);
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.HasIndex(s => s.UserId);
    }
}
