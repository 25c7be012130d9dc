using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Data.Domain.Governance;

/// <summary>
/// One item of a meeting's agenda: a frozen snapshot (title, figures, the topic's name, product, department and the
/// complaints behind it, copied when the meeting was created so the minutes read the same a year later) and what the room
/// recorded about it (findings, root cause, responsible department). Only <see cref="ReviewMeeting.RecordFinding"/> changes it.
/// </summary>
public sealed class AgendaItem
{
    public const int TitleLength = 300;
    public const int TextLength = 4000;

    /// <summary>The complaints copied per item; <see cref="ComplaintTotal"/> counts them all.</summary>
    public const int MaxComplaints = 50;

    private AgendaItem()
    {
    }

    public Guid Id { get; private set; }

    public Guid MeetingId { get; private set; }

    /// <summary>1-based place on the agenda.</summary>
    public int Position { get; private set; }

    public AgendaItemKind Kind { get; private set; }

    public string Title { get; private set; } = "";

    public int? TopicId { get; private set; }

    public TopicKey? Topic => TopicKey.From(TopicId);

    /// <summary>The topic's name as it was at creation (renaming the topic later changes nothing here).</summary>
    public string? TopicName { get; private set; }

    public string? Product { get; private set; }

    /// <summary>The department the item is about (where its complaints are handled), as found at creation.</summary>
    public string? Department { get; private set; }

    public IReadOnlyList<AgendaFigure> Figures { get; private set; } = [];

    public IReadOnlyList<AgendaComplaint> Complaints { get; private set; } = [];

    public int ComplaintTotal { get; private set; }

    /// <summary>Monday of the first week of <see cref="WeeklyCounts"/> (the chart's series).</summary>
    public DateOnly SeriesStart { get; private set; }

    public IReadOnlyList<int> WeeklyCounts { get; private set; } = [];

    /// <summary>For an open-action item, the action it is about.</summary>
    public Guid? ActionId { get; private set; }

    public string? Findings { get; private set; }

    public string? RootCause { get; private set; }

    /// <summary>Who answers for the item; defaults to <see cref="Department"/>. Decides who sees it (a department's handlers see its items).</summary>
    public string? ResponsibleDepartment { get; private set; }

    /// <summary>The department that decides visibility.</summary>
    public string? VisibleTo => ResponsibleDepartment ?? Department;

    public double? Figure(string name) => Figures.FirstOrDefault(f => f.Name == name)?.Value;

    internal static AgendaItem Frozen(AgendaItemKind kind, string title, TopicKey? topic, string? topicName, string? product, string? department,
        IReadOnlyList<AgendaFigure> figures, IReadOnlyList<AgendaComplaint> complaints, DateOnly seriesStart, IReadOnlyList<int> weeklyCounts,
        Guid? actionId = null) => new()
    {
        Kind = kind,
        Title = title.Length > TitleLength ? title[..TitleLength] : title,
        TopicId = topic?.Value,
        TopicName = topicName,
        Product = product,
        Department = department,
        Figures = [.. figures],
        Complaints = [.. complaints.Take(MaxComplaints)],
        ComplaintTotal = complaints.Count,
        SeriesStart = seriesStart,
        WeeklyCounts = [.. weeklyCounts],
        ActionId = actionId,
        ResponsibleDepartment = department,
    };

    internal void Place(Guid meetingId, int position, DateTimeOffset nowUtc)
    {
        Id = Guid.CreateVersion7(nowUtc);
        MeetingId = meetingId;
        Position = position;
    }

    /// <summary>Sets the three texts; returns the (field, old, new) of each that changed.</summary>
    internal IReadOnlyList<(string Field, string? Old, string? New)> Record(string? findings, string? rootCause, string? department)
    {
        var changes = new List<(string, string?, string?)>();
        var f = GovernanceText.Optional(findings, "findings", TextLength);
        var r = GovernanceText.Optional(rootCause, "root cause", TextLength);
        var d = GovernanceText.Optional(department, "department", 24);
        if (f != Findings)
        {
            changes.Add(("findings", Findings, f));
            Findings = f;
        }

        if (r != RootCause)
        {
            changes.Add(("rootCause", RootCause, r));
            RootCause = r;
        }

        if (d != ResponsibleDepartment)
        {
            changes.Add(("responsibleDepartment", ResponsibleDepartment, d));
            ResponsibleDepartment = d;
        }

        return changes;
    }
}
