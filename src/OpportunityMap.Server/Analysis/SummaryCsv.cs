using OpportunityMap.Server.Downloads;

namespace OpportunityMap.Server.Analysis;

/// <summary>
/// An area summary as CSV in long form, one figure a row: section, id, measure, value (e.g.
/// <c>tract,37119000100,share,0.25</c>), so every part of the summary fits one table; comment lines before the header
/// name the method, each measure's meaning, unit and years, and the sources; the county's own figures close it
/// (section <c>county</c>).
/// </summary>
internal static class SummaryCsv
{
    /// <summary>Where the method is: the served docs/data.md, at its section.</summary>
    public const string MethodPath = "/docs/data#area-summaries-the-method";

    public static string Write(AreaAnalyzer analyzer, AreaSummary summary, Strings strings, string baseUrl)
    {
        var csv = new StringBuilder();
        Provenance.WriteComments(csv, strings.Text("csv.summary.title"), baseUrl + MethodPath, Measures(analyzer, strings), analyzer.Sources.In(strings), strings);
        csv.Append("section,id,measure,value\r\n");
        Row(csv, "area", "", "square_kilometres", summary.SquareKilometres);
        Row(csv, "area", "", "land_square_kilometres", summary.LandSquareKilometres);
        Row(csv, "area", "", "square_miles", summary.SquareMiles);
        Row(csv, "area", "", "county_coverage", summary.CountyCoverage);
        foreach (var grade in summary.Grades)
        {
            Row(csv, "grade", grade.Grade, "share", grade.Share);
        }

        Mobility(csv, "mobility", summary.Mobility);
        foreach (var tract in summary.Mobility.Tracts)
        {
            Row(csv, "tract", tract.Tract.Id, "share", tract.Share);
            Row(csv, "tract", tract.Tract.Id, "kids", tract.Tract.Children);
            Row(csv, "tract", tract.Tract.Id, "weight", tract.Weight);
            Row(csv, "tract", tract.Tract.Id, AreaAnalyzer.MobilityMetrics[0], tract.Tract.Values[0]);
        }

        foreach (var resource in summary.Resources)
        {
            Row(csv, LayerIds.Resources, resource.Category, "count", resource.Count);
            Row(csv, LayerIds.Resources, resource.Category, "per_square_kilometre", resource.PerSquareKilometre);
        }

        Metrics(csv, "neighborhood_metric", summary.Metrics);
        foreach (var npa in summary.Neighborhoods)
        {
            Row(csv, "neighborhood", npa.Id, "share_of_area", npa.ShareOfArea);
            Row(csv, "neighborhood", npa.Id, "share_of_neighborhood", npa.ShareOfNeighborhood);
        }

        // The county as a whole, for reference: its mobility each tract counted whole, its metrics over every neighborhood.
        var county = analyzer.HolcVsToday().County.Summary;
        Row(csv, "county", "", "land_square_kilometres", county.LandSquareKilometres);
        Mobility(csv, "county", county.Mobility);
        Metrics(csv, "county_metric", county.Metrics);
        return csv.ToString();
    }

    private static void Mobility(StringBuilder csv, string section, MobilityBlend mobility)
    {
        for (var m = 0; m < AreaAnalyzer.MobilityMetrics.Count; m++)
        {
            var estimate = mobility.Estimates[m];
            Row(csv, section, "", AreaAnalyzer.MobilityMetrics[m], estimate.Value);
            Row(csv, section, AreaAnalyzer.MobilityMetrics[m], "children", estimate.Children);
            if (estimate.StandardError is { } error)
            {
                Row(csv, section, AreaAnalyzer.MobilityMetrics[m], "standard_error", error);
            }
        }

        Row(csv, section, "", "tracts_blended", mobility.TractsBlended);
        Row(csv, section, "", "children", mobility.Estimates[0].Children);
        Row(csv, section, "", "too_few_children", mobility.Estimates[0].TooFewChildren ? 1 : 0);
    }

    private static void Metrics(StringBuilder csv, string section, IEnumerable<MetricValue> metrics)
    {
        foreach (var metric in metrics)
        {
            Row(csv, section, metric.Name, "value", metric.Value);
            Row(csv, section, metric.Name, "first_year", metric.FirstYear);
            Row(csv, section, metric.Name, "year", metric.Year);
            if (metric.MarginOfError is { } error)
            {
                Row(csv, section, metric.Name, "margin_of_error", error);
            }
        }
    }

    /// <summary>What each measure is, with its unit and years.</summary>
    private static IEnumerable<(string Name, string Text)> Measures(AreaAnalyzer analyzer, Strings strings) =>
        new[] { "square_kilometres", "land_square_kilometres" }.Select(c => (c, strings.Text($"csv.column.{c}")))
            .Concat(analyzer.MobilityProperties.Select(p => (p.Name, $"{strings.Data(p.Title)}. {p.Description}")))
            .Concat(new[] { "children", "too_few_children" }.Select(c => (c, strings.Format($"csv.column.{c}", ("minimum", SmallNumbers.MinimumChildren)))))
            .Concat(analyzer.Metrics.Select(m => (m.Property.Name,
                $"{strings.Data(m.Property.Title)} ({MetricWords.Years(m.FirstYear, m.Year)}). {m.Property.Description} {strings.Text(m.HasDenominator ? "csv.combined.ratio" : "csv.combined.area")}")))
            .Append(("per_square_kilometre", strings.Text("csv.column.resources_per_square_kilometre")));

    // Ids and measure names are ours (grades, GEOIDs, NPA numbers, property names): no quoting needed.
    private static void Row(StringBuilder csv, string section, string id, string measure, double? value) =>
        csv.Append(section).Append(',').Append(id).Append(',').Append(measure).Append(',')
            .Append(value?.ToString("R", CultureInfo.InvariantCulture)).Append("\r\n");
}
