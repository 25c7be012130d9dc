namespace ComplaintOps.Data.Domain.Governance;

/// <summary>The staff member who answers for an action item, as they were named when it was given to them.</summary>
public sealed record ActionOwner(string Id, string Name, string? Department);
