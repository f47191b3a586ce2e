namespace OpportunityMap.Core.Nation;

/// <summary>
/// Every city of the lookup (by key), how many have a value for both A and D (<see cref="WithAAndD"/>), and how many
/// of those rest on enough children in both to be ranked (<see cref="Ranked"/>).
/// </summary>
public sealed record HolcCityReport(IReadOnlyList<HolcCityGrades> Cities, int WithAAndD, int Ranked);
