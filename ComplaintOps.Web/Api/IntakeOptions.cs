namespace ComplaintOps.Web.Api;

public sealed class IntakeOptions
{
    public const string SectionName = "Intake";

    /// <summary>Keys accepted in the <c>X-Api-Key</c> header. Development has the demo key (README); production has none until configured.</summary>
    public string[] ApiKeys { get; set; } = [];
}
