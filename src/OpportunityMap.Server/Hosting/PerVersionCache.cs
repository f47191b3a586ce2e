using System.Collections.Concurrent;

namespace OpportunityMap.Server.Hosting;

/// <summary>
/// Values computed once per data version (the analyser, the downloads): a new version (a reload) drops every value
/// of the old one. A build that fails or is cancelled is forgotten, so the next request tries again.
/// </summary>
internal sealed class PerVersionCache<T>
{
    private readonly Lock _lock = new();
    private string? _version;
    private ConcurrentDictionary<string, Task<T>> _values = new(StringComparer.Ordinal);

    public async Task<T> GetAsync(string version, string key, Func<CancellationToken, Task<T>> build, CancellationToken cancellationToken)
    {
        Task<T> value;
        lock (_lock)
        {
            if (_version != version)
            {
                _version = version;
                _values = new(StringComparer.Ordinal);
            }

            if (!_values.TryGetValue(key, out value!) || value.IsFaulted || value.IsCanceled)
            {
                value = build(cancellationToken);
                _values[key] = value;
            }
        }

        return await value.WaitAsync(cancellationToken);
    }
}
