namespace ComplaintOps.Analytics.Effectiveness;

/// <summary>
/// A root-cause action's effect on its topic: mean weekly volume and satisfaction rate (closed with score ≥ 4 ÷ closed with a
/// score, of the complaints registered in the span) in the weeks before completion vs the weeks after. After-weeks are
/// only those already elapsed (at most the configured number); null figures mean there is nothing to compare yet.
/// </summary>
public sealed record ActionEffect(int WeeksBefore, int WeeksAfter, double BeforeWeeklyVolume, double? AfterWeeklyVolume,
    double? BeforeSatisfaction, double? AfterSatisfaction)
{
    /// <summary>Relative change of weekly volume, e.g. −0.4 = 40% fewer complaints per week.</summary>
    public double? VolumeChange => AfterWeeklyVolume is { } after && BeforeWeeklyVolume > 0 ? (after - BeforeWeeklyVolume) / BeforeWeeklyVolume : null;
}
