namespace OpportunityMap.Core.Analysis;

/// <summary>The computation behind <see cref="HolcRobustness"/>, on the household income (the first metric).</summary>
internal static class ReportRobustness
{
    /// <param name="rows">The graded rows (A-D) as published.</param>
    /// <param name="atThreshold">Every graded row's household income with another sliver threshold.</param>
    /// <param name="names">Tract names by GEOID.</param>
    public static HolcRobustness Compute(IReadOnlyList<HolcReportRow> rows, Func<double, IReadOnlyList<double?>> atThreshold, IReadOnlyDictionary<string, string?> names)
    {
        var thresholds = AreaAnalyzer.RobustnessThresholds
            .Select(t => new ThresholdValues(t, t == MobilityAggregator.MinimumShare ? [.. rows.Select(r => r.Summary.Mobility.Values[0])] : atThreshold(t)))
            .ToList();
        var weighted = rows.Select(r => Weighted(r.Summary.Mobility)).ToList();
        var leaveOneOut = rows.Select((r, i) => LeaveOut(r.Grade, weighted[i])).ToList();

        var orders = new List<OrderCheck>();
        for (var i = 0; i + 1 < rows.Count; i++)
        {
            if (rows[i].Summary.Mobility.Values[0] is not { } a || rows[i + 1].Summary.Mobility.Values[0] is not { } b)
            {
                continue;
            }

            var (high, low) = a >= b ? (i, i + 1) : (i + 1, i);
            var flipsAt = thresholds.Where(t => t.MinimumShare != MobilityAggregator.MinimumShare && !(t.Values[high] > t.Values[low]))
                .Select(t => t.MinimumShare).ToList();
            var tracts = weighted[high].Keys.Union(weighted[low].Keys).Order(StringComparer.Ordinal).ToList();
            var flipsWithout = tracts.Where(t => !(Without(weighted[high], t) > Without(weighted[low], t))).ToList();
            var variations = thresholds.Count - 1 + tracts.Count;
            orders.Add(new OrderCheck(rows[high].Grade, rows[low].Grade, variations, variations - flipsAt.Count - flipsWithout.Count, flipsAt, flipsWithout));
        }

        var uncounted = rows.SelectMany(r => r.Summary.Mobility.Tracts
                .Where(t => t.Tract.Children is not > 0 || t.Tract.Values[0] is null)
                .Select(t => new UncountedTract(r.Grade, t.Tract.Id, names.GetValueOrDefault(t.Tract.Id), t.Share, t.Tract.Children, t.Tract.Values[0] is not null)))
            .ToList();
        return new HolcRobustness(thresholds, leaveOneOut, orders, uncounted);
    }

    // The tracts behind a row's household income: GEOID → (weight, value).
    private static Dictionary<string, (double Weight, double Value)> Weighted(MobilityBlend blend) =>
        blend.Tracts
            .Where(t => t.Tract.Values[0] is not null && t.Tract.ChildrenOf(0) is > 0)
            .ToDictionary(t => t.Tract.Id, t => (t.Share * t.Tract.ChildrenOf(0)!.Value, t.Tract.Values[0]!.Value), StringComparer.Ordinal);

    // The weighted mean without one tract (the tract not in the row: the row's own value); null when nothing is left.
    private static double? Without(Dictionary<string, (double Weight, double Value)> tracts, string left)
    {
        double sum = 0, weight = 0;
        foreach (var (id, (w, v)) in tracts)
        {
            if (id != left)
            {
                sum += w * v;
                weight += w;
            }
        }

        return weight > 0 ? sum / weight : null;
    }

    private static LeaveOneOut LeaveOut(string grade, Dictionary<string, (double Weight, double Value)> tracts)
    {
        if (tracts.Count == 0)
        {
            return new LeaveOneOut(grade, null, null, null, null, null, 0);
        }

        // A single tract left out leaves nothing: no range.
        var without = tracts.Keys.Order(StringComparer.Ordinal).Select(id => (Id: (string?)id, Value: Without(tracts, id))).Where(w => w.Value is not null).ToList();
        var lowest = without.Count == 0 ? default : without.MinBy(w => w.Value);
        var highest = without.Count == 0 ? default : without.MaxBy(w => w.Value);
        var largest = tracts.MaxBy(t => t.Value.Weight);
        return new LeaveOneOut(grade, lowest.Value, lowest.Id, highest.Value, highest.Id, largest.Key, largest.Value.Weight / tracts.Values.Sum(t => t.Weight));
    }
}
