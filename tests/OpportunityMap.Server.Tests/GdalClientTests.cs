using System.Diagnostics;
using System.Text.Json;

namespace OpportunityMap.Server.Tests;

/// <summary>
/// GDAL's OGC API - Features driver (Debian's gdal-bin) as a real client of the service on a real port: what QGIS
/// and ArcGIS users meet.
/// </summary>
public sealed class GdalClientTests : IAsyncLifetime
{
    private readonly OpportunityMapFactory _factory = new();
    private string _baseUrl = "";

    public ValueTask InitializeAsync()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        _baseUrl = _factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    [Fact]
    public async Task Ogrinfo_ListsEveryCollection()
    {
        var output = await Run("ogrinfo", "-ro", "-q", $"OAPIF:{_baseUrl}/");

        foreach (var id in new[] { "redlining-1935", "zip-mobility", "tract-mobility", "resources", "neighborhoods", "municipalities" })
        {
            Assert.Contains(id, output);
        }
    }

    [Theory]
    [InlineData("redlining-1935")]
    [InlineData("zip-mobility")]
    [InlineData("tract-mobility")]
    [InlineData("resources")]
    [InlineData("neighborhoods")]
    public async Task Ogr2ogr_ReadsTheWholeCollection_CountEqualsNumberMatched(string collection)
    {
        using var client = _factory.CreateClient();
        var numberMatched = (await client.GetGeoJson($"/collections/{collection}/items?limit=1")).GetProperty("numberMatched").GetInt32();
        var target = Path.Combine(Path.GetTempPath(), $"om-gdal-{Guid.NewGuid():N}.geojson");
        try
        {
            await Run("ogr2ogr", "-f", "GeoJSON", target, $"OAPIF:{_baseUrl}/", collection);

            using var written = JsonDocument.Parse(await File.ReadAllTextAsync(target, TestContext.Current.CancellationToken));
            var features = written.RootElement.GetProperty("features");
            Assert.Equal(numberMatched, features.GetArrayLength());
            Assert.Equal(numberMatched, features.EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("id").ToString()).Distinct().Count());
        }
        finally
        {
            File.Delete(target);
        }
    }

    [Fact]
    public async Task Ogr2ogr_NeighborhoodsToGeoPackage_Gives462Features()
    {
        var target = Path.Combine(Path.GetTempPath(), $"om-gdal-{Guid.NewGuid():N}.gpkg");
        try
        {
            await Run("ogr2ogr", "-f", "GPKG", target, $"OAPIF:{_baseUrl}/", "neighborhoods");

            var info = await Run("ogrinfo", "-ro", "-so", target, "neighborhoods");
            Assert.Contains("Feature Count: 462", info);
            Assert.Contains("grocery", info);
        }
        finally
        {
            File.Delete(target);
        }
    }

    [Fact]
    public async Task Ogrinfo_AttributeFilter_IsAnsweredWithTheGradeCount()
    {
        var output = await Run("ogrinfo", "-ro", "-so", "-where", "grade = 'D'", $"OAPIF:{_baseUrl}/", "redlining-1935");

        Assert.Contains("Feature Count: 11", output);
    }

    [Fact]
    public async Task Ogrinfo_CompoundWhere_CountsAsTheCql2FilterDoes()
    {
        // GDAL's OAPIF driver sees the Part 3 conformance classes and may send this to the server as CQL2 text.
        var output = await Run("ogrinfo", "-ro", "-so", "-where", "grade IN ('C', 'D') AND holc_id LIKE 'D1%'", $"OAPIF:{_baseUrl}/", "redlining-1935");

        Assert.Contains("Feature Count: 3", output);
    }

    internal static async Task<string> Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["GDAL_HTTP_TIMEOUT"] = "30", ["CPL_DEBUG"] = "OFF" },
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        var output = await stdout;
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} exited {process.ExitCode}: {await stderr}\n{output}");
        return output;
    }
}
