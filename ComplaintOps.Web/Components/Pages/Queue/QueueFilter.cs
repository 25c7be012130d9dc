using System.Globalization;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Hotspots;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Features.Queue;
using ComplaintOps.Web.Localization;
using Microsoft.AspNetCore.WebUtilities;

namespace ComplaintOps.Web.Components.Pages.Queue;

/// <summary>
/// The queue's filters and sort; round-trip through the query string (<c>/queue?department=CARDS&amp;clockState=Breached</c>)
/// so dashboard and SLA drill-downs land filtered and a filtered queue can be bookmarked. A hotspot, batch warning or
/// emerging topic opens it by topic or product and registration window (<c>?topic=17&amp;from=2026-11-20&amp;to=2026-11-23</c>,
/// local dates of the business time zone, both included).
/// </summary>
public sealed record QueueFilter
{
    public const string Path = "/queue";

    private const string DayFormat = "yyyy-MM-dd";

    public string? Department { get; init; }

    public string? Handler { get; init; }

    public string? Category { get; init; }

    public Severity? Severity { get; init; }

    public Channel? Channel { get; init; }

    public ClockState? ClockState { get; init; }

    public ClockKind? ClockKind { get; init; }

    public ComplaintStatus? Status { get; init; }

    public bool VipOnly { get; init; }

    public TopicKey? Topic { get; init; }

    public string? Product { get; init; }

    /// <summary>First local registration day (included).</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last local registration day (included).</summary>
    public DateOnly? To { get; init; }

    public QueueSort Sort { get; init; } = QueueSort.DueSoonest;

    /// <summary>The complaints behind a hotspot or batch warning: its topic or product, registered on the local days of its window.</summary>
    public static QueueFilter Behind(HotspotSubject subject, TimeWindow window, LocalTime time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return new QueueFilter { Topic = subject.Topic, Product = subject.Product, From = time.Date(window.FromUtc), To = time.Date(window.ToUtc) };
    }

    /// <param name="time">Turns the local days into instants (the business time zone).</param>
    public QueueQuery ToQuery(int skip, int take, LocalTime time) => new()
    {
        Department = Department,
        HandlerName = Handler,
        Category = Category,
        Severity = Severity,
        Channel = Channel,
        ClockState = ClockState,
        ClockKind = ClockKind,
        Status = Status,
        VipOnly = VipOnly,
        Topic = Topic,
        Product = Product,
        RegisteredFromUtc = From is { } from ? time.StartOfDayUtc(from) : null,
        RegisteredBeforeUtc = To is { } to ? time.StartOfDayUtc(to.AddDays(1)) : null,
        Sort = Sort,
        Skip = skip,
        Take = take,
    };

    public static QueueFilter FromUri(string uri)
    {
        var query = QueryHelpers.ParseQuery(new Uri(uri).Query);
        string? One(string key) => query.TryGetValue(key, out var v) && !string.IsNullOrEmpty(v.ToString()) ? v.ToString() : null;
        TEnum? Parse<TEnum>(string key) where TEnum : struct, Enum => Enum.TryParse<TEnum>(One(key), ignoreCase: true, out var e) ? e : null;
        DateOnly? Day(string key) => DateOnly.TryParseExact(One(key), DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

        return new QueueFilter
        {
            Department = One("department"),
            Handler = One("handler"),
            Category = One("category"),
            Severity = Parse<Severity>("severity"),
            Channel = Parse<Channel>("channel"),
            ClockState = Parse<ClockState>("clockState") is { } state && state is Data.Domain.Sla.ClockState.OnTime
                or Data.Domain.Sla.ClockState.AtRisk or Data.Domain.Sla.ClockState.Breached ? state : null,
            ClockKind = Parse<ClockKind>("clockKind"),
            Status = Parse<ComplaintStatus>("status"),
            VipOnly = One("vip") == "1",
            Topic = TopicKey.TryParse(One("topic"), out var topic) ? topic : null,
            Product = One("product"),
            From = Day("from"),
            To = Day("to"),
            Sort = Parse<QueueSort>("sort") ?? QueueSort.DueSoonest,
        };
    }

    /// <summary>"/queue?…" with this filter (defaults omitted): the page's own URL and every drill-down link.</summary>
    public string ToUri()
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        void Add(string key, object? value)
        {
            if (value is not null)
            {
                pairs.Add(new(key, value.ToString()));
            }
        }

        Add("department", Department);
        Add("handler", Handler);
        Add("category", Category);
        Add("severity", Severity);
        Add("channel", Channel);
        Add("clockState", ClockState);
        Add("clockKind", ClockKind);
        Add("status", Status);
        Add("vip", VipOnly ? "1" : null);
        Add("topic", Topic?.Value);
        Add("product", Product);
        Add("from", From?.ToString(DayFormat, CultureInfo.InvariantCulture));
        Add("to", To?.ToString(DayFormat, CultureInfo.InvariantCulture));
        Add("sort", Sort == QueueSort.DueSoonest ? null : Sort);
        return QueryHelpers.AddQueryString(Path, pairs);
    }
}
