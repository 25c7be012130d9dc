using ComplaintOps.Data.Domain.Partners;
using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Domain.Complaints.Activities;

/// <summary>
/// Sets the category and severity (分类分级), and the partner the complaint is about when classifying shows one (a
/// collection agency's call, an issuer's product). No partner leaves the one given at intake as it was. That the code
/// names an active partner is checked against the partner list by the command before this runs.
/// </summary>
public sealed record Classify(string Category, Severity Severity, string? Partner = null) : ComplaintActivity
{
    public override ComplaintTrigger Trigger => ComplaintTrigger.Classify;

    internal override void Check(Complaint complaint, ActivityContext context)
    {
        Require(Categories.Exists(Category), "category", "A known category is required.");
        Require(PartnerCodes.IsWellFormed(Partner), "partner", "Unknown partner.");
    }

    internal override void Apply(Complaint complaint, ActivityContext context)
    {
        complaint.Category = Category;
        complaint.Severity = complaint.IsMajor ? Reference.Severity.Major : Severity;
        complaint.PartnerCode = PartnerCodes.Normalize(Partner) ?? complaint.PartnerCode;
    }

    internal override IEnumerable<(string, string?)> Details() =>
        [("category", Category), ("severity", Severity.ToString()), ("partner", PartnerCodes.Normalize(Partner))];
}
