using System.ComponentModel.DataAnnotations;

namespace ComplaintOps.Web.Api;

public sealed class IntakeOptions
{
    public const string SectionName = "Intake";

    /// <summary>Keys accepted in the <c>X-Api-Key</c> header. The demo key is documented in README; replace it in production.</summary>
    [MinLength(1)]
    public string[] ApiKeys { get; set; } = [];
}
