using Microsoft.Playwright;

namespace ComplaintOps.Benchmarks.Scenarios;

/// <summary>
/// Memory per open dashboard circuit and the render cost of a burst of changes, with real circuits: N headless Chromium
/// pages on the dashboard of the real app process. Memory = the server's resident set growth ÷ N (GC noise included);
/// render cost = the server's extra CPU for a burst with N dashboards open, against the same burst with none, ÷ N; renders =
/// how often each page's KPI tile actually changed during the burst (the aggregator coalesces to ≤ 4 per second).
/// Target: ≤ 1 MB per circuit.
/// </summary>
public static class DashboardCircuits
{
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
            }, ct);
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = "/usr/bin/chromium",
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });

            var warm = await OpenDashboardAsync(browser, app.BaseAddress);   // JIT, caches: not counted
            await warm.CloseAsync();
            var cpuAlone = await BurstCpuAsync(app, burst);
            await Task.Delay(3000);
            var rssBefore = ResidentKb(app.ProcessId);

            var pages = new List<IPage>();
            for (var i = 0; i < circuits; i++)
            {
                pages.Add(await OpenDashboardAsync(browser, app.BaseAddress));
            }

            await Task.Delay(5000);
            var rssAfter = ResidentKb(app.ProcessId);
            foreach (var page in pages)
            {
                await page.EvaluateAsync("""
                    () => { window.__renders = 0;
                            new MutationObserver(() => window.__renders++).observe(document.querySelector('[data-testid=kpi-received-today]'),
                              { childList: true, characterData: true, subtree: true }); }
                    """);
            }

            var cpuWith = await BurstCpuAsync(app, burst);
            var renders = new List<double>();
            foreach (var page in pages)
            {
                renders.Add(await page.EvaluateAsync<double>("() => window.__renders"));
            }

            var perCircuitMb = (rssAfter - rssBefore) / 1024.0 / circuits;
            var cpuPerCircuitMs = (cpuWith - cpuAlone).TotalMilliseconds / circuits;
            Console.WriteLine($"dashboard circuits: {circuits} open, burst of {burst} complaints through the API");
            Console.WriteLine($"  server resident memory: {rssBefore / 1024.0:N1} MB → {rssAfter / 1024.0:N1} MB = {perCircuitMb:N2} MB per circuit (target ≤ 1 MB: {(perCircuitMb <= 1 ? "MET" : "NOT MET")})");
            Console.WriteLine($"  burst server CPU: {cpuAlone.TotalMilliseconds:N0} ms with no dashboard, {cpuWith.TotalMilliseconds:N0} ms with {circuits} → {cpuPerCircuitMs:N1} ms per circuit");
            Console.WriteLine($"  KPI tile changes per page during the burst: mean {renders.Average():N1}, max {renders.Max():N0} (coalesced, not one per change)");
            Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(new
            {
                scenario = "dashboard-circuits", circuits, burst, mb_per_circuit = Math.Round(perCircuitMb, 3),
                burst_cpu_ms_alone = Math.Round(cpuAlone.TotalMilliseconds), burst_cpu_ms_with = Math.Round(cpuWith.TotalMilliseconds),
                cpu_ms_per_circuit = Math.Round(cpuPerCircuitMs, 1), renders_mean = Math.Round(renders.Average(), 1), renders_max = renders.Max(),
            }));
        }
        finally
        {
            foreach (var file in new[] { db, db + "-wal", db + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private static async Task<IPage> OpenDashboardAsync(IBrowser browser, Uri app)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(app.ToString());
        await page.Locator("[data-testid=dashboard][data-interactive=true]").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        return page;
    }

    /// <summary>Files <paramref name="count"/> complaints, 8 at a time, and returns the server CPU used until things settle.</summary>
    private static async Task<TimeSpan> BurstCpuAsync(WebAppProcess app, int count)
    {
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        http.DefaultRequestHeaders.Add("X-Api-Key", IntakeLoad.ApiKey);
        var before = app.CpuTime;
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (k, token) =>
        {
            using var response = await http.PostAsync("/api/v1/complaints", new StringContent(
                $$"""{"channel":"Phone","subject":"渲染压力 burst #{{k}}","description":"burst","customerName":"李雷","customerPhone":"139{{k:D8}}"}""",
                System.Text.Encoding.UTF8, "application/json"), token);
            response.EnsureSuccessStatusCode();
        });
        await Task.Delay(2000);   // let the last flush and renders finish
        return app.CpuTime - before;
    }

    private static long ResidentKb(int pid) =>
        long.Parse(File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1],
            System.Globalization.CultureInfo.InvariantCulture);
}
