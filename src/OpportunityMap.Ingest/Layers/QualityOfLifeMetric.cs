using System.Net;

namespace OpportunityMap.Ingest.Layers;

/// <summary>
/// One Quality of Life Explorer metric: its values by NPA for the latest year in qol_metric/rN.csv (r / d when the
/// manifest lists a dN.csv, else r) with the denominators (areas combine the metric as Σ r / Σ d), its margins of error
/// when the manifest lists an accuracy file, and its title and description from qol_metrics_config.json and
/// qol_meta/mN.md (the definition under "About the Data", the years: an American Community Survey five-year estimate
/// spans five).
/// </summary>
internal static class QualityOfLifeMetric
{
    /// <summary>How many years an ACS five-year estimate spans.</summary>
    private const int AcsYears = 5;

    /// <summary>The ACS's top-code of a median household income: a median at it is at least this.</summary>
    public const double IncomeTopCode = 250_000;

    public sealed record Values(
        IReadOnlyDictionary<string, double> Value, IReadOnlyDictionary<string, double> Denominator, IReadOnlyDictionary<string, double>? MarginOfError, long Year);

    public static Values Read(ImportContext context, int metric)
    {
        var rKey = $"qol-r{metric}";
        var dKey = $"qol-d{metric}";
        var r = context.ReadCsv(rKey, _ => true);
        var rPath = context.Manifest.Files[rKey].Path;
        var latest = r.ColumnNames.Where(IsYear).Order(StringComparer.Ordinal).LastOrDefault()
            ?? throw new ImportException(rPath, "no year column (y_2011, y_2012, ...)");
        var year = long.Parse(latest[2..], CultureInfo.InvariantCulture);
        var numerators = Column(context, r, rPath, latest);
        var errors = context.Manifest.Files.ContainsKey($"qol-a{metric}") ? Known(YearColumn(context, $"qol-a{metric}", latest, rPath)) : null;
        if (!context.Manifest.Files.ContainsKey(dKey))
        {
            return new Values(Known(numerators), new Dictionary<string, double>(StringComparer.Ordinal), errors, year);
        }

        var denominators = YearColumn(context, dKey, latest, rPath);
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (id, numerator) in numerators)
        {
            // No denominator, or zero (no housing units, no population), has no share.
            if (numerator is { } n && denominators.GetValueOrDefault(id) is { } dn && dn != 0)
            {
                result[id] = n / dn;
            }
        }

        return new Values(result, Known(denominators), errors, year);
    }

    /// <summary>The latest year's column of a file keyed by NPA, such as the NPAs' acreage (qol_metric/d5.csv), and that year.</summary>
    public static (IReadOnlyDictionary<string, double> Values, long Year) Latest(ImportContext context, string fileKey)
    {
        var table = context.ReadCsv(fileKey, _ => true);
        var path = context.Manifest.Files[fileKey].Path;
        var latest = table.ColumnNames.Where(IsYear).Order(StringComparer.Ordinal).LastOrDefault()
            ?? throw new ImportException(path, "no year column (y_2011, y_2012, ...)");
        return (Known(Column(context, table, path, latest)), long.Parse(latest[2..], CultureInfo.InvariantCulture));
    }

    /// <summary>The first year of the metric's values: four years before the last for an ACS five-year estimate.</summary>
    public static long FirstYear(string notes, long year) => IsAcsFiveYear(notes) ? year - (AcsYears - 1) : year;

    public static (string Title, string Description) Describe(JsonElement config, string configPath, int metric, string notes, long year, string? extra = null)
    {
        if (!config.TryGetProperty($"m{metric}", out var entry) || Text(entry, "title") is not { } title)
        {
            throw new ImportException(configPath, $"no metric 'm{metric}' with a title");
        }

        var unit = Text(entry, "suffix") == "%" ? "percent, 0-100"
            : Text(entry, "prefix") == "$" ? "dollars"
            : Text(entry, "label")?.ToLowerInvariant() ?? "a number";
        var first = FirstYear(notes, year);
        var years = first == year
            ? year.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"American Community Survey five-year estimate, {first}-{year}");
        // The note's own definition says who is counted (the config's subtitle can say less: "adults" for ages 16-64).
        var definition = FirstSentence(Paragraph(notes, "### About the Data") ?? Text(entry, "subtitle") ?? title).TrimEnd('.', ' ');
        var why = FirstSentence(Paragraph(notes, "### Why") ?? "");
        return (title, string.Join(' ', new[] { $"{definition} ({unit}; {years}).", extra, why, $"Quality of Life Explorer metric {metric}." }
            .Where(s => !string.IsNullOrEmpty(s))));
    }

    private static bool IsAcsFiveYear(string notes) =>
        notes.Contains("American Community Survey", StringComparison.Ordinal) && notes.Contains("5-Year Estimates", StringComparison.Ordinal);

    private static string? Text(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? WebUtility.HtmlDecode(value.GetString()!).Trim() : null;

    // The first paragraph under the note's heading that starts with this text.
    private static string? Paragraph(string notes, string heading)
    {
        var lines = notes.Split('\n').Select(l => l.Trim()).ToList();
        var at = lines.FindIndex(l => l.StartsWith(heading, StringComparison.Ordinal));
        var paragraph = at < 0 ? null : lines.Skip(at + 1).TakeWhile(l => !l.StartsWith('#')).FirstOrDefault(l => l.Any(char.IsLetter));
        return paragraph is null ? null : WebUtility.HtmlDecode(paragraph).Trim();
    }

    private static string FirstSentence(string text)
    {
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? text : text[..(end + 1)];
    }

    private static bool IsYear(string column) => column.Length == 6 && column.StartsWith("y_", StringComparison.Ordinal) && column[2..].All(char.IsAsciiDigit);

    private static Dictionary<string, double> Known(Dictionary<string, double?> column) =>
        column.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value!.Value, StringComparer.Ordinal);

    private static Dictionary<string, double?> YearColumn(ImportContext context, string fileKey, string year, string yearOf)
    {
        var table = context.ReadCsv(fileKey, _ => true);
        var path = context.Manifest.Files[fileKey].Path;
        if (!table.ColumnNames.Contains(year))
        {
            throw new ImportException(path, $"missing column '{year}' (the latest year of {yearOf})");
        }

        return Column(context, table, path, year);
    }

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
