using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace OpportunityMap.Ingest;

/// <summary>
/// Blends tract outcomes into larger areas (ZIP codes): for each area and each metric, the mean of the tract values
/// weighted by (share of the tract's area inside the area) × (the tract's number of children). Geometries must be in
/// a projected CRS (areas in its units), never in degrees. A tract without a value for a metric, or without
/// children, is left out of that metric and the weights of the others renormalised.
/// </summary>
internal static class MobilityAggregator
{
    /// <summary>
    /// Overlaps smaller than this share of a tract's area are slivers from boundaries drawn at different times and
    /// scales (2013 ZIPs, simplified 2010 tracts), not real overlap: they are left out.
    /// </summary>
    public const double MinimumShare = 0.01;

    public static IReadOnlyList<MobilityBlend> Blend(IReadOnlyList<Geometry> areas, IReadOnlyList<MobilityTract> tracts, double minimumShare = MinimumShare)
    {
        var index = new STRtree<MobilityTract>();
        foreach (var tract in tracts)
        {
            index.Insert(tract.Geometry.EnvelopeInternal, tract);
        }

        index.Build();
        var metrics = tracts.Count == 0 ? 0 : tracts[0].Values.Count;
        var result = new List<MobilityBlend>(areas.Count);
        foreach (var area in areas)
        {
            var sums = new double[metrics];
            var weights = new double[metrics];
            var blended = 0;
            foreach (var tract in index.Query(area.EnvelopeInternal))
            {
                var tractArea = tract.Geometry.Area;
                if (tract.Children is not > 0 || tractArea <= 0)
                {
                    continue;
                }

                var share = OverlayNGRobust.Overlay(area, tract.Geometry, SpatialFunction.Intersection).Area / tractArea;
                if (share < minimumShare)
                {
                    continue;
                }

                var weight = share * tract.Children.Value;
                for (var m = 0; m < metrics; m++)
                {
                    if (tract.Values[m] is { } value)
                    {
                        sums[m] += weight * value;
                        weights[m] += weight;
                    }
                }

                if (metrics > 0 && tract.Values[0] is not null)
                {
                    blended++;
                }
            }

            result.Add(new MobilityBlend([.. Enumerable.Range(0, metrics).Select(m => weights[m] > 0 ? sums[m] / weights[m] : (double?)null)], blended));
        }

        return result;
    }

    /// <summary>The children-weighted mean of each metric over all the tracts (each wholly counted).</summary>
    public static IReadOnlyList<double?> Overall(IReadOnlyList<MobilityTract> tracts)
    {
        var metrics = tracts.Count == 0 ? 0 : tracts[0].Values.Count;
        var values = new double?[metrics];
        for (var m = 0; m < metrics; m++)
        {
            var withValue = tracts.Where(t => t.Children is > 0 && t.Values[m] is not null).ToList();
            var weight = withValue.Sum(t => t.Children!.Value);
            values[m] = weight > 0 ? withValue.Sum(t => t.Children!.Value * t.Values[m]!.Value) / weight : null;
        }

        return values;
    }
}

/// <summary>A tract: its geometry in a projected CRS, its number of children, and its value of each metric.</summary>
internal sealed record MobilityTract(string Id, Geometry Geometry, double? Children, IReadOnlyList<double?> Values);

/// <summary>An area's blended value of each metric (null when no tract had one), and how many tracts it blends.</summary>
internal sealed record MobilityBlend(IReadOnlyList<double?> Values, int TractsBlended);
