using System.Globalization;
using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Domain.Supervision;

/// <summary>
/// The monthly spot check of closed complaints (DESIGN §4): a reproducible random sample (<see cref="SpotCheckSample"/>,
/// seed recorded), a checklist per case, findings and rework requests. One per month. Each change needs
/// <see cref="Permission.SpotCheck"/>, raises <see cref="Version"/> and returns the <see cref="SupervisionEvent"/> to store.
/// </summary>
public sealed class SpotCheck
{
    public const string DrawnKind = "SpotCheckDrawn";
    public const string CheckedKind = "CaseChecked";
    public const string ReworkKind = "ReworkRequested";
    public const string CompletedKind = "SpotCheckCompleted";
    public const int NoteLength = 1000;

    private readonly List<SpotCheckCase> _cases = [];

    private SpotCheck()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The first day of the month whose closed complaints were sampled (local calendar).</summary>
    public DateOnly Month { get; private set; }

    public long Seed { get; private set; }

    /// <summary>How many complaints closed in the month when the sample was drawn.</summary>
    public int Population { get; private set; }

    public int SampleSize { get; private set; }

    public string DrawnById { get; private set; } = "";

    public string DrawnByName { get; private set; } = "";

    public DateTimeOffset DrawnAtUtc { get; private set; }

    public SpotCheckStatus Status { get; private set; }

    public DateTimeOffset? CompletedAtUtc { get; private set; }

    /// <summary>Optimistic concurrency token: +1 on every change.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<SpotCheckCase> Cases => _cases;

    /// <summary>Checked cases that passed over checked cases; null before any case is checked.</summary>
    public double? PassRate => PassRateOf(_cases);

    public static double? PassRateOf(IEnumerable<SpotCheckCase> cases)
    {
        var checkedCases = cases.Where(c => c.IsChecked).ToList();
        return checkedCases.Count == 0 ? null : checkedCases.Count(c => c.Passed == true) / (double)checkedCases.Count;
    }

    /// <summary>
    /// Draws <paramref name="size"/> of <paramref name="population"/> (the month's closed complaints: id → reference) with
    /// <paramref name="seed"/>. The month must be over (its population no longer grows), and not empty.
    /// </summary>
    public static (SpotCheck SpotCheck, SupervisionEvent Event) Draw(DateOnly month, long seed, int size, IReadOnlyDictionary<Guid, string> population,
        DateOnly today, Actor by, DateTimeOffset nowUtc)
    {
        ArgumentNullException.ThrowIfNull(population);
        Demand(by);
        var first = new DateOnly(month.Year, month.Month, 1);
        if (first.AddMonths(1) > today)
        {
            throw new DomainException("month_not_over", $"{first:yyyy-MM} has not ended yet: only a past month's closed complaints can be sampled.");
        }

        if (population.Count == 0)
        {
            throw new DomainException("empty_population", $"No complaint was closed in {first:yyyy-MM}.");
        }

        if (size < 1 || size > Math.Min(population.Count, SpotCheckSample.MaxSize))
        {
            throw new DomainException("invalid_sample_size",
                $"The sample size must be between 1 and {Math.Min(population.Count, SpotCheckSample.MaxSize)}.");
        }

        var at = StoredInstant.Normalize(nowUtc);
        var check = new SpotCheck
        {
            Id = Guid.CreateVersion7(at),
            Month = first,
            Seed = seed,
            Population = population.Count,
            SampleSize = size,
            DrawnById = by.Id,
            DrawnByName = by.Name,
            DrawnAtUtc = at,
            Status = SpotCheckStatus.Open,
            Version = 1,
        };
        var position = 0;
        foreach (var id in SpotCheckSample.Draw(population.Keys, size, seed))
        {
            check._cases.Add(new SpotCheckCase(check.Id, ++position, id, population[id]));
        }

        var detail = string.Create(CultureInfo.InvariantCulture, $"month={first:yyyy-MM}; seed={seed}; population={population.Count}; size={size}");
        return (check, new SupervisionEvent(check.Id, DrawnKind, by, at, detail));
    }

    public SupervisionEvent Record(Guid caseId, IReadOnlyDictionary<SpotCheckItem, CheckAnswer> answers, string? finding, Actor by, DateTimeOffset nowUtc)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var item = Open(caseId, by);
        item.Record(answers, finding, by, nowUtc);
        Version++;
        var detail = $"{item.Reference}: {(item.Passed == true ? "passed" : "failed")} {item.AnswerCodes}" + (item.Finding is { } f ? " — " + f : "");
        return new SupervisionEvent(Id, CheckedKind, by, nowUtc, detail);
    }

    /// <summary>
    /// Asks the complaint's department to put a failed case right. Returns the note the caller records on the complaint
    /// (an AddNote in the same unit of work), so the request is on the complaint's own sealed history too.
    /// </summary>
    public (SupervisionEvent Event, string ComplaintNote) RequestRework(Guid caseId, string? note, Actor by, DateTimeOffset nowUtc)
    {
        var item = Open(caseId, by);
        var text = note?.Trim() ?? "";
        if (text.Length == 0 || text.Length > NoteLength)
        {
            throw new DomainException("invalid_note", $"Say what must be put right (up to {NoteLength} characters).");
        }

        item.RequestRework(text);
        Version++;
        var complaintNote = $"抽查 Spot check {Month:yyyy-MM} — rework requested / 要求整改: {text}";
        return (new SupervisionEvent(Id, ReworkKind, by, nowUtc, $"{item.Reference}: {text}"), complaintNote);
    }

    /// <summary>Signs the check off once every case is checked; nothing changes afterwards.</summary>
    public SupervisionEvent Complete(Actor by, DateTimeOffset nowUtc)
    {
        Demand(by);
        RequireOpen();
        var open = _cases.Count(c => !c.IsChecked);
        if (open > 0)
        {
            throw new DomainException("cases_unchecked", $"{open} sampled case(s) are not checked yet.");
        }

        Status = SpotCheckStatus.Completed;
        CompletedAtUtc = StoredInstant.Normalize(nowUtc);
        Version++;
        var detail = string.Create(CultureInfo.InvariantCulture, $"passed {_cases.Count(c => c.Passed == true)}/{_cases.Count}");
        return new SupervisionEvent(Id, CompletedKind, by, nowUtc, detail);
    }

    private SpotCheckCase Open(Guid caseId, Actor by)
    {
        Demand(by);
        RequireOpen();
        return _cases.SingleOrDefault(c => c.Id == caseId) ?? throw new NotFoundException("Spot-check case", caseId);
    }

    private void RequireOpen()
    {
        if (Status == SpotCheckStatus.Completed)
        {
            throw new DomainException("spot_check_completed", "The spot check is completed and can no longer change.");
        }
    }

    private static void Demand(Actor by)
    {
        if (!by.Has(Permission.SpotCheck))
        {
            throw ForbiddenException.Lacking(Permission.SpotCheck);
        }
    }
}
