using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using OpportunityMap.Core.Layers;
using OpportunityMap.Server.Ogc;

namespace OpportunityMap.Benchmarks;

/// <summary>
/// Writing a page of GeoJSON features: encoding every geometry (as before the cache), and from each feature's
/// cached encoding (the response path now).
/// </summary>
[MemoryDiagnoser]
public class SerializeBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(4 << 20);
    private LayerData _zips = null!;
    private LayerData _holc = null!;

    [GlobalSetup]
    public void Setup()
    {
        var layers = BenchData.RealLayers();
        _zips = layers.Layer("zip-mobility");
        _holc = layers.Layer("redlining-1935");
        // Fill the encoding cache, as the first request does.
        Write(_zips, cached: true);
        Write(_holc, cached: true);
    }

    [Benchmark(Description = "34 ZIPs, every geometry encoded")]
    public int ZipsEncoded() => Write(_zips, cached: false);

    [Benchmark(Description = "34 ZIPs, cached encodings")]
    public int ZipsCached() => Write(_zips, cached: true);

    [Benchmark(Description = "34 HOLC areas, every geometry encoded")]
    public int HolcEncoded() => Write(_holc, cached: false);

    [Benchmark(Description = "34 HOLC areas, cached encodings")]
    public int HolcCached() => Write(_holc, cached: true);

    private int Write(LayerData layer, bool cached)
    {
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer);
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WriteStartArray("features");
        foreach (var feature in layer.Features)
        {
            if (cached)
            {
                GeoJsonWriter.WriteCachedFeature(writer, layer.Metadata, feature);
            }
            else
            {
                GeoJsonWriter.WriteFeature(writer, layer.Metadata, feature, links: null);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        return _buffer.WrittenCount;
    }
}
