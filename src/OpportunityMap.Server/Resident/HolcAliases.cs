using NetTopologySuite.Geometries.Prepared;

namespace OpportunityMap.Server.Resident;

/// <summary>
/// The names a 1935 area is known by today: the neighborhood names of the census tracts it largely overlaps
/// ("Biddleville" for D6), so a resident searching a neighborhood's name finds its 1935 area, not a point near it.
/// </summary>
internal static class HolcAliases
{
    // A tract counts when this share of the tract, or of the 1935 area, lies in the other.
    private const double MinShare = 0.3;

    /// <summary>HOLC area id → the tract names (their first part: "Biddleville, Charlotte, NC" → "Biddleville").</summary>
    public static Dictionary<string, List<string>> Find(ProjectedLayer holc, ProjectedLayer tracts)
    {
        var found = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < holc.Geometries.Count; i++)
        {
            var area = holc.Geometries[i];
            var prepared = PreparedGeometryFactory.Prepare(area);
            var names = new List<string>();
            for (var j = 0; j < tracts.Geometries.Count; j++)
            {
                var tract = tracts.Geometries[j];
                if (!area.EnvelopeInternal.Intersects(tract.EnvelopeInternal) || !prepared.Intersects(tract)
                    || NeighborhoodName(tracts.Layer.Metadata.Text(tracts.Layer.Features[j], "name")) is not { } name)
                {
                    continue;
                }

                var shared = area.Intersection(tract).Area;
                if ((shared >= MinShare * tract.Area || shared >= MinShare * area.Area) && !names.Contains(name))
                {
                    names.Add(name);
                }
            }

            if (names.Count > 0)
            {
                found[holc.Layer.Features[i].Id] = names;
            }
        }

        return found;
    }

    // "Biddleville, Charlotte, NC" → "Biddleville"; a tract named after its town only ("Charlotte, NC") names no neighborhood.
    private static string? NeighborhoodName(string? tractName) =>
        tractName?.Split(',', StringSplitOptions.TrimEntries) is { Length: >= 3 } parts && parts[0].Length > 0 ? parts[0] : null;
}
