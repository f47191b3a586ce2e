namespace OpportunityMap.Server.Ogc;

/// <summary>The representations of the OGC resources, chosen once per request by <see cref="Negotiate"/>.</summary>
internal enum OgcFormat
{
    Json,
    Html,
    Csv,
}
