namespace ComplaintOps.Web.Administration;

public static class AdministrationServiceCollectionExtensions
{
    /// <summary>The account administration that needs Identity's managers (the rest lives in Data's Features/Administration).</summary>
    public static IServiceCollection AddAdministration(this IServiceCollection services) =>
        services.AddSingleton<IUserAdministration, UserAdministration>();
}
