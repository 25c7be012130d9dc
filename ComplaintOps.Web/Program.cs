using ComplaintOps.Web;

var builder = WebApplication.CreateBuilder(args);

builder.AddComplaintOpsWeb();

var app = builder.Build();

await app.InitializeDatabaseAsync();
app.UseComplaintOpsWeb();
app.MapComplaintOpsEndpoints();

await app.RunAsync();

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
