using OpportunityMap.Core.Nation;
using OpportunityMap.Server.Nation;

namespace OpportunityMap.Server.Benchmarks;

/// <summary>
/// <c>/api/benchmarks?f=csv</c>: one line per standing (the county among US counties and its state's, by group; its
/// commuting zone among the largest) and one per largest commuting zone, after the provenance lines.
/// </summary>
internal static class BenchmarksCsv
{
    public static string Write(CountyBenchmark benchmark, IReadOnlyList<LayerSource> sources, BenchmarkWords words)
    {
        var strings = words.Strings;
        var csv = new ProvenanceCsv(
            [strings.Text("benchmarks.title"), strings.Text("benchmarks.measure"), words.Method, strings.Text("benchmarks.approximation")],
            sources.In(strings), strings.Text("nation.source"),
            ["scope", "group", "label", "id", "name", "value", "standard_error", "children", "too_few_children", "rank", "of", "percentile", "best_rank", "worst_rank"]);
        foreach (var group in benchmark.Groups)
        {
            var o = group.Outcome;
            csv.Row(["us-counties", group.Group, words.Group(group.Group), benchmark.County.Fips, null, o.Value, o.StandardError, o.Children, group.TooFewChildren, .. Standing(group.Nation)]);
            csv.Row(["state-counties", group.Group, words.Group(group.Group), benchmark.County.Fips, null, o.Value, o.StandardError, o.Children, group.TooFewChildren, .. Standing(group.State)]);
        }

        if (benchmark.CommutingZone is { } zone)
        {
            csv.Row(["largest-commuting-zones", "pooled", words.Group("pooled"), .. Zone(zone.Zone), .. Standing(zone.AmongLargest)]);
            for (var i = 0; i < zone.Largest.Count; i++)
            {
                csv.Row(["largest-commuting-zone", "pooled", words.Group("pooled"), .. Zone(zone.Largest[i]), i + 1, zone.Largest.Count, null, null, null]);
            }
        }

        return csv.ToString();
    }

    private static object?[] Standing(Standing? s) => s is null ? [null, null, null, null, null] : [s.Rank, s.Of, Math.Round(s.Percentile, 2), s.BestRank, s.WorstRank];

    private static object?[] Zone(CommutingZoneValue z) => [z.Id, z.Name, z.Value, z.StandardError, z.Children, false];
}
