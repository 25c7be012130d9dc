using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ComplaintOps.Benchmarks.Scenarios;

/// <summary>
/// The real web app as a child process on a free loopback port, configured through environment variables (as the tests'
/// AppProcess does). Disposing kills the whole process tree.
/// </summary>
public sealed class WebAppProcess : IAsyncDisposable
{
    private const int OutputLines = 40;
    private readonly Process _process;
    private readonly Queue<string> _output = new();

    private WebAppProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    /// <summary>CPU time the app has used so far (all threads).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>Starts <paramref name="webDll"/> and waits until /health answers.</summary>
    public static async Task<WebAppProcess> StartAsync(string webDll, IDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet", [webDll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = Path.GetDirectoryName(webDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        info.Environment["Demo__Seed"] = "false";
        info.Environment["Audit__HistoryKey"] = BenchmarkSeal.Key;
        info.Environment["PersonalData__LookupKey"] = BenchmarkSeal.LookupKey;
        info.Environment["DataProtection__KeyDirectory"] = BenchmarkSeal.KeyDirectory;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        // The demo keys become API clients only in demo mode; the load generators must not meet the production rate limits.
        info.Environment["Demo__Users"] = "true";
        info.Environment["Intake__ApiKeys__0"] = IntakeLoad.ApiKey;
        info.Environment["Realtime__WallboardKeys__0"] = HubListeners.WallboardKey;
        info.Environment["RateLimits__IntakePerClientPerMinute"] = "1000000";
        info.Environment["RateLimits__ApiPerAddressPerMinute"] = "1000000";
        info.Environment["RateLimits__SignInPerMinute"] = "1000";   // dashboard-circuits signs in one browser context per circuit
        foreach (var (key, value) in settings)
        {
            info.Environment[key] = value;
        }

        var app = new WebAppProcess(Process.Start(info)!, new Uri($"http://127.0.0.1:{port}"));
        try
        {
            await app.WaitHealthyAsync(cancellationToken);
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// <paramref name="explicitPath"/> if given; otherwise ComplaintOps.Web's Release output, built first when it is missing.
    /// </summary>
    public static async Task<string> LocateAsync(string? explicitPath, CancellationToken cancellationToken)
    {
        if (explicitPath is not null)
        {
            return File.Exists(explicitPath) ? Path.GetFullPath(explicitPath) : throw new FileNotFoundException("No web app at --web-dll.", explicitPath);
        }

        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ComplaintOps.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException("ComplaintOps.sln not found above " + AppContext.BaseDirectory + "; pass --web-dll.");
        }

        var project = Path.Combine(root.FullName, "ComplaintOps.Web");
        var dll = Path.Combine(project, "bin", "Release", "net10.0", "linux-x64", "ComplaintOps.Web.dll");   // the project sets RuntimeIdentifier linux-x64
        if (!File.Exists(dll))
        {
            Console.WriteLine($"building {project} in Release (its output is missing)");
            using var build = Process.Start(new ProcessStartInfo("dotnet", ["build", "-c", "Release", "--nologo", "-v", "q", project]) { UseShellExecute = false })!;
            await build.WaitForExitAsync(cancellationToken);
            if (build.ExitCode != 0 || !File.Exists(dll))
            {
                throw new InvalidOperationException($"Building ComplaintOps.Web failed (exit {build.ExitCode}).");
            }
        }

        return dll;
    }

    private async Task WaitHealthyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with {_process.ExitCode}:\n{Output()}");
            }

            try
            {
                if ((await http.GetAsync("/health", cancellationToken)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }

            await Task.Delay(250, cancellationToken);
        }

        throw new TimeoutException($"The app did not become healthy:\n{Output()}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The last lines the app wrote, for error messages.</summary>
    private string Output()
    {
        lock (_output)
        {
            return string.Join('\n', _output);
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Enqueue(line);
            if (_output.Count > OutputLines)
            {
                _output.Dequeue();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        finally
        {
            _process.Dispose();
        }
    }
}
