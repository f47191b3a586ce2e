namespace OpportunityMap.Core.Layers;

/// <summary>The type of a feature property, as published in queryables and the OpenAPI document.</summary>
public enum PropertyType
{
    /// <summary>A <see cref="string"/>.</summary>
    String,

    /// <summary>A whole number, held as <see cref="long"/>.</summary>
    Integer,

    /// <summary>A real number, held as <see cref="double"/>.</summary>
    Number,

    /// <summary>A <see cref="bool"/>.</summary>
    Boolean,

    /// <summary>
    /// A JSON object or array kept verbatim, held as a <see cref="string"/> of compact JSON text and written
    /// into responses as JSON (not as a quoted string).
    /// </summary>
    Json,
}
