using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Administration;
using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Domain.CaseLibrary;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Consultations;
using ComplaintOps.Data.Domain.Governance;
using ComplaintOps.Data.Domain.Notices;
using ComplaintOps.Data.Domain.Partners;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Reports;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Domain.Supervision;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Persistence.Identity;
using ComplaintOps.Data.Persistence.PersonalData;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Data.Persistence;

/// <summary>
/// Provider-agnostic model, including the ASP.NET Core Identity tables (accounts live in the same database as the work
/// they authorize). Each provider has a derived context with its own migration set. Every context carries the
/// application's <see cref="PersonalDataProtection"/> (ProviderSetup puts it in the options): without it there is no model.
/// </summary>
public abstract class ComplaintOpsDbContext(DbContextOptions options) : IdentityDbContext<ComplaintOpsUser>(options)
{
    internal PersonalDataProtection PersonalData { get; } = options.FindExtension<PersonalDataOptionsExtension>()?.Protection
        ?? throw new InvalidOperationException("The context has no personal data protection: create its options with ProviderSetup.Use.");

    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<ComplaintEvent> ComplaintEvents => Set<ComplaintEvent>();

    public DbSet<ComplaintClock> ComplaintClocks => Set<ComplaintClock>();

    public DbSet<ComplaintParty> ComplaintParties => Set<ComplaintParty>();

    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();

    public DbSet<CalendarYearLoad> CalendarYearLoads => Set<CalendarYearLoad>();

    public DbSet<StaffMember> Staff => Set<StaffMember>();

    public DbSet<Partner> Partners => Set<Partner>();

    public DbSet<PartnerEvent> PartnerEvents => Set<PartnerEvent>();

    public DbSet<PartnerRating> PartnerRatings => Set<PartnerRating>();

    public DbSet<Consultation> Consultations => Set<Consultation>();

    public DbSet<ConsultationEvent> ConsultationEvents => Set<ConsultationEvent>();

    public DbSet<Topic> Topics => Set<Topic>();

    public DbSet<TopicEvent> TopicEvents => Set<TopicEvent>();

    public DbSet<TopicAssignment> TopicAssignments => Set<TopicAssignment>();

    public DbSet<ModelVersion> ModelVersions => Set<ModelVersion>();

    public DbSet<ModelPayload> ModelPayloads => Set<ModelPayload>();

    public DbSet<ModelLease> ModelLeases => Set<ModelLease>();

    public DbSet<ComplaintEmbedding> ComplaintEmbeddings => Set<ComplaintEmbedding>();

    public DbSet<RootCauseAction> RootCauseActions => Set<RootCauseAction>();

    public DbSet<ReviewMeeting> ReviewMeetings => Set<ReviewMeeting>();

    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();

    public DbSet<GovernanceEvent> GovernanceEvents => Set<GovernanceEvent>();

    public DbSet<Notice> Notices => Set<Notice>();

    public DbSet<SpotCheck> SpotChecks => Set<SpotCheck>();

    public DbSet<ReplyTemplate> ReplyTemplates => Set<ReplyTemplate>();

    public DbSet<SupervisionEvent> SupervisionEvents => Set<SupervisionEvent>();
    public DbSet<ReportSnapshot> ReportSnapshots => Set<ReportSnapshot>();

    public DbSet<InstitutionFigures> InstitutionFigures => Set<InstitutionFigures>();

    public DbSet<ReportReminder> ReportReminders => Set<ReportReminder>();

    public DbSet<LibraryCase> LibraryCases => Set<LibraryCase>();

    public DbSet<LibraryCaseTerm> LibraryCaseTerms => Set<LibraryCaseTerm>();

    public DbSet<LibraryCaseDocument> LibraryCaseDocuments => Set<LibraryCaseDocument>();

    public DbSet<LibraryCaseVector> LibraryCaseVectors => Set<LibraryCaseVector>();

    public DbSet<ApiClient> ApiClients => Set<ApiClient>();

    public DbSet<AdminAuditEntry> AdminAuditEntries => Set<AdminAuditEntry>();
    public DbSet<PersonalDataAccess> PersonalDataAccesses => Set<PersonalDataAccess>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ComplaintOpsDbContext).Assembly);
        ComplaintPersonalDataMapping.Apply(modelBuilder.Entity<Complaint>(), PersonalData);
        ComplaintPersonalDataMapping.Apply(modelBuilder.Entity<ComplaintParty>(), PersonalData);
        NoticePersonalDataMapping.Apply(modelBuilder.Entity<Notice>(), PersonalData);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        FillLookups();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        FillLookups();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // Here rather than in the commands, so no write path (intake, demo seeding, a later edit of the contact details) can
    // store a phone or ID number that search would not find.
    private void FillLookups()
    {
        foreach (var entry in ChangeTracker.Entries<Complaint>())
        {
            if (entry.State == EntityState.Added || entry.Property(c => c.CustomerPhone).IsModified)
            {
                entry.Property<string?>(ComplaintPersonalDataMapping.PhoneLookup).CurrentValue = PersonalData.Lookup.Phone(entry.Entity.CustomerPhone);
            }

            if (entry.State == EntityState.Added || entry.Property(c => c.CustomerIdNumber).IsModified)
            {
                entry.Property<string?>(ComplaintPersonalDataMapping.IdNumberLookup).CurrentValue = PersonalData.Lookup.IdNumber(entry.Entity.CustomerIdNumber);
            }
        }
    }
}
