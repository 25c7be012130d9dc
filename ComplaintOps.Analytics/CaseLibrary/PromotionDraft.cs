namespace ComplaintOps.Analytics.CaseLibrary;

/// <summary>Prefill of the promote dialog: the complaint's texts, already anonymised; the handler edits and adds lessons.</summary>
public sealed record PromotionDraft(string Title, string Summary, string RootCause, string Resolution, string Lessons);
