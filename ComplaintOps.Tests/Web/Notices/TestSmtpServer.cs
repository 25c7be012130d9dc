using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace ComplaintOps.Tests.Web.Notices;

/// <summary>
/// A real SMTP server (the SmtpServer package) on a free local port, in-process. It keeps every message it accepted,
/// parsed, and can be told to refuse the next messages with a 554 at the end of DATA (so the client knows it was not
/// accepted), as a mail server with a full queue or a failing filter would.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly SmtpServer.SmtpServer _server;
    private readonly Task _running;
    private readonly Store _store = new();

    private TestSmtpServer(int port)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Port(port).Endpoint(new IPEndPoint(IPAddress.Loopback, port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(_store);
        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(_stop.Token);
    }

    public int Port { get; }

    /// <summary>Every message accepted, in order.</summary>
    public IReadOnlyList<MimeMessage> Accepted => [.. _store.Accepted];

    /// <summary>How many DATA commands were refused.</summary>
    public int Refused => _store.RefusedCount;

    /// <summary>Refuses the next <paramref name="count"/> messages.</summary>
    public void RefuseNext(int count) => Interlocked.Exchange(ref _store.ToRefuse, count);

    public static TestSmtpServer Start() => new(FreePort());

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _server.Shutdown();
        try
        {
            await _running.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private sealed class Store : MessageStore
    {
        public int ToRefuse;
        public int RefusedCount;

        public ConcurrentQueue<MimeMessage> Accepted { get; } = new();

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer,
            CancellationToken cancellationToken)
        {
            if (Interlocked.Decrement(ref ToRefuse) >= 0)
            {
                Interlocked.Increment(ref RefusedCount);
                return new SmtpResponse(SmtpReplyCode.TransactionFailed, "Queue full, try again later");
            }

            Interlocked.Exchange(ref ToRefuse, 0);
            using var stream = new MemoryStream(buffer.ToArray());
            Accepted.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
