using OpportunityMap.Core.Nation;

namespace OpportunityMap.Server.Benchmarks;

/// <summary>The benchmarks' words and numbers as a resident reads them, in one language.</summary>
internal sealed class BenchmarkWords(Strings strings)
{
    public Strings Strings => strings;

    public string Method => strings.Format("benchmarks.method", ("minimum", Whole(SmallNumbers.MinimumChildren)));

    public string Group(string group) => group switch
    {
        "black" => strings.Text("benchmarks.group.black"),
        "white" => strings.Text("benchmarks.group.white"),
        "hisp" => strings.Text("benchmarks.group.hisp"),
        _ => strings.Text("benchmarks.group.pooled"),
    };

    /// <summary>What the group's value says, and where it stands (or why it is not ranked).</summary>
    public string Nation(GroupBenchmark benchmark) => Standing(benchmark, benchmark.Nation, "benchmarks.text.nation");

    public string State(GroupBenchmark benchmark) => Standing(benchmark, benchmark.State, "benchmarks.text.state");

    public string Zone(CommutingZoneBenchmark zone) => zone.AmongLargest is { } among
        ? strings.Format("benchmarks.text.zone", ("name", zone.Zone.Name), ("value", Rank(zone.Zone.Value)), ("se", Error(zone.Zone.StandardError)),
            ("rank", Whole(among.Rank)), ("of", Whole(among.Of)), ("best", Whole(among.BestRank)), ("worst", Whole(among.WorstRank)))
        : strings.Format("benchmarks.text.notLargest", ("name", zone.Zone.Name), ("size", Whole(zone.SizeRank)), ("zones", Whole(zone.Zones)),
            ("of", Whole(CountyBenchmarks.LargestZones)));

    /// <summary>A rank-scale value (0-1) to three decimals.</summary>
    public static string Rank(double? value) => value?.ToString("0.000", CultureInfo.InvariantCulture) ?? "—";

    /// <summary>A standard error on the rank scale, to four decimals.</summary>
    public static string Error(double? value) => value?.ToString("0.0000", CultureInfo.InvariantCulture) ?? "—";

    /// <summary>"2,929" in both languages (US usage).</summary>
    public static string Whole(double? value) => value?.ToString("N0", CultureInfo.InvariantCulture) ?? "—";

    private string Standing(GroupBenchmark benchmark, Standing? standing, string key)
    {
        if (benchmark.Outcome.Value is null)
        {
            return strings.Text("benchmarks.text.noValue");
        }

        if (benchmark.TooFewChildren || standing is null)
        {
            return strings.Format("benchmarks.text.tooFew", ("children", Whole(benchmark.Outcome.Children)), ("minimum", Whole(SmallNumbers.MinimumChildren)));
        }

        return strings.Format(key, ("value", Rank(benchmark.Outcome.Value)), ("se", Error(benchmark.Outcome.StandardError)),
            ("rank", Whole(standing.Rank)), ("of", Whole(standing.Of)),
            ("percentile", standing.Percentile.ToString("0.0", CultureInfo.InvariantCulture)),
            ("best", Whole(standing.BestRank)), ("worst", Whole(standing.WorstRank)));
    }
}
