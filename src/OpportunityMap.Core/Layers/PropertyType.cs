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

    /// <summary>A calendar day without a time or zone, held as <see cref="DateOnly"/> (CQL2 <c>DATE('2022-04-16')</c>).</summary>
    Date,

    /// <summary>
    /// An instant, held as a <see cref="DateTimeOffset"/> in UTC (offset zero) to the microsecond, as PostgreSQL's
    /// <c>timestamptz</c> keeps it (CQL2 <c>TIMESTAMP('2022-04-16T10:13:19Z')</c>).
    /// </summary>
    Timestamp,
}
