using OpportunityMap.Core.Analysis;

namespace OpportunityMap.Ingest.Layers;

/// <summary>
/// <c>zip-social-capital</c>: Mecklenburg's ZIP code areas with the Social Capital Atlas's ZIP measures as the source
/// file has them (the same names, values and standard errors; null where the file has no row for the ZIP), and the
/// share of each ZIP graded A-D in 1935.
/// </summary>
internal static class SocialCapitalLayer
{
    public const string FileKey = "social-capital-zip";

    /// <summary>The source's measure columns, each published under its own name, with a title and what it means.</summary>
    public static readonly IReadOnlyList<PropertyDefinition> Measures =
    [
        new("ec_zip", PropertyType.Number, "Economic connectedness",
            "Friendships across income lines: among people below the national median socioeconomic status (SES) in the ZIP code, twice the share of their friends above it (1 = as many as if friendships ignored income).", Queryable: true),
        new("ec_se_zip", PropertyType.Number, "Economic connectedness: standard error", "The standard error of ec_zip."),
        new("ec_high_zip", PropertyType.Number, "Economic connectedness of people above the median",
            "The same measure for people above the national median SES: twice the share of their friends above it."),
        new("ec_high_se_zip", PropertyType.Number, "Economic connectedness of people above the median: standard error", "The standard error of ec_high_zip."),
        new("nbhd_ec_zip", PropertyType.Number, "Economic connectedness among neighborhood friends", "Economic connectedness counting only friends made in the neighborhood."),
        new("ec_grp_mem_zip", PropertyType.Number, "Economic connectedness within groups", "Economic connectedness counting only friends made in the groups people belong to (schools, colleges, religious groups, workplaces, recreation)."),
        new("nbhd_ec_high_zip", PropertyType.Number, "Economic connectedness of people above the median among neighborhood friends", "ec_high_zip counting only friends made in the neighborhood."),
        new("ec_grp_mem_high_zip", PropertyType.Number, "Economic connectedness of people above the median within groups", "ec_high_zip counting only friends made in groups."),
        new("exposure_grp_mem_zip", PropertyType.Number, "Exposure to people above the median in groups", "How many people above the median SES are in the groups of people below it, relative to an even mix (1)."),
        new("exposure_grp_mem_high_zip", PropertyType.Number, "Exposure of people above the median in groups", "exposure_grp_mem_zip for people above the median SES."),
        new("nbhd_exposure_zip", PropertyType.Number, "Exposure to people above the median in the neighborhood", "Exposure counting the neighborhood only."),
        new("bias_grp_mem_zip", PropertyType.Number, "Friending bias in groups", "1 minus the ratio of the share of friends above the median to the share of such people in one's groups, for people below the median (0 = no bias)."),
        new("bias_grp_mem_high_zip", PropertyType.Number, "Friending bias in groups of people above the median", "bias_grp_mem_zip for people above the median SES."),
        new("nbhd_bias_zip", PropertyType.Number, "Friending bias in the neighborhood", "Friending bias counting the neighborhood only."),
        new("nbhd_bias_high_zip", PropertyType.Number, "Friending bias in the neighborhood of people above the median", "nbhd_bias_zip for people above the median SES."),
        new("clustering_zip", PropertyType.Number, "Clustering", "The share of pairs of a person's friends who are friends with each other."),
        new("support_ratio_zip", PropertyType.Number, "Support ratio", "The share of friendships within the ZIP code whose two friends share a third friend there."),
        new("volunteering_rate_zip", PropertyType.Number, "Volunteering rate", "The share of people who are members of a volunteering or activism group."),
        new("civic_organizations_zip", PropertyType.Number, "Civic organizations", "Civic organizations (pages of public-good groups) per 1,000 people."),
        new("num_below_p50", PropertyType.Number, "People below the median", "How many people below the national median SES the measures of this ZIP code rest on."),
        new("pop2018", PropertyType.Integer, "Population (2018)", "The ZIP code's population in 2018, as the source file gives it."),
    ];

    public static readonly IReadOnlyList<PropertyDefinition> Properties =
    [
        new("zipcode", PropertyType.String, "ZIP code", Queryable: true),
        new("post_office_city", PropertyType.String, "Post office", Queryable: true),
        new("county_fips", PropertyType.String, "County (FIPS)", "The county the Social Capital Atlas assigns the ZIP code to (37119 = Mecklenburg); null when the file has no row for it."),
        .. Measures,
        .. GradeShares.Properties,
    ];

    public static async Task<LayerData> BuildAsync(ImportContext context, IProjection projection, GradeShares grades)
    {
        var zipFile = context.Manifest.Files["zipcodes"].Path;
        var zips = new List<(string Zip, string? City, MultiPolygon Geometry)>();
        foreach (var source in await context.ReadGeoJsonAsync("zipcodes"))
        {
            var zip = source.Text("zipcode") ?? throw new ImportException(zipFile, $"feature {source.Index} has no zipcode");
            zips.Add((zip, source.Text("post_office_city"), ImportContext.AsMultiPolygon(source.Geometry ?? throw new ImportException(zipFile, $"ZIP {zip} has no geometry"), zipFile, source.Index)));
        }

        var wanted = zips.Select(z => z.Zip).ToHashSet(StringComparer.Ordinal);
        // A ZIP code starting with 0 is written without it in the file (1001 for 01001).
        var table = context.ReadCsv(FileKey, line => line.IndexOf(',') is var comma && comma > 0 && wanted.Contains(line[..comma].PadLeft(5, '0')));
        var path = context.Manifest.Files[FileKey].Path;
        var rows = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var zip = row[table.Column("zip")].PadLeft(5, '0');
            if (!rows.TryAdd(zip, row))
            {
                throw new ImportException(path, $"ZIP code {zip} appears twice");
            }
        }

        var features = zips.Select(z =>
        {
            var row = rows.GetValueOrDefault(z.Zip);
            if (row is null)
            {
                context.Warnings.Add($"{path}: no row for ZIP code {z.Zip}; its social capital measures are null");
            }

            object?[] measures = [.. Measures.Select(m => Value(m, row, table, path))];
            return new LayerFeature(z.Zip, z.Geometry,
            [
                z.Zip, z.City, row is null ? null : row[table.Column("county")].PadLeft(5, '0'), .. measures,
                .. grades.Of(projection.Project(z.Geometry)),
            ]);
        });
        return context.Layer(LayerIds.SocialCapital, "MultiPolygon", Properties, features);
    }

    private static object? Value(PropertyDefinition measure, string[]? row, CsvTable table, string path)
    {
        var number = row is null ? null : CsvTable.Number(row[table.Column(measure.Name)], path, measure.Name);
        // An integer is stored as one (not a double that happens to be whole), as the schema says.
        return measure.Type == PropertyType.Integer && number is { } n ? (long)Math.Round(n) : (object?)number;
    }
}
