using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Domain.Complaints.Activities;

/// <summary>Sets the category and severity (分类分级).</summary>
public sealed record Classify(string Category, Severity Severity) : ComplaintActivity
{
    public override ComplaintTrigger Trigger => ComplaintTrigger.Classify;

    internal override void Check(Complaint complaint, ActivityContext context) =>
        Require(Categories.Exists(Category), "category", "A known category is required.");

    internal override void Apply(Complaint complaint, ActivityContext context)
    {
        complaint.Category = Category;
        complaint.Severity = complaint.IsMajor ? Reference.Severity.Major : Severity;
    }

    internal override IEnumerable<(string, string?)> Details() => [("category", Category), ("severity", Severity.ToString())];
}
