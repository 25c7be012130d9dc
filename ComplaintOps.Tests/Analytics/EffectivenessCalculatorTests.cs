using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Analytics.Effectiveness;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Effectiveness;

namespace ComplaintOps.Tests.Analytics;

/// <summary>Cost and KPI figures on four fixed complaints, every expected number worked out by hand in the comments.</summary>
public sealed class EffectivenessCalculatorTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private static DateTimeOffset Utc(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, TimeSpan.Zero);

    /// <summary>Rates: intake 60/h, handler 90/h, supervisor 120/h, feedback 60/h. Minutes: listed below, anything else 5. Phone 3, letter 12.</summary>
    public static CostOptions Options() => new()
    {
        HourlyRates = new() { [StaffRole.IntakeAgent] = 60, [StaffRole.Handler] = 90, [StaffRole.Supervisor] = 120, [StaffRole.FeedbackAgent] = 60 },
        StandardMinutes = new() { ["Registered"] = 10, ["Assign"] = 6, ["StartInvestigation"] = 30, ["ProposeResolution"] = 40, ["Approve"] = 15, ["Close"] = 10 },
        DefaultMinutes = 5,
        ChannelCost = new() { [Channel.Phone] = 3, [Channel.Letter] = 12 },
    };

    private static ActivityFact A(string kind, StaffRole role) => new(kind, role);

    /// <summary>
    /// A: CARDS/CARD, phone, closed after 48 h, score 5, ¥200 authorized; clocks: 1 on time, 1 late.
    /// B: CARDS/FEES, letter, appealed and reopened (round 2), closed after 120 h, score 2, ¥500 NOT authorized, 1 repeat; 1 clock on time.
    /// C: LOANS/CARD, phone, withdrawn; no clock met.
    /// D: CARDS/CARD, web, still investigating, registered 03-31 17:00 UTC = 04-01 01:00 in Shanghai (an April complaint); 1 clock late; in topic #7.
    /// </summary>
    public static List<ComplaintOutcome> FixedSet() =>
    [
        new(Guid.Parse("00000000-0000-0000-0000-00000000000a"), "CARDS", "CARD", Channel.Phone, null, ComplaintStatus.Closed, Utc(3, 2, 1), Utc(3, 2, 1), Utc(3, 3, 1), Utc(3, 4, 1),
            5, 1, 0, 200m, true,
            [A("Registered", StaffRole.IntakeAgent), A("Assign", StaffRole.Supervisor), A("StartInvestigation", StaffRole.Handler),
             A("ProposeResolution", StaffRole.Handler), A("Approve", StaffRole.Supervisor), A("Close", StaffRole.FeedbackAgent)],
            [new(Utc(3, 3, 0), Utc(3, 2, 5)), new(Utc(3, 3, 0), Utc(3, 5, 0))]),
        new(Guid.Parse("00000000-0000-0000-0000-00000000000b"), "CARDS", "FEES", Channel.Letter, null, ComplaintStatus.Closed, Utc(3, 10, 0), Utc(3, 10, 0), null, Utc(3, 15, 0),
            2, 2, 1, 500m, false,
            [A("Registered", StaffRole.IntakeAgent), A("Appeal", StaffRole.FeedbackAgent), A("Reopen", StaffRole.Supervisor),
             A("Close", StaffRole.FeedbackAgent), A("AddNote", StaffRole.Handler)],
            [new(Utc(3, 12, 0), Utc(3, 11, 0))]),
        new(Guid.Parse("00000000-0000-0000-0000-00000000000c"), "LOANS", "CARD", Channel.Phone, null, ComplaintStatus.Withdrawn, Utc(3, 20, 2), Utc(3, 20, 2), null, Utc(3, 21, 2),
            null, 1, 0, 0m, true,
            [A("Registered", StaffRole.IntakeAgent), A("Withdraw", StaffRole.IntakeAgent)],
            [new(Utc(3, 21, 0), null)]),
        new(Guid.Parse("00000000-0000-0000-0000-00000000000d"), "CARDS", "CARD", Channel.Web, null, ComplaintStatus.Investigating, Utc(3, 31, 17), Utc(3, 31, 17), null, null,
            null, 1, 0, 0m, true,
            [A("Registered", StaffRole.IntakeAgent), A("Assign", StaffRole.Supervisor)],
            [new(Utc(4, 1, 0), Utc(4, 1, 1))]) { Topic = new TopicKey(7) },
    ];

    [Fact]
    public void Cost_of_a_complaint_is_handling_plus_authorized_compensation_plus_channel_cost()
    {
        var model = new CostModel(Options());
        var set = FixedSet();

        // A: 10/60×60 = 10; 6/60×120 = 12; 30/60×90 = 45; 40/60×90 = 60; 15/60×120 = 30; 10/60×60 = 10 → 167 (111 min); +200 +3 = 370
        var a = model.Price(set[0]);
        Assert.Equal(111, a.HandlingMinutes);
        Assert.Equal(167m, a.Handling);
        Assert.Equal(200m, a.Compensation);
        Assert.Equal(3m, a.Other);
        Assert.Equal(370m, a.Total);

        // B: 10 + Appeal 5/60×60 = 5 + Reopen 5/60×120 = 10 + Close 10 + AddNote 5/60×90 = 7.5 → 42.5; ¥500 unauthorized → 0; letter 12 → 54.5
        var b = model.Price(set[1]);
        Assert.Equal(42.5m, b.Handling);
        Assert.Equal(0m, b.Compensation);
        Assert.Equal(54.5m, b.Total);

        // C: 10 + Withdraw 5/60×60 = 5 → 15; phone 3 → 18.   D: 10 + 12 = 22; web 0 → 22
        Assert.Equal(18m, model.Price(set[2]).Total);
        Assert.Equal(22m, model.Price(set[3]).Total);
    }

    [Fact]
    public void Kpis_by_department_and_month_equal_the_hand_computed_figures()
    {
        var rows = new EffectivenessCalculator(new CostModel(Options())).Calculate(FixedSet(), KpiDimension.Department, KpiPeriod.Month, Shanghai);

        Assert.Equal([("2026-03", "CARDS"), ("2026-03", "LOANS"), ("2026-04", "CARDS")], rows.Select(r => (r.Period, r.Group)).ToArray());

        // CARDS, March = A + B
        var cards = rows[0];
        Assert.Equal(2, cards.Complaints);
        Assert.Equal(2.0 / 3, cards.TimelyRate);        // clocks met: A 2 + B 1 = 3; on time: A 1 + B 1 = 2
        Assert.Equal(1.0, cards.ResolutionRate);        // closed 2 ÷ (2 − 0 withdrawn/merged)
        Assert.Equal(0.5, cards.SatisfactionRate);      // scores 5 and 2: one ≥ 4 of two
        Assert.Equal(0.5, cards.AppealRate);            // B was appealed and reopened
        Assert.Equal(0.5, cards.RepeatRate);            // B has one recorded repeat
        Assert.Equal(84, cards.MeanCycleHours);         // (48 + 120) ÷ 2
        Assert.Equal(120, cards.P90CycleHours);         // ⌈0.9 × 2⌉ = 2nd smallest
        Assert.Equal(209.5m, cards.HandlingCost);       // 167 + 42.5
        Assert.Equal(200m, cards.CompensationCost);
        Assert.Equal(15m, cards.OtherCost);             // 3 + 12
        Assert.Equal(424.5m, cards.TotalCost);
        Assert.Equal(212.25m, cards.CostPerComplaint);  // 424.5 ÷ 2

        // LOANS, March = C (withdrawn): nothing met, nothing to decide, nothing rated
        var loans = rows[1];
        Assert.Null(loans.TimelyRate);
        Assert.Null(loans.ResolutionRate);
        Assert.Null(loans.SatisfactionRate);
        Assert.Null(loans.MeanCycleHours);
        Assert.Equal(0.0, loans.AppealRate);
        Assert.Equal(18m, loans.TotalCost);

        // CARDS, April = D (registered 04-01 01:00 local): its one clock was late; open, so not resolved
        var april = rows[2];
        Assert.Equal(1, april.Complaints);
        Assert.Equal(0.0, april.TimelyRate);
        Assert.Equal(0.0, april.ResolutionRate);
        Assert.Equal(22m, april.TotalCost);
    }

    [Fact]
    public void Kpis_by_topic_group_by_the_current_topic_and_put_unplaced_complaints_apart()
    {
        var calculator = new EffectivenessCalculator(new CostModel(Options()));

        var rows = calculator.Calculate(FixedSet(), KpiDimension.Topic, KpiPeriod.Whole, Shanghai);

        // A, B and C have no topic yet (their categories do not stand in for one); D is in topic #7.
        Assert.Equal([EffectivenessCalculator.Unassigned, "7"], rows.Select(r => r.Group).ToArray());
        Assert.Equal((3, 1), (rows[0].Complaints, rows[1].Complaints));
        Assert.Equal(22m, rows[1].TotalCost);           // D's cost, as in its April row
        Assert.Equal(rows.Sum(r => r.TotalCost), calculator.Calculate(FixedSet(), KpiDimension.Category, KpiPeriod.Whole, Shanghai).Sum(r => r.TotalCost));
    }

    [Fact]
    public void Quarters_and_channels_group_by_the_local_registration_date()
    {
        var calculator = new EffectivenessCalculator(new CostModel(Options()));

        var quarters = calculator.Calculate(FixedSet(), KpiDimension.Channel, KpiPeriod.Quarter, Shanghai);

        // Q1: A, C by phone; B by letter.  Q2: D by web.
        Assert.Equal([("2026Q1", "Letter", 1), ("2026Q1", "Phone", 2), ("2026Q2", "Web", 1)],
            quarters.Select(r => (r.Period, r.Group, r.Complaints)).ToArray());
        Assert.Equal(388m, quarters[1].TotalCost);
    }

    [Fact]
    public void P90_is_the_nearest_rank_and_the_mean_is_plain()
    {
        // ten closed complaints taking 1, 2, …, 10 hours: mean 5.5, p90 = ⌈0.9 × 10⌉ = 9th smallest = 9
        var set = Enumerable.Range(1, 10).Select(h => new ComplaintOutcome(Guid.NewGuid(), "CARDS", "CARD", Channel.Web, null, ComplaintStatus.Closed,
            Utc(5, 4, 0), Utc(5, 4, 0), null, Utc(5, 4, 0).AddHours(h), 4, 1, 0, 0m, true, [], [])).ToList();

        var row = Assert.Single(new EffectivenessCalculator(new CostModel(Options())).Calculate(set, KpiDimension.Department, KpiPeriod.Whole, Shanghai));

        Assert.Equal(5.5, row.MeanCycleHours);
        Assert.Equal(9, row.P90CycleHours);
        Assert.Equal(1.0, row.SatisfactionRate);
    }

    [Fact]
    public void Negative_rates_are_refused()
    {
        var options = Options();
        options.HourlyRates[StaffRole.Handler] = -1;
        Assert.Throws<ArgumentException>(() => new CostModel(options));
    }

    /// <summary>
    /// The fixed set moved 7 months on, for pages whose default range is the last months before the bUnit clock (2026-11-23):
    /// A 10-02, B 10-10, C 10-20, D 10-31 17:00 UTC (11-01 local).
    /// </summary>
    public static IEnumerable<ComplaintOutcome> FixedSetInAutumn() => FixedSet().Select(o => o with
    {
        RegisteredAtUtc = o.RegisteredAtUtc.AddMonths(7),
        ReceivedAtUtc = o.ReceivedAtUtc.AddMonths(7),
        ClosedAtUtc = o.ClosedAtUtc?.AddMonths(7),
        Clocks = [.. o.Clocks.Select(c => new ClockOutcome(c.DueAtUtc.AddMonths(7), c.MetAtUtc?.AddMonths(7)))],
    });
}
