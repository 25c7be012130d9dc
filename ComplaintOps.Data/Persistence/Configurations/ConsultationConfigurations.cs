using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Consultations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintOps.Data.Persistence.Configurations;

public sealed class ConsultationConfiguration : IEntityTypeConfiguration<Consultation>
{
    public void Configure(EntityTypeBuilder<Consultation> b)
    {
        b.ToTable("Consultations");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Version).IsConcurrencyToken();
        b.Ignore(c => c.Waiting);
        b.Property(c => c.ComplaintReference).HasMaxLength(32).IsRequired();
        b.Property(c => c.Question).HasMaxLength(ConsultationLimits.Text).IsRequired();
        b.Property(c => c.Conclusion).HasMaxLength(ConsultationLimits.Text);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(12);
        b.Property(c => c.OpenedById).HasMaxLength(24).IsRequired();
        b.Property(c => c.OpenedByName).HasMaxLength(100).IsRequired();
        b.HasIndex(c => c.ComplaintId);
        b.HasIndex(c => c.Status);
        b.HasOne<Complaint>().WithMany().HasForeignKey(c => c.ComplaintId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Opinions).WithOne().HasForeignKey(o => o.ConsultationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Events).WithOne().HasForeignKey(e => e.ConsultationId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(c => c.Opinions).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(c => c.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class ConsultationOpinionConfiguration : IEntityTypeConfiguration<ConsultationOpinion>
{
    public void Configure(EntityTypeBuilder<ConsultationOpinion> b)
    {
        b.ToTable("ConsultationOpinions");
        b.HasKey(o => new { o.ConsultationId, o.Department });
        b.Ignore(o => o.IsGiven);
        b.Property(o => o.Department).HasMaxLength(16);
        b.Property(o => o.Opinion).HasMaxLength(ConsultationLimits.Text);
        b.Property(o => o.AuthorId).HasMaxLength(24);
        b.Property(o => o.AuthorName).HasMaxLength(100);
        b.HasIndex(o => o.Department);
    }
}

public sealed class ConsultationEventConfiguration : IEntityTypeConfiguration<ConsultationEvent>
{
    public void Configure(EntityTypeBuilder<ConsultationEvent> b)
    {
        b.ToTable("ConsultationEvents");
        b.HasKey(e => e.Id);
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Department).HasMaxLength(16);
        b.Property(e => e.Text).HasMaxLength(ConsultationLimits.Text).IsRequired();
        b.Property(e => e.ActorId).HasMaxLength(24).IsRequired();
        b.Property(e => e.ActorName).HasMaxLength(100).IsRequired();
        b.HasIndex(e => e.ConsultationId);
    }
}
