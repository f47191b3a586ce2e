using System.Net.Sockets;
using OpportunityMap.Core.Querying;

namespace OpportunityMap.Stores.PostGis;

/// <summary>Which database failures mean "unavailable now, retry later" rather than a bug.</summary>
internal static class StoreFailures
{
    public static bool IsUnavailable(Exception exception) => exception switch
    {
        PostgresException pg => pg.IsTransient
            || pg.SqlState.StartsWith("08", StringComparison.Ordinal) // connection exception
            || pg.SqlState.StartsWith("53", StringComparison.Ordinal) // insufficient resources (incl. too many connections)
            || pg.SqlState.StartsWith("57P", StringComparison.Ordinal) // shutting down, crashed, starting up
            || pg.SqlState.StartsWith("58", StringComparison.Ordinal) // system or I/O error
            || pg.SqlState is "57014" // statement_timeout on the server
                or "40001" // on a read replica: cancelled by a conflict with recovery
                or "3F000" or "42P01", // the load a request pinned was dropped by a later import: retrying reads the new one
        NpgsqlException npgsql => npgsql.IsTransient || npgsql.InnerException is TimeoutException or SocketException or IOException or EndOfStreamException,
        TimeoutException or SocketException or IOException => true,
        _ => false,
    };

    /// <summary>How long past its deadline a call may take to give up before the caller is released anyway.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Runs a database call under a deadline: its token is cancelled after <paramref name="timeout"/> (Npgsql then
    /// cancels the statement on the server), and if the database does not even answer that (a stalled server, a
    /// frozen process), the caller is released <see cref="Grace"/> later all the same while the call gives up in the
    /// background. An outage or a missed deadline becomes <see cref="StoreUnavailableException"/>; the caller's own
    /// cancellation stays an <see cref="OperationCanceledException"/>.
    /// </summary>
    public static async Task<T> Guard<T>(
        NpgsqlDataSource dataSource, TimeSpan timeout, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var task = call(deadline.Token);
        try
        {
            return await task.WaitAsync(timeout + Grace, cancellationToken);
        }
        catch (TimeoutException e) when (!task.IsCompleted)
        {
            throw Unavailable(dataSource, e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            // The deadline, not the caller: Npgsql's own exception (the server's "canceling statement") is inside.
            throw Unavailable(dataSource, e.InnerException ?? e);
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            throw Unavailable(dataSource, e);
        }
        finally
        {
            if (task.IsCompleted)
            {
                deadline.Dispose();
            }
            else
            {
                // Abandoned: let it finish (or fail) in the background, observed, then free its token.
                _ = task.ContinueWith(t => { _ = t.Exception; deadline.Dispose(); }, CancellationToken.None,
                    TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
        }
    }

    private static StoreUnavailableException Unavailable(NpgsqlDataSource dataSource, Exception cause)
    {
        // The pool's connections may all be dead after a database restart or stall: start afresh on the next request.
        dataSource.Clear();
        return new StoreUnavailableException("The PostGIS database is unreachable or did not answer in time.", cause);
    }
}
