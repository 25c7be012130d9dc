namespace ComplaintOps.Data.Features.Notices;

/// <summary>A configured text in the two languages notices are written in.</summary>
public sealed class BilingualText
{
    public string Zh { get; set; } = "";

    public string En { get; set; } = "";

    /// <summary>The text in <paramref name="language"/> ("en" or else Chinese), falling back to the other when one is empty.</summary>
    public string In(string language)
    {
        var wanted = language == "en" ? En : Zh;
        return string.IsNullOrWhiteSpace(wanted) ? (language == "en" ? Zh : En) : wanted;
    }
}
