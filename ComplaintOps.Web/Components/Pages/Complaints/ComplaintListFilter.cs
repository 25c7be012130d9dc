using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Complaints;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;

namespace ComplaintOps.Web.Components.Pages.Complaints;

/// <summary>The list page's filter state; round-trips through the URL query string so a filtered list can be bookmarked.</summary>
public sealed class ComplaintListFilter
{
    public string? Text { get; set; }

    public IReadOnlyCollection<ComplaintStatus> Statuses { get; set; } = [];

    public bool OpenOnly { get; set; }

    public Channel? Channel { get; set; }

    public string? Category { get; set; }

    public Severity? Severity { get; set; }

    public string? Department { get; set; }

    public bool VipOnly { get; set; }

    public ComplaintSort Sort { get; set; } = ComplaintSort.Newest;

    public ComplaintListQuery ToQuery(int skip, int take) => new()
    {
        Text = string.IsNullOrWhiteSpace(Text) ? null : Text.Trim(),
        Statuses = [.. Statuses],
        OpenOnly = OpenOnly,
        Channel = Channel,
        Category = Category,
        Severity = Severity,
        Department = Department,
        CustomerTier = VipOnly ? CustomerTier.Vip : null,
        Sort = Sort,
        Skip = skip,
        Take = take,
    };

    public static ComplaintListFilter FromUri(string uri)
    {
        var query = QueryHelpers.ParseQuery(new Uri(uri).Query);
        string? One(string key) => query.TryGetValue(key, out var v) && !string.IsNullOrEmpty(v.ToString()) ? v.ToString() : null;
        TEnum? Parse<TEnum>(string key) where TEnum : struct, Enum => Enum.TryParse<TEnum>(One(key), out var e) ? e : null;

        return new ComplaintListFilter
        {
            Text = One("q"),
            Statuses = query.TryGetValue("status", out var statuses)
                ? statuses.Select(s => Enum.TryParse<ComplaintStatus>(s, out var st) ? st : (ComplaintStatus?)null).OfType<ComplaintStatus>().Distinct().ToArray()
                : [],
            OpenOnly = One("open") == "1",
            Channel = Parse<Channel>("channel"),
            Category = One("category"),
            Severity = Parse<Severity>("severity"),
            Department = One("department"),
            VipOnly = One("vip") == "1",
            Sort = Parse<ComplaintSort>("sort") ?? ComplaintSort.Newest,
        };
    }

    /// <summary>The same page's URL carrying this filter (defaults omitted).</summary>
    public string ToUri(NavigationManager navigation) => navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
    {
        ["q"] = string.IsNullOrWhiteSpace(Text) ? null : Text.Trim(),
        ["status"] = Statuses.Count == 0 ? null : Statuses.Select(s => s.ToString()).ToArray(),
        ["open"] = OpenOnly ? "1" : null,
        ["channel"] = Channel?.ToString(),
        ["category"] = Category,
        ["severity"] = Severity?.ToString(),
        ["department"] = Department,
        ["vip"] = VipOnly ? "1" : null,
        ["sort"] = Sort == ComplaintSort.Newest ? null : Sort.ToString(),
    });
}
