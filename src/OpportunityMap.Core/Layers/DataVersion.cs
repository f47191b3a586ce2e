using System.Security.Cryptography;
using System.Text;
using NetTopologySuite.IO;

namespace OpportunityMap.Core.Layers;

/// <summary>A content hash of a set of layers: equal data gives an equal version, any change a new one.</summary>
public static class DataVersion
{
    /// <summary>The first 16 hex digits of a SHA-256 over every layer's id, features, geometries (WKB) and values.</summary>
    public static string Compute(IReadOnlyList<LayerData> layers)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var wkb = new WKBWriter();
        foreach (var layer in layers)
        {
            Append(hash, layer.Metadata.Id);
            foreach (var feature in layer.Features)
            {
                Append(hash, feature.Id);
                hash.AppendData(wkb.Write(feature.Geometry));
                foreach (var value in feature.Values)
                {
                    Append(hash, value switch
                    {
                        null => "\0",
                        double d => d.ToString("R", CultureInfo.InvariantCulture),
                        DateOnly date => TemporalValues.Format(date),
                        DateTimeOffset instant => TemporalValues.Format(instant),
                        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                        _ => value.ToString() ?? "",
                    });
                }
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    private static void Append(IncrementalHash hash, string text)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(text));
        hash.AppendData([0x1f]);
    }
}
