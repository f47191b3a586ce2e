namespace OpportunityMap.Ingest.National;

/// <summary>A national table as the manifest describes it: its title and description, and its files' sources.</summary>
public sealed record NationalTable(string Id, string Title, string Description, IReadOnlyList<LayerSource> Sources);
