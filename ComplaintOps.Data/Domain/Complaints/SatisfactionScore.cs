namespace ComplaintOps.Data.Domain.Complaints;

/// <summary>
/// The callback's 1–5 satisfaction score and the one reading of it that dashboards, analytics and the callback rule share:
/// 4 or 5 is satisfied (the satisfaction KPI); 2 or less is a low score that needs its reason and opens a follow-up.
/// </summary>
public static class SatisfactionScore
{
    public const int Lowest = 1;

    public const int Highest = 5;

    /// <summary>Scores at or below this are low.</summary>
    public const int LowAtMost = 2;

    /// <summary>Scores at or above this count as satisfied.</summary>
    public const int SatisfiedFrom = 4;

    public static bool IsValid(int? score) => score is >= Lowest and <= Highest;

    public static bool IsSatisfied(int? score) => score >= SatisfiedFrom;

    public static bool IsLow(int? score) => score <= LowAtMost;
}
