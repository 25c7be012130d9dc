namespace ComplaintOps.Analytics.Evaluation;

/// <summary>What <c>analytics evaluate --representation</c> clusters with.</summary>
public enum EvaluatedRepresentation
{
    /// <summary>Each text in the space the routing rule gives it (<see cref="Representation.TopicSpaces.Of(string)"/>); spaces are clustered separately.</summary>
    Auto,

    /// <summary>Every text through the English sentence model (CJK characters removed first, as always).</summary>
    MiniLm,

    /// <summary>Every text through word TF-IDF/LSA (the long-English settings; the pipeline before issue #10).</summary>
    Lsa,

    /// <summary>Every text through character n-gram TF-IDF/LSA (the Chinese settings).</summary>
    CharGram,
}
