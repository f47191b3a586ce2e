namespace OpportunityMap.Ingest;

/// <summary>What an import built: every layer, and what it had to repair or leave out along the way.</summary>
/// <param name="Layers">The published layers in catalogue order, each with its features sorted by id.</param>
/// <param name="Warnings">One line per repair or omission, naming the file and the feature.</param>
public sealed record ImportResult(IReadOnlyList<LayerData> Layers, IReadOnlyList<string> Warnings);
