namespace ComplaintOps.Data.Domain.Topics;

/// <summary>
/// One published version of the trained models, in the registry every instance reads: who trained it, when, on what, with
/// which parameters (seeds included) and how good it was. Numbers are handed out by the one trainer holding the lease, so
/// <c>v5</c> means the same model everywhere. The model files themselves are in <see cref="ModelPayload"/>.
/// </summary>
public sealed class ModelVersion
{
    public const int InstanceLength = 100;

    private ModelVersion()
    {
    }

    public ModelVersion(int number, DateTimeOffset trainedAtUtc, string trainedBy, long leaseGeneration, int trainedOn, string parameters, string quality, TimeSpan took)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(number);
        Number = number;
        TrainedAtUtc = trainedAtUtc;
        TrainedBy = trainedBy.Length > InstanceLength ? trainedBy[..InstanceLength] : trainedBy;
        LeaseGeneration = leaseGeneration;
        TrainedOn = trainedOn;
        Parameters = parameters;
        Quality = quality;
        TookSeconds = took.TotalSeconds;
    }

    public int Number { get; private set; }

    public string Name => "v" + Number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public DateTimeOffset TrainedAtUtc { get; private set; }

    /// <summary>The instance that trained it.</summary>
    public string TrainedBy { get; private set; } = "";

    /// <summary>The trainer lease generation it was published under (a stale trainer cannot publish).</summary>
    public long LeaseGeneration { get; private set; }

    public int TrainedOn { get; private set; }

    /// <summary>JSON: representation per space, k, seeds, thresholds.</summary>
    public string Parameters { get; private set; } = "{}";

    /// <summary>JSON: per-space quality figures (mean similarity, silhouette), topic counts, lineage counts.</summary>
    public string Quality { get; private set; } = "{}";

    public double TookSeconds { get; private set; }
}
