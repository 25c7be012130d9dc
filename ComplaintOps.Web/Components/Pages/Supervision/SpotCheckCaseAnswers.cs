using ComplaintOps.Data.Domain.Supervision;

namespace ComplaintOps.Web.Components.Pages.Supervision;

/// <summary>What the checklist form of one case hands back.</summary>
public sealed record SpotCheckCaseAnswers(Guid CaseId, IReadOnlyDictionary<SpotCheckItem, CheckAnswer> Answers, string? Finding);
