using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Notices;

namespace ComplaintOps.Data.Features.Notices;

/// <summary>
/// The wording of every notice kind in Chinese and English, filled in when the notice is written (so the outbox holds the
/// text as decided, and a later change of wording never alters a notice already owed). Placeholders are <c>{name}</c>;
/// rendering refuses a template whose placeholder was not supplied, so a customer never receives "{due}".
/// </summary>
public static partial class NoticeTemplates
{
    private sealed record Template(string Subject, string Body);

    private static readonly FrozenDictionary<(NoticeKind, string), Template> All = new Dictionary<(NoticeKind, string), Template>
    {
        [(NoticeKind.Acknowledgement, "zh")] = new(
            "【{institution}】已收到您的投诉 {reference}",
            "尊敬的客户：\n我们已于{received}收到您的投诉（编号 {reference}），将于{due}前将处理结果告知您。\n如有疑问，请联系{contact}。\n{institution}"),
        [(NoticeKind.Acknowledgement, "en")] = new(
            "{institution}: we have received your complaint {reference}",
            "Dear customer,\nWe received your complaint (reference {reference}) on {received}. We will tell you our decision by {due}.\nIf you have any questions, please contact {contact}.\n{institution}"),
        [(NoticeKind.Extension, "zh")] = new(
            "【{institution}】投诉 {reference} 处理期限延长",
            "尊敬的客户：\n您的投诉（编号 {reference}）的处理期限延长至{due}。\n延长原因：{reason}\n如有疑问，请联系{contact}。\n{institution}"),
        [(NoticeKind.Extension, "en")] = new(
            "{institution}: more time needed for your complaint {reference}",
            "Dear customer,\nWe need more time to decide your complaint (reference {reference}). We will tell you our decision by {due}.\nReason: {reason}\nIf you have any questions, please contact {contact}.\n{institution}"),
        [(NoticeKind.DecisionNotice, "zh")] = new(
            "【{institution}】投诉 {reference} 处理决定",
            "尊敬的客户：\n关于您的投诉（编号 {reference}），处理决定如下。\n核实情况：{verification}\n处理依据：{basis}\n处理意见及理由：{reasons}\n如您对处理决定有异议，可以{remedies}。\n如有疑问，请联系{contact}。\n{institution}"),
        [(NoticeKind.DecisionNotice, "en")] = new(
            "{institution}: our decision on your complaint {reference}",
            "Dear customer,\nThis is our decision on your complaint (reference {reference}).\nWhat we verified: {verification}\nBasis: {basis}\nOur decision and reasons: {reasons}\nIf you disagree, you may {remedies}.\nIf you have any questions, please contact {contact}.\n{institution}"),
        [(NoticeKind.CallbackInvitation, "zh")] = new(
            "【{institution}】请您评价投诉 {reference} 的处理",
            "尊敬的客户：\n我们已将投诉（编号 {reference}）的处理决定告知您。我们将于{due}前回访，请您评价对处理是否满意；您也可以随时联系{contact}。\n{institution}"),
        [(NoticeKind.CallbackInvitation, "en")] = new(
            "{institution}: how did we handle your complaint {reference}?",
            "Dear customer,\nWe have sent you our decision on your complaint (reference {reference}). We will call you by {due} to ask whether you are satisfied with how we handled it; you can also contact {contact} at any time.\n{institution}"),
        [(NoticeKind.ActionOverdue, "zh")] = new(
            "【{institution}】整改事项逾期：{title}",
            "整改事项“{title}”（责任人 {owner}）已于{due}到期，尚未完成，请督办。\n{institution}"),
        [(NoticeKind.ActionOverdue, "en")] = new(
            "{institution}: action overdue: {title}",
            "The action \"{title}\" (owner {owner}) was due on {due} and is not done. Please follow it up.\n{institution}"),
        [(NoticeKind.ReportDue, "zh")] = new(
            "【{institution}】报告即将到期：{title}",
            "报告“{title}”应于{due}前报送。\n{institution}"),
        [(NoticeKind.ReportDue, "en")] = new(
            "{institution}: report due: {title}",
            "The report \"{title}\" is due by {due}.\n{institution}"),
    }.ToFrozenDictionary();

    public static IEnumerable<NoticeKind> Kinds => All.Keys.Select(k => k.Item1).Distinct();

    /// <summary>Subject and body of <paramref name="kind"/> in <paramref name="language"/> ("en", else Chinese).</summary>
    public static (string Subject, string Body) Render(NoticeKind kind, string language, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var template = All[(kind, language == "en" ? "en" : "zh")];
        return (Fill(template.Subject, values), Fill(template.Body, values));
    }

    /// <summary>A date as the customer reads it: 2026年3月16日 / 16 March 2026.</summary>
    public static string Date(DateOnly date, string language) => language == "en"
        ? date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)
        : date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    /// <summary>The remedies open to the customer, as a phrase that follows "you may" / "可以".</summary>
    public static string Remedies(Remedies remedies, string language)
    {
        var en = language == "en";
        var parts = new List<string>();
        if (remedies.HasFlag(Domain.Complaints.Remedies.Review))
        {
            parts.Add(en ? "ask us to review the decision within the review period" : "在规定期限内申请核查");
        }

        if (remedies.HasFlag(Domain.Complaints.Remedies.Mediation))
        {
            parts.Add(en ? "apply for mediation" : "申请调解");
        }

        if (remedies.HasFlag(Domain.Complaints.Remedies.Arbitration))
        {
            parts.Add(en ? "apply for arbitration" : "申请仲裁");
        }

        if (remedies.HasFlag(Domain.Complaints.Remedies.Litigation))
        {
            parts.Add(en ? "bring a claim in court" : "向人民法院提起诉讼");
        }

        return en ? string.Join(", or ", parts) : string.Join("、", parts);
    }

    private static string Fill(string template, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var value)
            ? value
            : throw new ArgumentException($"The notice template needs a value for {{{m.Groups[1].Value}}}.", nameof(values)));

    [GeneratedRegex(@"\{([a-z]+)\}")]
    private static partial Regex Placeholder();
}
