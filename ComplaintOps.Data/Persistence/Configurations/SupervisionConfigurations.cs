using ComplaintOps.Data.Domain.Supervision;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintOps.Data.Persistence.Configurations;

public sealed class SpotCheckConfiguration : IEntityTypeConfiguration<SpotCheck>
{
    public void Configure(EntityTypeBuilder<SpotCheck> b)
    {
        b.ToTable("SpotChecks");
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.Version).IsConcurrencyToken();
        b.HasIndex(s => s.Month).IsUnique();   // one spot check per month
        b.Property(s => s.Status).HasConversion<string>().HasMaxLength(12);
        b.Property(s => s.DrawnById).HasMaxLength(24).IsRequired();
        b.Property(s => s.DrawnByName).HasMaxLength(100).IsRequired();
        b.Ignore(s => s.PassRate);
        b.HasMany(s => s.Cases).WithOne().HasForeignKey(c => c.SpotCheckId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(s => s.Cases).HasField("_cases").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class SpotCheckCaseConfiguration : IEntityTypeConfiguration<SpotCheckCase>
{
    public void Configure(EntityTypeBuilder<SpotCheckCase> b)
    {
        b.ToTable("SpotCheckCases");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.HasIndex(c => new { c.SpotCheckId, c.ComplaintId }).IsUnique();
        b.HasIndex(c => c.ComplaintId);
        b.Property(c => c.Reference).HasMaxLength(40).IsRequired();
        b.Property(c => c.AnswerCodes).HasMaxLength(32).IsRequired();
        b.Property(c => c.Finding).HasMaxLength(SpotCheckCase.FindingLength);
        b.Property(c => c.ReworkNote).HasMaxLength(SpotCheck.NoteLength);
        b.Property(c => c.CheckedById).HasMaxLength(24);
        b.Property(c => c.CheckedByName).HasMaxLength(100);
        b.Ignore(c => c.IsChecked);
    }
}

public sealed class ReplyTemplateConfiguration : IEntityTypeConfiguration<ReplyTemplate>
{
    public void Configure(EntityTypeBuilder<ReplyTemplate> b)
    {
        b.ToTable("ReplyTemplates");
        b.HasKey(t => t.Id);
        b.Property(t => t.Id).ValueGeneratedNever();
        b.Property(t => t.Version).IsConcurrencyToken();
        b.Property(t => t.Category).HasMaxLength(ReplyTemplate.CategoryLength).IsRequired();
        b.Property(t => t.Language).HasMaxLength(2).IsRequired();
        b.Property(t => t.Title).HasMaxLength(ReplyTemplate.TitleLength).IsRequired();
        b.Property(t => t.Verification).HasMaxLength(2000).IsRequired();
        b.Property(t => t.Basis).HasMaxLength(2000).IsRequired();
        b.Property(t => t.Reasons).HasMaxLength(2000).IsRequired();
        b.Property(t => t.ChangedById).HasMaxLength(24).IsRequired();
        b.Property(t => t.ChangedByName).HasMaxLength(100).IsRequired();
        b.HasIndex(t => new { t.Category, t.Language });
    }
}

public sealed class SupervisionEventConfiguration : IEntityTypeConfiguration<SupervisionEvent>
{
    public void Configure(EntityTypeBuilder<SupervisionEvent> b)
    {
        b.ToTable("SupervisionEvents");
        b.HasKey(e => e.Id);
        b.Property(e => e.Kind).HasMaxLength(40).IsRequired();
        b.Property(e => e.ActorId).HasMaxLength(24).IsRequired();
        b.Property(e => e.ActorName).HasMaxLength(100).IsRequired();
        b.Property(e => e.Detail).HasMaxLength(SupervisionEvent.DetailLength);
        b.HasIndex(e => e.SubjectId);
    }
}
