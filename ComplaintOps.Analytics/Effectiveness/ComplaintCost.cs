namespace ComplaintOps.Analytics.Effectiveness;

/// <summary>
/// One complaint's cost, CNY: handling (Σ standard minutes ÷ 60 × hourly rate of the acting role, over its events) +
/// compensation granted (the amount when authorized) + other cost (by channel).
/// </summary>
public sealed record ComplaintCost(Guid ComplaintId, double HandlingMinutes, decimal Handling, decimal Compensation, decimal Other)
{
    public decimal Total => Handling + Compensation + Other;
}
