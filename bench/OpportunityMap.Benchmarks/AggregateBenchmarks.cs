using BenchmarkDotNet.Attributes;
using NetTopologySuite.Geometries;
using OpportunityMap.Core.Spatial;
using OpportunityMap.Core.Analysis;

namespace OpportunityMap.Benchmarks;

/// <summary>Blending the 233 tracts' outcomes into the 34 ZIP areas (area overlap × children weights), in NC feet.</summary>
[MemoryDiagnoser]
public class AggregateBenchmarks
{
    private List<Geometry> _zips = null!;
    private List<MobilityTract> _tracts = null!;

    [GlobalSetup]
    public void Setup()
    {
        var layers = BenchData.RealLayers();
        var projection = Projections.NorthCarolinaFeet;
        _zips = [.. layers.Layer("zip-mobility").Features.Select(f => projection.Project(f.Geometry))];
        var tracts = layers.Layer("tract-mobility");
        int income = tracts.Metadata.IndexOf("household_income_p25"), top20 = tracts.Metadata.IndexOf("top20_share_p25"),
            rank = tracts.Metadata.IndexOf("kir_rank_p25"), children = tracts.Metadata.IndexOf("kid_pooled_n");
        _tracts = [.. tracts.Features.Select(f => new MobilityTract(f.Id, projection.Project(f.Geometry), f.Values[children] is long n ? n : null,
            [(double?)f.Values[income], (double?)f.Values[top20], (double?)f.Values[rank]]))];
    }

    [Benchmark(Description = "MobilityAggregator.Blend: 233 tracts into 34 ZIPs")]
    public int Blend() => MobilityAggregator.Blend(_zips, _tracts).Count;
}
