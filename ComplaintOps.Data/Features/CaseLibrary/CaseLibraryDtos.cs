using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Data.Features.CaseLibrary;

/// <summary>A library case as the detail page shows it.</summary>
public sealed record LibraryCaseDetail(
    Guid Id,
    Guid ComplaintId,
    string Reference,
    string Title,
    string Summary,
    string RootCause,
    string Resolution,
    string Lessons,
    string Category,
    TopicKey? Topic,
    string Language,
    string PromotedByName,
    DateTimeOffset PromotedAtUtc,
    int Version);

/// <summary>One search result: <see cref="Snippet"/> is the part of the summary around the first match.</summary>
public sealed record CaseSearchHit(Guid Id, string Reference, string Title, string Category, TopicKey? Topic, string Snippet, double Score, DateTimeOffset PromotedAtUtc);

/// <summary>
/// Full-text search. Empty <see cref="Text"/> lists the library newest first. <see cref="Total"/> counts at most
/// <see cref="CaseSearchResult.MaxMatches"/> matches; <see cref="CaseSearchResult.MoreThanTotal"/> says there were more.
/// </summary>
public sealed record CaseSearchQuery(string? Text = null, string? Category = null, TopicKey? Topic = null, int Skip = 0, int Take = 20);

public sealed record CaseSearchResult(IReadOnlyList<CaseSearchHit> Items, int Total, bool MoreThanTotal)
{
    /// <summary>Ranking reads the term counts of at most this many matching cases (rarest query term first).</summary>
    public const int MaxMatches = 2000;
}

/// <summary>What the similar-case index keeps per case; <see cref="Vector"/> is null when none (or another embedder's) is stored.</summary>
public sealed record CaseIndexRow(Guid Id, string Category, TopicKey? Topic, string Text, CaseVector? Vector);

/// <summary>An embedding and the version of the embedder that made it.</summary>
public sealed record CaseVector(string EmbedderVersion, float[] Values)
{
    public byte[] ToBytes()
    {
        var bytes = new byte[Values.Length * sizeof(float)];
        Buffer.BlockCopy(Values, 0, bytes, 0, bytes.Length);
        return bytes;
    }

    public static CaseVector FromBytes(string embedderVersion, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var values = new float[bytes.Length / sizeof(float)];
        Buffer.BlockCopy(bytes, 0, values, 0, values.Length * sizeof(float));
        return new CaseVector(embedderVersion, values);
    }
}
