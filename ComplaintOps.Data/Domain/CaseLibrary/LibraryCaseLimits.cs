namespace ComplaintOps.Data.Domain.CaseLibrary;

/// <summary>Field lengths of a library case, shared by the schema, the promotion rules and the dialog.</summary>
public static class LibraryCaseLimits
{
    public const int Title = 200;
    public const int Summary = 4000;
    public const int LongText = 2000;

    /// <summary>Longest stored search term; longer words are cut to this length when indexed and when searched.</summary>
    public const int Term = 32;
}
