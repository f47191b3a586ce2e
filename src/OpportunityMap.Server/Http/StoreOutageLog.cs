namespace OpportunityMap.Server.Http;

/// <summary>
/// Logs a store outage once when it starts (the reason, one line), every minute while it lasts (how many requests
/// were answered 503), and once when the store answers again, instead of a stack trace per failed request (which
/// filled 124 MB of log in two short drills). The cause's stack is logged at Debug. Thread-safe.
/// </summary>
internal sealed class StoreOutageLog(TimeProvider time, ILogger<StoreOutageLog> logger)
{
    private static readonly TimeSpan SummaryEvery = TimeSpan.FromMinutes(1);

    private readonly Lock _lock = new();
    private Outage? _outage;

    /// <summary>The current outage's failed requests so far, 0 when the store answers.</summary>
    public long Failures => Volatile.Read(ref _outage)?.Failures ?? 0;

    /// <summary>A request could not use the store.</summary>
    public void Failed(StoreUnavailableException exception)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            if (_outage is not { } outage)
            {
                Volatile.Write(ref _outage, new Outage(now) { Failures = 1, LastSummary = now });
                logger.LogWarning("Store unavailable: {Reason} ({Cause}); answering 503 until it is back",
                    exception.Message, exception.InnerException?.Message ?? "no further detail");
                logger.LogDebug(exception, "The store's failure");
                return;
            }

            outage.Failures++;
            if (now - outage.LastSummary >= SummaryEvery)
            {
                outage.LastSummary = now;
                logger.LogWarning("Store still unavailable after {Seconds:F0} s: {Failures} requests answered 503 so far",
                    (now - outage.Since).TotalSeconds, outage.Failures);
            }
        }
    }

    /// <summary>The store answered; ends an outage, if there was one. Cheap when there was none.</summary>
    public void Succeeded()
    {
        if (Volatile.Read(ref _outage) is null)
        {
            return;
        }

        lock (_lock)
        {
            if (_outage is not { } outage)
            {
                return;
            }

            Volatile.Write(ref _outage, null);
            logger.LogWarning("Store available again after {Seconds:F1} s; {Failures} requests were answered 503 meanwhile",
                (time.GetUtcNow() - outage.Since).TotalSeconds, outage.Failures);
        }
    }

    private sealed class Outage(DateTimeOffset since)
    {
        public DateTimeOffset Since { get; } = since;

        public long Failures { get; set; }

        public DateTimeOffset LastSummary { get; set; }
    }
}
