namespace ComplaintOps.Analytics.Effectiveness;

/// <summary>
/// Cost and effectiveness of one group in one period, over the complaints registered in it. Rates are null when their
/// denominator is 0. Definitions:
/// <list type="bullet">
/// <item>Timely rate = clocks met on time (met ≤ due) ÷ clocks met — the dashboard's 及时率, over every clock of these complaints.</item>
/// <item>Resolution rate = closed ÷ (complaints − withdrawn − merged): of the cases that needed a decision, how many reached Closed.</item>
/// <item>Satisfaction rate = closed with a score ≥ 4 ÷ closed with a score (1–5).</item>
/// <item>Appeal/reopen rate = complaints with an Appeal or Reopen event (or round &gt; 1) ÷ complaints.</item>
/// <item>Cycle time = closed − registered, hours, over closed complaints: mean and p90 (nearest rank: the ⌈0.9·n⌉-th smallest).</item>
/// <item>Repeat-complaint rate = complaints with at least one recorded repeat (RepeatCount &gt; 0) ÷ complaints.</item>
/// <item>Cost = Σ <see cref="ComplaintCost.Total"/>; per complaint = cost ÷ complaints.</item>
/// </list>
/// </summary>
public sealed record KpiRow(
    string Group,
    string Period,
    int Complaints,
    int ClocksMet,
    int ClocksOnTime,
    int Decided,
    int Closed,
    int Rated,
    int Satisfied,
    int Appealed,
    int Repeats,
    double? MeanCycleHours,
    double? P90CycleHours,
    decimal HandlingCost,
    decimal CompensationCost,
    decimal OtherCost)
{
    public double? TimelyRate => Rate(ClocksOnTime, ClocksMet);

    public double? ResolutionRate => Rate(Closed, Decided);

    public double? SatisfactionRate => Rate(Satisfied, Rated);

    public double? AppealRate => Rate(Appealed, Complaints);

    public double? RepeatRate => Rate(Repeats, Complaints);

    public decimal TotalCost => HandlingCost + CompensationCost + OtherCost;

    public decimal? CostPerComplaint => Complaints == 0 ? null : Math.Round(TotalCost / Complaints, 2, MidpointRounding.AwayFromZero);

    private static double? Rate(int part, int whole) => whole == 0 ? null : (double)part / whole;
}
