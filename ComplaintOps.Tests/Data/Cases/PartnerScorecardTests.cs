using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Partners;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Partners;
using ComplaintOps.Data.Persistence;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Tests.Data.Cases;

/// <summary>Partners: complaints linked at intake or when classifying, management with events, and scorecard figures equal to direct counts.</summary>
public sealed class PartnerScorecardTests : IntegrationTest
{
    private IPartnerCommands Partners => Get<IPartnerCommands>();

    private IPartnerQueries Queries => Get<IPartnerQueries>();

    private async Task SeedPartnersAsync()
    {
        var supervisor = RunAs(StaffRole.Supervisor).Actor;
        await Partners.CreateAsync(new NewPartner("agency-a", "甲催收公司", "Agency A", PartnerKind.CollectionAgency), supervisor, Ct);
        await Partners.CreateAsync(new NewPartner("FUND-B", "乙基金公司", "Fund B", PartnerKind.ProductIssuer), supervisor, Ct);
    }

    [Fact]
    public async Task Scorecard_figures_equal_direct_counts_on_a_fixed_data_set()
    {
        await SeedPartnersAsync();
        var withA = ComplaintBuilder.Sample() with { PartnerCode = "AGENCY-A" };
        await ComplaintInAsync(ComplaintStatus.Closed, withA);
        await ComplaintInAsync(ComplaintStatus.Investigating, withA);
        await ComplaintInAsync(ComplaintStatus.Registered, withA);
        await ComplaintInAsync(ComplaintStatus.Investigating);   // no partner: counted nowhere
        // Linked to B when classifying rather than at intake.
        var agent = RunAs(StaffRole.IntakeAgent);
        var b = (await agent.RegisterAsync()).Id;
        await agent.ApplyAsync(b, 1, new Classify("COLLECTION", Severity.Medium, "fund-b"));
        var supervisor = RunAs(StaffRole.Supervisor).Actor;
        await Partners.RateAsync("AGENCY-A", 2026, 1, 2, "配合较差", supervisor, Ct);
        Clock.Advance(TimeSpan.FromMinutes(5));
        await Partners.RateAsync("AGENCY-A", 2026, 1, 3, "复核后上调", supervisor, Ct);   // a re-rating supersedes

        var today = new DateOnly(2026, 3, 2);
        var scores = (await Queries.ScorecardAsync(today, today, supervisor, Ct)).ToDictionary(s => s.Code);

        // Hand-known: A has three complaints, two open, one closed and rated 4 (satisfied); B one, open.
        Assert.Equal((3, 2, 1.0), (scores["AGENCY-A"].Complaints, scores["AGENCY-A"].Open, scores["AGENCY-A"].SatisfactionRate!.Value));
        Assert.Equal((1, 1), (scores["FUND-B"].Complaints, scores["FUND-B"].Open));
        Assert.Null(scores["FUND-B"].SatisfactionRate);
        Assert.Equal((3, "复核后上调"), (scores["AGENCY-A"].LatestRating!.Score, scores["AGENCY-A"].LatestRating!.Comment));

        // Direct counts over the stored rows.
        await using var db = await Get<IDbContextFactory<ComplaintOpsDbContext>>().CreateDbContextAsync(Ct);
        foreach (var code in new[] { "AGENCY-A", "FUND-B" })
        {
            var complaints = await db.Complaints.AsNoTracking().Include(c => c.Clocks).Where(c => c.PartnerCode == code).ToListAsync(Ct);
            var met = complaints.SelectMany(c => c.Clocks).Where(k => k.MetAtUtc != null).ToList();
            var closed = complaints.Where(c => c.Status == ComplaintStatus.Closed).ToList();
            Assert.Equal(complaints.Count, scores[code].Complaints);
            Assert.Equal(complaints.Count(c => c.IsOpen), scores[code].Open);
            Assert.Equal(met.Count == 0 ? null : (double)met.Count(k => k.MetAtUtc <= k.DueAtUtc) / met.Count, scores[code].OnTimeRate);
            Assert.Equal(complaints.Count(c => c.RepeatCount > 0) / (double)complaints.Count, scores[code].RepeatRate);
            Assert.Equal(closed.Count == 0 ? null : Math.Round(closed.Average(c => (c.ClosedAtUtc!.Value - c.RegisteredAtUtc).TotalHours), 2),
                scores[code].MeanCycleHours);
        }

        Assert.True(scores["AGENCY-A"].OnTimeRate > 0);   // the closed one met its clocks: the rate is not vacuous
        // Another period counts nothing.
        Assert.All(await Queries.ScorecardAsync(today.AddDays(1), today.AddDays(7), supervisor, Ct), s => Assert.Equal(0, s.Complaints));
    }

    [Fact]
    public async Task Unknown_or_inactive_partners_are_refused_and_management_needs_ManagePartners()
    {
        await SeedPartnersAsync();
        var supervisor = RunAs(StaffRole.Supervisor).Actor;
        var agent = RunAs(StaffRole.IntakeAgent);
        Assert.Equal("unknown_partner", (await Assert.ThrowsAsync<DomainException>(() =>
            agent.RegisterAsync(ComplaintBuilder.Sample() with { PartnerCode = "NOBODY" }))).Code);

        var fund = (await Queries.ListAsync(supervisor, Ct)).Single(p => p.Code == "FUND-B");
        await Partners.DeactivateAsync("FUND-B", fund.Version, supervisor, Ct);
        Assert.Equal("unknown_partner", (await Assert.ThrowsAsync<DomainException>(() =>
            agent.RegisterAsync(ComplaintBuilder.Sample() with { PartnerCode = "FUND-B" }))).Code);
        Assert.Equal("concurrency_conflict", (await Assert.ThrowsAsync<DomainException>(() =>
            Partners.RenameAsync("FUND-B", fund.Version, "新名", "New", supervisor, Ct))).Code);

        foreach (var role in new[] { StaffRole.DepartmentHead, StaffRole.Compliance, StaffRole.Auditor })
        {
            await Assert.ThrowsAsync<ForbiddenException>(() =>
                Partners.CreateAsync(new NewPartner("X", "某", "X", PartnerKind.ChannelPartner), RunAs(role).Actor, Ct));
            Assert.Equal(2, (await Queries.ListAsync(RunAs(role).Actor, Ct)).Count);   // they read
        }

        await Assert.ThrowsAsync<ForbiddenException>(() => Queries.ListAsync(RunAs(StaffRole.Handler).Actor, Ct));
        await using var db = await Get<IDbContextFactory<ComplaintOpsDbContext>>().CreateDbContextAsync(Ct);
        var events = await db.PartnerEvents.OrderBy(e => e.Id).ToListAsync(Ct);
        Assert.Equal([PartnerEventKind.Created, PartnerEventKind.Created, PartnerEventKind.Deactivated], events.Select(e => e.Kind));
        Assert.All(events, e => Assert.Equal(supervisor.Id, e.ActorId));
    }
}
