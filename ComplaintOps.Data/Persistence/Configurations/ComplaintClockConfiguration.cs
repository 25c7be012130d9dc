using ComplaintOps.Data.Domain.Sla;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintOps.Data.Persistence.Configurations;

public sealed class ComplaintClockConfiguration : IEntityTypeConfiguration<ComplaintClock>
{
    public void Configure(EntityTypeBuilder<ComplaintClock> b)
    {
        b.ToTable("ComplaintClocks");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        b.Ignore(c => c.IsRunning);
        b.Ignore(c => c.IsPaused);
        b.Property(c => c.DueCount).HasConversion<string>().HasMaxLength(8);
        // Ticks: SQL Server's time type stops at 24 hours, and an appraisal can exclude weeks.
        b.Property(c => c.Excluded).HasConversion<long>().HasColumnName("ExcludedTicks");
        b.HasIndex(c => new { c.ComplaintId, c.Kind });
        b.HasIndex(c => c.DueAtUtc);
        b.HasIndex(c => c.MetAtUtc);
    }
}
