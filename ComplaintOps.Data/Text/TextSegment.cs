namespace ComplaintOps.Data.Text;

/// <summary>A piece of a text; <see cref="IsMatch"/> when it is one of the searched words (shown marked).</summary>
public sealed record TextSegment(string Text, bool IsMatch);
