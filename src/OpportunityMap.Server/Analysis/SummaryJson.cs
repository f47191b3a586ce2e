using OpportunityMap.Server.Ogc;

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
        writer.WriteNumber("landSquareKilometres", summary.LandSquareKilometres);
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
        WriteMobility(writer, summary.Mobility);
        WriteResources(writer, summary.Resources);

        writer.WriteStartObject(LayerIds.Neighborhoods);
        writer.WriteStartArray("metrics");
        for (var m = 0; m < analyzer.Metrics.Count; m++)
        {
            var metric = summary.Metrics[m];
            writer.WriteStartObject();
            writer.WriteString("name", metric.Name);
            writer.WriteString("title", strings.Data(analyzer.Metrics[m].Property.Title));
            WriteNumber(writer, "value", metric.Value);
            writer.WriteString("display", MetricWords.Display(strings, metric.Name, metric.Value));
            WriteNumber(writer, "year", metric.Year);
            WriteNumber(writer, "firstYear", metric.FirstYear);
            writer.WriteString("years", MetricWords.Years(metric.FirstYear, metric.Year));
            WriteNumber(writer, "marginOfError", metric.MarginOfError);
            writer.WriteString("combined", analyzer.Metrics[m].HasDenominator ? "ratio" : "area");
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteObjects("areas", summary.Neighborhoods, npa =>
        {
            writer.WriteString("id", npa.Id);
            writer.WriteNumber("shareOfArea", npa.ShareOfArea);
            writer.WriteNumber("shareOfNeighborhood", npa.ShareOfNeighborhood);
        });
        writer.WriteEndObject();
    }

    /// <summary>
    /// The blend: each metric's value flat (household_income_p25, ...), the children behind the headline and the
    /// small-number rule, every estimate with its children and standard error, and every tract counted.
    /// </summary>
    public static void WriteMobility(Utf8JsonWriter writer, MobilityBlend mobility)
    {
        writer.WriteStartObject("mobility");
        for (var m = 0; m < AreaAnalyzer.MobilityMetrics.Count; m++)
        {
            WriteNumber(writer, AreaAnalyzer.MobilityMetrics[m], mobility.Estimates[m].Value);
        }

        var headline = mobility.Estimates[0];
        writer.WriteNumber("tractsBlended", mobility.TractsBlended);
        writer.WriteNumber("children", headline.Children);
        writer.WriteBoolean("tooFewChildren", headline.TooFewChildren);
        writer.WriteNumber("minimumChildren", SmallNumbers.MinimumChildren);
        writer.WriteStartArray("estimates");
        for (var m = 0; m < AreaAnalyzer.MobilityMetrics.Count; m++)
        {
            var estimate = mobility.Estimates[m];
            writer.WriteStartObject();
            writer.WriteString("name", AreaAnalyzer.MobilityMetrics[m]);
            writer.WriteString("children", AreaAnalyzer.MobilityChildren[m]);
            WriteNumber(writer, "value", estimate.Value);
            writer.WriteNumber("childrenBehind", estimate.Children);
            writer.WriteNumber("tracts", estimate.Tracts);
            writer.WriteBoolean("tooFewChildren", estimate.TooFewChildren);
            WriteNumber(writer, "standardError", estimate.StandardError);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteObjects("tracts", mobility.Tracts, tract =>
        {
            writer.WriteString("geoid", tract.Tract.Id);
            writer.WriteNumber("share", tract.Share);
            WriteNumber(writer, "kids", tract.Tract.Children);
            WriteNumber(writer, "kidsBlack", tract.Tract.ChildrenOf(3));
            WriteNumber(writer, "kidsWhite", tract.Tract.ChildrenOf(4));
            writer.WriteNumber("weight", tract.Weight);
            WriteNumber(writer, AreaAnalyzer.MobilityMetrics[0], tract.Tract.Values[0]);
        });
        writer.WriteEndObject();
    }

    private static void WriteResources(Utf8JsonWriter writer, IReadOnlyList<ResourceCount> resources)
    {
        writer.WriteStartObject(LayerIds.Resources);
        writer.WriteNumber("total", resources.Sum(r => r.Count));
        writer.WriteNumber("perSquareKilometre", resources.Sum(r => r.PerSquareKilometre));
        writer.WriteString("per", "landSquareKilometres");
        writer.WriteStartObject("byCategory");
        foreach (var resource in resources)
        {
            writer.WriteStartObject(resource.Category);
            writer.WriteNumber("count", resource.Count);
            writer.WriteNumber("perSquareKilometre", resource.PerSquareKilometre);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
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
