using OpportunityMap.Core.Querying;

namespace OpportunityMap.Server.Generations;

/// <summary>
/// Holds the current <see cref="DataGeneration"/>. The in-memory store's generation is made when the store is built
/// (start-up, a reload, the national layer added after start-up); PostGIS is asked for its current load on each
/// request, and a new load makes a new generation. Either way the old generation is retired, and the new one warmed
/// in the background (<see cref="IGenerationWarmup"/>), so no request pays for a cold artefact. Thread-safe.
/// </summary>
internal sealed class GenerationSource
{
    private readonly IFeatureStore _root;
    private readonly IReadOnlyList<IGenerationWarmup> _warmups;
    private readonly bool _warm;
    private readonly ILogger<GenerationSource> _logger;
    private readonly CancellationToken _stopping;
    private readonly Lock _lock = new();
    private DataGeneration? _current;

    private GenerationSource(
        IFeatureStore root, IEnumerable<IGenerationWarmup> warmups, bool warm, ILogger<GenerationSource> logger, CancellationToken stopping)
    {
        _root = root;
        _warmups = [.. warmups];
        _warm = warm;
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
            services.GetRequiredService<ILogger<GenerationSource>>(),
            services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
        if (store is not ISnapshotSource)
        {
            source.Activate(source.Build(store, CancellationToken.None).AsTask().GetAwaiter().GetResult(), expected: null);
        }

        return source;
    }

    /// <summary>The current generation; for PostGIS, of the load current now (503 when the database cannot say).</summary>
    public async ValueTask<DataGeneration> CurrentAsync(CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref _current);
        if (_root is not ISnapshotSource source)
        {
            return current!;
        }

        var snapshot = source.OpenSnapshot();
        var version = await snapshot.GetDataVersionAsync(cancellationToken);
        if (current?.Version == version)
        {
            return current;
        }

        return Activate(await Build(snapshot, cancellationToken), current);
    }

    /// <summary>Serves <paramref name="next"/> (a reloaded in-memory store) from now on.</summary>
    public async Task<DataGeneration> SwapAsync(IFeatureStore next, CancellationToken cancellationToken) =>
        Activate(await Build(next, cancellationToken), expected: null);

    /// <summary>
    /// Serves <paramref name="next"/> only if <paramref name="expected"/> is still current (no reload came between);
    /// returns whether it did.
    /// </summary>
    public async Task<bool> TrySwapAsync(DataGeneration expected, IFeatureStore next, CancellationToken cancellationToken)
    {
        var generation = await Build(next, cancellationToken);
        return ReferenceEquals(Activate(generation, expected), generation);
    }

    private async ValueTask<DataGeneration> Build(IFeatureStore store, CancellationToken cancellationToken) => new(
        store, await store.GetDataVersionAsync(cancellationToken), await store.GetLayersAsync(cancellationToken), _stopping);

    // Makes `next` current unless another generation replaced `expected` first (then that one is returned); with
    // `expected` null, `next` always becomes current.
    private DataGeneration Activate(DataGeneration next, DataGeneration? expected)
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
        if (_warm)
        {
            _ = Task.Run(() => WarmAsync(next), CancellationToken.None);
        }

        return next;
    }

    // Builds the new generation's artefacts off the request path; a failure is logged and the artefact is built on
    // first use instead.
    private async Task WarmAsync(DataGeneration generation)
    {
        foreach (var warmup in _warmups)
        {
            if (generation.Retired.IsCancellationRequested || _stopping.IsCancellationRequested)
            {
                return;
            }

            try
            {
                await warmup.WarmAsync(generation, _stopping);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _logger.LogWarning(e, "Warming {Warmup} for data version {Version} failed; it is built on first use", warmup.GetType().Name, generation.Version);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
