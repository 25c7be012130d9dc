using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Features.Staff;

namespace ComplaintOps.Data.Features.Demo;

internal enum DemoTopic
{
    Any,
    AppUpgradeLogin,
    WealthNavDrop,
    AtmCardRetention,
}

/// <summary>One scheduled complaint: its local registration day, topic, own random seed, and whether a duplicate follows.</summary>
internal sealed record DemoSpec(DateOnly Day, DemoTopic Topic, int Seed, bool WithDuplicate);

/// <summary>A built demo complaint and the text template it was written from (what the demo topics are seeded by).</summary>
internal sealed record DemoComplaint(Complaint Complaint, string Template);

/// <summary>How fast a complaint is handled; slow ones overrun their clocks.</summary>
internal enum DemoPace
{
    Prompt,
    Normal,
    Slow,
}

internal enum DemoFate
{
    Handled,
    Withdrawn,
    Rejected,
}

/// <summary>What intake recorded about one demo complaint, and how it will be handled.</summary>
internal sealed record DemoCase(
    NewComplaint Data,
    DemoTemplate Template,
    DateTimeOffset RegisteredAtUtc,
    Severity Severity,
    Channel PreferredContact,
    HandlingRules Rules,
    DemoPace Pace,
    StaffMember Intake)
{
    public bool Zh => Data.Language == "zh";

    public string Category => Template.Category;
}

/// <summary>
/// Builds one scheduled complaint (and its duplicate, if any) by registering it on the real aggregate and playing its
/// planned history up to "now". Everything random comes from the spec's own seed, so each complaint is reproducible
/// on its own. The handling plan is in DemoComplaintBuilder.Handling.cs.
/// </summary>
internal sealed partial class DemoComplaintBuilder
{
    private static readonly (Channel Channel, int Weight)[] BaseChannels =
    [
        (Channel.Phone, 28), (Channel.MobileApp, 14), (Channel.Web, 10), (Channel.WeChat, 12), (Channel.Branch, 12),
        (Channel.Email, 7), (Channel.Letter, 3), (Channel.SocialMedia, 5), (Channel.Regulator, 9),
    ];

    private static readonly (Channel Channel, int Weight)[] AppBurstChannels =
        [(Channel.MobileApp, 40), (Channel.Phone, 28), (Channel.WeChat, 14), (Channel.SocialMedia, 10), (Channel.Web, 5), (Channel.Email, 3)];

    private static readonly (Channel Channel, int Weight)[] WealthBurstChannels =
        [(Channel.Phone, 30), (Channel.Branch, 25), (Channel.Regulator, 17), (Channel.WeChat, 10), (Channel.Letter, 8), (Channel.Email, 5), (Channel.SocialMedia, 5)];

    private static readonly (string Category, int Weight)[] CategoryWeights =
    [
        ("ACCOUNT", 9), ("CARD", 14), ("LOAN", 10), ("WEALTH", 9), ("SHARES", 7), ("FEES", 9),
        ("DIGITAL", 10), ("PAYMENT", 8), ("CONDUCT", 8), ("PRIVACY", 5), ("COLLECTION", 7), ("OTHER", 4),
    ];

    private readonly DateTimeOffset _now;
    private readonly BusinessCalendar _calendar;
    private readonly AuthorizationTiers _tiers;
    private readonly HandlingRules _bank2012;
    private readonly HandlingRules _bank2020;
    private readonly IReadOnlyList<StaffMember> _staff = StaffDirectory.Initial();

    public DemoComplaintBuilder(DateTimeOffset nowUtc, BusinessCalendar calendar, AuthorizationTiers tiers, HistorySeal seal)
    {
        // Whole seconds: every simulated instant derives from this or from minute-precise office times.
        _now = new DateTimeOffset(nowUtc.UtcTicks - nowUtc.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
        _calendar = calendar;
        _tiers = tiers;
        _bank2012 = new HandlingRules(SlaPolicies.Bank2012, calendar, tiers, seal);
        _bank2020 = new HandlingRules(SlaPolicies.Bank2020, calendar, tiers, seal);
    }

    public IReadOnlyList<DemoComplaint> Build(DemoSpec spec)
    {
        var random = new Random(spec.Seed);
        var c = Describe(spec, random);
        var fate = spec.WithDuplicate ? DemoFate.Handled : random.NextDouble() switch
        {
            < 0.02 => DemoFate.Rejected,
            < 0.06 => DemoFate.Withdrawn,
            _ => DemoFate.Handled,
        };
        var plan = PlanHandling(c, fate, random);
        var complaint = Complaint.Register(c.Data, c.Intake.ToActor(), c.RegisteredAtUtc, c.Rules, id: DemoTime.Version7(random, c.RegisteredAtUtc));
        if (!spec.WithDuplicate)
        {
            Play(complaint, plan, c.Rules);
            return [new DemoComplaint(complaint, c.Template.Topic)];
        }

        var duplicate = Duplicate(c, complaint, plan, random);
        Play(complaint, plan, c.Rules);
        return [new DemoComplaint(complaint, c.Template.Topic), new DemoComplaint(duplicate, c.Template.Topic)];
    }

    private DemoCase Describe(DemoSpec spec, Random r)
    {
        var zh = r.NextDouble() < 0.7;
        var channel = Weighted(r, spec.Topic switch
        {
            DemoTopic.AppUpgradeLogin => AppBurstChannels,
            DemoTopic.WealthNavDrop => WealthBurstChannels,
            _ => BaseChannels,
        });
        var template = spec.Topic switch
        {
            DemoTopic.AppUpgradeLogin => DemoTexts.Topic(zh, DemoTexts.AppUpgradeLogin),
            DemoTopic.WealthNavDrop => DemoTexts.Topic(zh, DemoTexts.WealthNavDrop),
            DemoTopic.AtmCardRetention => DemoTexts.Topic(zh, DemoTexts.AtmCardRetention),
            _ => DemoTexts.Pick(zh, Weighted(r, CategoryWeights), r),
        };
        var at = RegistrationTime(spec.Day, channel, r);
        var localDay = _calendar.LocalDate(at);
        var vip = r.NextDouble() < (template.Category is "WEALTH" or "SHARES" ? 0.15 : 0.06);
        var customer = DemoCustomers.Create(zh, template.Category, channel, vip, r);
        var slots = new DemoSlots(template, zh, localDay, r,
            product: spec.Topic == DemoTopic.WealthNavDrop ? template.Products[0] : null,
            appVersion: spec.Topic == DemoTopic.AppUpgradeLogin ? "8.0." + r.Next(0, 3) : null);
        var (subject, description) = DemoTexts.Write(template, slots, zh, r);
        var regulator = channel == Channel.Regulator;
        var group = spec.Topic == DemoTopic.WealthNavDrop && r.NextDouble() < 0.3;
        var data = new NewComplaint
        {
            Channel = channel,
            Subject = subject,
            Description = description,
            Language = zh ? "zh" : "en",
            CustomerName = customer.Name,
            CustomerPhone = customer.Phone,
            CustomerEmail = customer.Email,
            CustomerIdNumber = customer.IdNumber,
            CustomerAccount = customer.Account,
            CustomerTier = customer.Tier,
            PreferredContact = customer.PreferredContact,
            Product = slots.Product,
            Region = DemoRegions.For(subject + description),
            DisputedAmount = template.AmountDisputed ? slots.Amount : null,
            NamedEmployeeIds = template.Topic == "conduct-teller-attitude" ? ["T" + slots.StaffNumber] : [],
            RegulatorDeadline = regulator ? _calendar.AddWorkingDays(localDay, r.Next(7, 16)) : null,
            ExternalReference = regulator ? $"12378-{localDay:yyyyMMdd}-{r.Next(1000, 10000)}" : null,
            // Investors hit by the same fund's drop complain together, sometimes through a lawyer (art. 14).
            JointComplainants = group ? [.. Enumerable.Range(0, r.Next(2, 26)).Select(_ => Joint(zh, template.Category, r))] : [],
            Agent = group && r.NextDouble() < 0.5 ? DemoParties.Agent(zh, localDay, r) : null,
            RegulatorName = regulator ? (zh ? "国家金融监督管理总局上海监管局" : "NFRA Shanghai Office") : null,
            RegulatorReference = regulator ? $"沪金管转〔{localDay.Year}〕{r.Next(100, 1000)}号" : null,
        };
        NewComplaintValidator.ThrowIfInvalid(data, at, localDay);

        var pace = r.NextDouble() switch
        {
            var x when vip || regulator => x < 0.8 ? DemoPace.Prompt : x < 0.95 ? DemoPace.Normal : DemoPace.Slow,
            < 0.6 => DemoPace.Prompt,
            < 0.88 => DemoPace.Normal,
            _ => DemoPace.Slow,
        };
        var rules = r.NextDouble() < 0.8 ? _bank2020 : _bank2012;
        var intake = zh || r.NextDouble() < 0.3 ? Staff(r, s => s.Role == StaffRole.IntakeAgent && s.Id != "A003") : Staff(r, s => s.Id == "A003");
        return new DemoCase(data, template, at, PickSeverity(spec.Topic, template.Category, regulator, r), customer.PreferredContact, rules, pace, intake);
    }

    private DateTimeOffset RegistrationTime(DateOnly day, Channel channel, Random r)
    {
        // Letters and regulator transfers are logged by the office on working days.
        while (channel is Channel.Letter or Channel.Regulator && !_calendar.IsWorkingDay(day))
        {
            day = day.AddDays(-1);
        }

        var minuteOfDay = channel switch
        {
            Channel.Phone => r.Next(8 * 60, 21 * 60),
            Channel.Branch or Channel.Letter or Channel.Regulator => r.Next(9 * 60, 17 * 60),
            _ => r.NextDouble() < 0.85 ? r.Next(7 * 60 + 30, 23 * 60) : r.Next(0, 24 * 60),
        };
        var at = DemoTime.ToUtc(_calendar, day, TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(minuteOfDay))).AddSeconds(r.Next(0, 60));
        return at < _now ? at : _now.AddMinutes(-r.Next(1, 120));
    }

    private static Severity PickSeverity(DemoTopic topic, string category, bool regulator, Random r)
    {
        var x = r.NextDouble();
        var severity = topic switch
        {
            DemoTopic.AppUpgradeLogin => x < 0.5 ? Severity.Medium : x < 0.9 ? Severity.High : Severity.Major,
            DemoTopic.WealthNavDrop => x < 0.15 ? Severity.Medium : x < 0.75 ? Severity.High : Severity.Major,
            _ => x < 0.3 ? Severity.Low : x < 0.75 ? Severity.Medium : x < 0.97 ? Severity.High : Severity.Major,
        };
        if (category is "CONDUCT" or "OTHER" or "FEES" && severity == Severity.Major)
        {
            severity = Severity.High;
        }

        if ((regulator || category is "PRIVACY" or "WEALTH" or "COLLECTION") && severity == Severity.Low)
        {
            severity = Severity.Medium;
        }

        return severity;
    }

    /// <summary>
    /// A repeat complaint from the same customer, registered while the original is being investigated and merged
    /// into it; the original records the repeat at the same moment (as ComplaintCommands.MergeAsync does).
    /// </summary>
    private Complaint Duplicate(DemoCase original, Complaint into, DemoPlan originalPlan, Random r)
    {
        var steps = originalPlan.Steps;
        var index = Enumerable.Range(0, steps.Count).First(i => steps[i].Action.Trigger == ComplaintTrigger.StartInvestigation);
        var start = steps[index];
        var end = index + 1 < steps.Count ? steps[index + 1].At : start.At.AddDays(5);
        var registeredAt = start.At.AddMinutes(Math.Max(5, (end - start.At).TotalMinutes * (0.1 + 0.3 * r.NextDouble())));
        registeredAt = new DateTimeOffset(registeredAt.UtcTicks - registeredAt.UtcTicks % TimeSpan.TicksPerMinute, TimeSpan.Zero);
        if (registeredAt >= _now)
        {
            throw new InvalidOperationException("A merged duplicate would be registered in the future; originals must be old enough.");
        }

        var zh = original.Zh;
        var data = original.Data with
        {
            Subject = DemoReasons.Duplicate(zh, original.Data.Subject),
            Description = DemoReasons.DuplicateBody(zh, into.Reference) + (zh ? "" : " ") + original.Data.Description,
            Channel = original.Data.Channel == Channel.Regulator || r.NextDouble() < 0.5 ? Channel.Phone : original.Data.Channel,
            RegulatorDeadline = null,
            ExternalReference = null,
        };
        var intake = zh ? Staff(r, s => s.Role == StaffRole.IntakeAgent && s.Id != "A003") : Staff(r, s => s.Id == "A003");
        var duplicate = Complaint.Register(data, intake.ToActor(), registeredAt, original.Rules, id: DemoTime.Version7(r, registeredAt));

        var plan = new DemoPlan(_calendar, r, registeredAt);
        plan.SoonOnHotline(2, 30).Do(intake.ToActor(), new Acknowledge());
        if (r.NextDouble() < 0.5)
        {
            plan.Soon(5, 60).Do(intake.ToActor(), new Classify(original.Category, original.Severity));
        }

        plan.Soon(10, 120).Do(intake.ToActor(), new Merge(into.Id, DemoReasons.Merge(zh, into.Reference)));
        var mergedAt = plan.Steps[^1].At;
        _ = originalPlan.TryInsert(new DemoStep(mergedAt, intake.ToActor(), new RecordRepeat(duplicate.Id, r.NextDouble() < 0.3, duplicate.Reference),
            ComplaintStatus.Registered));
        Play(duplicate, plan, original.Rules);
        return duplicate;
    }

    /// <summary>Fires the planned steps in order, up to now: later steps have not happened yet.</summary>
    private void Play(Complaint complaint, DemoPlan plan, HandlingRules rules)
    {
        foreach (var step in plan.Steps)
        {
            if (step.At > _now)
            {
                break;
            }

            // A planned extension that comes too late (the decision clock has breached, or an earlier stage was not granted)
            // is not granted: the domain refuses it, and the demo keeps the breach.
            if (step.Action is Extend extend && (complaint.NextExtension(rules.Policy)?.Number != extend.Stage
                                                 || !complaint.AvailableTriggers(step.Actor, rules, step.At).Contains(ComplaintTrigger.Extend)))
            {
                continue;
            }

            complaint.Apply(step.Action, step.Actor, step.At, rules);
        }
    }

    private StaffMember Staff(Random r, Func<StaffMember, bool> filter)
    {
        var pool = _staff.Where(filter).ToArray();
        return pool[r.Next(pool.Length)];
    }

    private static JointComplainant Joint(bool zh, string category, Random r)
    {
        var person = DemoCustomers.Create(zh, category, Channel.Phone, vip: false, r);
        return new JointComplainant(person.Name, person.Phone, person.IdNumber);
    }

    private StaffMember Head(string department) => _staff.First(s => s.Role == StaffRole.DepartmentHead && s.Department == department);

    private static T Weighted<T>(Random r, (T Value, int Weight)[] options)
    {
        var x = r.Next(options.Sum(o => o.Weight));
        foreach (var (value, weight) in options)
        {
            if (x < weight)
            {
                return value;
            }

            x -= weight;
        }

        return options[^1].Value;
    }
}
