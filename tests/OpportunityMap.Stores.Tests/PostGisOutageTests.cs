using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Net;
using Npgsql;
using OpportunityMap.Server.Tests;

namespace OpportunityMap.Stores.Tests;

/// <summary>
/// The store while its database goes away, hangs or comes back: every failure is a
/// <see cref="StoreUnavailableException"/> within the configured timeouts (never a raw Npgsql or socket exception,
/// never a hang), and the same store instance recovers by itself.
/// </summary>
public sealed class PostGisOutageTests
{
    // Not a speed assertion: a bound far above the configured timeouts that tells a hang from an answer.
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(30);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ServerStopped_DuringRequests_EveryFailureIsUnavailable_AndTheSameStoreRecovers()
    {
        // A cluster of its own: stopping the shared one would break the other tests.
        await using var cluster = await ThrowawayCluster.StartAsync();
        await new PostGisImporter(new PostGisOptions { ConnectionString = cluster.OwnerConnectionString, ReaderRole = "om_reader" })
            .ImportAsync([SyntheticLayers.Squares(), SyntheticLayers.Points()], "A", Token);
        await using var store = new PostGisStore(new PostGisOptions
        {
            ConnectionString = cluster.ReaderConnectionString,
            CommandTimeoutSeconds = 2,
            ConnectTimeoutSeconds = 2,
        });
        Assert.Equal(100, (await store.QueryAsync("squares", FeatureQuery.All(), Token)).NumberMatched);

        var failures = new ConcurrentQueue<Exception>();
        var successes = 0;
        using var stopReaders = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 4).Select(r => Task.Run(async () =>
        {
            for (var i = r; !stopReaders.IsCancellationRequested; i++)
            {
                try
                {
                    await Call(store, i);
                    Interlocked.Increment(ref successes);
                }
                catch (Exception e)
                {
                    failures.Enqueue(e);
                    await Task.Delay(50, Token);
                }
            }
        }, Token)).ToList();

        await cluster.StopServerAsync();
        for (var call = 0; call < 4; call++)
        {
            await Assert.ThrowsAsync<StoreUnavailableException>(() => Call(store, call).WaitAsync(Hang, Token));
        }

        Assert.False(await store.CanConnectAsync(Token).WaitAsync(Hang, Token));

        await cluster.StartServerAsync();
        await WaitUntilRecovered(store);
        var before = Volatile.Read(ref successes);
        for (var wait = 0; wait < 600 && Volatile.Read(ref successes) < before + 20; wait++)
        {
            await Task.Delay(50, Token);
        }

        Assert.True(Volatile.Read(ref successes) >= before + 20, "the concurrent readers did not recover");

        await stopReaders.CancelAsync();
        await Task.WhenAll(readers).WaitAsync(Hang, Token);
        Assert.True(await store.CanConnectAsync(Token));
        Assert.NotEmpty(failures);
        Assert.All(failures, e => Assert.IsType<StoreUnavailableException>(e));
    }

    [Fact]
    public async Task ServerFrozen_EveryCallIsUnavailable_AndTheSameStoreRecoversWhenItThaws()
    {
        await using var cluster = await ThrowawayCluster.StartAsync();
        await new PostGisImporter(new PostGisOptions { ConnectionString = cluster.OwnerConnectionString, ReaderRole = "om_reader" })
            .ImportAsync([SyntheticLayers.Squares(), SyntheticLayers.Points()], "A", Token);
        await using var store = new PostGisStore(new PostGisOptions
        {
            ConnectionString = cluster.ReaderConnectionString,
            CommandTimeoutSeconds = 1,
            ConnectTimeoutSeconds = 1,
        });
        Assert.Equal(100, (await store.QueryAsync("squares", FeatureQuery.All(), Token)).NumberMatched);

        // Stopped, not shut down: pooled connections hang, new ones are accepted by the kernel and never answered.
        await cluster.FreezeServerAsync();
        try
        {
            var calls = Enumerable.Range(0, 8).Select(i => Call(store, i)).ToList();
            foreach (var call in calls)
            {
                await Assert.ThrowsAsync<StoreUnavailableException>(() => call.WaitAsync(Hang, Token));
            }

            Assert.False(await store.CanConnectAsync(Token).WaitAsync(Hang, Token));
        }
        finally
        {
            await cluster.ThawServerAsync();
        }

        await WaitUntilRecovered(store);
    }

    [Fact]
    public async Task QueryBlockedPastTheCommandTimeout_IsUnavailable_AndTheNextQueryWorks()
    {
        await using var database = await PostGisDatabase.CreateAsync(Token);
        await database.Importer().ImportAsync([SyntheticLayers.Points()], "A", Token);
        await using var store = new PostGisStore(new PostGisOptions { ConnectionString = database.ReaderConnectionString, CommandTimeoutSeconds = 1 });

        await using (var blocker = new NpgsqlConnection(database.OwnerConnectionString))
        {
            // Another session holds the table every request reads first, as a long migration or a stuck lock would.
            await blocker.OpenAsync(Token);
            await using var transaction = await blocker.BeginTransactionAsync(Token);
            await using var lockTable = new NpgsqlCommand("LOCK TABLE om.current_load IN ACCESS EXCLUSIVE MODE", blocker, transaction);
            await lockTable.ExecuteNonQueryAsync(Token);

            var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.QueryAsync("points", FeatureQuery.All(), Token).AsTask().WaitAsync(Hang, Token));
            // The server's "canceling statement", or, when the cancellation itself takes longer than the grace (a busy
            // machine), the deadline that let the caller go.
            Assert.True(error.InnerException is NpgsqlException or TimeoutException, error.InnerException?.ToString());
            await transaction.RollbackAsync(Token);
        }

        Assert.Equal(250, (await store.QueryAsync("points", FeatureQuery.All(), Token)).NumberMatched);
    }

    [Fact]
    public async Task ServerThatNeverAnswers_IsUnavailableWithinTheConnectTimeout()
    {
        // The kernel completes the TCP handshake for the listener's backlog, then nothing ever answers: a hung server.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        await using var store = new PostGisStore(new PostGisOptions
        {
            ConnectionString = $"Host=127.0.0.1;Port={((IPEndPoint)listener.LocalEndpoint).Port};Database=opportunitymap;Username=om_reader",
            ConnectTimeoutSeconds = 1,
        });

        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.GetLayersAsync(Token).AsTask().WaitAsync(Hang, Token));
        Assert.False(await store.CanConnectAsync(Token).WaitAsync(Hang, Token));
    }

    [Fact]
    public async Task NothingListening_IsUnavailable()
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        await using var store = new PostGisStore(new PostGisOptions { ConnectionString = $"Host=127.0.0.1;Port={port};Database=opportunitymap;Username=om_reader" });

        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.GetFeatureAsync("points", "p-001", Token).AsTask().WaitAsync(Hang, Token));
        Assert.False(await store.CanConnectAsync(Token));
    }

    private static async Task WaitUntilRecovered(PostGisStore store)
    {
        var recovered = false;
        for (var attempt = 0; attempt < 60 && !recovered; attempt++)
        {
            try
            {
                recovered = (await store.QueryAsync("squares", FeatureQuery.All(), Token)).NumberMatched == 100;
            }
            catch (StoreUnavailableException)
            {
                await Task.Delay(500, Token);
            }
        }

        Assert.True(recovered, "the store did not recover after the database came back");
    }

    /// <summary>Each of the store's calls in turn, as requests make them.</summary>
    private static Task Call(PostGisStore store, int i) => (i % 4) switch
    {
        0 => store.GetDataVersionAsync(Token).AsTask(),
        1 => store.GetLayersAsync(Token).AsTask(),
        2 => store.QueryAsync("squares", new FeatureQuery(new(-80.96, -80.94, 35.02, 35.04), [], 10, 0), Token).AsTask(),
        _ => store.GetFeatureAsync("points", "p-042", Token).AsTask(),
    };
}
