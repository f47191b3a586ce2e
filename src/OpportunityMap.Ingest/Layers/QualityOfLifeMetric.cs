using System.Globalization;
using System.Net;
using System.Text.Json;
using OpportunityMap.Ingest.Readers;

namespace OpportunityMap.Ingest.Layers;

/// <summary>
/// One Quality of Life Explorer metric: its values by NPA for the latest year in qol_metric/rN.csv (r / d when the
/// manifest lists a dN.csv, else r), and its title and description from qol_metrics_config.json and qol_meta/mN.md.
/// </summary>
internal static class QualityOfLifeMetric
{
    public static IReadOnlyDictionary<string, double> Read(ImportContext context, int metric, out long year)
    {
        var rKey = $"qol-r{metric}";
        var dKey = $"qol-d{metric}";
        var r = context.ReadCsv(rKey, _ => true);
        var rPath = context.Manifest.Files[rKey].Path;
        var latest = r.ColumnNames.Where(IsYear).Order(StringComparer.Ordinal).LastOrDefault()
            ?? throw new ImportException(rPath, "no year column (y_2011, y_2012, ...)");
        year = long.Parse(latest[2..], CultureInfo.InvariantCulture);
        var numerators = Column(context, r, rPath, latest);
        if (!context.Manifest.Files.TryGetValue(dKey, out var dFile))
        {
            return numerators.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value!.Value, StringComparer.Ordinal);
        }

        var d = context.ReadCsv(dKey, _ => true);
        if (!d.ColumnNames.Contains(latest))
        {
            throw new ImportException(dFile.Path, $"missing column '{latest}' (the latest year of {rPath})");
        }

        var denominators = Column(context, d, dFile.Path, latest);
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (id, numerator) in numerators)
        {
            // No denominator, or zero (no housing units, no population), has no share.
            if (numerator is { } n && denominators.GetValueOrDefault(id) is { } dn && dn != 0)
            {
                result[id] = n / dn;
            }
        }

        return result;
    }

    public static (string Title, string Description) Describe(JsonElement config, string configPath, int metric, string notes, long year)
    {
        if (!config.TryGetProperty($"m{metric}", out var entry) || Text(entry, "title") is not { } title)
        {
            throw new ImportException(configPath, $"no metric 'm{metric}' with a title");
        }

        var subtitle = Text(entry, "subtitle") ?? title;
        var unit = Text(entry, "suffix") == "%" ? "percent, 0-100"
            : Text(entry, "prefix") == "$" ? "dollars"
            : Text(entry, "label")?.ToLowerInvariant() ?? "a number";
        var why = WhyItMatters(notes);
        return (title, $"{subtitle} ({unit}; {year}). {why}{(why.Length > 0 ? " " : "")}Quality of Life Explorer metric {metric}.");
    }

    private static string? Text(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? WebUtility.HtmlDecode(value.GetString()!).Trim() : null;

    // The first sentence under the note's "Why is this important?" heading.
    private static string WhyItMatters(string notes)
    {
        var lines = notes.Split('\n').Select(l => l.Trim()).ToList();
        var heading = lines.FindIndex(l => l.StartsWith("### Why", StringComparison.Ordinal));
        var paragraph = heading < 0 ? null : lines.Skip(heading + 1).FirstOrDefault(l => l.Length > 0 && !l.StartsWith('#'));
        if (paragraph is null)
        {
            return "";
        }

        var text = WebUtility.HtmlDecode(paragraph);
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? text : text[..(end + 1)];
    }

    private static bool IsYear(string column) => column.Length == 6 && column.StartsWith("y_", StringComparison.Ordinal) && column[2..].All(char.IsAsciiDigit);

    private static Dictionary<string, double?> Column(ImportContext context, CsvTable table, string path, string column)
    {
        var result = new Dictionary<string, double?>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var id = row[table.Column("id")];
            if (!result.TryAdd(id, Field(row[table.Column(column)], path, column, id, context.Warnings)))
            {
                throw new ImportException(path, $"NPA {id} appears twice");
            }
        }

        return result;
    }

    // The Explorer leaves a value blank or writes NA; a spreadsheet error (#VALUE!) is read as blank and reported.
    private static double? Field(string field, string path, string column, string id, List<string> warnings)
    {
        var text = field.Trim();
        if (text.Length == 0 || text == "NA")
        {
            return null;
        }

        if (text.StartsWith('#'))
        {
            warnings.Add($"{path}: NPA {id}, {column}: '{text}' (a spreadsheet error in the source) read as blank");
            return null;
        }

        return CsvTable.Number(text, path, column);
    }
}
