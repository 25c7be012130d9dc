using ComplaintOps.Data.Domain.Governance;
using ComplaintOps.Data.Domain.Topics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintOps.Data.Persistence.Configurations;

public sealed class RootCauseActionConfiguration : IEntityTypeConfiguration<RootCauseAction>
{
    public void Configure(EntityTypeBuilder<RootCauseAction> b)
    {
        b.ToTable("RootCauseActions");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.Version).IsConcurrencyToken();
        b.Ignore(a => a.Target);
        b.Ignore(a => a.NewEvents);
        b.Property(a => a.TargetKind).HasConversion<string>().HasMaxLength(12);
        b.Property(a => a.TargetCode).HasMaxLength(RootCauseTarget.CodeLength);
        b.Property(a => a.Title).HasMaxLength(RootCauseAction.TitleLength).IsRequired();
        b.Property(a => a.OwnerId).HasMaxLength(24).IsRequired();
        b.Property(a => a.OwnerName).HasMaxLength(RootCauseAction.OwnerLength).IsRequired();
        b.Property(a => a.Department).HasMaxLength(24);
        b.Property(a => a.Progress).HasMaxLength(RootCauseAction.TextLength);
        b.Property(a => a.Evidence).HasMaxLength(RootCauseAction.TextLength);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(12);
        b.Property(a => a.CreatedById).HasMaxLength(24).IsRequired();
        b.Property(a => a.CreatedByName).HasMaxLength(RootCauseAction.OwnerLength).IsRequired();
        b.Property(a => a.ChangedById).HasMaxLength(24);
        b.Property(a => a.ChangedByName).HasMaxLength(RootCauseAction.OwnerLength);
        b.HasIndex(a => a.TopicId);
        b.HasIndex(a => new { a.TargetKind, a.TargetCode });
        b.HasIndex(a => a.MeetingId);
        b.HasIndex(a => new { a.Status, a.DueDate });
        b.HasOne<Topic>().WithMany().HasForeignKey(a => a.TopicId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ReviewMeeting>().WithMany().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AgendaItem>().WithMany().HasForeignKey(a => a.AgendaItemId).OnDelete(DeleteBehavior.Restrict);
        // A topic target has the topic and no code; every other kind has a code and no topic.
        b.ToTable(t => t.HasCheckConstraint("CK_RootCauseActions_Target",
            "(\"TargetKind\" = 'Topic' AND \"TopicId\" IS NOT NULL AND \"TargetCode\" IS NULL) OR (\"TargetKind\" <> 'Topic' AND \"TopicId\" IS NULL AND \"TargetCode\" IS NOT NULL)"));
    }
}
