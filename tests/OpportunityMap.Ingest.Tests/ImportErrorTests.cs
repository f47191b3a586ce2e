using System.Text.Json.Nodes;

namespace OpportunityMap.Ingest.Tests;

/// <summary>Bad source data fails with a message naming the file and the problem, or is repaired and reported.</summary>
public sealed class ImportErrorTests : IDisposable
{
    private readonly ScratchSource _source = new();

    public void Dispose() => _source.Dispose();

    [Fact]
    public async Task MissingFile_NamesTheFile()
    {
        _source.Remove("resources/libraries.geojson");

        var error = await Assert.ThrowsAsync<ImportException>(_source.ImportAsync);

        Assert.Equal("resources/libraries.geojson", error.File);
        Assert.Contains("missing file", error.Problem);
    }

    [Fact]
    public async Task MissingCsvColumn_NamesTheColumnAndFile()
    {
        _source.Replace("mobility/tract_kir_ranks.csv", "state,county,tract,kir_pooled_p25\n37,119,100,42.1\n");

        var error = await Assert.ThrowsAsync<ImportException>(_source.ImportAsync);

        Assert.Equal("mobility/tract_kir_ranks.csv", error.File);
        Assert.Contains("'kid_pooled_n'", error.Problem);
    }

    [Fact]
    public async Task MissingGeoJsonProperty_NamesThePropertyAndFile()
    {
        var zips = JsonNode.Parse(_source.ReadOriginal("boundaries/mecklenburg_zipcodes.geojson"))!;
        zips["features"]![3]!["properties"]!.AsObject().Remove("zipcode");
        _source.Replace("boundaries/mecklenburg_zipcodes.geojson", zips.ToJsonString());

        var error = await Assert.ThrowsAsync<ImportException>(_source.ImportAsync);

        Assert.Equal("boundaries/mecklenburg_zipcodes.geojson", error.File);
        Assert.Contains("'zipcode'", error.Problem);
        Assert.Contains("feature 4", error.Problem);
    }

    [Fact]
    public async Task CsvWithoutByteOrderMark_ReadsTheSameAsWithOne()
    {
        // The upstream household-income file starts with a BOM; the same file without one must give the same values.
        var bytes = File.ReadAllBytes(Path.Combine(Testing.TestPaths.Geodata, "mobility/tract_kfr_rP_gP_p25.csv"));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var withBom = await _source.ImportAsync();
        _source.Replace("mobility/tract_kfr_rP_gP_p25.csv", System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));

        var withoutBom = await _source.ImportAsync();

        Assert.Equal(Core.Layers.DataVersion.Compute(withBom.Layers), Core.Layers.DataVersion.Compute(withoutBom.Layers));
    }

    [Fact]
    public async Task WrongCrs_NamesTheFileAndTheCrs()
    {
        var holc = JsonNode.Parse(_source.ReadOriginal("holc/charlotte_1935.geojson"))!;
        holc["crs"] = new JsonObject { ["type"] = "name", ["properties"] = new JsonObject { ["name"] = "urn:ogc:def:crs:EPSG::2264" } };
        _source.Replace("holc/charlotte_1935.geojson", holc.ToJsonString());

        var error = await Assert.ThrowsAsync<ImportException>(_source.ImportAsync);

        Assert.Equal("holc/charlotte_1935.geojson", error.File);
        Assert.Contains("wrong CRS", error.Problem);
        Assert.Contains("EPSG::2264", error.Problem);
    }

    [Fact]
    public async Task ProjectedCoordinatesWithoutCrsMember_AreCaughtAsWrongCrs()
    {
        var libraries = JsonNode.Parse(_source.ReadOriginal("resources/libraries.geojson"))!;
        libraries["features"]![0]!["geometry"]!["coordinates"] = new JsonArray(1449620.4, 542689.1);
        _source.Replace("resources/libraries.geojson", libraries.ToJsonString());

        var error = await Assert.ThrowsAsync<ImportException>(_source.ImportAsync);

        Assert.Equal("resources/libraries.geojson", error.File);
        Assert.Contains("outside longitude/latitude", error.Problem);
    }

    [Fact]
    public async Task InvalidPolygon_IsRepairedAndReported_NotDropped()
    {
        // A bow-tie (self-intersecting ring) in place of A1's shape.
        var holc = JsonNode.Parse(_source.ReadOriginal("holc/charlotte_1935.geojson"))!;
        holc["features"]![0]!["geometry"] = JsonNode.Parse(
            """{"type":"Polygon","coordinates":[[[-80.80,35.18],[-80.78,35.20],[-80.78,35.18],[-80.80,35.20],[-80.80,35.18]]]}""");
        _source.Replace("holc/charlotte_1935.geojson", holc.ToJsonString());

        var result = await _source.ImportAsync();

        var layer = result.Layers.Single(l => l.Metadata.Id == "redlining-1935");
        Assert.Equal(34, layer.Features.Count);
        var repaired = layer.Features.Single(f => f.Id == "A1").Geometry;
        Assert.True(repaired.IsValid);
        Assert.Equal("MultiPolygon", repaired.GeometryType);
        Assert.Equal(2, repaired.NumGeometries);
        var warning = Assert.Single(result.Warnings, w => w.StartsWith("holc/charlotte", StringComparison.Ordinal));
        Assert.Contains("holc/charlotte_1935.geojson: feature 1", warning);
        Assert.Contains("repaired", warning);
    }

    [Fact]
    public async Task NotJson_NamesTheFile()
    {
        _source.Replace("boundaries/mecklenburg_tracts_2010.geojson", "{\"type\":\"FeatureCollection\",\"features\":[");

        var error = await Assert.ThrowsAsync<ImportException>(_source.ImportAsync);

        Assert.Equal("boundaries/mecklenburg_tracts_2010.geojson", error.File);
        Assert.Contains("not valid JSON", error.Problem);
    }

    [Fact]
    public async Task NonNumericValue_NamesTheColumn()
    {
        var original = _source.ReadOriginal("mobility/tract_kfr_top20_rP_gP_p25.csv");
        _source.Replace("mobility/tract_kfr_top20_rP_gP_p25.csv", original.Replace("37119002800,\"Eastover, Charlotte, NC\",0.377", "37119002800,\"Eastover, Charlotte, NC\",lots"));

        var error = await Assert.ThrowsAsync<ImportException>(_source.ImportAsync);

        Assert.Equal("mobility/tract_kfr_top20_rP_gP_p25.csv", error.File);
        Assert.Contains("'lots'", error.Problem);
    }

    [Fact]
    public async Task MissingQualityOfLifeDenominator_NamesTheFile()
    {
        _source.Remove("neighborhoods/qol_metric/d45.csv");

        var error = await Assert.ThrowsAsync<ImportException>(_source.ImportAsync);

        Assert.Equal("neighborhoods/qol_metric/d45.csv", error.File);
        Assert.Contains("missing file", error.Problem);
    }

    [Fact]
    public async Task QualityOfLifeFileWithoutYearColumns_SaysSo()
    {
        _source.Replace("neighborhoods/qol_metric/r37.csv", "id,value\n2,44032500\n");

        var error = await Assert.ThrowsAsync<ImportException>(_source.ImportAsync);

        Assert.Equal("neighborhoods/qol_metric/r37.csv", error.File);
        Assert.Contains("no year column", error.Problem);
    }

    [Fact]
    public async Task QualityOfLifeDenominatorWithoutTheLatestYear_NamesTheColumn()
    {
        _source.Replace("neighborhoods/qol_metric/d37.csv", "id,y_2018\n2,927\n");

        var error = await Assert.ThrowsAsync<ImportException>(_source.ImportAsync);

        Assert.Equal("neighborhoods/qol_metric/d37.csv", error.File);
        Assert.Contains("'y_2019'", error.Problem);
    }

    [Fact]
    public async Task QualityOfLifeMetricMissingFromConfig_NamesTheMetric()
    {
        var config = JsonNode.Parse(_source.ReadOriginal("neighborhoods/qol_metrics_config.json"))!.AsObject();
        config.Remove("m38");
        _source.Replace("neighborhoods/qol_metrics_config.json", config.ToJsonString());

        var error = await Assert.ThrowsAsync<ImportException>(_source.ImportAsync);

        Assert.Equal("neighborhoods/qol_metrics_config.json", error.File);
        Assert.Contains("'m38'", error.Problem);
    }

    [Fact]
    public async Task MissingManifest_SaysSo()
    {
        var error = await Assert.ThrowsAsync<ImportException>(() =>
            new GeodataImporter(Core.Spatial.Projections.NorthCarolinaFeet).ImportAsync(_source.Root, "/nonexistent/manifest.json", TestContext.Current.CancellationToken));

        Assert.Contains("manifest", error.Problem);
    }
}
