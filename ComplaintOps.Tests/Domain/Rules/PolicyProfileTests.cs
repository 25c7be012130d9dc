using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;

namespace ComplaintOps.Tests.Domain.Rules;

/// <summary>
/// Each shipped profile on real calendar days: the 2025 National Day week (1–8 Oct off, make-up Sunday 28 Sep and Saturday
/// 11 Oct), the 2026 Spring Festival (15–23 Feb off, make-up Saturdays 14 and 28 Feb), New Year's Eve either side of
/// midnight, and natural-day limits that end on a weekend. Every expected date is counted by hand in its comment; the
/// basis is the rule the profile cites for it (ClockBasis.Of, what the detail page shows).
/// </summary>
public sealed class PolicyProfileTests
{
    private static readonly TimeSpan London = TimeSpan.Zero;   // GMT: all the UK dates below are in winter

    private static Complaint Received(HandlingRules rules, DateTimeOffset at, CustomerTier tier = CustomerTier.Standard) =>
        new ComplaintBuilder().Under(rules).At(at).With(d => d with { CustomerTier = tier }).Build();

    private static DateTimeOffset EndOfDay(int year, int month, int day, TimeSpan offset) =>
        new DateTimeOffset(year, month, day, 23, 59, 59, offset).ToUniversalTime();

    /// <summary>Asserts the due date of the clock of <paramref name="kind"/> and the rule ClockBasis names for it.</summary>
    private static void AssertDue(Complaint c, HandlingRules rules, ClockKind kind, DateTimeOffset due, string citation, DayCount count, int days,
        RuleStanding standing = RuleStanding.Regulation)
    {
        var clock = c.Clocks.Last(k => k.Kind == kind);
        Assert.Equal(due, clock.DueAtUtc);
        var basis = ClockBasis.Of(rules.Policy, kind, c.IsVip, clock.DueCount, clock.ExtensionStages, clock.WorkingDays, clock.CalendarDays);
        Assert.NotNull(basis);
        Assert.Equal(rules.Policy.Name, basis.Policy);
        Assert.Equal(citation, basis.Citation.ToString());
        Assert.Equal(standing, basis.Standing);
        Assert.Equal(count, basis.Count);
        Assert.Equal(days, basis.Days);
    }

    [Fact]
    public void Bank2020_received_the_day_before_national_day_is_due_15_natural_days_later_holidays_included()
    {
        var c = Received(TestRules.Bank2020, TestRules.Local(2025, 9, 30, 10));   // Tuesday 30 Sep 2025

        // 30 Sep + 15 natural days = Wed 15 Oct (the holiday week counts: natural days).
        AssertDue(c, TestRules.Bank2020, ClockKind.Resolve, TestRules.EndOfDay(2025, 10, 15), "CBIRC2020 18", DayCount.Natural, 15);
        // Acknowledge the same working day: 30 Sep is one. Route within 1 working day: 1–8 Oct are off, so Thu 9 Oct.
        AssertDue(c, TestRules.Bank2020, ClockKind.Acknowledge, TestRules.EndOfDay(2025, 9, 30), "CBRC2012 7", DayCount.Working, 0, RuleStanding.InstitutionTarget);
        AssertDue(c, TestRules.Bank2020, ClockKind.Route, TestRules.EndOfDay(2025, 10, 9), "Seed001 3.2", DayCount.Working, 1, RuleStanding.InstitutionTarget);
    }

    [Fact]
    public void Bank2020_fully_extended_in_both_stages_is_due_60_natural_days_after_receipt_never_90()
    {
        var rules = TestRules.Bank2020;
        var c = new ComplaintBuilder().Under(rules).At(TestRules.Local(2025, 9, 30, 10)).In(ComplaintStatus.Investigating);

        c.Apply(new Extend(1, "需调取境外收单机构记录", "已短信告知客户延长至30日及理由"), TestRules.Head, TestRules.Local(2025, 10, 9, 10), rules);
        // 15 + 15 = 30 natural days: 30 Sep + 30 = Thu 30 Oct.
        AssertDue(c, rules, ClockKind.Resolve, TestRules.EndOfDay(2025, 10, 30), "CBIRC2020 18", DayCount.Natural, 30);

        c.Apply(new Extend(2, "涉及总行系统改造，报总行高级管理人员批准", "已书面告知客户再延长30日"), TestRules.Manager, TestRules.Local(2025, 10, 27, 10), rules);
        // 30 + 30 = 60 natural days: 30 Sep + 60 = Sat 29 Nov (a natural-day limit may end on a weekend). Not 30 Dec, which
        // would be 60 *working* days (the 2012 notice's count, see the next test) or 90 natural days.
        AssertDue(c, rules, ClockKind.Resolve, TestRules.EndOfDay(2025, 11, 29), "CBIRC2020 18", DayCount.Natural, 60);
        Assert.Equal(2, c.Clocks.Single(k => k.Kind == ClockKind.Resolve).ExtensionStages);
    }

    [Fact]
    public void Bank2012_counts_working_days_across_national_day_and_its_make_up_saturday()
    {
        var rules = TestRules.Bank2012;
        var c = new ComplaintBuilder().Under(rules).At(TestRules.Local(2025, 9, 30, 10)).In(ComplaintStatus.Investigating);

        // 15 working days after Tue 30 Sep: 1–8 Oct off; 9, 10, Sat 11 (make-up), 13–17, 20–24, 27, 28 Oct → Tue 28 Oct.
        AssertDue(c, rules, ClockKind.Resolve, TestRules.EndOfDay(2025, 10, 28), "CBRC2012 9", DayCount.Working, 15);

        c.Apply(new Extend(1, "案情复杂", "已告知客户"), TestRules.Head, TestRules.Local(2025, 10, 20, 10), rules);
        // 15 + 45 = 60 working days: 29 Oct–30 Dec holds 45 working days (no holidays) → Tue 30 Dec.
        AssertDue(c, rules, ClockKind.Resolve, TestRules.EndOfDay(2025, 12, 30), "CBRC2012 9", DayCount.Working, 60);
    }

    [Fact]
    public void Investment_company_counts_from_the_saturday_before_the_make_up_sunday_and_says_its_limit_is_unverified()
    {
        var rules = TestRules.InvestmentCompany;
        var c = Received(rules, TestRules.Local(2025, 9, 27, 10));   // Saturday 27 Sep 2025, received by mail

        // Same working day: Saturday is not one, the next is the make-up Sunday 28 Sep.
        AssertDue(c, rules, ClockKind.Acknowledge, TestRules.EndOfDay(2025, 9, 28), "Seed001 3.2", DayCount.Working, 0, RuleStanding.InstitutionTarget);
        // 1 working day after Saturday: Sunday 28 Sep is a working day.
        AssertDue(c, rules, ClockKind.Route, TestRules.EndOfDay(2025, 9, 28), "Seed001 3.2", DayCount.Working, 1, RuleStanding.InstitutionTarget);
        // 15 working days: Sun 28, Mon 29, Tue 30 Sep (3); 1–8 Oct off; 9, 10, Sat 11 (6); 13–17 (11); 20–23 Oct (15) → Thu 23 Oct.
        AssertDue(c, rules, ClockKind.Resolve, TestRules.EndOfDay(2025, 10, 23), "Seed001 3.2", DayCount.Working, 15, RuleStanding.Unverified);
    }

    [Fact]
    public void Cfpb_natural_days_run_through_the_spring_festival_and_may_end_on_a_saturday()
    {
        var rules = TestRules.Cfpb;
        var c = Received(rules, TestRules.Local(2026, 2, 13, 10));   // Friday 13 Feb 2026, the last working day before the festival

        // 13 Feb + 15 natural days = Sat 28 Feb (the festival counts; the date is not moved off the weekend).
        AssertDue(c, rules, ClockKind.Resolve, TestRules.EndOfDay(2026, 2, 28), "CFPB 15-day response", DayCount.Natural, 15);
        // 1 working day after Friday 13 Feb: Saturday 14 Feb is a make-up working day.
        AssertDue(c, rules, ClockKind.Route, TestRules.EndOfDay(2026, 2, 14), "Seed001 3.2", DayCount.Working, 1, RuleStanding.InstitutionTarget);
    }

    [Fact]
    public void Bank2012_working_days_skip_the_spring_festival_and_count_both_make_up_saturdays()
    {
        var rules = TestRules.Bank2012;
        var c = Received(rules, TestRules.Local(2026, 2, 13, 10));   // Friday 13 Feb 2026

        // After Fri 13 Feb: Sat 14 (1); 15–23 off; 24, 25, 26, 27 (5); Sat 28 (6); 2–6 Mar (11); 9–12 Mar (15) → Thu 12 Mar.
        AssertDue(c, rules, ClockKind.Resolve, TestRules.EndOfDay(2026, 3, 12), "CBRC2012 9", DayCount.Working, 15);
    }

    [Theory]
    [InlineData(23, 30, 12, 31, 1, 15)]   // 23:30 on 31 Dec is still 31 Dec: + 15 natural days = Thu 15 Jan
    [InlineData(0, 30, 1, 1, 1, 16)]      // 00:30 on 1 Jan is 1 Jan: + 15 = Fri 16 Jan
    public void Bank2020_new_years_eve_either_side_of_midnight_counts_from_the_local_day(int hour, int minute, int month, int day, int dueMonth, int dueDay)
    {
        var rules = TestRules.Bank2020;
        var c = Received(rules, TestRules.Local(month == 12 ? 2025 : 2026, month, day, hour, minute));

        AssertDue(c, rules, ClockKind.Resolve, TestRules.EndOfDay(2026, dueMonth, dueDay), "CBIRC2020 18", DayCount.Natural, 15);
    }

    [Fact]
    public void New_years_eve_in_shanghai_acknowledges_the_same_night_but_after_midnight_on_the_make_up_sunday()
    {
        var rules = TestRules.Bank2012;
        var eve = Received(rules, TestRules.Local(2025, 12, 31, 23, 30));
        var newYear = Received(rules, TestRules.Local(2026, 1, 1, 0, 30));

        // 31 Dec is a working day: acknowledge by its end, 29 minutes later. 1–3 Jan are off; Sunday 4 Jan is a make-up day.
        AssertDue(eve, rules, ClockKind.Acknowledge, TestRules.EndOfDay(2025, 12, 31), "CBRC2012 7", DayCount.Working, 0, RuleStanding.InstitutionTarget);
        AssertDue(newYear, rules, ClockKind.Acknowledge, TestRules.EndOfDay(2026, 1, 4), "CBRC2012 7", DayCount.Working, 0, RuleStanding.InstitutionTarget);
        // 15 working days either way: Sun 4 Jan (1), 5–9 (6), 12–16 (11), 19–22 Jan (15) → Thu 22 Jan.
        AssertDue(eve, rules, ClockKind.Resolve, TestRules.EndOfDay(2026, 1, 22), "CBRC2012 9", DayCount.Working, 15);
        AssertDue(newYear, rules, ClockKind.Resolve, TestRules.EndOfDay(2026, 1, 22), "CBRC2012 9", DayCount.Working, 15);
    }

    [Theory]
    [InlineData(2025, 12, 31, 23, 30, 25)]   // London 23:30 on 31 Dec (07:30 on 1 Jan in Shanghai): 31 Dec + 56 = Wed 25 Feb
    [InlineData(2026, 1, 1, 0, 30, 26)]      // London 00:30 on 1 Jan: 1 Jan + 56 = Thu 26 Feb
    public void Uk_disp_counts_eight_weeks_from_the_london_day(int year, int month, int day, int hour, int minute, int dueDay)
    {
        var rules = TestRules.UkDisp;
        var c = Received(rules, new DateTimeOffset(year, month, day, hour, minute, 0, London));

        AssertDue(c, rules, ClockKind.Resolve, EndOfDay(2026, 2, dueDay, London), "DISP 1.6.2R", DayCount.Natural, 56);
        // Summary resolution by the close of the third business day: 1 Jan is a bank holiday; Fri 2, Mon 5, Tue 6 Jan.
        AssertDue(c, rules, ClockKind.SummaryResolution, EndOfDay(2026, 1, 6, London), "DISP 1.5.1R", DayCount.Working, 3);
    }

    [Fact]
    public void Uk_disp_payments_counts_15_business_days_in_the_uk_calendar_and_35_when_extended()
    {
        var rules = TestRules.UkDispPayments;
        var c = new ComplaintBuilder().Under(rules).At(new DateTimeOffset(2025, 12, 31, 23, 30, 0, London)).In(ComplaintStatus.Investigating);

        // After Wed 31 Dec: 1 Jan bank holiday; 2 (1), 5–9 (6), 12–16 (11), 19–22 Jan (15) → Thu 22 Jan. (China's make-up
        // Sunday 4 Jan does not count here.)
        AssertDue(c, rules, ClockKind.Resolve, EndOfDay(2026, 1, 22, London), "DISP 1.6.2AR", DayCount.Working, 15);

        c.Apply(new Extend(1, "Exceptional: third-party records", "Holding reply sent with the new date"), TestRules.Head,
            new DateTimeOffset(2026, 1, 12, 10, 0, 0, London), rules);
        // + 20 business days: 23, 26–30 Jan (6), 2–6 (11), 9–13 (16), 16–19 Feb (20) → Thu 19 Feb.
        AssertDue(c, rules, ClockKind.Resolve, EndOfDay(2026, 2, 19, London), "DISP 1.6.2AR", DayCount.Working, 35);
    }

    [Fact]
    public void The_earliest_applicable_limit_sets_the_due_date_and_names_its_rule()
    {
        var rules = TestRules.Bank2020;

        // A VIP received Mon 2 Mar 2026: the 10-working-day target (Mon 16 Mar) beats the legal 15 natural days (Tue 17 Mar).
        var march = Received(rules, TestRules.Local(2026, 3, 2, 9), CustomerTier.Vip);
        AssertDue(march, rules, ClockKind.Resolve, TestRules.EndOfDay(2026, 3, 16), "Institution VIP", DayCount.Working, 10, RuleStanding.InstitutionTarget);

        // A VIP received Tue 30 Sep 2025: 10 working days reach Tue 21 Oct across the holiday, so the legal 15 natural
        // days (Wed 15 Oct) come first and the regulation is the basis.
        var october = Received(rules, TestRules.Local(2025, 9, 30, 10), CustomerTier.Vip);
        AssertDue(october, rules, ClockKind.Resolve, TestRules.EndOfDay(2025, 10, 15), "CBIRC2020 18", DayCount.Natural, 15);
    }

    [Fact]
    public void A_regulators_fixed_deadline_names_no_counted_rule()
    {
        var c = new ComplaintBuilder()
            .With(d => d with { Channel = Channel.Regulator, RegulatorDeadline = new DateOnly(2026, 3, 10), RegulatorReference = "沪金管转〔2026〕7号" })
            .At(TestRules.Local(2026, 3, 2, 9)).Build();
        var regulator = c.Clocks.Single(k => k.Kind == ClockKind.Regulator);

        Assert.Null(ClockBasis.Of(SlaPolicies.Bank2020, ClockKind.Regulator, false, regulator.DueCount, 0, regulator.WorkingDays, regulator.CalendarDays));
        AssertDue(c, TestRules.Bank2020, ClockKind.Resolve, TestRules.EndOfDay(2026, 3, 17), "CBIRC2020 18", DayCount.Natural, 15);   // the same complaint's counted clock
    }
}
