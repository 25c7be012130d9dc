using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Partners;
using ComplaintOps.Web.Identity;
using ComplaintOps.Web.Localization;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ComplaintOps.Web.Components.Pages.Partners;

/// <summary>
/// The partners complaints can be about, with their latest cooperation rating. ManagePartners holders create, rename and
/// deactivate partners and rate a quarter's cooperation; others (ViewReports) read.
/// </summary>
public sealed partial class PartnersPage
{
    private IReadOnlyList<PartnerRow>? _rows;
    private PartnerRow? _selected;
    private bool _canManage;
    private bool _busy;
    private string? _error;
    private string _code = "";
    private string _name = "";
    private string _nameEn = "";
    private PartnerKind _kind = PartnerKind.CollectionAgency;
    private string _rename = "";
    private string _renameEn = "";
    private string _quarter = "";
    private int _score = 3;
    private string _comment = "";

    [Inject]
    private IPartnerQueries Queries { get; set; } = default!;

    [Inject]
    private IPartnerCommands Commands { get; set; } = default!;

    [Inject]
    private CurrentActor CurrentActor { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var viewer = await CurrentActor.GetAsync();
        _canManage = viewer.Has(Permission.ManagePartners);
        _rows = await Queries.ListAsync(viewer, CancellationToken.None);
    }

    /// <summary>The current quarter and the three before it ("2026Q4", …).</summary>
    private IEnumerable<string> Quarters()
    {
        var today = Time.Today;
        var index = (today.Year * 4) + ((today.Month - 1) / 3);
        return Enumerable.Range(0, 4).Select(i => index - i).Select(q => $"{q / 4}Q{(q % 4) + 1}");
    }

    private void Select(PartnerRow row)
    {
        _selected = row;
        _rename = row.Name;
        _renameEn = row.NameEn;
        _quarter = Quarters().First();
        _score = row.LatestRating?.Score ?? 3;
        _comment = "";
    }

    private Task CreateAsync() => RunAsync(a => Commands.CreateAsync(new NewPartner(_code, _name, _nameEn, _kind), a, CancellationToken.None), clearNew: true);

    private Task RenameAsync() => RunAsync(a => Commands.RenameAsync(_selected!.Code, _selected.Version, _rename, _renameEn, a, CancellationToken.None));

    private Task DeactivateAsync() => RunAsync(a => Commands.DeactivateAsync(_selected!.Code, _selected.Version, a, CancellationToken.None));

    private Task RateAsync()
    {
        var year = int.Parse(_quarter[..4], System.Globalization.CultureInfo.InvariantCulture);
        var quarter = _quarter[5] - '0';
        return RunAsync(a => Commands.RateAsync(_selected!.Code, year, quarter, _score, _comment, a, CancellationToken.None));
    }

    private async Task RunAsync(Func<Actor, Task<PartnerRow>> command, bool clearNew = false)
    {
        _busy = true;
        _error = null;
        try
        {
            var actor = await CurrentActor.GetAsync();
            var changed = await command(actor);
            Snackbar.Add(L["Partner.Saved", changed.DisplayName(Labels.IsChinese)], MudBlazor.Severity.Success);
            if (clearNew)
            {
                (_code, _name, _nameEn) = ("", "", "");
            }

            _selected = changed.Active ? changed : null;
            _rows = await Queries.ListAsync(actor, CancellationToken.None);
        }
        catch (DomainException ex)
        {
            _error = L.Of(ex);
        }
        finally
        {
            _busy = false;
        }
    }
}
