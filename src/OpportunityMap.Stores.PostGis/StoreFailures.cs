using System.Net.Sockets;
using Npgsql;
using OpportunityMap.Core.Querying;

namespace OpportunityMap.Stores.PostGis;

/// <summary>Which database failures mean "unavailable now, retry later" rather than a bug.</summary>
internal static class StoreFailures
{
    public static bool IsUnavailable(Exception exception) => exception switch
    {
        PostgresException pg => pg.SqlState.StartsWith("08", StringComparison.Ordinal) // connection exceptions
            || pg.SqlState is "57P01" or "57P02" or "57P03" or "53300" or "57014", // shutdown, cannot connect now, too many connections, cancelled (timeout)
        NpgsqlException npgsql => npgsql.IsTransient || npgsql.InnerException is TimeoutException or SocketException or IOException or EndOfStreamException,
        TimeoutException or SocketException => true,
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
