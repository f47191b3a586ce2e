using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using OpportunityMap.Core.Layers;
using OpportunityMap.Ingest.Extra;
using OpportunityMap.Testing;

namespace OpportunityMap.Stores.Tests;

/// <summary>
/// The OGC CQL2 Abstract Test Suite's test data (OGC 21-065 annex A, in ../shared/ogc/cql2): its three collections,
/// imported with the extra-collection entries of tests/ogc/cql2-ats.settings.json (the file a server run uses), and
/// the rows of its test-data tables.
/// </summary>
internal static partial class Cql2Ats
{
    /// <summary>The settings file that serves the suite's collections.</summary>
    public static string SettingsFile => Path.Combine(TestPaths.RepoRoot, "tests", "ogc", "cql2-ats.settings.json");

    private static readonly Lazy<(string Directory, List<Entry> Entries)> Settings = new(ReadSettings);
    private static readonly Lazy<Task<IReadOnlyList<LayerData>>> Imported = new(ImportAsync);

    /// <summary>Where the collections and ats-tables.json are: Geodata:ExtraDirectory, against the repository root.</summary>
    public static string Directory => Settings.Value.Directory;

    /// <summary>
    /// The settings file's keys and values as a server reads them (<c>Geodata:Extra:0:Id</c>, ...), with
    /// <c>Geodata:ExtraDirectory</c> made absolute, for a test host that serves the three collections.
    /// </summary>
    public static Dictionary<string, string?> ServerSettings()
    {
        var settings = new ConfigurationBuilder().AddJsonFile(SettingsFile, optional: false, reloadOnChange: false).Build()
            .AsEnumerable().Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value);
        settings["Geodata:ExtraDirectory"] = Directory;
        return settings;
    }

    /// <summary>The three collections, imported once.</summary>
    public static Task<IReadOnlyList<LayerData>> LayersAsync() => Imported.Value;

    /// <summary>
    /// Every row of the named conformance classes: the class, the data source, the predicate as CQL2 text (backticks
    /// and the tables' Markdown escapes removed) and the expected number of items. basic-cql2's second table gives
    /// p1…p4, combined as the suite says: <c>(NOT (p2) AND p1) OR (p3 and p4) or not (p1 OR p4)</c> on the places.
    /// </summary>
    public static TheoryData<string, string, string, int> Rows(params string[] classes)
    {
        using var tables = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, "ats-tables.json")));
        var rows = new TheoryData<string, string, string, int>();
        foreach (var name in classes)
        {
            foreach (var table in tables.RootElement.GetProperty("classes").GetProperty(name).EnumerateArray())
            {
                foreach (var row in table.GetProperty("rows").EnumerateArray())
                {
                    var expected = int.Parse(row.GetProperty("Expected number of items").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
                    if (row.TryGetProperty("Predicate", out var predicate))
                    {
                        rows.Add(name, row.GetProperty("Data Source").GetString()!, Clean(predicate.GetString()!), expected);
                    }
                    else
                    {
                        string P(int i) => Clean(row.GetProperty($"p{i}").GetString()!);
                        rows.Add(name, "ne_110m_populated_places_simple", $"(NOT ({P(2)}) AND {P(1)}) OR ({P(3)} and {P(4)}) or not ({P(1)} OR {P(4)})", expected);
                    }
                }
            }
        }

        return rows;
    }

    /// <summary>Every number with more than 7 decimals rounded to 7, the precision of the GeoJSON test data.</summary>
    public static string AtDataPrecision(string predicate) => LongDecimal().Replace(predicate, m =>
        Math.Round(double.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture), 7).ToString("R", System.Globalization.CultureInfo.InvariantCulture));

    private static string Clean(string cell) => MarkdownEscape().Replace(cell.Trim().Trim('`'), "$1");

    private static (string, List<Entry>) ReadSettings()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(SettingsFile, optional: false, reloadOnChange: false).Build();
        var geodata = configuration.GetSection("Geodata");
        var directory = Path.GetFullPath(Path.Combine(TestPaths.RepoRoot, geodata["ExtraDirectory"]!));
        return (directory, geodata.GetSection("Extra").Get<List<Entry>>()!);
    }

    private static async Task<IReadOnlyList<LayerData>> ImportAsync()
    {
        var (directory, entries) = Settings.Value;
        var layers = new List<LayerData>();
        foreach (var entry in entries)
        {
            var collection = new ExtraCollection(entry.Id, Path.Combine(directory, entry.Path), entry.Id, "", null, entry.Queryables,
                new LayerSource(entry.Id, "", "", "", "", ""))
            {
                PropertyTypes = ExtraCollection.ParsePropertyTypes(entry.Id, entry.PropertyTypes),
                GeometryName = entry.GeometryName,
            };
            layers.AddRange((await ExtraLayerImporter.ImportAsync(collection, CancellationToken.None)).Layers);
        }

        return layers;
    }

    // The tables are Markdown: '\<' and '\(' are escaped there.
    [GeneratedRegex(@"\\([<(])")]
    private static partial Regex MarkdownEscape();

    [GeneratedRegex(@"-?[0-9]+\.[0-9]{8,}")]
    private static partial Regex LongDecimal();

    /// <summary>The fields of a Geodata:Extra entry this run needs (the server binds the same keys).</summary>
    private sealed class Entry
    {
        public string Id { get; set; } = "";

        public string Path { get; set; } = "";

        public List<string> Queryables { get; set; } = [];

        public Dictionary<string, string> PropertyTypes { get; set; } = [];

        public string GeometryName { get; set; } = LayerMetadata.DefaultGeometryName;
    }
}
