using OpportunityMap.Core.Nation;
using OpportunityMap.Server.Analysis;
using OpportunityMap.Server.Ogc;

namespace OpportunityMap.Server.Benchmarks;

/// <summary>The <c>/api/benchmarks</c> document (docs/api.md, "Benchmarks").</summary>
internal static class BenchmarksJson
{
    public static void Write(Utf8JsonWriter writer, CountyBenchmark benchmark, IReadOnlyList<Core.Layers.LayerSource> sources, BenchmarkWords words)
    {
        var strings = words.Strings;
        writer.WriteStartObject();
        writer.WriteString("title", strings.Text("benchmarks.title"));
        writer.WriteString("lang", strings.Language);
        writer.WriteString("county", benchmark.County.Fips);
        writer.WriteString("state", benchmark.County.State);
        writer.WriteString("measure", strings.Text("benchmarks.measure"));
        writer.WriteNumber("minimumChildren", SmallNumbers.MinimumChildren);
        writer.WriteObjects("groups", benchmark.Groups, group =>
        {
            writer.WriteString("group", group.Group);
            writer.WriteString("label", words.Group(group.Group));
            SummaryJson.WriteNumber(writer, "value", group.Outcome.Value);
            SummaryJson.WriteNumber(writer, "standardError", group.Outcome.StandardError);
            SummaryJson.WriteNumber(writer, "children", group.Outcome.Children);
            writer.WriteBoolean("tooFewChildren", group.TooFewChildren);
            WriteStanding(writer, "nation", group.Nation, words.Nation(group));
            WriteStanding(writer, "state", group.State, words.State(group));
        });
        if (benchmark.CommutingZone is { } zone)
        {
            writer.WriteStartObject("commutingZone");
            WriteZone(writer, zone.Zone);
            writer.WriteNumber("sizeRank", zone.SizeRank);
            writer.WriteNumber("zones", zone.Zones);
            WriteStanding(writer, "amongLargest", zone.AmongLargest, words.Zone(zone));
            writer.WriteString("approximation", strings.Text("benchmarks.approximation"));
            writer.WriteStartArray("largest");
            for (var i = 0; i < zone.Largest.Count; i++)
            {
                writer.WriteStartObject();
                writer.WriteNumber("rank", i + 1);
                WriteZone(writer, zone.Largest[i]);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("commutingZone");
        }

        writer.WriteString("method", words.Method);
        SourceJson.WriteArray(writer, sources.In(strings));
        writer.WriteEndObject();
    }

    private static void WriteStanding(Utf8JsonWriter writer, string name, Standing? standing, string text)
    {
        writer.WriteStartObject(name);
        if (standing is not null)
        {
            writer.WriteNumber("rank", standing.Rank);
            writer.WriteNumber("of", standing.Of);
            writer.WriteNumber("percentile", Math.Round(standing.Percentile, 2));
            SummaryJson.WriteNumber(writer, "bestRank", standing.BestRank);
            SummaryJson.WriteNumber(writer, "worstRank", standing.WorstRank);
        }

        writer.WriteString("text", text);
        writer.WriteEndObject();
    }

    private static void WriteZone(Utf8JsonWriter writer, CommutingZoneValue zone)
    {
        writer.WriteString("id", zone.Id);
        writer.WriteString("name", zone.Name);
        writer.WriteNumber("value", zone.Value);
        SummaryJson.WriteNumber(writer, "standardError", zone.StandardError);
        writer.WriteNumber("children", zone.Children);
        writer.WriteNumber("counties", zone.Counties);
    }
}
