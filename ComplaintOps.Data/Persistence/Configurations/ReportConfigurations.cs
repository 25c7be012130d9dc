using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintOps.Data.Persistence.Configurations;

public sealed class ReportSnapshotConfiguration : IEntityTypeConfiguration<ReportSnapshot>
{
    public void Configure(EntityTypeBuilder<ReportSnapshot> b)
    {
        b.ToTable("ReportSnapshots");
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.PeriodKey).HasMaxLength(16).IsRequired();
        b.Property(s => s.Figures).IsRequired();
        b.Property(s => s.SignedById).HasMaxLength(24).IsRequired();
        b.Property(s => s.SignedByName).HasMaxLength(ComplaintLimits.Name).IsRequired();
        b.Property(s => s.Hash).HasMaxLength(64).IsRequired();
        b.HasIndex(s => new { s.Kind, s.PeriodKey }).IsUnique();
    }
}

public sealed class InstitutionFiguresConfiguration : IEntityTypeConfiguration<InstitutionFigures>
{
    public void Configure(EntityTypeBuilder<InstitutionFigures> b)
    {
        b.ToTable("InstitutionFigures");
        b.HasKey(f => f.Id);
        b.Property(f => f.Id).ValueGeneratedNever();
        b.Property(f => f.PeriodKey).HasMaxLength(16).IsRequired();
        b.Property(f => f.MedianPerThousandBranches).HasPrecision(18, 4);
        b.Property(f => f.MedianPerTenMillionCustomers).HasPrecision(18, 4);
        b.Property(f => f.MediansSource).HasMaxLength(InstitutionFigures.SourceLength);
        b.Property(f => f.EnteredById).HasMaxLength(24).IsRequired();
        b.Property(f => f.EnteredByName).HasMaxLength(ComplaintLimits.Name).IsRequired();
        b.HasIndex(f => new { f.PeriodKey, f.EnteredAtUtc });
    }
}

public sealed class ReportReminderConfiguration : IEntityTypeConfiguration<ReportReminder>
{
    public void Configure(EntityTypeBuilder<ReportReminder> b)
    {
        b.ToTable("ReportReminders");
        b.HasKey(r => r.PeriodKey);
        b.Property(r => r.PeriodKey).HasMaxLength(16);
    }
}
