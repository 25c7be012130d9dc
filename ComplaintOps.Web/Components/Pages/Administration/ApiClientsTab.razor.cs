using ComplaintOps.Data.Domain.Administration;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Features.Administration;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Web.Identity;
using ComplaintOps.Web.Localization;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ComplaintOps.Web.Components.Pages.Administration;

/// <summary>API clients: create (the key is shown once), revoke after confirmation, list with prefix and last use.</summary>
public sealed partial class ApiClientsTab
{
    private IReadOnlyList<ApiClientRow> _clients = [];
    private string? _name;
    private ApiClientKind _kind = ApiClientKind.Intake;
    private string? _error;
    private bool _busy;

    [Parameter]
    public EventCallback OnChanged { get; set; }

    [Inject]
    private IApiClients Clients { get; set; } = default!;

    [Inject]
    private CurrentActor CurrentActor { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private LocalTime Time { get; set; } = default!;

    protected override async Task OnInitializedAsync() => _clients = await Clients.ListAsync(await CurrentActor.GetAsync(), CancellationToken.None);

    private async Task CreateAsync()
    {
        _busy = true;
        _error = null;
        try
        {
            var created = await Clients.CreateAsync(_name ?? "", _kind, await CurrentActor.GetAsync(), CancellationToken.None);
            _name = null;
            await ReloadAsync();
            var parameters = new DialogParameters<ApiKeyDialog> { { d => d.Client, created.Client }, { d => d.Key, created.Key } };
            await Dialogs.ShowAsync<ApiKeyDialog>(L["Admin.KeyCreated"], parameters, new DialogOptions { BackdropClick = false, MaxWidth = MaxWidth.Medium });
        }
        catch (ValidationException)
        {
            _error = L["Admin.ClientNameRequired", ApiClient.NameLength];
        }
        catch (DomainException e)
        {
            _error = L.Of(e);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task RevokeAsync(ApiClientRow client)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(L["Admin.Revoke"], L["Admin.RevokeConfirm", client.Name, client.KeyPrefix],
            yesText: L["Admin.Revoke"], cancelText: L["Common.Cancel"]);
        if (confirmed != true)
        {
            return;
        }

        try
        {
            await Clients.RevokeAsync(client.Id, await CurrentActor.GetAsync(), CancellationToken.None);
            await ReloadAsync();
        }
        catch (DomainException e)
        {
            _error = L.Of(e);
        }
    }

    private async Task ReloadAsync()
    {
        _clients = await Clients.ListAsync(await CurrentActor.GetAsync(), CancellationToken.None);
        await OnChanged.InvokeAsync();
    }
}
