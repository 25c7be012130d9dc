namespace ComplaintOps.Data.Domain.Topics;

/// <summary>
/// A complaint's sentence embedding, computed once after the complaint is committed and stored, so a retraining reads
/// vectors instead of running the encoder over every complaint again. <see cref="Encoder"/> names the model that made it.
/// </summary>
public sealed class ComplaintEmbedding
{
    public const int EncoderLength = 64;

    private ComplaintEmbedding()
    {
    }

    public ComplaintEmbedding(Guid complaintId, string encoder, float[] vector, DateTimeOffset createdAtUtc)
    {
        ArgumentNullException.ThrowIfNull(vector);
        ComplaintId = complaintId;
        Encoder = encoder;
        Vector = new byte[vector.Length * sizeof(float)];
        Buffer.BlockCopy(vector, 0, Vector, 0, Vector.Length);
        CreatedAtUtc = createdAtUtc;
    }

    public Guid ComplaintId { get; private set; }

    public string Encoder { get; private set; } = "";

    /// <summary>Little-endian float32 values.</summary>
    public byte[] Vector { get; private set; } = [];

    public DateTimeOffset CreatedAtUtc { get; private set; }

    public float[] Values()
    {
        var values = new float[Vector.Length / sizeof(float)];
        Buffer.BlockCopy(Vector, 0, values, 0, Vector.Length);
        return values;
    }
}
