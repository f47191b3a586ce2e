using Microsoft.Extensions.Logging;
using OpportunityMap.Core.Querying;
using OpportunityMap.Server.Http;

namespace OpportunityMap.Server.Tests;

/// <summary>Issue 17, item 6: an outage is logged once when it starts, once a minute with a count, and once when it ends.</summary>
public sealed class StoreOutageLogTests : IDisposable
{
    private readonly ManualTime _time = new();
    private readonly CapturedLogs _logs = new();
    private readonly ILoggerFactory _factory;
    private readonly StoreOutageLog _outage;

    public StoreOutageLogTests()
    {
        _factory = LoggerFactory.Create(logging => logging.AddProvider(_logs).SetMinimumLevel(LogLevel.Debug));
        _outage = new StoreOutageLog(_time, _factory.CreateLogger<StoreOutageLog>());
    }

    public void Dispose() => _factory.Dispose();

    private IReadOnlyList<string> Warnings => [.. _logs.Entries.Where(e => e.Level == LogLevel.Warning).Select(e => e.Message)];

    [Fact]
    public void ManyFailures_AreOneWarning_WithoutAStackTrace()
    {
        for (var i = 0; i < 500; i++)
        {
            _outage.Failed(Unavailable());
        }

        var warning = Assert.Single(Warnings);
        Assert.Contains("Store unavailable", warning, StringComparison.Ordinal);
        Assert.Contains("connection refused", warning, StringComparison.Ordinal);
        Assert.DoesNotContain(_logs.Entries, e => e.Level >= LogLevel.Warning && e.Exception is not null);
        Assert.Equal(500, _outage.Failures);
    }

    [Fact]
    public void LongOutage_IsSummarisedEveryMinute_WithTheCount()
    {
        _outage.Failed(Unavailable());
        _time.Advance(TimeSpan.FromSeconds(30));
        _outage.Failed(Unavailable());
        _time.Advance(TimeSpan.FromSeconds(31));
        _outage.Failed(Unavailable());

        Assert.Equal(2, Warnings.Count);
        Assert.Contains("3 requests answered 503 so far", Warnings[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Recovery_EndsTheOutage_OnceWithItsCount_AndTheNextOutageIsNew()
    {
        _outage.Failed(Unavailable());
        _outage.Failed(Unavailable());
        _time.Advance(TimeSpan.FromSeconds(4));
        _outage.Succeeded();
        _outage.Succeeded();
        _outage.Failed(Unavailable());

        Assert.Equal(3, Warnings.Count);
        Assert.Contains("available again after 4.0 s; 2 requests", Warnings[1], StringComparison.Ordinal);
        Assert.Contains("Store unavailable", Warnings[2], StringComparison.Ordinal);
        Assert.Equal(1, _outage.Failures);
    }

    [Fact]
    public void Success_WithoutAnOutage_LogsNothing()
    {
        _outage.Succeeded();

        Assert.Empty(_logs.Entries);
    }

    [Fact]
    public void TheCausesStack_IsThereAtDebug()
    {
        _outage.Failed(Unavailable());

        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Debug && e.Exception is StoreUnavailableException);
    }

    private static StoreUnavailableException Unavailable() =>
        new("The PostGIS database is unreachable or did not answer in time.", new System.Net.Sockets.SocketException(111, "connection refused"));

    private sealed class ManualTime : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
