namespace OpportunityMap.Ingest.Tests;

/// <summary>
/// <c>zip-social-capital</c> against the Social Capital Atlas's ZIP file, read here by splitting its lines (it has no
/// quoted fields): every Mecklenburg ZIP's economic connectedness and standard error are the file's.
/// </summary>
public sealed class SocialCapitalLayerTests
{
    private static Dictionary<string, Dictionary<string, string>> SourceRows()
    {
        var lines = File.ReadLines(Path.Combine(TestPaths.Geodata, "mobility/social_capital_zip.csv")).ToList();
        var header = lines[0].Split(',');
        return lines.Skip(1).Select(l => l.Split(','))
            .ToDictionary(f => f[0].PadLeft(5, '0'), f => header.Zip(f).ToDictionary(p => p.First, p => p.Second));
    }

    [Fact]
    public async Task EveryZip_HasTheSourcesEconomicConnectedness_AndItsStandardError()
    {
        var layer = await RealDataImportTests.Layer(LayerIds.SocialCapital);
        var source = SourceRows();

        Assert.Equal(34, layer.Features.Count);
        foreach (var feature in layer.Features.Where(f => source.ContainsKey(f.Id)))
        {
            foreach (var column in new[] { "ec_zip", "ec_se_zip", "ec_high_zip", "clustering_zip", "volunteering_rate_zip", "num_below_p50" })
            {
                Assert.Equal(double.Parse(source[feature.Id][column], CultureInfo.InvariantCulture), RealDataImportTests.Value(layer, feature.Id, column));
            }

            Assert.Equal(source[feature.Id]["county"], RealDataImportTests.Value(layer, feature.Id, "county_fips"));
            Assert.Equal(long.Parse(source[feature.Id]["pop2018"], CultureInfo.InvariantCulture), RealDataImportTests.Value(layer, feature.Id, "pop2018"));
        }

        Assert.Equal(33, layer.Features.Count(f => source.ContainsKey(f.Id)));
    }

    [Fact]
    public async Task AZipTheFileLacks_HasNullMeasures()
    {
        var layer = await RealDataImportTests.Layer(LayerIds.SocialCapital);

        Assert.DoesNotContain("28223", SourceRows().Keys);
        Assert.Null(RealDataImportTests.Value(layer, "28223", "ec_zip"));
        Assert.Equal("28223", RealDataImportTests.Value(layer, "28223", "zipcode"));
    }

    [Fact]
    public async Task TheLayer_CarriesTheSocialCapitalAtlasAsItsSource()
    {
        var layer = await RealDataImportTests.Layer(LayerIds.SocialCapital);

        Assert.Contains(layer.Metadata.Sources, s => s.Name == "The Social Capital Atlas (Opportunity Insights)" && s.Attribution.Contains("Nature 608 (2022)", StringComparison.Ordinal));
    }
}
