using ComplaintOps.Data.Domain.Reference;
using Microsoft.AspNetCore.Components.Authorization;

namespace ComplaintOps.Web.Identity;

/// <summary>The signed-in person of this circuit as an <see cref="Actor"/>: what every command is recorded under and every read is filtered for.</summary>
public sealed class CurrentActor(AuthenticationStateProvider authentication)
{
    public async Task<Actor> GetAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return ClaimsActor.From(state.User) ?? throw new InvalidOperationException("Nobody is signed in in this circuit.");
    }
}
