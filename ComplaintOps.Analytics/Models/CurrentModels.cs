namespace ComplaintOps.Analytics.Models;

/// <summary>
/// The models in use. Readers take <see cref="Models"/> once per operation; a retraining publishes a complete new set, so
/// the previous models keep answering until the new ones are ready.
/// </summary>
public sealed class CurrentModels
{
    private ComplaintModels? _models;

    public ComplaintModels? Models => Volatile.Read(ref _models);

    /// <summary>Raised after <see cref="Publish"/> with the new models.</summary>
    public event Action<ComplaintModels>? Changed;

    public void Publish(ComplaintModels models)
    {
        ArgumentNullException.ThrowIfNull(models);
        Volatile.Write(ref _models, models);
        Changed?.Invoke(models);
    }
}
