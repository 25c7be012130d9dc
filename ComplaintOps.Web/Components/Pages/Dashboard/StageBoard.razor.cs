using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Dashboard;
using ComplaintOps.Web.Components.Pages.Queue;
using Microsoft.AspNetCore.Components;

namespace ComplaintOps.Web.Components.Pages.Dashboard;

/// <summary>Open complaints by department (rows, catalog order, unassigned last) and stage (columns); cells drill down to the queue.</summary>
public sealed partial class StageBoard
{
    private static readonly ComplaintStatus[] Columns = [.. Enum.GetValues<ComplaintStatus>().Where(s => s.IsOpen())];

    [Parameter, EditorRequired]
    public IReadOnlyList<StageCount> Stages { get; set; } = [];

    private IEnumerable<string?> Rows()
    {
        var present = Stages.Select(s => s.Department).ToHashSet();
        foreach (var department in Departments.All.Where(d => present.Contains(d.Code)))
        {
            yield return department.Code;
        }

        foreach (var other in present.Where(d => d is not null && Departments.Find(d) is null).Order(StringComparer.Ordinal))
        {
            yield return other;
        }

        if (present.Contains(null))
        {
            yield return null;
        }
    }

    private int Count(string? department, ComplaintStatus status) =>
        Stages.Where(s => s.Department == department && s.Status == status).Sum(s => s.Count);

    private int RowTotal(string? department) => Stages.Where(s => s.Department == department).Sum(s => s.Count);

    private static string Link(string department, ComplaintStatus status) => new QueueFilter { Department = department, Status = status }.ToUri();
}
