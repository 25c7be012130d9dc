using ComplaintOps.Data.Domain.Governance;
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
        b.Property(a => a.TopicKey).HasMaxLength(RootCauseAction.TopicKeyLength).IsRequired();
        b.Property(a => a.Title).HasMaxLength(RootCauseAction.TitleLength).IsRequired();
        b.Property(a => a.Owner).HasMaxLength(RootCauseAction.OwnerLength).IsRequired();
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(12);
        b.Property(a => a.CreatedById).HasMaxLength(24).IsRequired();
        b.Property(a => a.CreatedByName).HasMaxLength(RootCauseAction.OwnerLength).IsRequired();
        b.Property(a => a.ChangedById).HasMaxLength(24);
        b.Property(a => a.ChangedByName).HasMaxLength(RootCauseAction.OwnerLength);
        b.HasIndex(a => a.TopicKey);
    }
}
