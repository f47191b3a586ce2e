namespace OpportunityMap.Server.Options;

internal enum StoreKind
{
    /// <summary>Import the reference data at start-up into an in-memory spatial index (the default).</summary>
    InMemory,

    /// <summary>Serve what the importer loaded into PostgreSQL + PostGIS.</summary>
    PostGis,
}
