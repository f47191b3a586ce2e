namespace OpportunityMap.Server.Http;

/// <summary>A web link as OGC API documents carry them.</summary>
internal sealed record Link(string Href, string Rel, string Type, string? Title = null, bool Templated = false)
{
    public static void WriteArray(Utf8JsonWriter writer, IEnumerable<Link> links)
    {
        writer.WritePropertyName("links");
        writer.WriteStartArray();
        foreach (var link in links)
        {
            link.Write(writer);
        }

        writer.WriteEndArray();
    }

    public void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("href", Href);
        writer.WriteString("rel", Rel);
        writer.WriteString("type", Type);
        if (Title is not null)
        {
            writer.WriteString("title", Title);
        }

        if (Templated)
        {
            writer.WriteBoolean("templated", true);
        }

        writer.WriteEndObject();
    }
}
