using System.Buffers;
using System.Buffers.Binary;

namespace OpportunityMap.Server.Tiles;

/// <summary>
/// The few protocol-buffer encodings a vector tile needs: varints, strings, doubles, packed varints and nested
/// messages (written to their own writer, then copied with their length).
/// </summary>
internal sealed class ProtobufWriter
{
    private const int Varint = 0;
    private const int Fixed64 = 1;
    private const int LengthDelimited = 2;
    private readonly ArrayBufferWriter<byte> _buffer = new(256);

    public int Length => _buffer.WrittenCount;

    public ReadOnlySpan<byte> WrittenSpan => _buffer.WrittenSpan;

    public void WriteVarintField(int field, ulong value)
    {
        WriteTag(field, Varint);
        WriteVarint(value);
    }

    public void WriteStringField(int field, string value)
    {
        WriteTag(field, LengthDelimited);
        var bytes = Encoding.UTF8.GetBytes(value);
        WriteVarint((ulong)bytes.Length);
        _buffer.Write(bytes);
    }

    public void WriteDoubleField(int field, double value)
    {
        WriteTag(field, Fixed64);
        BinaryPrimitives.WriteDoubleLittleEndian(_buffer.GetSpan(8), value);
        _buffer.Advance(8);
    }

    public void WritePackedField(int field, IReadOnlyList<uint> values)
    {
        var packed = new ProtobufWriter();
        foreach (var value in values)
        {
            packed.WriteVarint(value);
        }

        WriteMessageField(field, packed);
    }

    public void WriteMessageField(int field, ProtobufWriter message)
    {
        WriteTag(field, LengthDelimited);
        WriteVarint((ulong)message.Length);
        _buffer.Write(message.WrittenSpan);
    }

    /// <summary>Appends another writer's fields as they are (repeated fields built apart).</summary>
    public void WriteRaw(ProtobufWriter fields) => _buffer.Write(fields.WrittenSpan);

    private void WriteTag(int field, int wireType) => WriteVarint((ulong)((field << 3) | wireType));

    private void WriteVarint(ulong value)
    {
        while (value >= 0x80)
        {
            _buffer.Write([(byte)(value | 0x80)]);
            value >>= 7;
        }

        _buffer.Write([(byte)value]);
    }
}
