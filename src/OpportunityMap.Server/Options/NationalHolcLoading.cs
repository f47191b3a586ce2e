namespace OpportunityMap.Server.Options;

/// <summary>When the in-memory store loads the national HOLC layer.</summary>
internal enum NationalHolcLoading
{
    /// <summary>Right after start-up, in the background: the Charlotte layers are served first (the default).</summary>
    Background,

    /// <summary>With the other layers, before the service answers.</summary>
    Startup,
}
