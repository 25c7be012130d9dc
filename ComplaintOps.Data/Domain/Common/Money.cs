namespace ComplaintOps.Data.Domain.Common;

/// <summary>
/// Yuan amounts as the bank keeps them: 0 to 10^12 ¥ in whole fen (0.01 ¥). Stored as integer fen on every provider,
/// because SQLite has no exact decimal (it kept amounts as REAL, and decimal.MaxValue then failed every read).
/// </summary>
public static class Money
{
    /// <summary>One trillion yuan: far above any real dispute, far below where fen overflow a long (or lose precision as a double).</summary>
    public const decimal Max = 1_000_000_000_000m;

    public static bool IsValid(decimal amount) => amount is >= 0 and <= Max && decimal.Round(amount, 2) == amount;

    /// <summary>The rule in words, for error messages (the field name is added by the caller).</summary>
    public const string Rule = "must be between 0 and 1,000,000,000,000 with at most 2 decimal places";

    public static long ToFen(decimal amount) =>
        IsValid(amount) ? (long)(amount * 100m) : throw new ArgumentOutOfRangeException(nameof(amount), amount, "An amount " + Rule + ".");

    public static decimal FromFen(long fen) => fen / 100m;
}
