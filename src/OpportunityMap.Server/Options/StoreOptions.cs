namespace OpportunityMap.Server.Options;

/// <summary>Which store serves the layers.</summary>
internal sealed class StoreOptions
{
    public const string SectionName = "Store";

    public StoreKind Kind { get; set; } = StoreKind.InMemory;

    /// <summary>The PostGIS connection string (a read-only role is enough for serving).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>How long a database command may run before the request gets a 503.</summary>
    public int CommandTimeoutSeconds { get; set; } = 5;

    /// <summary>How long to wait for a database connection to open before a 503.</summary>
    public int ConnectTimeoutSeconds { get; set; } = 3;

    /// <summary>The longest <c>/ready</c> waits for the store before it answers 503 (not ready) all the same.</summary>
    public int ReadyTimeoutSeconds { get; set; } = 2;

    /// <summary>Features of the current load kept in memory (PostGIS); 0 turns the cache off.</summary>
    public int FeatureCacheSize { get; set; } = 100_000;

    /// <summary>For <c>import</c>: the read-only role the API connects as, granted SELECT on each new load.</summary>
    public string ReaderRole { get; set; } = "";

    public Stores.PostGis.PostGisOptions ToPostGisOptions() => new()
    {
        ConnectionString = ConnectionString ?? "",
        CommandTimeoutSeconds = CommandTimeoutSeconds,
        ConnectTimeoutSeconds = ConnectTimeoutSeconds,
        FeatureCacheSize = FeatureCacheSize,
        ReaderRole = ReaderRole,
    };
}
