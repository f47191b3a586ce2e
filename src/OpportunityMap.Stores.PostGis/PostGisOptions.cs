namespace OpportunityMap.Stores.PostGis;

/// <summary>How the PostGIS store connects.</summary>
public sealed class PostGisOptions
{
    /// <summary>An Npgsql connection string. Serving needs only a role with SELECT; importing needs one that may create schemas.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>The longest a query may run before the request fails with 503 (seconds).</summary>
    public int CommandTimeoutSeconds { get; set; } = 5;

    /// <summary>The longest to wait for a connection to open (seconds).</summary>
    public int ConnectTimeoutSeconds { get; set; } = 3;

    /// <summary>
    /// How many features of the current load to keep in memory (0: none). A load never changes, so this only saves
    /// reading and encoding them again; the default holds every Charlotte layer many times over.
    /// </summary>
    public int FeatureCacheSize { get; set; } = 100_000;

    /// <summary>A role to grant read access to each new load (the API's read-only role), or empty.</summary>
    public string ReaderRole { get; set; } = "";

    /// <summary>
    /// How long an import waits to drop an old load that a slow reader still holds; past it the load is left for the
    /// next import to drop, so an import never queues behind a stuck query.
    /// </summary>
    public int DropLockTimeoutSeconds { get; set; } = 5;
}
