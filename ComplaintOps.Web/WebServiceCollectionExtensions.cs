using System.Globalization;
using ComplaintOps.Analytics;
using ComplaintOps.Data;
using ComplaintOps.Data.Persistence;
using ComplaintOps.Web.Administration;
using ComplaintOps.Web.Api;
using ComplaintOps.Web.CaseLibrary;
using ComplaintOps.Web.Components;
using ComplaintOps.Web.Components.Shared;
using ComplaintOps.Web.Diagnostics;
using ComplaintOps.Web.Governance;
using ComplaintOps.Web.Hosting;
using ComplaintOps.Web.Hosting.Scheduling;
using ComplaintOps.Web.Identity;
using ComplaintOps.Web.Localization;
using ComplaintOps.Web.Notices;
using ComplaintOps.Web.Realtime;
using ComplaintOps.Web.Reports;
using Microsoft.AspNetCore.Localization;
using MudBlazor.Services;

namespace ComplaintOps.Web;

/// <summary>The web host's composition: one entry for services, one for the pipeline, one for endpoints.</summary>
public static class WebServiceCollectionExtensions
{
    public static readonly CultureInfo[] SupportedCultures = [new("zh-CN"), new("en")];

    public static WebApplicationBuilder AddComplaintOpsWeb(this WebApplicationBuilder builder)
    {
        // Serve the packages' static files (_framework, _content) from a build output in every environment, so that
        // `dotnet run --no-launch-profile` in Production works from a checkout; a published app has them in wwwroot and
        // no runtime manifest, which makes this a no-op.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddComplaintOpsDataProtection(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddComplaintOpsData(builder.Configuration);
        builder.Services.AddHostedService<CaseIndexWarmup>();
        builder.Services.AddIntakeApi();
        builder.Services.AddComplaintOpsAnalytics();
        builder.Services.AddSingleton<ModelTrainingService>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ModelTrainingService>());
        builder.Services.AddRealtime(builder.Configuration);
        builder.Services.AddNoticeDelivery();
        builder.Services.AddComplaintOpsScheduling(builder.Configuration);
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddLocalization();
        builder.Services.AddComplaintOpsIdentity();
        builder.Services.AddComplaintOpsRateLimits();
        builder.Services.AddAdministration();
        builder.Services.AddSingleton<LocalTime>();
        builder.Services.AddScoped<TopicNames>();
        builder.Services.AddSingleton<SharedMarkupCache>();
        builder.Services.AddProblemDetails();
        builder.Services.AddSecurityHeaders();
        builder.Services.AddDiagnostics();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
        await app.Services.GetRequiredService<IdentitySeeder>().SeedAsync(app.Lifetime.ApplicationStopping);
    }

    public static WebApplication UseComplaintOpsWeb(this WebApplication app)
    {
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(ErrorEndpoint.Path, createScopeForErrors: true);
        }

        app.UseStatusCodePages();
        // zh-CN unless the user picked a language (culture cookie, or ?culture= for links). The browser's Accept-Language
        // is ignored on purpose: staff on English-locale browsers still get the institution's default language.
        var localization = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("zh-CN"),
            SupportedCultures = SupportedCultures,
            SupportedUICultures = SupportedCultures,
        };
        localization.RequestCultureProviders = [.. localization.RequestCultureProviders.Where(p => p is not AcceptLanguageHeaderRequestCultureProvider)];
        app.UseRequestLocalization(localization);
        app.UseHubOriginCheck();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapComplaintOpsEndpoints(this WebApplication app)
    {
        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapErrorEndpoint();
        app.MapCultureEndpoint();
        app.MapAccountEndpoints();
        app.MapIntakeApi();
        app.MapReportEndpoints();
        app.MapRealtime();
        app.MapDiagnostics(app.Configuration);
        app.MapGovernanceEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
