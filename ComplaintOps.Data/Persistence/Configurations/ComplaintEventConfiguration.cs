using ComplaintOps.Data.Domain.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintOps.Data.Persistence.Configurations;

public sealed class ComplaintEventConfiguration : IEntityTypeConfiguration<ComplaintEvent>
{
    public void Configure(EntityTypeBuilder<ComplaintEvent> b)
    {
        b.ToTable("ComplaintEvents");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        // One history per complaint: a second writer of the same sequence number fails instead of forking the chain.
        b.HasIndex(e => new { e.ComplaintId, e.Sequence }).IsUnique();
        b.HasIndex(e => e.OccurredAtUtc);
        b.Property(e => e.Kind).HasMaxLength(32);
        b.Property(e => e.FromStatus).HasConversion<string>().HasMaxLength(24);
        b.Property(e => e.ToStatus).HasConversion<string>().HasMaxLength(24);
        b.Property(e => e.ActorRole).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.ActorId).HasMaxLength(64);
        b.Property(e => e.ActorName).HasMaxLength(ComplaintLimits.Name);
        b.Property(e => e.Reason).HasMaxLength(ComplaintLimits.LongText);
        b.Property(e => e.Details).HasMaxLength(8000);
        b.Property(e => e.PreviousHash).HasMaxLength(64);
        b.Property(e => e.Hash).HasMaxLength(64);
    }
}
