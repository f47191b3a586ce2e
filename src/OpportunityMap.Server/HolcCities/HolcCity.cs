namespace OpportunityMap.Server.HolcCities;

/// <summary>One city of the national HOLC layer: its key (the map's <c>city=</c>), areas per grade, extent.</summary>
/// <param name="Bbox">[west, south, east, north], degrees.</param>
/// <param name="Centre">[longitude, latitude], the middle of <paramref name="Bbox"/>.</param>
internal sealed record HolcCity(
    string Key, string City, string State, int Areas, IReadOnlyDictionary<string, int> Grades, double[] Bbox, double[] Centre);
