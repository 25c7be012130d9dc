namespace ComplaintOps.Analytics.Models;

/// <summary>What the training is doing, for the analytics page: the version in use, who trained it, the last run's outcome and whether one is running.</summary>
public sealed record ModelTrainingStatus(bool Running, string? Version, DateTimeOffset? FinishedAtUtc, TimeSpan? Duration, string? Error)
{
    /// <summary>The instance that trained the version in use.</summary>
    public string? TrainedBy { get; init; }
}
