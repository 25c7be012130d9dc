using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ComplaintOps.Tests.TestInfrastructure.Fixtures;

/// <summary>The real web app as its own process on a free loopback port, configured through environment variables.</summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AppProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<AppProcess> StartAsync(IDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var port = FreePort();
        var webDll = Path.Combine(WebBuildFolder(), "ComplaintOps.Web.dll");
        var info = new ProcessStartInfo("dotnet", [webDll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = Path.GetDirectoryName(webDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Development: run from the build output (not published), only the dev-time static web assets manifest serves
        // _framework/blazor.web.js and the packages' assets; in any other environment they would be empty and no circuit starts.
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["Demo__Seed"] = "false";
        // Models go to a fresh folder and are not trained at start (CPU for the test), unless a test says otherwise.
        info.Environment["Analytics__Training__ModelDirectory"] = Path.Combine(Path.GetTempPath(), $"complaintops-models-{Guid.NewGuid():N}");
        info.Environment["Analytics__Training__TrainOnStart"] = "false";
        foreach (var (key, value) in settings)
        {
            info.Environment[key] = value;
        }

        var app = new AppProcess(Process.Start(info)!, new Uri($"http://127.0.0.1:{port}"));
        await app.WaitHealthyAsync(cancellationToken);
        return app;
    }

    private async Task WaitHealthyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with {_process.ExitCode}:\n{Output}");
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

        throw new TimeoutException($"The app did not become healthy:\n{Output}");
    }

    /// <summary>ComplaintOps.Web's own build output (same configuration as the tests), so its static assets and settings are there.</summary>
    public static string WebBuildFolder()
    {
        var testBin = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var root = new DirectoryInfo(testBin);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ComplaintOps.sln")))
        {
            root = root.Parent;
        }

        // Configuration/framework/runtime identifier below bin/ are the same for both projects.
        var solution = root?.FullName ?? throw new InvalidOperationException("ComplaintOps.sln not found above " + testBin);
        var below = Path.GetRelativePath(Path.Combine(solution, "ComplaintOps.Tests", "bin"), testBin);
        return Path.Combine(solution, "ComplaintOps.Web", "bin", below);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
