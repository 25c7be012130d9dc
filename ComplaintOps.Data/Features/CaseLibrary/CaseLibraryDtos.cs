using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Domain.Sla;

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

/// <summary>
/// One search result: <see cref="Snippet"/> is the part of the summary around the first matched word;
/// <see cref="MatchedWords"/> are the query's index words this case has (empty when browsing), for highlighting.
/// </summary>
public sealed record CaseSearchHit(
    Guid Id, string Reference, string Title, string Category, TopicKey? Topic, string Snippet, double Score, DateTimeOffset PromotedAtUtc,
    IReadOnlyList<string> MatchedWords);

/// <summary>
/// Word search with filters. Empty <see cref="Text"/> lists the library newest first. A case matches when it has any of
/// the query's words; cases with more of them come first, then by BM25. <see cref="Topic"/> filters by the case's topic
/// (today its cluster label); <see cref="Outcome"/> by the remedy the customer got.
/// </summary>
public sealed record CaseSearchQuery(
    string? Text = null, string? Category = null, TopicKey? Topic = null, string? Product = null, CompensationKind? Outcome = null, int Skip = 0, int Take = 20);

/// <summary>A page of hits and how many cases matched in all.</summary>
public sealed record CaseSearchResult(IReadOnlyList<CaseSearchHit> Items, int Total);

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
