using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Domain.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintOps.Data.Persistence.Configurations;

public sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> b)
    {
        b.ToTable("CalendarDays");
        b.HasKey(d => new { d.Region, d.Date });
        b.Property(d => d.Region).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.Name).HasMaxLength(100);
        b.Property(d => d.EditedBy).HasMaxLength(64);
        b.Ignore(d => d.IsLocalEdit);
    }
}

public sealed class CalendarYearLoadConfiguration : IEntityTypeConfiguration<CalendarYearLoad>
{
    public void Configure(EntityTypeBuilder<CalendarYearLoad> b)
    {
        b.ToTable("CalendarYearLoads");
        b.HasKey(l => new { l.Region, l.Year });
        b.Property(l => l.Region).HasConversion<string>().HasMaxLength(20);
    }
}

public sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> b)
    {
        b.ToTable("Staff");
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).HasMaxLength(24);
        b.Property(s => s.Name).HasMaxLength(100);
        b.Property(s => s.NameEn).HasMaxLength(100);
        b.Property(s => s.Role).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.Department).HasMaxLength(24);
    }
}

public sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> b)
    {
        b.ToTable("Partners");
        b.HasKey(p => p.Code);
        b.Property(p => p.Code).HasMaxLength(Partner.CodeLength);
        b.Property(p => p.Name).HasMaxLength(Partner.NameLength).IsRequired();
        b.Property(p => p.NameEn).HasMaxLength(Partner.NameLength).IsRequired();
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Version).IsConcurrencyToken();
    }
}
