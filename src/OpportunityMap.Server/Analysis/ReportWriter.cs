using OpportunityMap.Server.Downloads;
using OpportunityMap.Server.Ogc;

namespace OpportunityMap.Server.Analysis;

/// <summary>
/// The 1935 grade vs today report as JSON (a row per grade, each a full area summary, the county, the robustness) and as
/// CSV (comment lines naming the method, every column's meaning and the sources; then one line per grade and the county).
/// </summary>
internal static class ReportWriter
{
    /// <summary>Where the method is: the served docs/data.md, at its section.</summary>
    public const string MethodPath = "/docs/data#1935-grade-vs-today";

    /// <summary>The analysis CSVs' own columns, each described by <c>csv.column.{name}</c>.</summary>
    public static readonly IReadOnlyList<string> DescribedColumns =
    [
        "grade", "category", "holc_areas", "square_kilometres", "land_square_kilometres", "tracts", "tracts_blended", "children",
        "children_black", "children_white", "too_few_children", "neighborhoods", "resources_per_square_kilometre",
    ];

    /// <summary>A row's 1935 category in words ("Hazardous"), or what the ungraded and county rows are.</summary>
    public static string Category(string grade, Strings strings) => grade switch
    {
        "ungraded" => strings.Text("report.ungraded"),
        "county" => strings.Text("report.countyRow"),
        _ => strings.Find($"holc.category.{grade}") ?? grade,
    };

    public static void WriteJson(Utf8JsonWriter writer, AreaAnalyzer analyzer, HolcReport report, Strings strings, string baseUrl)
    {
        writer.WriteStartObject();
        writer.WriteString("title", strings.Text("report.title"));
        writer.WriteString("method", baseUrl + MethodPath);
        writer.WriteNumber("minimumChildren", SmallNumbers.MinimumChildren);
        writer.WriteStartObject("county");
        for (var m = 0; m < AreaAnalyzer.MobilityMetrics.Count; m++)
        {
            SummaryJson.WriteNumber(writer, AreaAnalyzer.MobilityMetrics[m], report.CountyMobility[m].Value);
        }

        WriteRow(writer, analyzer, report.County, strings);
        writer.WriteEndObject();
        writer.WriteObjects("rows", report.Rows, row => WriteRow(writer, analyzer, row, strings));
        WriteRobustness(writer, report, strings);
        SourceJson.WriteArray(writer, analyzer.Sources.In(strings));
        writer.WriteEndObject();
    }

    public static string WriteCsv(AreaAnalyzer analyzer, HolcReport report, Strings strings, string baseUrl)
    {
        var csv = new StringBuilder();
        Provenance.WriteComments(csv, strings.Text("report.title"), baseUrl + MethodPath, Columns(analyzer, strings), analyzer.Sources.In(strings), strings);
        List<string> columns =
        [
            "grade", "category", "holc_areas", "square_kilometres", "land_square_kilometres", .. AreaAnalyzer.MobilityMetrics, "tracts", "tracts_blended",
            "children", "children_black", "children_white", "too_few_children", LayerIds.Neighborhoods, .. analyzer.Metrics.Select(m => m.Property.Name),
            "resources_per_square_kilometre", .. analyzer.ResourceCategories.SelectMany(c => new[] { $"{c}_count", $"{c}_per_square_kilometre" }),
        ];
        csv.AppendJoin(',', columns).Append("\r\n");
        foreach (var row in report.Rows.Append(report.County))
        {
            var s = row.Summary;
            var e = s.Mobility.Estimates;
            List<string> values =
            [
                row.Grade, "\"" + Category(row.Grade, strings) + "\"", Number(row.HolcAreas), Number(s.SquareKilometres), Number(s.LandSquareKilometres),
                .. s.Mobility.Values.Select(Number), Number(s.Mobility.Tracts.Count), Number(s.Mobility.TractsBlended),
                Number(e[0].Children), Number(e[3].Children), Number(e[4].Children), e[0].TooFewChildren ? "true" : "false",
                Number(s.Neighborhoods.Count), .. s.Metrics.Select(m => Number(m.Value)), Number(s.Resources.Sum(r => r.PerSquareKilometre)),
                .. s.Resources.SelectMany(r => new[] { Number(r.Count), Number(r.PerSquareKilometre) }),
            ];
            csv.AppendJoin(',', values).Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>What each CSV column is, with its unit and years: the data's own definitions, then ours.</summary>
    private static IEnumerable<(string Name, string Text)> Columns(AreaAnalyzer analyzer, Strings strings) =>
        new[] { "grade", "category", "holc_areas", "square_kilometres", "land_square_kilometres" }.Select(c => (c, strings.Text($"csv.column.{c}")))
            .Concat(analyzer.MobilityProperties.Select(p => (p.Name, $"{strings.Data(p.Title)}. {p.Description}")))
            .Concat(new[] { "tracts", "tracts_blended", "children", "children_black", "children_white", "too_few_children", "neighborhoods" }
                .Select(c => (c, strings.Format($"csv.column.{c}", ("minimum", SmallNumbers.MinimumChildren)))))
            .Concat(analyzer.Metrics.Select(m => (m.Property.Name,
                $"{strings.Data(m.Property.Title)} ({MetricWords.Years(m.FirstYear, m.Year)}). {m.Property.Description} {strings.Text(m.HasDenominator ? "csv.combined.ratio" : "csv.combined.area")}")))
            .Concat(new[] { ("resources_per_square_kilometre", strings.Text("csv.column.resources_per_square_kilometre")),
                ("{category}_count, {category}_per_square_kilometre", strings.Text("csv.column.resourceCategory")) });

    private static void WriteRow(Utf8JsonWriter writer, AreaAnalyzer analyzer, HolcReportRow row, Strings strings)
    {
        writer.WriteString("grade", row.Grade);
        writer.WriteString("category", Category(row.Grade, strings));
        writer.WriteNumber("holcAreas", row.HolcAreas);
        writer.WriteNumber("tracts", row.Summary.Mobility.Tracts.Count);
        writer.WriteNumber("neighborhoodCount", row.Summary.Neighborhoods.Count);
        SummaryJson.WriteBody(writer, analyzer, row.Summary, strings);
    }

    private static void WriteRobustness(Utf8JsonWriter writer, HolcReport report, Strings strings)
    {
        var robustness = report.Robustness;
        writer.WriteStartObject("robustness");
        writer.WriteObjects("thresholds", robustness.Thresholds, threshold =>
        {
            writer.WriteNumber("minimumShare", threshold.MinimumShare);
            writer.WriteBoolean("published", threshold.MinimumShare == MobilityAggregator.MinimumShare);
            writer.WriteStartObject("household_income_p25");
            for (var g = 0; g < threshold.Values.Count; g++)
            {
                SummaryJson.WriteNumber(writer, report.Rows[g].Grade, threshold.Values[g]);
            }

            writer.WriteEndObject();
        });
        writer.WriteObjects("leaveOneOut", robustness.LeaveOneOut, grade =>
        {
            writer.WriteString("grade", grade.Grade);
            SummaryJson.WriteNumber(writer, "lowest", grade.Lowest);
            writer.WriteString("lowestWithout", grade.LowestWithout);
            SummaryJson.WriteNumber(writer, "highest", grade.Highest);
            writer.WriteString("highestWithout", grade.HighestWithout);
            writer.WriteString("largestTract", grade.LargestTract);
            writer.WriteNumber("largestWeightShare", grade.LargestWeightShare);
        });
        writer.WriteObjects("orders", robustness.Orders, order =>
        {
            writer.WriteString("higher", order.Higher);
            writer.WriteString("lower", order.Lower);
            writer.WriteNumber("variations", order.Variations);
            writer.WriteNumber("holds", order.Holds);
            writer.WriteStartArray("flipsAtThresholds");
            order.FlipsAtThresholds.ToList().ForEach(writer.WriteNumberValue);
            writer.WriteEndArray();
            writer.WriteStartArray("flipsWithout");
            order.FlipsWithout.ToList().ForEach(writer.WriteStringValue);
            writer.WriteEndArray();
        });
        writer.WriteObjects("uncounted", robustness.Uncounted, tract =>
        {
            writer.WriteString("grade", tract.Grade);
            writer.WriteString("geoid", tract.Geoid);
            writer.WriteString("name", tract.Name);
            writer.WriteNumber("share", tract.Share);
            SummaryJson.WriteNumber(writer, "children", tract.Children);
            writer.WriteBoolean("hasValue", tract.HasValue);
        });
        writer.WriteStartArray("findings");
        foreach (var finding in ReportFindings.Write(robustness, strings))
        {
            writer.WriteStringValue(finding);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";
}
