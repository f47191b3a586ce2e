namespace OpportunityMap.Server.Analysis;

/// <summary>What a summary was asked for: a named feature (layer and id) or a posted polygon, and whether it was repaired.</summary>
internal sealed record SummaryInput(string? Layer, string? Id, bool Repaired);
