using ComplaintOps.Data.Domain.Administration;
using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Domain.Clusters;
using ComplaintOps.Data.Domain.CaseLibrary;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Governance;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Persistence.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Data.Persistence;

/// <summary>
/// Provider-agnostic model, including the ASP.NET Core Identity tables (accounts live in the same database as the work
/// they authorize). Each provider has a derived context with its own migration set.
/// </summary>
public abstract class ComplaintOpsDbContext(DbContextOptions options) : IdentityDbContext<ComplaintOpsUser>(options)
{
    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<ComplaintEvent> ComplaintEvents => Set<ComplaintEvent>();

    public DbSet<ComplaintClock> ComplaintClocks => Set<ComplaintClock>();

    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();

    public DbSet<StaffMember> Staff => Set<StaffMember>();

    public DbSet<ComplaintCluster> ComplaintClusters => Set<ComplaintCluster>();
    public DbSet<RootCauseAction> RootCauseActions => Set<RootCauseAction>();
    public DbSet<LibraryCase> LibraryCases => Set<LibraryCase>();

    public DbSet<LibraryCaseTerm> LibraryCaseTerms => Set<LibraryCaseTerm>();

    public DbSet<LibraryCaseVector> LibraryCaseVectors => Set<LibraryCaseVector>();

    public DbSet<ApiClient> ApiClients => Set<ApiClient>();

    public DbSet<AdminAuditEntry> AdminAuditEntries => Set<AdminAuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ComplaintOpsDbContext).Assembly);
    }
}
