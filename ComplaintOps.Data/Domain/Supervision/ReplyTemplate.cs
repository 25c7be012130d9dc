using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Domain.Supervision;

/// <summary>
/// A reply template (macro) for the decision notice: verification, basis and reasons texts for a category (or any) in
/// one language, with <see cref="ReplyPlaceholders"/> filled from the complaint when chosen. Managed with
/// <see cref="Permission.ManageReplyTemplates"/>; retired rather than deleted, so what was offered stays on record.
/// </summary>
public sealed class ReplyTemplate
{
    /// <summary>The category value of a template offered for every category.</summary>
    public const string AnyCategory = "any";

    public const int TitleLength = 200;
    public const int CategoryLength = 32;
    public const string CreatedKind = "TemplateCreated";
    public const string ChangedKind = "TemplateChanged";
    public const string RetiredKind = "TemplateRetired";

    private ReplyTemplate()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>A category code, or <see cref="AnyCategory"/>.</summary>
    public string Category { get; private set; } = AnyCategory;

    /// <summary>"zh" or "en", the language of the complaint it answers.</summary>
    public string Language { get; private set; } = "zh";

    public string Title { get; private set; } = "";

    public string Verification { get; private set; } = "";

    public string Basis { get; private set; } = "";

    public string Reasons { get; private set; } = "";

    public bool Retired { get; private set; }

    public string ChangedById { get; private set; } = "";

    public string ChangedByName { get; private set; } = "";

    public DateTimeOffset ChangedAtUtc { get; private set; }

    /// <summary>Optimistic concurrency token: +1 on every change.</summary>
    public int Version { get; private set; }

    public bool Covers(string? category) => Category == AnyCategory || Category == category;

    public static (ReplyTemplate Template, SupervisionEvent Event) Create(ReplyTemplateText text, Actor by, DateTimeOffset nowUtc)
    {
        Demand(by);
        var template = new ReplyTemplate { Id = Guid.CreateVersion7(nowUtc) };
        template.Set(text, by, nowUtc);
        template.Version = 1;
        return (template, new SupervisionEvent(template.Id, CreatedKind, by, nowUtc, template.Title));
    }

    public SupervisionEvent Change(ReplyTemplateText text, Actor by, DateTimeOffset nowUtc)
    {
        Demand(by);
        RequireActive();
        Set(text, by, nowUtc);
        Version++;
        return new SupervisionEvent(Id, ChangedKind, by, nowUtc, Title);
    }

    public SupervisionEvent Retire(Actor by, DateTimeOffset nowUtc)
    {
        Demand(by);
        RequireActive();
        Retired = true;
        Stamp(by, nowUtc);
        Version++;
        return new SupervisionEvent(Id, RetiredKind, by, nowUtc, Title);
    }

    private void Set(ReplyTemplateText text, Actor by, DateTimeOffset nowUtc)
    {
        ArgumentNullException.ThrowIfNull(text);
        var category = text.Category?.Trim() is { Length: > 0 } c ? c : AnyCategory;
        if (category != AnyCategory && !Categories.Exists(category))
        {
            throw new DomainException("invalid_category", $"Unknown category '{category}'.");
        }

        if (text.Language is not ("zh" or "en"))
        {
            throw new DomainException("invalid_language", "The language is zh or en.");
        }

        Category = category;
        Language = text.Language;
        Title = Required(text.Title, "title", TitleLength);
        Verification = Required(text.Verification, "verification", ComplaintLimits.LongText);
        Basis = Required(text.Basis, "basis", ComplaintLimits.LongText);
        Reasons = Required(text.Reasons, "reasons", ComplaintLimits.LongText);
        Stamp(by, nowUtc);
    }

    private void Stamp(Actor by, DateTimeOffset nowUtc)
    {
        ChangedById = by.Id;
        ChangedByName = by.Name;
        ChangedAtUtc = StoredInstant.Normalize(nowUtc);
    }

    private void RequireActive()
    {
        if (Retired)
        {
            throw new DomainException("template_retired", "The template is retired.");
        }
    }

    private static string Required(string? value, string field, int max)
    {
        var v = value?.Trim() ?? "";
        return v.Length is > 0 and var n && n <= max ? v : throw new DomainException("invalid_" + field, $"The {field} is required (up to {max} characters).");
    }

    private static void Demand(Actor by)
    {
        if (!by.Has(Permission.ManageReplyTemplates))
        {
            throw ForbiddenException.Lacking(Permission.ManageReplyTemplates);
        }
    }
}
