using System.Globalization;

namespace ComplaintOps.Data.Domain.Supervision;

/// <summary>
/// The placeholders a reply template may use, and their values for one complaint. The customer's name is passed in as
/// the caller may show it (masked unless they hold ViewPersonalData: the masking rules apply to what a template fills,
/// too). Unknown placeholders are left as typed, so a typo shows rather than vanishes.
/// </summary>
public sealed record ReplyPlaceholders(string Reference, string Customer, decimal Amount, DateOnly Date)
{
    public static readonly IReadOnlyList<string> Names = ["{reference}", "{customer}", "{amount}", "{date}"];

    public string Fill(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("{reference}", Reference, StringComparison.Ordinal)
            .Replace("{customer}", Customer, StringComparison.Ordinal)
            .Replace("{amount}", "¥" + Amount.ToString("N2", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{date}", Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
