using System.Diagnostics;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace ComplaintOps.Web.Diagnostics;

/// <summary>
/// Runtime figures for benchmarks and operators: open circuits and the managed heap after a full, compacting collection.
/// Off unless <c>Diagnostics:Enabled</c> is true, because a forced collection pauses the whole instance.
/// </summary>
public static class DiagnosticsEndpoints
{
    public static IServiceCollection AddDiagnostics(this IServiceCollection services)
    {
        services.AddSingleton<CircuitCounter>();
        services.AddSingleton<CircuitHandler>(sp => sp.GetRequiredService<CircuitCounter>());
        return services;
    }

    public static IEndpointRouteBuilder MapDiagnostics(this IEndpointRouteBuilder endpoints, IConfiguration configuration)
    {
        if (!configuration.GetValue<bool>("Diagnostics:Enabled"))
        {
            return endpoints;
        }

        endpoints.MapGet("/diagnostics/runtime", (CircuitCounter circuits) =>
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            using var process = Process.GetCurrentProcess();
            return new RuntimeFigures(circuits.Open, GC.GetTotalMemory(forceFullCollection: false), process.WorkingSet64, process.TotalProcessorTime.TotalMilliseconds);
        });
        return endpoints;
    }
}

/// <summary>What <c>/diagnostics/runtime</c> answers.</summary>
public sealed record RuntimeFigures(int Circuits, long ManagedBytes, long WorkingSetBytes, double CpuMilliseconds);
