using System.Net.Sockets;
using Npgsql;
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

    /// <summary>Runs a database call; an outage or timeout becomes <see cref="StoreUnavailableException"/>.</summary>
    public static async Task<T> Guard<T>(NpgsqlDataSource dataSource, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            // The pool's connections may all be dead after a database restart: start afresh on the next request.
            dataSource.Clear();
            throw new StoreUnavailableException("The PostGIS database is unreachable or did not answer in time.", e);
        }
    }
}
