using System.Diagnostics;

namespace OpportunityMap.Server.Generations;

/// <summary>
/// Holds the current <see cref="DataGeneration"/>. The in-memory store's generation is made when the store is built
/// (start-up, a reload, the national layer added after start-up); PostGIS is asked for its current load on each
/// request, and a new load makes a new generation. A new generation is warmed (<see cref="IGenerationWarmup"/>:
/// simplified layers, the analyser, indexes) before it replaces a served one, so no request ever waits for a cold
/// artefact; only the first generation at start-up is served while it warms, and <c>/ready</c> says not ready until
/// it is warm. The old generation is retired. Thread-safe.
/// </summary>
internal sealed class GenerationSource
{
    private readonly IFeatureStore _root;
    private readonly IReadOnlyList<IGenerationWarmup> _warmups;
    private readonly bool _warm;
    private readonly StoreOutageLog _outage;
    private readonly ILogger<GenerationSource> _logger;
    private readonly CancellationToken _stopping;
    private readonly Lock _lock = new();
    private DataGeneration? _current;
    private string? _pendingVersion;

    private GenerationSource(
        IFeatureStore root, IEnumerable<IGenerationWarmup> warmups, bool warm, StoreOutageLog outage, ILogger<GenerationSource> logger,
        CancellationToken stopping)
    {
        _root = root;
        _warmups = [.. warmups];
        _warm = warm;
        _outage = outage;
        _logger = logger;
        _stopping = stopping;
    }

    /// <summary>The generation source over <paramref name="store"/>, with the services' warm-ups.</summary>
    public static GenerationSource Create(IServiceProvider services, IFeatureStore store)
    {
        var source = new GenerationSource(
            store,
            services.GetServices<IGenerationWarmup>(),
            services.GetRequiredService<IConfiguration>().GetValue("Generations:Warm", true),
            services.GetRequiredService<StoreOutageLog>(),
            services.GetRequiredService<ILogger<GenerationSource>>(),
            services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
        if (store is not ISnapshotSource)
        {
            source.Serve(source.Build(store, CancellationToken.None).AsTask().GetAwaiter().GetResult(), expected: null);
        }

        return source;
    }

    /// <summary>
    /// The current generation; for PostGIS, of the load current now (503 when the database cannot say). A new load
    /// is served once it is warm; until then the one before it.
    /// </summary>
    public async ValueTask<DataGeneration> CurrentAsync(CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref _current);
        if (_root is not ISnapshotSource source)
        {
            return current!;
        }

        var snapshot = source.OpenSnapshot();
        var version = await snapshot.GetDataVersionAsync(cancellationToken);
        _outage.Succeeded();
        if (current?.Version == version)
        {
            return current;
        }

        if (current is null || !_warm)
        {
            return Serve(await Build(snapshot, cancellationToken), current);
        }

        WarmThenServe(snapshot, version, current);
        return current;
    }

    /// <summary>Serves <paramref name="next"/> (a reloaded in-memory store) from now on, once it is warm.</summary>
    public async Task<DataGeneration> SwapAsync(IFeatureStore next, CancellationToken cancellationToken) =>
        Serve(await BuildWarm(next, cancellationToken), expected: null);

    /// <summary>
    /// Serves <paramref name="next"/>, once it is warm, only if <paramref name="expected"/> is still current (no
    /// reload came between); returns whether it did.
    /// </summary>
    public async Task<bool> TrySwapAsync(DataGeneration expected, IFeatureStore next, CancellationToken cancellationToken)
    {
        var generation = await BuildWarm(next, cancellationToken);
        return ReferenceEquals(Serve(generation, expected), generation);
    }

    private async ValueTask<DataGeneration> Build(IFeatureStore store, CancellationToken cancellationToken) => new(
        store, await store.GetDataVersionAsync(cancellationToken), await store.GetLayersAsync(cancellationToken), _stopping);

    private async Task<DataGeneration> BuildWarm(IFeatureStore store, CancellationToken cancellationToken)
    {
        var generation = await Build(store, cancellationToken);
        await WarmAsync(generation);
        return generation;
    }

    // A new PostGIS load while an older one is served: warm it in the background (once per version), then serve it.
    private void WarmThenServe(IFeatureStore snapshot, string version, DataGeneration current)
    {
        lock (_lock)
        {
            if (_pendingVersion == version)
            {
                return;
            }

            _pendingVersion = version;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                var next = await BuildWarm(snapshot, _stopping);
                lock (_lock)
                {
                    // A still newer load came meanwhile: that one is served when it is warm.
                    if (_pendingVersion != version)
                    {
                        return;
                    }

                    _pendingVersion = null;
                }

                Serve(next, expected: null);
            }
            catch (Exception e) when (e is StoreUnavailableException or OperationCanceledException)
            {
                lock (_lock)
                {
                    // The next request tries again.
                    if (_pendingVersion == version)
                    {
                        _pendingVersion = null;
                    }
                }

                _logger.LogWarning("Data version {Version} could not be prepared; still serving {Current}: {Reason}", version, current.Version, e.Message);
            }
        }, CancellationToken.None);
    }

    // Makes `next` current unless another generation replaced `expected` first (then that one is returned); with
    // `expected` null, `next` always becomes current. A generation not yet warm warms in the background.
    private DataGeneration Serve(DataGeneration next, DataGeneration? expected)
    {
        DataGeneration? previous;
        lock (_lock)
        {
            previous = _current;
            if (expected is not null && !ReferenceEquals(previous, expected) && previous is not null)
            {
                return previous;
            }

            if (previous?.Version == next.Version)
            {
                return previous;
            }

            Volatile.Write(ref _current, next);
        }

        previous?.Retire();
        _logger.LogInformation("Serving data version {Version}", next.Version);
        if (!_warm)
        {
            next.MarkWarm();
        }
        else if (!next.IsWarm)
        {
            _ = Task.Run(() => WarmAsync(next), CancellationToken.None);
        }

        return next;
    }

    // Builds the generation's artefacts; a failure is logged and that artefact is built on first use instead. Never
    // throws; marks the generation warm when it is over (at once when warming is off).
    private async Task WarmAsync(DataGeneration generation)
    {
        if (!_warm)
        {
            generation.MarkWarm();
            return;
        }

        var watch = Stopwatch.StartNew();
        try
        {
            foreach (var warmup in _warmups)
            {
                if (generation.Retired.IsCancellationRequested || _stopping.IsCancellationRequested)
                {
                    return;
                }

                try
                {
                    var started = watch.Elapsed;
                    await warmup.WarmAsync(generation, _stopping);
                    _logger.LogDebug("Warmed {Warmup} for data version {Version} in {Seconds:F1} s",
                        warmup.GetType().DeclaringType?.Name ?? warmup.GetType().Name, generation.Version, (watch.Elapsed - started).TotalSeconds);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    _logger.LogWarning(e, "Warming {Warmup} for data version {Version} failed; it is built on first use", warmup.GetType().Name, generation.Version);
                }
            }

            _logger.LogInformation("Data version {Version} warmed in {Seconds:F1} s", generation.Version, watch.Elapsed.TotalSeconds);
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
        finally
        {
            generation.MarkWarm();
        }
    }
}
