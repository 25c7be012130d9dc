namespace ComplaintOps.Analytics.Effectiveness;

/// <summary>
/// An action item's effect on its target: mean weekly volume, satisfaction rate (closed with score ≥ 4 ÷ closed with a
/// score) and repeat rate (complaints with a repeat ÷ complaints) of the complaints registered in the weeks before
/// completion, [<see cref="BeforeFromUtc"/>, <see cref="CompletedAtUtc"/>), vs the weeks after, [<see cref="CompletedAtUtc"/>,
/// <see cref="AfterToUtc"/>). After-weeks are only those already elapsed (at most the configured number); null figures mean
/// there is nothing to compare yet.
/// </summary>
public sealed record ActionEffect(int WeeksBefore, int WeeksAfter, double BeforeWeeklyVolume, double? AfterWeeklyVolume,
    double? BeforeSatisfaction, double? AfterSatisfaction)
{
    public DateTimeOffset BeforeFromUtc { get; init; }

    public DateTimeOffset CompletedAtUtc { get; init; }

    public DateTimeOffset AfterToUtc { get; init; }

    public double? BeforeRepeatRate { get; init; }

    public double? AfterRepeatRate { get; init; }

    /// <summary>Relative change of weekly volume, e.g. −0.4 = 40% fewer complaints per week.</summary>
    public double? VolumeChange => AfterWeeklyVolume is { } after && BeforeWeeklyVolume > 0 ? (after - BeforeWeeklyVolume) / BeforeWeeklyVolume : null;
}
