namespace ComplaintOps.Analytics.Topics;

/// <summary>A complaint as the topic training reads it: its id and its masked model text (see <c>ComplaintTextForModels</c>).</summary>
public sealed record TrainingComplaint(Guid Id, string Text);
