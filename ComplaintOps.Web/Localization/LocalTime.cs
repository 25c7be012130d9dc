using ComplaintOps.Data.Features.Sla;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Web.Localization;

/// <summary>Shows stored UTC instants in the business time zone (Asia/Shanghai by default) and knows "now".</summary>
public sealed class LocalTime(IOptions<SlaOptions> options, TimeProvider clock)
{
    private readonly TimeZoneInfo _zone = options.Value.Zone;

    public DateTimeOffset UtcNow => clock.GetUtcNow();

    public DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, _zone).DateTime;

    public DateOnly Today => DateOnly.FromDateTime(ToLocal(UtcNow));

    /// <summary>The local day an instant falls on (what a date filter calls that instant).</summary>
    public DateOnly Date(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant));

    /// <summary>"2026-11-23 17:30" (24-hour, the same in both languages).</summary>
    public string Format(DateTimeOffset instant) => ToLocal(instant).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public string Format(DateTimeOffset? instant) => instant is { } value ? Format(value) : "—";

    /// <summary>The instant of a wall-clock time in the business time zone (what a form's date and time pickers give).</summary>
    public DateTimeOffset ToUtc(DateTime local) =>
        new(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), _zone), TimeSpan.Zero);

    /// <summary>The instant a local date begins (midnight in the business time zone), for date filters.</summary>
    public DateTimeOffset StartOfDayUtc(DateOnly date) =>
        new(TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), _zone), TimeSpan.Zero);
}
