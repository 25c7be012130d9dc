using System.Diagnostics;
using System.Net.Http.Json;

namespace ComplaintOps.Benchmarks.Scenarios;

/// <summary>
/// Files complaints through the intake API at a fixed rate, open loop: request k leaves at k / rate seconds whether or not
/// earlier ones have answered, so a slow server does not lower the offered load.
/// </summary>
public static class IntakeLoad
{
    public const string ApiKey = "demo-intake-key";

    public sealed record Result(int Sent, int Accepted, int Failed, string? FirstFailure, Percentiles ResponseMs);

    public static async Task<Result> RunAsync(Uri app, int perSecond, int seconds, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = app, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        var total = perSecond * seconds;
        var requests = new List<Task<(bool Ok, double Ms, string? Failure)>>(total);
        var started = Stopwatch.GetTimestamp();
        for (var k = 0; k < total; k++)
        {
            var wait = TimeSpan.FromSeconds((double)k / perSecond) - Stopwatch.GetElapsedTime(started);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }

            requests.Add(FileAsync(http, k, cancellationToken));
        }

        var results = await Task.WhenAll(requests);
        return new Result(total, results.Count(r => r.Ok), results.Count(r => !r.Ok), results.FirstOrDefault(r => !r.Ok).Failure,
            new Percentiles(results.Where(r => r.Ok).Select(r => r.Ms)));
    }

    private static async Task<(bool Ok, double Ms, string? Failure)> FileAsync(HttpClient http, int k, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.PostAsJsonAsync("/api/v1/complaints", new
            {
                channel = k % 3 == 0 ? "MobileApp" : "Phone",
                subject = $"推送延迟测试 push latency #{k}",
                description = "手机银行转账后余额未更新，要求核实。Balance not updated after a transfer.",
                customerName = "李雷",
                customerPhone = $"139{k:D8}",
            }, cancellationToken);
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            return response.IsSuccessStatusCode ? (true, ms, null) : (false, ms, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return (false, Stopwatch.GetElapsedTime(started).TotalMilliseconds, ex.Message);
        }
    }
}
