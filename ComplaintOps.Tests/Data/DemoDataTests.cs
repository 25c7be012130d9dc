using ComplaintOps.Data.Domain.Access;
using System.Net.Mail;
using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Features.Calendar;
using ComplaintOps.Data.Features.Demo;
using ComplaintOps.Data.Features.Sla;
using ComplaintOps.Data.Persistence;
using ComplaintOps.Data.Persistence.Providers;
using ComplaintOps.Tests.TestInfrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintOps.Tests.Data;

/// <summary>The default-size demo data set, generated once for the tests that inspect it.</summary>
public sealed class DemoDataSetFixture
{
    /// <summary>Friday 20 November 2026, 16:00 in Shanghai.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    public const int Seed = 20261122;

    public const int Count = 6000;

    public DemoDataSetFixture() => Complaints = DemoDataGenerator.Generate(Count, Seed, Now, Calendar, TestRules.Seal).ToList();

    public static BusinessCalendar Calendar { get; } = new(BusinessCalendar.ChinaTimeZone, ShippedCalendars.LoadAll(CalendarRegion.China));

    public IReadOnlyList<Complaint> Complaints { get; }
}

public sealed class DemoDataTests(DemoDataSetFixture fixture) : IClassFixture<DemoDataSetFixture>
{
    private static readonly DateTimeOffset Now = DemoDataSetFixture.Now;
    private static readonly BusinessCalendar Calendar = DemoDataSetFixture.Calendar;
    private readonly IReadOnlyList<Complaint> _all = fixture.Complaints;

    [Fact]
    public void Same_seed_and_day_give_the_same_data()
    {
        var first = DemoDataGenerator.Generate(500, 42, Now, Calendar, TestRules.Seal).Select(Fingerprint).ToList();
        var second = DemoDataGenerator.Generate(500, 42, Now, Calendar, TestRules.Seal).Select(Fingerprint).ToList();

        Assert.Equal(first, second);
    }

    [Fact]
    public void A_different_seed_gives_different_data()
    {
        var first = DemoDataGenerator.Generate(200, 1, Now, Calendar, TestRules.Seal).Select(c => c.Reference).ToHashSet();
        var second = DemoDataGenerator.Generate(200, 2, Now, Calendar, TestRules.Seal).Select(c => c.Reference);

        Assert.DoesNotContain(second, first.Contains);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(37)]
    [InlineData(300)]
    public void Generates_exactly_the_requested_number(int count) =>
        Assert.Equal(count, DemoDataGenerator.Generate(count, 7, Now, Calendar, TestRules.Seal).Count());

    [Fact]
    public void The_default_set_has_at_least_5000_complaints_with_unique_references()
    {
        Assert.Equal(DemoDataSetFixture.Count, _all.Count);
        Assert.True(_all.Count >= 5000);
        Assert.Equal(_all.Count, _all.Select(c => c.Reference).Distinct().Count());
        Assert.Equal(_all.Count, _all.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public void Every_status_occurs() =>
        Assert.Equal(Enum.GetValues<ComplaintStatus>().Order(), _all.Select(c => c.Status).Distinct().Order());

    [Fact]
    public void Every_channel_category_and_severity_occurs()
    {
        Assert.Equal(Enum.GetValues<Channel>().Order(), _all.Select(c => c.Channel).Distinct().Order());
        Assert.Equal(Categories.All.Select(c => c.Code).Order(), _all.Where(c => c.Category is not null).Select(c => c.Category!).Distinct().Order());
        Assert.Equal(Enum.GetValues<Severity>().Order(), _all.Where(c => c.Severity is not null).Select(c => c.Severity!.Value).Distinct().Order());
    }

    [Fact]
    public void Texts_are_about_seventy_percent_chinese_and_thirty_percent_english()
    {
        var chinese = _all.Count(c => c.Language == "zh") / (double)_all.Count;

        Assert.All(_all, c => Assert.Contains(c.Language, new[] { "zh", "en" }));
        Assert.InRange(chinese, 0.65, 0.75);
        Assert.All(_all.Where(c => c.Language == "zh"), c => Assert.True(HasCjk(c.Subject) && HasCjk(c.Description) && HasCjk(c.CustomerName), c.Reference));
        Assert.All(_all.Where(c => c.Language == "en"), c => Assert.False(HasCjk(c.Subject) || HasCjk(c.Description) || HasCjk(c.CustomerName), c.Reference));
        Assert.True(_all.Select(c => c.Description).Distinct().Count() > _all.Count * 0.9, "Descriptions should rarely repeat.");
    }

    [Fact]
    public void Contact_data_is_well_formed()
    {
        Assert.All(_all, c => Assert.True(c.CustomerPhone is not null || c.CustomerEmail is not null, c.Reference));
        Assert.All(_all.Where(c => c.CustomerPhone is not null), c => Assert.Matches("^1[3-9][0-9]{9}$", c.CustomerPhone!));
        Assert.All(_all.Where(c => c.CustomerEmail is not null), c => Assert.True(MailAddress.TryCreate(c.CustomerEmail, out _), c.CustomerEmail));
    }

    [Fact]
    public void Clocks_are_on_time_at_risk_breached_met_and_met_late()
    {
        var states = _all.SelectMany(c => c.Clocks).Select(k => k.StateAt(Now, 0.8)).ToHashSet();

        Assert.Superset(new HashSet<ClockState> { ClockState.OnTime, ClockState.AtRisk, ClockState.Breached, ClockState.Met, ClockState.MetLate, ClockState.Paused }, states);
    }

    [Fact]
    public void Every_history_is_an_intact_chain_in_time_order_and_nothing_happens_after_now()
    {
        Assert.All(_all, c =>
        {
            Assert.Null(c.FindHistoryBreak(TestRules.Seal));
            Assert.Equal(c.EventCount, c.Events.Count);
            Assert.Equal(c.RegisteredAtUtc, c.Events[0].OccurredAtUtc);
            Assert.True(c.Events.Zip(c.Events.Skip(1)).All(p => p.First.OccurredAtUtc < p.Second.OccurredAtUtc), c.Reference);
            Assert.True(c.UpdatedAtUtc <= Now, c.Reference);
            Assert.All(c.Clocks, k => Assert.True(k.StartedAtUtc <= Now && (k.MetAtUtc ?? k.StoppedAtUtc ?? Now) <= Now, c.Reference));
        });
    }

    [Fact]
    public void Registrations_span_the_twelve_months_before_today()
    {
        var today = Calendar.LocalDate(Now);
        var days = _all.Select(c => Calendar.LocalDate(c.RegisteredAtUtc)).ToList();

        Assert.True(days.Min() >= today.AddDays(-370));
        Assert.True(days.Min() <= today.AddDays(-355));
        Assert.True(_all.Max(c => c.RegisteredAtUtc) <= Now);
        Assert.True(days.Select(d => (d.Year, d.Month)).Distinct().Count() >= 12);
    }

    [Fact]
    public void Older_complaints_are_mostly_closed_and_recent_ones_in_progress()
    {
        var old = _all.Where(c => c.RegisteredAtUtc < Now.AddDays(-90)).ToList();
        var recent = _all.Where(c => c.RegisteredAtUtc > Now.AddDays(-7)).ToList();

        Assert.True(old.Count(c => c.Status.IsOpen()) < old.Count * 0.02);
        Assert.True(recent.Count(c => c.Status.IsOpen()) > recent.Count * 0.5);
    }

    [Fact]
    public void The_app_login_burst_stands_out_in_the_last_ten_days()
    {
        var today = Calendar.LocalDate(Now);
        var windowStart = today.AddDays(1 - DemoDataGenerator.BurstDays);
        var classified = _all.Where(c => c.Category is not null).ToList();
        var top = classified.Where(c => Calendar.LocalDate(c.RegisteredAtUtc) >= windowStart)
            .GroupBy(c => c.Category).OrderByDescending(g => g.Count()).First();
        var firstDay = classified.Min(c => Calendar.LocalDate(c.RegisteredAtUtc));
        var earlierDays = windowStart.DayNumber - firstDay.DayNumber;
        var earlierDaily = classified.Count(c => c.Category == top.Key && Calendar.LocalDate(c.RegisteredAtUtc) < windowStart) / (double)earlierDays;
        var burstDaily = top.Count() / (double)DemoDataGenerator.BurstDays;

        Assert.Equal("DIGITAL", top.Key);
        Assert.True(burstDaily > 5 * earlierDaily, $"{burstDaily:0.0}/day in the burst vs {earlierDaily:0.0}/day before");
    }

    [Fact]
    public void The_special_cases_are_all_there()
    {
        Assert.Contains(_all, c => c.IsVip);
        Assert.Contains(_all, c => c.Channel == Channel.Regulator && c.RegulatorDeadlineUtc is not null && c.Clocks.Any(k => k.Kind == ClockKind.Regulator));
        Assert.All(_all.Where(c => c.Channel == Channel.Regulator), c => Assert.NotNull(c.RegulatorDeadlineUtc));
        Assert.Contains(_all, c => c.IsPaused);
        Assert.Contains(_all, c => c.Events.Any(e => e.Kind == nameof(ComplaintTrigger.Resume)));
        Assert.Contains(_all, c => c.Clocks.Any(k => k.ExtensionDays > 0));
        Assert.Contains(_all, c => c.Events.Any(e => e.Kind == nameof(ComplaintTrigger.Reassign)));
        Assert.Contains(_all, c => c.Events.Any(e => e.Kind == nameof(ComplaintTrigger.ReturnForRework)));
        Assert.Contains(_all, c => c.Round == 2 && c.Status == ComplaintStatus.Closed);
        Assert.Contains(_all, c => c.SlaPolicyName == SlaPolicies.Bank2020.Name);
        Assert.Contains(_all, c => c.CompensationAmount > 1_000 && c.CompensationAuthorized && c.Events.Any(e => e.Kind == "AuthorizeCompensation" && e.ActorRole == StaffRole.DepartmentHead));
        Assert.Contains(_all, c => c.CompensationAmount > 10_000 && c.CompensationAuthorized && c.Events.Any(e => e.Kind == "AuthorizeCompensation" && e.ActorRole == StaffRole.Supervisor));
        // The callback is its own activity now: an unreachable customer's attempts are on the RecordCallback event, not on Close.
        Assert.Contains(_all, c => c.Status == ComplaintStatus.Closed && c.Satisfaction is null && c.CallbackAttempts > 0
            && c.Events.Any(e => e.Kind == nameof(ComplaintTrigger.RecordCallback) && e.Details?.Contains("callbackAttempts", StringComparison.Ordinal) == true));
        Assert.Contains(_all, c => c.Clocks.Any(k => k.ExtensionStages == 2) && c.Events.Any(e => e.Kind == "Extend" && e.ActorRole == StaffRole.Manager));
        Assert.Contains(_all, c => c.Status == ComplaintStatus.Closed && c.ReviewOutcome is not null && c.OriginalDepartment != c.Department);
        Assert.Contains(_all, c => c.IsMajor && c.Clocks.Any(k => k.Kind == ClockKind.MajorReport && k.MetAtUtc is not null));
        Assert.Contains(_all, c => c.Clocks.Any(k => k.Kind == ClockKind.Regulator && k.MetAtUtc is not null) && c.RegulatorReport is not null);
        Assert.Contains(_all, c => c.FollowUpOpen || c.Events.Any(e => e.Kind == nameof(ComplaintTrigger.CompleteFollowUp)));
        Assert.All(_all.Where(c => c.Decision is not null), c => Assert.False(string.IsNullOrWhiteSpace(c.Decision!.ProofOfSending)));
        Assert.Contains(_all, c => c.ComplainantCount >= 20 && c.IsMajor && c.MajorReason == MajorReason.JointComplainants);
        Assert.Contains(_all, c => c.ComplainantCount is > 1 and < 20 && !c.IsMajor);
        Assert.Contains(_all, c => c.Parties.Any(p => p.Role == PartyRole.Agent && p.AuthorizationReference is not null));
    }

    [Fact]
    public void Merged_duplicates_point_to_an_earlier_complaint_of_the_same_customer_that_recorded_the_repeat()
    {
        var byId = _all.ToDictionary(c => c.Id);
        var merged = _all.Where(c => c.Status == ComplaintStatus.Merged).ToList();

        Assert.NotEmpty(merged);
        Assert.All(merged, duplicate =>
        {
            var original = byId[duplicate.MergedIntoId!.Value];
            Assert.Equal(duplicate.CustomerName, original.CustomerName);
            Assert.True(original.RegisteredAtUtc < duplicate.RegisteredAtUtc);
            Assert.Contains(original.Events, e => e.Kind == nameof(ComplaintTrigger.RecordRepeat) && e.Details!.Contains(duplicate.Id.ToString(), StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Staff_act_only_with_the_permissions_of_their_roles()
    {
        Assert.All(_all, c => Assert.All(c.Events, e =>
        {
            var needed = e.Kind == ComplaintEvent.RegisteredKind ? Permission.RegisterComplaint
                : TriggerPermissions.For(Enum.Parse<ComplaintTrigger>(e.Kind));
            Assert.Contains(needed, RolePermissions.DefaultFor(e.ActorRole));
            if (e.Kind is "StartInvestigation" or "ProposeResolution")
            {
                // The handling department; a 核查 review then moves the case to a reviewer outside it.
                Assert.StartsWith("H" + (c.OriginalDepartment ?? c.Department), e.ActorId, StringComparison.Ordinal);
            }
        }));
    }

    [Fact]
    public async Task Seeding_writes_the_generated_complaints_with_history_and_clocks_to_sqlite()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var connection = new SqliteConnection("DataSource=:memory:");
        await connection.OpenAsync(ct);
        var contextOptions = new DbContextOptionsBuilder<SqliteComplaintOpsDbContext>().UseSqlite(connection);
        ProviderSetup.UsePersonalData(contextOptions, TestRules.PersonalData);
        var factory = new OpenConnectionFactory(contextOptions.Options);
        await using (var db = factory.CreateDbContext())
        {
            await db.Database.MigrateAsync(ct);
            db.CalendarDays.AddRange(ShippedCalendars.LoadAll(CalendarRegion.China));
            await db.SaveChangesAsync(ct);
        }

        var sla = Options.Create(new SlaOptions());
        var seeder = new DemoDataSeeder(factory, new FakeTimeProvider(Now), new HandlingRulesProvider(new CalendarService(factory, sla, Options.Create(new CalendarOptions()), TestRules.Seal, new FakeTimeProvider(Now)), sla, TestRules.Seal));
        var options = new DemoOptions { Complaints = 300, RandomSeed = 7 };

        var written = await seeder.SeedAsync(options, ct);

        var expected = DemoDataGenerator.Generate(options.Complaints, options.RandomSeed, Now, Calendar, TestRules.Seal).ToList();
        await using var check = factory.CreateDbContext();
        Assert.Equal(300, written);
        Assert.Equal(300, await check.Complaints.CountAsync(ct));
        // Last month's demo spot check asks for rework on its failed cases: one note each on top of the generated histories.
        var reworkNotes = (await check.SpotChecks.AsNoTracking().Include(s => s.Cases).ToListAsync(ct)).SelectMany(s => s.Cases).Count(c => c.ReworkRequested);
        Assert.Equal(expected.Sum(c => c.Events.Count) + reworkNotes, await check.ComplaintEvents.CountAsync(ct));
        Assert.Equal(expected.Sum(c => c.Clocks.Count), await check.ComplaintClocks.CountAsync(ct));
        var stored = await check.Complaints.AsNoTracking().ToDictionaryAsync(c => c.Reference, c => c.Status, ct);
        Assert.Equal(expected.ToDictionary(c => c.Reference, c => c.Status), stored);

        // The stored history still verifies: the instants survive SQLite's binary DateTimeOffset column.
        var events = await check.ComplaintEvents.AsNoTracking().ToListAsync(ct);
        Assert.All(events.GroupBy(e => e.ComplaintId), history => Assert.Null(ComplaintEvent.FindBreak(history, TestRules.Seal)));
    }

    private static (string, string, ComplaintStatus, DateTimeOffset, string, int) Fingerprint(Complaint c) =>
        (c.Reference, c.Subject, c.Status, c.RegisteredAtUtc, c.LastEventHash, c.Version);

    private static bool HasCjk(string text) => text.Any(ch => ch is >= '\u4e00' and <= '\u9fff');

    private sealed class OpenConnectionFactory(DbContextOptions<SqliteComplaintOpsDbContext> options) : IDbContextFactory<ComplaintOpsDbContext>
    {
        public ComplaintOpsDbContext CreateDbContext() => new SqliteComplaintOpsDbContext(options);
    }
}
