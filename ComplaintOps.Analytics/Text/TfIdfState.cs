namespace ComplaintOps.Analytics.Text;

/// <summary>What a <see cref="TfIdfVectorizer"/> saves: terms, their idf and readable forms, index-aligned.</summary>
public sealed record TfIdfState(string[] Terms, float[] Idf, string[] DisplayTerms);
