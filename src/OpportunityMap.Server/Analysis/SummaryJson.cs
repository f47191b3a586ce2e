using System.Text.Json;
using OpportunityMap.Core.Analysis;
using OpportunityMap.Server.Ogc;
using OpportunityMap.Core.Layers;
using OpportunityMap.Server.Localization;

namespace OpportunityMap.Server.Analysis;

/// <summary>
/// An area summary as JSON. Data values keep the layers' property names (household_income_p25, ...); the words (metric
/// titles and values with units, sources) are in the language asked for.
/// </summary>
internal static class SummaryJson
{
    public static void Write(Utf8JsonWriter writer, AreaAnalyzer analyzer, AreaSummary summary, SummaryInput input, Strings strings)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("input");
        if (input.Layer is not null)
        {
            writer.WriteString("layer", input.Layer);
            writer.WriteString("id", input.Id);
        }

        writer.WriteBoolean("repaired", input.Repaired);
        writer.WriteEndObject();
        WriteBody(writer, analyzer, summary, strings);
        SourceJson.WriteArray(writer, analyzer.Sources.In(strings));
        writer.WriteEndObject();
    }

    /// <summary>Every part of a summary, as properties of the object being written.</summary>
    public static void WriteBody(Utf8JsonWriter writer, AreaAnalyzer analyzer, AreaSummary summary, Strings strings)
    {
        writer.WriteStartObject("area");
        writer.WriteNumber("squareKilometres", summary.SquareKilometres);
        writer.WriteNumber("squareMiles", summary.SquareMiles);
        writer.WriteNumber("countyCoverage", summary.CountyCoverage);
        writer.WriteString("crs", Core.Spatial.Projections.NorthCarolinaFeet.Crs);
        writer.WriteEndObject();

        writer.WriteStartObject("grades");
        foreach (var grade in summary.Grades)
        {
            writer.WriteNumber(grade.Grade, grade.Share);
        }

        writer.WriteEndObject();

        writer.WriteStartObject("mobility");
        for (var m = 0; m < AreaAnalyzer.MobilityMetrics.Count; m++)
        {
            WriteNumber(writer, AreaAnalyzer.MobilityMetrics[m], summary.Mobility.Values[m]);
        }

        writer.WriteNumber("tractsBlended", summary.Mobility.TractsBlended);
        writer.WriteNumber("children", summary.Children);
        writer.WriteStartArray("tracts");
        foreach (var tract in summary.Mobility.Tracts)
        {
            writer.WriteStartObject();
            writer.WriteString("geoid", tract.Tract.Id);
            writer.WriteNumber("share", tract.Share);
            WriteNumber(writer, "kids", tract.Tract.Children);
            writer.WriteNumber("weight", tract.Weight);
            WriteNumber(writer, AreaAnalyzer.MobilityMetrics[0], tract.Tract.Values[0]);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();

        writer.WriteStartObject(LayerIds.Resources);
        writer.WriteNumber("total", summary.Resources.Sum(r => r.Count));
        writer.WriteNumber("perSquareKilometre", summary.Resources.Sum(r => r.PerSquareKilometre));
        writer.WriteStartObject("byCategory");
        foreach (var resource in summary.Resources)
        {
            writer.WriteStartObject(resource.Category);
            writer.WriteNumber("count", resource.Count);
            writer.WriteNumber("perSquareKilometre", resource.PerSquareKilometre);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteStartObject(LayerIds.Neighborhoods);
        writer.WriteStartArray("metrics");
        for (var m = 0; m < analyzer.Metrics.Count; m++)
        {
            writer.WriteStartObject();
            writer.WriteString("name", summary.Metrics[m].Name);
            writer.WriteString("title", strings.Data(analyzer.Metrics[m].Property.Title));
            WriteNumber(writer, "value", summary.Metrics[m].Value);
            writer.WriteString("display", MetricWords.Display(strings, summary.Metrics[m].Name, summary.Metrics[m].Value));
            WriteNumber(writer, "year", summary.Metrics[m].Year);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("areas");
        foreach (var npa in summary.Neighborhoods)
        {
            writer.WriteStartObject();
            writer.WriteString("id", npa.Id);
            writer.WriteNumber("shareOfArea", npa.ShareOfArea);
            writer.WriteNumber("shareOfNeighborhood", npa.ShareOfNeighborhood);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WriteNumber(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
