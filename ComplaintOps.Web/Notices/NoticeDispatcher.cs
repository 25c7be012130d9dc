using ComplaintOps.Data.Domain.Notices;
using ComplaintOps.Data.Features.Notices;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Web.Notices;

/// <summary>
/// Delivers the outbox: pending notices due by now, oldest first, a batch per run. Each notice is first claimed (attempt
/// counted, hidden until the claim lapses, saved with its version token, so of two runs that read it only one sends),
/// then sent, then marked: sent as soon as the server has accepted it, or failed with the error and a back-off, and
/// abandoned after the last attempt. A refused send was not accepted, so the retry is the customer's only copy.
/// <para>
/// At least once, not exactly once: if the process dies after the server accepted a message and before "sent" is saved
/// (a window of one database round trip), the claim lapses and the notice is sent again. The copy carries the same
/// Message-ID (the notice id; SMS: the gateway's message id), which lets a mail server or gateway drop it. The scheduler
/// runs this on one instance at a time (<see cref="Hosting.Scheduling.PeriodicJob"/>); the claim is the second guard.
/// </para>
/// </summary>
public sealed partial class NoticeDispatcher(
    IDbContextFactory<ComplaintOpsDbContext> dbFactory,
    IEnumerable<INoticeSender> senders,
    IOptions<NoticeOptions> options,
    ILogger<NoticeDispatcher> logger)
{
    private readonly Dictionary<NoticeChannel, INoticeSender> _senders = senders.ToDictionary(s => s.Channel);

    /// <summary>One run at <paramref name="nowUtc"/>: the number of notices sent.</summary>
    public async Task<int> DispatchAsync(DateTimeOffset nowUtc, CancellationToken cancellationToken)
    {
        List<Guid> due;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            due = await db.Notices.AsNoTracking()
                .Where(n => n.Status == NoticeStatus.Pending && n.NextAttemptAtUtc <= nowUtc)
                .OrderBy(n => n.NextAttemptAtUtc).ThenBy(n => n.CreatedAtUtc)
                .Select(n => n.Id).Take(options.Value.BatchSize).ToListAsync(cancellationToken);
        }

        var sent = 0;
        foreach (var id in due)
        {
            cancellationToken.ThrowIfCancellationRequested();
            sent += await DeliverAsync(id, nowUtc, cancellationToken) ? 1 : 0;
        }

        return sent;
    }

    private async Task<bool> DeliverAsync(Guid id, DateTimeOffset nowUtc, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var notice = await db.Notices.SingleAsync(n => n.Id == id, cancellationToken);
        if (notice.Status != NoticeStatus.Pending || notice.NextAttemptAtUtc > nowUtc)
        {
            return false;   // another run claimed or finished it since we listed it
        }

        notice.Claim(nowUtc, nowUtc.AddSeconds(options.Value.ClaimSeconds));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            LogLostClaim(id);
            return false;
        }

        try
        {
            await _senders[notice.Channel].SendAsync(notice, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Not accepted: record why and when to try again. CancellationToken.None: the failure must be recorded even
            // while the host stops, or the claim would only lapse later.
            notice.Fail($"{ex.GetType().Name}: {ex.Message}", nowUtc, options.Value.Retry);
            await db.SaveChangesAsync(CancellationToken.None);
            LogFailed(ex, id, notice.Attempts, notice.Status);
            return false;
        }

        notice.MarkSent(nowUtc);
        await db.SaveChangesAsync(CancellationToken.None);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Notice {NoticeId} was claimed by another dispatcher.")]
    private partial void LogLostClaim(Guid noticeId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notice {NoticeId} not delivered (attempt {Attempts}, now {Status}).")]
    private partial void LogFailed(Exception exception, Guid noticeId, int attempts, NoticeStatus status);
}
