using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace ComplaintOps.Benchmarks.Scenarios;

/// <summary>
/// Memory per open dashboard circuit and the render cost of a burst of changes, with real circuits: N headless Chromium
/// pages on the dashboard of the real app process (Demo data, SQLite).
/// Memory = growth of the server's managed heap after a full compacting collection (/diagnostics/runtime) ÷ N, with the
/// server's own circuit count checked; resident-set growth is printed beside it. Render cost = the server's extra CPU for a
/// burst with N dashboards open, against the same burst with none, ÷ N; renders = how often each page's "received today"
/// tile changed during the burst (the aggregator coalesces to at most 4 snapshots a second). Target: ≤ 1 MB per circuit.
/// </summary>
public static class DashboardCircuits
{
    private const string ReceivedToday = "[data-testid=kpi-received-today]";

    public static async Task RunAsync(int circuits, int burst, string? webDll)
    {
        var ct = CancellationToken.None;
        var dll = await WebAppProcess.LocateAsync(webDll, ct);
        var db = Path.Combine(Path.GetTempPath(), $"complaintops-circuits-{Guid.NewGuid():N}.db");
        try
        {
            await using var app = await WebAppProcess.StartAsync(dll, new Dictionary<string, string>
            {
                // From the build output only Development serves _framework/blazor.web.js (see README "Deploying").
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["Database__ConnectionString"] = $"Data Source={db}",
                ["Demo__Seed"] = "true",
                ["Demo__Complaints"] = "2000",
                ["Diagnostics__Enabled"] = "true",
            }, ct);
            using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
            http.DefaultRequestHeaders.Add("X-Api-Key", IntakeLoad.ApiKey);
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = "/usr/bin/chromium",
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });

            // Warm-up, not counted: JIT of the intake path, the dashboard's first render, caches.
            var warm = await OpenDashboardAsync(browser, app.BaseAddress);
            await FileBurstAsync(http, burst, "warm");
            await warm.Context.CloseAsync();
            await Task.Delay(3000);

            var cpuAlone = await BurstCpuAsync(app, http, burst, "alone");
            var before = await RuntimeAsync(http);
            for (var wait = 0; before.Circuits > 0 && wait < 20; wait++)
            {
                await Task.Delay(500);   // the warm-up page's circuit is still closing
                before = await RuntimeAsync(http);
            }

            var pages = new List<IPage>();
            for (var i = 0; i < circuits; i++)
            {
                pages.Add(await OpenDashboardAsync(browser, app.BaseAddress));
            }

            await Task.Delay(3000);
            var after = await RuntimeAsync(http);
            if (after.Circuits - before.Circuits != circuits)
            {
                throw new InvalidOperationException($"The server holds {after.Circuits - before.Circuits} new circuits, expected {circuits}.");
            }

            foreach (var page in pages)
            {
                await page.EvaluateAsync($$"""
                    () => { const tile = document.querySelector('{{ReceivedToday}}');
                            window.__first = tile.textContent; window.__values = [];
                            new MutationObserver(() => { const t = document.querySelector('{{ReceivedToday}}').textContent;
                                                         if (window.__values.at(-1) !== t) window.__values.push(t); })
                              .observe(document.querySelector('[data-testid=dashboard]'), { childList: true, characterData: true, subtree: true }); }
                    """);
            }

            var cpuWith = await BurstCpuAsync(app, http, burst, "with");
            var renders = new List<int>();
            var missed = 0;
            foreach (var page in pages)
            {
                var values = await page.EvaluateAsync<string[]>("() => window.__values");
                renders.Add(values.Length);
                missed += values.Length == 0 ? 1 : 0;
            }

            Report(circuits, burst, before, after, cpuAlone, cpuWith, renders, missed);
        }
        finally
        {
            foreach (var file in new[] { db, db + "-wal", db + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private static void Report(int circuits, int burst, RuntimeFigures before, RuntimeFigures after, TimeSpan cpuAlone, TimeSpan cpuWith, List<int> renders, int missed)
    {
        var managedMb = (after.ManagedBytes - before.ManagedBytes) / 1024.0 / 1024.0 / circuits;
        var residentMb = (after.WorkingSetBytes - before.WorkingSetBytes) / 1024.0 / 1024.0 / circuits;
        var cpuPerCircuitMs = (cpuWith - cpuAlone).TotalMilliseconds / circuits;
        Console.WriteLine($"dashboard circuits: {circuits} open (server counted {after.Circuits}), burst of {burst} complaints through the API");
        Console.WriteLine($"  managed heap after full GC: {before.ManagedBytes / 1048576.0:N1} MB → {after.ManagedBytes / 1048576.0:N1} MB = {managedMb:N3} MB per circuit (target ≤ 1 MB: {(managedMb <= 1 ? "MET" : "NOT MET")})");
        Console.WriteLine($"  resident set: {before.WorkingSetBytes / 1048576.0:N1} MB → {after.WorkingSetBytes / 1048576.0:N1} MB = {residentMb:N2} MB per circuit (includes GC segments kept for reuse)");
        Console.WriteLine($"  burst server CPU: {cpuAlone.TotalMilliseconds:N0} ms with no dashboard, {cpuWith.TotalMilliseconds:N0} ms with {circuits} → {cpuPerCircuitMs:N1} ms per circuit per {burst}-change burst");
        Console.WriteLine($"  'received today' tile re-rendered per page during the burst: mean {renders.Average():N1}, max {renders.Max()} ({missed} pages saw no change)");
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            scenario = "dashboard-circuits", circuits, burst,
            managed_mb_per_circuit = Math.Round(managedMb, 3), resident_mb_per_circuit = Math.Round(residentMb, 3),
            burst_cpu_ms_alone = Math.Round(cpuAlone.TotalMilliseconds), burst_cpu_ms_with = Math.Round(cpuWith.TotalMilliseconds),
            cpu_ms_per_circuit = Math.Round(cpuPerCircuitMs, 1), renders_mean = Math.Round(renders.Average(), 1), renders_max = renders.Max(), pages_missed = missed,
        }));
    }

    private static async Task<IPage> OpenDashboardAsync(IBrowser browser, Uri app)
    {
        var page = await browser.NewPageAsync();
        // Each page is its own browser context, so each signs in (the demo manager: the dashboard needs ViewDashboard).
        await page.GotoAsync(new Uri(app, "/account/login").ToString(), new PageGotoOptions { Timeout = 120_000 });
        await page.FillAsync("#userName", "manager");
        await page.FillAsync("#password", "Demo-Pass-2026!");
        await page.ClickAsync("[data-testid=login-submit]");
        await page.GotoAsync(app.ToString(), new PageGotoOptions { Timeout = 120_000, WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.Locator("[data-testid=dashboard][data-interactive=true]").WaitForAsync(new LocatorWaitForOptions { Timeout = 120_000 });
        return page;
    }

    private static async Task<RuntimeFigures> RuntimeAsync(HttpClient http) =>
        await http.GetFromJsonAsync<RuntimeFigures>("/diagnostics/runtime", new JsonSerializerOptions(JsonSerializerDefaults.Web))
        ?? throw new InvalidOperationException("/diagnostics/runtime answered nothing.");

    /// <summary>Files a burst and returns the server CPU used until the last snapshot and renders have gone out.</summary>
    private static async Task<TimeSpan> BurstCpuAsync(WebAppProcess app, HttpClient http, int count, string tag)
    {
        var before = app.CpuTime;
        await FileBurstAsync(http, count, tag);
        await Task.Delay(2000);
        return app.CpuTime - before;
    }

    private static Task FileBurstAsync(HttpClient http, int count, string tag) =>
        Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (k, token) =>
        {
            using var response = await http.PostAsync("/api/v1/complaints", new StringContent(
                string.Create(CultureInfo.InvariantCulture, $$"""{"channel":"Phone","subject":"渲染压力 {{tag}} #{{k}}","description":"burst","customerName":"李雷","customerPhone":"139{{k:D8}}"}"""),
                System.Text.Encoding.UTF8, "application/json"), token);
            response.EnsureSuccessStatusCode();
        });

    private sealed record RuntimeFigures(int Circuits, long ManagedBytes, long WorkingSetBytes, double CpuMilliseconds);
}
