using Microsoft.Extensions.Configuration;
using OpportunityMap.Server.Options;

namespace OpportunityMap.Server.Tests;

/// <summary>bench/appsettings.bench.json: the peer harness's six files as extra collections, as run_peers.sh needs them.</summary>
public sealed class BenchSettingsTests
{
    [Fact]
    public void BenchSettings_ServeTheSixHarnessFiles_WithLimit100000_AndNoRateLimit()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(TestPaths.RepoRoot, "bench", "appsettings.bench.json")).Build();
        var geodata = configuration.GetSection(GeodataOptions.SectionName).Get<GeodataOptions>()!;

        Assert.Equal(["bench-zips", "bench-holc", "bench-resources", "bench-zips_x10", "bench-holc_x10", "bench-resources_x10"], geodata.Extra.Select(e => e.Id));
        Assert.All(geodata.Extra, e =>
        {
            Assert.Equal(100_000, geodata.MaxLimitFor(e.Id, 10_000));
            Assert.Equal("fid", e.IdProperty);
            Assert.Equal($"{e.Id["bench-".Length..]}.geojson", e.Path);
            Assert.False(string.IsNullOrWhiteSpace(e.Attribution));
        });
        Assert.Equal(10_000, geodata.MaxLimitFor("resources", 10_000));
        Assert.Equal("0", configuration["Web:RateLimitPermits"]);
    }
}
