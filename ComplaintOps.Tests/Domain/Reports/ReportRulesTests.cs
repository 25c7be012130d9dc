using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Reports;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Tests.TestInfrastructure;

namespace ComplaintOps.Tests.Domain.Reports;

/// <summary>The pure report rules: periods, day bands in natural and working days, the canonical text and the diff.</summary>
public sealed class ReportRulesTests
{
    private static ReportFact Fact(string id, DateTimeOffset received, DateTimeOffset? closed, string policy = "Bank2020",
        string? category = "CARD", string? region = "310000", string? product = null) =>
        new(Guid.Parse($"00000000-0000-0000-0000-{id.PadLeft(12, '0')}"), closed is null ? ComplaintStatus.Investigating : ComplaintStatus.Closed, Channel.Phone,
            category, product, region, Severity.Medium, "CARDS", policy, received, closed, 0m, true, false, false, null, 1, false, null, null, 0, null, []);

    [Theory]
    [InlineData("2026H1", "2026-01-01", "2026-06-30", "2026-07-30")]
    [InlineData("2026H2", "2026-07-01", "2026-12-31", "2027-01-30")]
    public void A_half_year_runs_and_is_due_as_the_regulator_sets(string key, string from, string to, string due)
    {
        var period = ReportPeriod.Parse(key);
        Assert.Equal((DateOnly.Parse(from), DateOnly.Parse(to), DateOnly.Parse(due)), (period.From, period.To, period.Due));
        Assert.Equal(key, period.Key);
    }

    [Theory]
    [InlineData("2026-07-01", "2026H1")]
    [InlineData("2026-12-31", "2026H1")]
    [InlineData("2027-01-02", "2026H2")]
    public void The_report_due_next_is_the_last_half_year_that_ended(string today, string expected) =>
        Assert.Equal(expected, ReportPeriod.LastEnded(DateOnly.Parse(today)).Key);

    [Theory]
    [InlineData("2026h3")]
    [InlineData("26H1")]
    [InlineData("")]
    public void A_malformed_period_is_refused(string key) => Assert.False(ReportPeriod.TryParse(key, out _));

    [Fact]
    public void Natural_day_bands_count_from_receipt_and_working_day_bands_only_the_2012_profile()
    {
        var received = TestRules.Local(2026, 3, 2, 9);   // Monday
        var facts = new[]
        {
            Fact("1", received, received.AddDays(15)),                                   // exactly 15 days: within 15
            Fact("2", received, received.AddDays(15).AddMinutes(1)),                     // just over: 16–30
            Fact("3", received, received.AddDays(61), policy: SlaPolicies.Bank2012.Name),  // over 60 natural days
            Fact("4", received, received.AddDays(20), policy: SlaPolicies.Bank2012.Name),  // 20 natural days = 14 working days (3–22 March, no holiday)
            Fact("5", received, null),
        };

        var figures = SemiAnnualReport.Build(facts, null, TestRules.Calendar).ToDictionary(f => f.Key);

        Assert.Equal(4, figures["closedDays.total"].Value);
        Assert.Equal(1, figures["closedDays.0-15"].Value);
        Assert.Equal(2, figures["closedDays.16-30"].Value);
        Assert.Equal(1, figures["closedDays.61+"].Value);
        Assert.Equal(2, figures["closedWorkingDays.total"].Value);
        Assert.Equal([facts[3].Id], figures["closedWorkingDays.0-15"].Ids);
        Assert.Equal([facts[2].Id], figures["closedWorkingDays.31-60"].Ids);   // 61 natural days from 2 March: over 40 working days
        Assert.Equal(14, SemiAnnualReport.WorkingDays(TestRules.Calendar, facts[3]));
    }

    [Fact]
    public void The_canonical_text_reads_back_to_the_same_figures_whatever_the_decimal_scale()
    {
        var id = Guid.Parse("00000000-0000-0000-0000-000000000001");
        var figures = new[]
        {
            new ReportFigure("redress", "amount", FigureUnit.Money, 1.50m, [id]),
            new ReportFigure("category", "CARD", FigureUnit.Count, 1, [id]),
        };
        var text = ReportCanonical.Write(figures);

        Assert.Equal("category.CARD\tCount\t1\t" + id + "\nredress.amount\tMoney\t1.5\t" + id + "\n", text);
        Assert.Equal(text, ReportCanonical.Write([figures[0] with { Value = 1.5000m }, figures[1]]));
        var read = ReportCanonical.Read(text);
        Assert.Equal(1.5m, read.Single(f => f.Key == "redress.amount").Value);
        Assert.Equal([id], read.Single(f => f.Key == "category.CARD").Ids);
    }

    [Fact]
    public void The_diff_lists_moved_figures_with_the_complaints_added_and_removed()
    {
        Guid G(int n) => Guid.Parse($"00000000-0000-0000-0000-{n:D12}");
        var signed = new[] { new ReportFigure("category", "CARD", FigureUnit.Count, 2, [G(1), G(2)]), new ReportFigure("category", "LOAN", FigureUnit.Count, 1, [G(3)]) };
        var now = new[] { new ReportFigure("category", "CARD", FigureUnit.Count, 2, [G(1), G(4)]), new ReportFigure("category", "LOAN", FigureUnit.Count, 1, [G(3)]) };

        var change = Assert.Single(ReportDiff.Between(signed, now));

        Assert.Equal(("category.CARD", 2m, 2m), (change.Key, change.Signed!.Value, change.Now!.Value));
        Assert.Equal([G(4)], change.Added);
        Assert.Equal([G(2)], change.Removed);
    }

    [Fact]
    public void Only_compliance_can_sign_a_snapshot_and_an_edit_breaks_its_seal()
    {
        var figures = new[] { new ReportFigure("totals", "received", FigureUnit.Count, 0, []) };
        foreach (var role in Enum.GetValues<StaffRole>().Where(r => r != StaffRole.Compliance))
        {
            Assert.Throws<ComplaintOps.Data.Domain.Common.ForbiddenException>(() =>
                ReportSnapshot.SignOff(ReportKind.SemiAnnual, "2026H1", figures, new Actor("X", "x", role), TestRules.Local(2026, 7, 1, 9), TestRules.Seal));
        }

        var snapshot = ReportSnapshot.SignOff(ReportKind.SemiAnnual, "2026H1", figures, TestRules.Compliance, TestRules.Local(2026, 7, 1, 9), TestRules.Seal);
        Assert.True(snapshot.Verifies(TestRules.Seal));
        typeof(ReportSnapshot).GetProperty(nameof(ReportSnapshot.SignedByName))!.SetValue(snapshot, "someone else");
        Assert.False(snapshot.Verifies(TestRules.Seal));
    }

    [Fact]
    public void The_disclosure_carries_only_catalog_codes_so_no_personal_data_or_free_text_can_appear()
    {
        var facts = new[]
        {
            Fact("1", TestRules.Local(2026, 3, 2, 9), null, category: "CARD", region: "310000", product: "张三 13800138000 的白金卡"),
            Fact("2", TestRules.Local(2026, 3, 2, 9), null, category: "李四身份证110101199003077777", region: "客户住址：某路1号"),
            Fact("3", TestRules.Local(2026, 3, 2, 9), null, category: null, region: null),
        };
        var allowed = new HashSet<string>(StringComparer.Ordinal) { ReportSections.None, "received", "rate", "satisfaction" };
        allowed.UnionWith(Categories.All.Select(c => c.Code));
        allowed.UnionWith(Regions.All.Select(r => r.Code));
        allowed.UnionWith(Enum.GetNames<Channel>());

        var figures = DisclosureReport.Build(facts);

        Assert.All(figures, f => Assert.Contains(f.Section, DisclosureReport.Sections));
        Assert.All(figures, f => Assert.Contains(f.Item, allowed));
        Assert.Equal(2, figures.Single(f => f.Key == "category.-").Value);   // the typed text is counted, never shown
        Assert.Equal(1, figures.Single(f => f.Key == "category.CARD").Value);
        Assert.DoesNotContain(figures, f => f.Section == ReportSections.Product);
        // The figure type carries nothing else: two names, a unit, a number and ids.
        Assert.Equal(["Ids", "Item", "Key", "Section", "Unit", "Value"], typeof(ReportFigure).GetProperties().Select(p => p.Name).Order());
    }
}
