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
        b.Property(a => a.Category).HasMaxLength(RootCauseTarget.CategoryLength);
        b.Property(a => a.Title).HasMaxLength(RootCauseAction.TitleLength).IsRequired();
        b.Property(a => a.Owner).HasMaxLength(RootCauseAction.OwnerLength).IsRequired();
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(12);
        b.Property(a => a.CreatedById).HasMaxLength(24).IsRequired();
        b.Property(a => a.CreatedByName).HasMaxLength(RootCauseAction.OwnerLength).IsRequired();
        b.Property(a => a.ChangedById).HasMaxLength(24);
        b.Property(a => a.ChangedByName).HasMaxLength(RootCauseAction.OwnerLength);
        b.HasIndex(a => a.TopicId);
        b.HasIndex(a => a.Category);
        b.HasOne<Topic>().WithMany().HasForeignKey(a => a.TopicId).OnDelete(DeleteBehavior.Restrict);
        // Exactly one of topic and category (legacy rows became categories in the TopicReferences migration).
        b.ToTable(t => t.HasCheckConstraint("CK_RootCauseActions_Target",
            "(\"TopicId\" IS NULL AND \"Category\" IS NOT NULL) OR (\"TopicId\" IS NOT NULL AND \"Category\" IS NULL)"));
    }
}
