namespace ComplaintOps.Analytics.Topics;

/// <summary>A complaint's stored sentence vector and the encoder that made it.</summary>
public sealed record StoredEmbedding(string Encoder, float[] Vector);
