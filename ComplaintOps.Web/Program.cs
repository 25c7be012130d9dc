using ComplaintOps.Analytics.Evaluation;
using ComplaintOps.Web;
using ComplaintOps.Web.Administration;
using ComplaintOps.Web.Audit;

if (AnalyticsCommandLine.IsAnalytics(args)) return await AnalyticsCommandLine.RunAsync(args);
if (AuditCommandLine.IsAudit(args)) return await AuditCommandLine.RunAsync(args);
if (AdminCommandLine.IsAdmin(args)) return await AdminCommandLine.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);

builder.AddComplaintOpsWeb();

var app = builder.Build();

await app.InitializeDatabaseAsync();
app.UseComplaintOpsWeb();
app.MapComplaintOpsEndpoints();

await app.RunAsync();
return 0;

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
