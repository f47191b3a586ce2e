using System.Globalization;
using System.Text.Json;
using System.Text;
using OpportunityMap.Core.Analysis;
using OpportunityMap.Server.Ogc;
using OpportunityMap.Core.Layers;
using OpportunityMap.Server.Localization;

namespace OpportunityMap.Server.Analysis;

/// <summary>The 1935 grade vs today report as JSON (a row per grade, each a full area summary) and as CSV (one line per grade).</summary>
internal static class ReportWriter
{
    /// <summary>A row's 1935 category in words ("Hazardous"), or what the ungraded row is.</summary>
    public static string Category(string grade, Strings strings) =>
        grade == "ungraded" ? strings.Text("report.ungraded") : strings.Find($"holc.category.{grade}") ?? grade;

    public static void WriteJson(Utf8JsonWriter writer, AreaAnalyzer analyzer, HolcReport report, Strings strings)
    {
        writer.WriteStartObject();
        writer.WriteString("title", strings.Text("report.title"));
        writer.WriteString("method", strings.Text("report.methodReference"));
        writer.WriteStartObject("county");
        for (var m = 0; m < AreaAnalyzer.MobilityMetrics.Count; m++)
        {
            SummaryJson.WriteNumber(writer, AreaAnalyzer.MobilityMetrics[m], report.CountyMobility[m]);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("rows");
        foreach (var row in report.Rows)
        {
            writer.WriteStartObject();
            writer.WriteString("grade", row.Grade);
            writer.WriteString("category", Category(row.Grade, strings));
            writer.WriteNumber("holcAreas", row.HolcAreas);
            writer.WriteNumber("tracts", row.Summary.Mobility.Tracts.Count);
            writer.WriteNumber("neighborhoodCount", row.Summary.Neighborhoods.Count);
            SummaryJson.WriteBody(writer, analyzer, row.Summary, strings);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        SourceJson.WriteArray(writer, analyzer.Sources.In(strings));
        writer.WriteEndObject();
    }

    public static string WriteCsv(AreaAnalyzer analyzer, HolcReport report, Strings strings)
    {
        List<string> columns =
        [
            "grade", "category", "holc_areas", "square_kilometres", .. AreaAnalyzer.MobilityMetrics, "tracts", "tracts_blended", "children",
            LayerIds.Neighborhoods, .. analyzer.Metrics.Select(m => m.Property.Name), "resources_per_square_kilometre",
            .. analyzer.ResourceCategories.SelectMany(c => new[] { $"{c}_count", $"{c}_per_square_kilometre" }),
        ];
        var csv = new StringBuilder(string.Join(',', columns)).Append("\r\n");
        foreach (var row in report.Rows)
        {
            var s = row.Summary;
            List<string> values =
            [
                row.Grade, "\"" + Category(row.Grade, strings) + "\"", Number(row.HolcAreas), Number(s.SquareKilometres),
                .. s.Mobility.Values.Select(Number), Number(s.Mobility.Tracts.Count), Number(s.Mobility.TractsBlended), Number(s.Children),
                Number(s.Neighborhoods.Count), .. s.Metrics.Select(m => Number(m.Value)), Number(s.Resources.Sum(r => r.PerSquareKilometre)),
                .. s.Resources.SelectMany(r => new[] { Number(r.Count), Number(r.PerSquareKilometre) }),
            ];
            csv.AppendJoin(',', values).Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";
}
