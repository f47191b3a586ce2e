namespace OpportunityMap.Ingest.Manifest;

/// <summary>An upstream source: where to get it, its licence and the attribution it asks for.</summary>
public sealed record SourceEntry(string Name, string Url, string Licence, string LicenceUrl, string Attribution);
