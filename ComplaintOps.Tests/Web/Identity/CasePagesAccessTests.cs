using System.Net;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using ComplaintOps.Web.Identity;

namespace ComplaintOps.Tests.Web.Identity;

/// <summary>
/// Who reaches the consultation, regulator-report and partner pages, written by hand from the role descriptions
/// (issue #11): consultations for heads, supervision and management; regulator reports for supervision and compliance;
/// partners and the scorecard for report readers, not for handlers or intake.
/// </summary>
public sealed class CasePagesAccessTests(ComplaintOpsWebFactory factory) : IClassFixture<ComplaintOpsWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<StaffRole, string, bool> Facts() => new()
    {
        { StaffRole.DepartmentHead, "/governance/consultations", true },
        { StaffRole.Supervisor, "/governance/consultations", true },
        { StaffRole.Manager, "/governance/consultations", true },
        { StaffRole.Handler, "/governance/consultations", false },
        { StaffRole.Compliance, "/governance/consultations", false },
        { StaffRole.Compliance, "/governance/regulator-reports", true },
        { StaffRole.Supervisor, "/governance/regulator-reports", true },
        { StaffRole.Manager, "/governance/regulator-reports", false },
        { StaffRole.DepartmentHead, "/governance/regulator-reports", false },
        { StaffRole.Auditor, "/partners", true },
        { StaffRole.Manager, "/partners", true },
        { StaffRole.Handler, "/partners", false },
        { StaffRole.IntakeAgent, "/partners", false },
        { StaffRole.Compliance, "/partners/scorecard", true },
        { StaffRole.FeedbackAgent, "/partners/scorecard", false },
    };

    [Theory]
    [MemberData(nameof(Facts))]
    public async Task Each_role_reaches_the_case_and_partner_pages_it_should(StaffRole role, string page, bool reaches)
    {
        var client = await factory.SharedClientAsAsync(role, Ct);

        var response = await client.GetAsync(page, Ct);

        if (reaches)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains(AccountPaths.Denied, response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }
}
