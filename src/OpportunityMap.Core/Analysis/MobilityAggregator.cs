namespace OpportunityMap.Core.Analysis;

/// <summary>
/// Blends tract outcomes into larger areas (ZIP codes, drawn areas, 1935 grades): for each area and each metric, the
/// mean of the tract values weighted by (share of the tract's area inside the area) × (the tract's number of
/// children). Geometries must be in a projected CRS (areas in its units), never in degrees. A tract without a value
/// for a metric, or without children, is left out of that metric and the weights of the others renormalised.
/// Stateless and thread-safe.
/// </summary>
public static class MobilityAggregator
{
    /// <summary>
    /// Overlaps smaller than this share of a tract's area are slivers from boundaries drawn at different times and
    /// scales (2013 ZIPs, simplified 2010 tracts), not real overlap: they are left out.
    /// </summary>
    public const double MinimumShare = 0.01;

    /// <summary>Each area's blend over the tracts, with the published ZIP rule (slivers under <paramref name="minimumShare"/> left out).</summary>
    public static IReadOnlyList<MobilityBlend> Blend(IReadOnlyList<Geometry> areas, IReadOnlyList<MobilityTract> tracts, double minimumShare = MinimumShare)
    {
        var index = Index(tracts);
        var metrics = tracts.Count == 0 ? 0 : tracts[0].Values.Count;
        return [.. areas.Select(area => BlendArea(area, index.Query(area.EnvelopeInternal), metrics, minimumShare, smallAreaFallback: false))];
    }

    /// <summary>
    /// One area's blend over <paramref name="candidates"/> (the tracts whose envelopes meet it), leaving out slivers
    /// under <paramref name="minimumShare"/> of a tract. When <paramref name="smallAreaFallback"/> is set and no tract
    /// reaches that share (a drawn area smaller than 1% of every tract it meets), every overlapping tract counts
    /// instead, so a small area still gets the tracts it lies in.
    /// </summary>
    public static MobilityBlend BlendArea(Geometry area, IEnumerable<MobilityTract> candidates, int metrics, double minimumShare, bool smallAreaFallback)
    {
        var overlaps = new List<(MobilityTract Tract, double Share)>();
        foreach (var tract in candidates)
        {
            var tractArea = tract.Geometry.Area;
            if (tractArea <= 0)
            {
                continue;
            }

            var share = OverlayNGRobust.Overlay(area, tract.Geometry, SpatialFunction.Intersection).Area / tractArea;
            if (share > 0)
            {
                overlaps.Add((tract, share));
            }
        }

        var kept = overlaps.Where(o => o.Share >= minimumShare).ToList();
        if (kept.Count == 0 && smallAreaFallback)
        {
            kept = overlaps;
        }

        return new MobilityBlend([.. Enumerable.Range(0, metrics).Select(m => Estimate(kept, m))])
        {
            Tracts = [.. kept.Select(k => new TractShare(k.Tract, k.Share, k.Share * Math.Max(0, k.Tract.Children ?? 0)))
                .OrderBy(t => t.Tract.Id, StringComparer.Ordinal)],
        };
    }

    /// <summary>
    /// One metric over tracts each counted with a share: Σ share × children × value / Σ share × children over the tracts
    /// with a value and children; the standard error, when every one of them has one, is √(Σ w²·se²) / Σ w (errors
    /// taken as independent).
    /// </summary>
    public static BlendedEstimate Estimate(IEnumerable<(MobilityTract Tract, double Share)> tracts, int metric)
    {
        double sum = 0, weights = 0, variance = 0;
        var count = 0;
        var allErrors = true;
        foreach (var (tract, share) in tracts)
        {
            if (tract.Values[metric] is not { } value || tract.ChildrenOf(metric) is not { } children || children <= 0)
            {
                continue;
            }

            var weight = share * children;
            sum += weight * value;
            weights += weight;
            count++;
            if (tract.StandardErrorOf(metric) is { } error)
            {
                variance += weight * weight * error * error;
            }
            else
            {
                allErrors = false;
            }
        }

        return weights > 0
            ? new BlendedEstimate(sum / weights, weights, count, allErrors ? Math.Sqrt(variance) / weights : null)
            : new BlendedEstimate(null, 0, 0, null);
    }

    /// <summary>The tracts in an envelope index (query-only and thread-safe once built).</summary>
    public static STRtree<MobilityTract> Index(IEnumerable<MobilityTract> tracts)
    {
        var index = new STRtree<MobilityTract>();
        foreach (var tract in tracts)
        {
            index.Insert(tract.Geometry.EnvelopeInternal, tract);
        }

        index.Build();
        return index;
    }

    /// <summary>The children-weighted mean of each metric over all the tracts (each wholly counted).</summary>
    public static IReadOnlyList<BlendedEstimate> Overall(IReadOnlyList<MobilityTract> tracts)
    {
        var metrics = tracts.Count == 0 ? 0 : tracts[0].Values.Count;
        return [.. Enumerable.Range(0, metrics).Select(m => Estimate(tracts.Select(t => (t, 1.0)), m))];
    }
}
