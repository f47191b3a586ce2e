namespace OpportunityMap.Core.Layers;

/// <summary>Where a layer's data comes from, and on what terms it may be republished.</summary>
/// <param name="Name">The source's name, e.g. "Mapping Inequality".</param>
/// <param name="Url">Where an operator downloads it.</param>
/// <param name="Licence">The licence's short name, e.g. "CC BY-NC-SA 4.0".</param>
/// <param name="LicenceUrl">The licence text.</param>
/// <param name="Attribution">The attribution the licence asks for, in plain text.</param>
/// <param name="Vintage">When the data describes (e.g. "1935", "2010 tracts, 2015 dollars").</param>
public sealed record LayerSource(
    string Name,
    string Url,
    string Licence,
    string LicenceUrl,
    string Attribution,
    string Vintage);
