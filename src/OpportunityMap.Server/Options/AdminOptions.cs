namespace OpportunityMap.Server.Options;

/// <summary>The administrative endpoints: off unless a key is configured.</summary>
internal sealed class AdminOptions
{
    public const string SectionName = "Admin";

    /// <summary>The key callers send in the <c>X-Admin-Key</c> header; empty (the default) turns the endpoints off.</summary>
    public string Key { get; set; } = "";
}
