using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Domain.Supervision;

/// <summary>
/// One sampled complaint of a <see cref="SpotCheck"/>: the checklist answers, the reviewer's finding, whether it passed,
/// and whether rework was asked of the department. Changed only through its spot check.
/// </summary>
public sealed class SpotCheckCase
{
    public const int FindingLength = 2000;

    private SpotCheckCase()
    {
    }

    internal SpotCheckCase(Guid spotCheckId, int position, Guid complaintId, string reference)
    {
        Id = Guid.NewGuid();
        SpotCheckId = spotCheckId;
        Position = position;
        ComplaintId = complaintId;
        Reference = reference;
        AnswerCodes = new string(Code(CheckAnswer.Unanswered), Items.Length);
    }

    private static readonly SpotCheckItem[] Items = Enum.GetValues<SpotCheckItem>();

    public Guid Id { get; private set; }

    public Guid SpotCheckId { get; private set; }

    /// <summary>Order in the draw (1 = first drawn).</summary>
    public int Position { get; private set; }

    public Guid ComplaintId { get; private set; }

    /// <summary>The complaint's reference, copied so the record reads the same if the complaint is archived.</summary>
    public string Reference { get; private set; } = "";

    /// <summary>One character per <see cref="SpotCheckItem"/> in enum order: '?' unanswered, 'Y', 'N', '-' not applicable.</summary>
    public string AnswerCodes { get; private set; } = "";

    public string? Finding { get; private set; }

    /// <summary>Null until checked; true when no item was answered No.</summary>
    public bool? Passed { get; private set; }

    public bool ReworkRequested { get; private set; }

    public string? ReworkNote { get; private set; }

    public string? CheckedById { get; private set; }

    public string? CheckedByName { get; private set; }

    public DateTimeOffset? CheckedAtUtc { get; private set; }

    public bool IsChecked => Passed is not null;

    public CheckAnswer Answer(SpotCheckItem item)
    {
        var index = Array.IndexOf(Items, item);
        return index < AnswerCodes.Length ? FromCode(AnswerCodes[index]) : CheckAnswer.Unanswered;
    }

    public IReadOnlyDictionary<SpotCheckItem, CheckAnswer> Answers() => Items.ToDictionary(i => i, Answer);

    internal void Record(IReadOnlyDictionary<SpotCheckItem, CheckAnswer> answers, string? finding, Actor by, DateTimeOffset nowUtc)
    {
        var missing = Items.Where(i => answers.GetValueOrDefault(i) == CheckAnswer.Unanswered).ToList();
        if (missing.Count > 0)
        {
            throw new DomainException("checklist_incomplete", $"Answer every checklist item ({string.Join(", ", missing)} are open).");
        }

        var text = string.IsNullOrWhiteSpace(finding) ? null : finding.Trim();
        var failed = Items.Any(i => answers[i] == CheckAnswer.No);
        if (failed && text is null)
        {
            throw new DomainException("invalid_finding", "A failed item needs a finding that says what is wrong.");
        }

        if (text is { Length: > FindingLength })
        {
            throw new DomainException("invalid_finding", $"The finding is longer than {FindingLength} characters.");
        }

        AnswerCodes = new string([.. Items.Select(i => Code(answers[i]))]);
        Finding = text;
        Passed = !failed;
        CheckedById = by.Id;
        CheckedByName = by.Name;
        CheckedAtUtc = StoredInstant.Normalize(nowUtc);
    }

    internal void RequestRework(string note)
    {
        if (Passed is not false)
        {
            throw new DomainException("rework_needs_failure", "Rework is asked for a checked case that failed.");
        }

        if (ReworkRequested)
        {
            throw new DomainException("rework_already_requested", "Rework was already requested for this case.");
        }

        ReworkRequested = true;
        ReworkNote = note;
    }

    private static char Code(CheckAnswer answer) => answer switch
    {
        CheckAnswer.Yes => 'Y',
        CheckAnswer.No => 'N',
        CheckAnswer.NotApplicable => '-',
        _ => '?',
    };

    private static CheckAnswer FromCode(char code) => code switch
    {
        'Y' => CheckAnswer.Yes,
        'N' => CheckAnswer.No,
        '-' => CheckAnswer.NotApplicable,
        _ => CheckAnswer.Unanswered,
    };
}
