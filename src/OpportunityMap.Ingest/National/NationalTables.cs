using OpportunityMap.Core.Nation;
using OpportunityMap.Ingest.Manifest;

namespace OpportunityMap.Ingest.National;

/// <summary>
/// The national tables of the manifest (<c>tables</c>), read on demand rather than at start-up: the Opportunity Atlas
/// county file with its commuting zones (<see cref="CountyBenchmarks"/>) and Mapping Inequality's HOLC area → tract
/// lookup with the Atlas's tract outcomes (<see cref="HolcCities"/>). Each read checks the files against the manifest
/// and throws <see cref="ImportException"/> naming the file and the problem. Thread-safe (each read its own context).
/// </summary>
public sealed class NationalTables(string sourceDirectory, SourceManifest manifest)
{
    public const string CountyBenchmarks = "county-benchmarks";
    public const string HolcCities = "holc-cities";

    private const string CountyFile = "county-outcomes";
    private const string CrosswalkFile = "cz-crosswalk";
    private const string LookupFile = "holc-tract-lookup";
    private const string IncomeFile = "household-income";
    private const string ChildrenFile = "income-ranks";

    public static NationalTables Open(string sourceDirectory, string manifestPath) => new(sourceDirectory, SourceManifest.Load(manifestPath));

    /// <summary>The table's title, description and sources, or null when the manifest has no such table.</summary>
    public NationalTable? Describe(string id) => manifest.Tables?.GetValueOrDefault(id) is { } table
        ? new NationalTable(id, table.Title, table.Description, Context(CancellationToken.None).SourcesOf(table.Files))
        : null;

    /// <summary>Every county of the Atlas county file, by group, with its commuting zone from the crosswalk.</summary>
    public IReadOnlyList<CountyOutcome> ReadCounties(CancellationToken cancellationToken)
    {
        var context = Context(cancellationToken);
        var zones = context.ReadCsv(CrosswalkFile, _ => true);
        var zonePath = manifest.Files[CrosswalkFile].Path;
        var zoneOf = new Dictionary<string, (string Id, string Name)>(StringComparer.Ordinal);
        foreach (var row in zones.Rows)
        {
            var fips = Fips(row[zones.Column("state")], row[zones.Column("county")], zonePath);
            if (!zoneOf.TryAdd(fips, (row[zones.Column("cz")], row[zones.Column("czname")])))
            {
                throw new ImportException(zonePath, $"county {fips} appears twice");
            }
        }

        var table = context.ReadCsv(CountyFile, _ => true);
        var path = manifest.Files[CountyFile].Path;
        var counties = new List<CountyOutcome>(table.Rows.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var fips = Fips(row[table.Column("state")], row[table.Column("county")], path);
            if (!seen.Add(fips))
            {
                throw new ImportException(path, $"county {fips} appears twice");
            }

            var groups = Core.Nation.CountyBenchmarks.Groups.ToDictionary(g => g, g => new GroupOutcome(
                Number(table, row, $"kfr_{g}_pooled_p25", path), Number(table, row, $"kfr_{g}_pooled_p25_se", path),
                Number(table, row, $"{g}_pooled_count", path)), StringComparer.Ordinal);
            var zone = zoneOf.GetValueOrDefault(fips);
            counties.Add(new CountyOutcome(fips, zone.Id, zone.Name, groups));
        }

        return counties;
    }

    /// <summary>The lookup's rows, and the household income at 35 and children of every tract they name.</summary>
    public HolcLookup ReadHolcLookup(CancellationToken cancellationToken)
    {
        var context = Context(cancellationToken);
        var lookup = context.ReadCsv(LookupFile, _ => true);
        var path = manifest.Files[LookupFile].Path;
        var rows = lookup.Rows.Select(row =>
        {
            var (city, state) = (row[lookup.Column("city")], row[lookup.Column("state")]);
            var share = CsvTable.Number(row[lookup.Column("tract_prop")], path, "tract_prop")
                ?? throw new ImportException(path, $"a row of {city}, {state} has no tract_prop");
            return new HolcTractShare(CityKeys.Of(city, state), city, state, row[lookup.Column("holc_id")].Trim(),
                row[lookup.Column("geoid")].PadLeft(11, '0'), share);
        }).ToList();

        var wanted = rows.Select(r => r.Geoid).ToHashSet(StringComparer.Ordinal);
        // Only the tracts the lookup names: a filter on the raw line's first field(s) before any parsing.
        var income = context.ReadCsv(IncomeFile, line => wanted.Contains(FirstField(line).PadLeft(11, '0')));
        var incomePath = manifest.Files[IncomeFile].Path;
        var children = context.ReadCsv(ChildrenFile, line => KirGeoid(line) is { } geoid && wanted.Contains(geoid));
        var childrenPath = manifest.Files[ChildrenFile].Path;
        var kids = new Dictionary<string, double?>(StringComparer.Ordinal);
        foreach (var row in children.Rows)
        {
            kids[Geoid(row[children.Column("state")], row[children.Column("county")], row[children.Column("tract")], childrenPath)] =
                CsvTable.Number(row[children.Column("kid_pooled_n")], childrenPath, "kid_pooled_n");
        }

        var tracts = new Dictionary<string, TractValue>(StringComparer.Ordinal);
        foreach (var row in income.Rows)
        {
            var geoid = row[income.Column("tract")].PadLeft(11, '0');
            var value = CsvTable.Number(row[income.Column("Household_Income_at_Age_35_rP_gP_p25")], incomePath, "Household_Income_at_Age_35_rP_gP_p25");
            if (!tracts.TryAdd(geoid, new TractValue(value, kids.GetValueOrDefault(geoid))))
            {
                throw new ImportException(incomePath, $"tract {geoid} appears twice");
            }
        }

        return new HolcLookup(rows, tracts);
    }

    private ImportContext Context(CancellationToken cancellationToken) => new(sourceDirectory, manifest, cancellationToken);

    private static double? Number(CsvTable table, string[] row, string column, string path) =>
        CsvTable.Number(row[table.Column(column)], path, column);

    private static string Fips(string state, string county, string path) =>
        int.TryParse(state, NumberStyles.None, CultureInfo.InvariantCulture, out var s) && int.TryParse(county, NumberStyles.None, CultureInfo.InvariantCulture, out var c)
            ? string.Create(CultureInfo.InvariantCulture, $"{s:00}{c:000}")
            : throw new ImportException(path, $"'{state}', '{county}' is not a state and county code");

    private static string Geoid(string state, string county, string tract, string path) =>
        Fips(state, county, path) + (int.TryParse(tract, NumberStyles.None, CultureInfo.InvariantCulture, out var t)
            ? t.ToString("000000", CultureInfo.InvariantCulture)
            : throw new ImportException(path, $"'{tract}' is not a tract code"));

    private static string FirstField(string line)
    {
        var comma = line.IndexOf(',');
        return (comma < 0 ? line : line[..comma]).Trim('"');
    }

    // "37,119,5915,..." → 37119005915, or null when the line does not start so.
    private static string? KirGeoid(string line)
    {
        var parts = line.Split(',', 4);
        return parts.Length == 4
               && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var s)
               && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var c)
               && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var t)
            ? string.Create(CultureInfo.InvariantCulture, $"{s:00}{c:000}{t:000000}")
            : null;
    }
}
