namespace ComplaintOps.Data.Domain.Topics;

/// <summary>
/// "Only one instance trains": a named lease in the shared database. It is taken or renewed with one conditional UPDATE
/// (free, expired, or already ours), which is atomic on every provider; each take bumps <see cref="Generation"/>, and a
/// model is published only under the generation that trained it, so a trainer that lost its lease cannot overwrite.
/// </summary>
public sealed class ModelLease
{
    public const string Trainer = "topic-trainer";
    public const int NameLength = 40;

    private ModelLease()
    {
    }

    public ModelLease(string name, DateTimeOffset expiresAtUtc)
    {
        Name = name;
        ExpiresAtUtc = expiresAtUtc;
    }

    public string Name { get; private set; } = "";

    public string? Holder { get; private set; }

    public DateTimeOffset ExpiresAtUtc { get; private set; }

    public long Generation { get; private set; }
}
