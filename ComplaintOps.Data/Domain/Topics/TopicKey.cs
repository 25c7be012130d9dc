using System.Globalization;

namespace ComplaintOps.Data.Domain.Topics;

/// <summary>
/// The identity of a topic. It outlives model versions: a retraining carries a topic's key forward while the topic exists, so
/// root-cause actions, case-library entries, meetings and reports keep pointing at the same problem. Shown as <c>#17</c>.
/// </summary>
public readonly record struct TopicKey(int Value) : IComparable<TopicKey>
{
    public int CompareTo(TopicKey other) => Value.CompareTo(other.Value);

    public override string ToString() => "#" + Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>How a topic reads wherever it is shown with its name: "#17 · 信用卡年费", or "#17" while it has none.</summary>
    public string Caption(string? displayName) => string.IsNullOrWhiteSpace(displayName) ? ToString() : ToString() + " · " + displayName;

    /// <summary>The key of a stored topic id (a nullable column or a placement's topic); null stays null.</summary>
    public static TopicKey? From(int? value) => value is { } v ? new TopicKey(v) : null;

    /// <summary>Reads <c>17</c> or <c>#17</c> (as in a URL or a typed filter); false for anything else.</summary>
    public static bool TryParse(string? text, out TopicKey key)
    {
        key = default;
        var s = text?.Trim().TrimStart('#');
        if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            key = new TopicKey(value);
            return true;
        }

        return false;
    }
}
