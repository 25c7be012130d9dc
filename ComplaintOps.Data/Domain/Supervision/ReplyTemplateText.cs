namespace ComplaintOps.Data.Domain.Supervision;

/// <summary>What a template says: the editable fields of <see cref="ReplyTemplate"/>.</summary>
public sealed record ReplyTemplateText(string? Category, string Language, string Title, string Verification, string Basis, string Reasons);
