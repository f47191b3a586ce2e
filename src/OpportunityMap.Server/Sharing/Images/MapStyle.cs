namespace OpportunityMap.Server.Sharing.Images;

/// <summary>
/// The map's look, in one place: the page reads it from <c>/map-config</c> (as css custom properties), the server's
/// images (<see cref="MapPalette"/>) from here. Colours are css hex strings.
/// </summary>
internal static class MapStyle
{
    /// <summary>The layers a view shows when its URL names none, in the page's order.</summary>
    public static readonly IReadOnlyList<string> DefaultLayers = [LayerIds.Redlining, LayerIds.Zips, LayerIds.Resources];

    /// <summary>How many classes the choropleths have; <see cref="ClassColours"/> holds one colour each.</summary>
    public const int ClassCount = 5;

    /// <summary>The choropleth classes' colours, lowest first (ColorBrewer Purples, colour-blind safe).</summary>
    // ColorBrewer Purples without its two palest steps: the lowest class must read as a colour, not as the background
    // (issue 16: the lowest-mobility ZIPs looked empty).
    public static readonly IReadOnlyList<string> ClassColours = ["#bcbddc", "#9e9ac8", "#807dba", "#6a51a3", "#4a1486"];

    public const string NoData = "#d9d9d9";
    public const string Unknown = "#9e9e9e";
    public const string HolcOutline = "#3d3d3d";
    public const string Background = "#eceee8";
    public const string Header = "#1f2a44";
    public const string Ink = "#1a1a1a";
    public const string Focus = "#ffbf47";
    public const string OtherResource = "#777777";

    /// <summary>The resource categories in the page's order, with their marker colours (Okabe-Ito, colour-blind safe).</summary>
    public static readonly IReadOnlyList<(string Id, string Colour)> Resources =
    [
        ("school", "#e69f00"), ("college", "#cc79a7"), ("library", "#0072b2"), ("park", "#009e73"),
        ("hospital", "#56b4e9"), ("fire_station", "#d55e00"), ("police_station", "#000000"),
    ];

    /// <summary>The choropleth layers: which property each is coloured by.</summary>
    public static readonly IReadOnlyList<(string Collection, string Property)> Choropleths =
        [(LayerIds.Zips, "household_income_p25"), (LayerIds.Tracts, "household_income_p25"), (LayerIds.SocialCapital, "ec_zip")];

    /// <summary>
    /// The map's other groups of children (the page's "Children" choice): each layer's Black and white children's
    /// income rank, with the property counting the children behind it (values on too few are drawn as no data).
    /// </summary>
    public static readonly IReadOnlyList<(string Collection, IReadOnlyList<(string Group, string Property, string Children)> Groups)> GroupChoropleths =
    [
        (LayerIds.Zips, [("black", "kir_black_p25", "children_black"), ("white", "kir_white_p25", "children_white")]),
        (LayerIds.Tracts, [("black", "kir_black_p25", "kid_black_n"), ("white", "kir_white_p25", "kid_white_n")]),
    ];
}
