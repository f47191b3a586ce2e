namespace OpportunityMap.Server.Http;

/// <summary>The hand-written JSON answers' one repeated form: an array of objects.</summary>
internal static class JsonWriterExtensions
{
    /// <summary>Writes the property <paramref name="name"/> as an array with one object per item, its members written by <paramref name="write"/>.</summary>
    public static void WriteObjects<T>(this Utf8JsonWriter writer, string name, IEnumerable<T> items, Action<T> write)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            writer.WriteStartObject();
            write(item);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
