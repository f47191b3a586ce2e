using System.Globalization;

namespace OpportunityMap.Server.Sharing.Images;

/// <summary>The words on a map image, in English or Spanish (the page's two languages).</summary>
internal sealed record MapImageText(
    string DefaultTitle,
    string HolcTitle,
    string ZipTitle,
    string TractTitle,
    string NeighborhoodsTitle,
    string ResourcesTitle,
    string IncomeNote,
    string NoData,
    string Sources,
    string Licence,
    IReadOnlyDictionary<string, string> HolcCategories,
    IReadOnlyDictionary<string, string> ResourceCategories)
{
    public static readonly MapImageText English = new(
        "Charlotte-Mecklenburg: redlining in 1935 and upward mobility today",
        "Redlining, 1935 (HOLC grade)",
        "Upward mobility by ZIP code",
        "Upward mobility by census tract (2010)",
        "Neighborhood Profile Areas",
        "Resources",
        "Household income at 35 of children of low-income parents",
        "No data",
        "Sources",
        "licence",
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["A"] = "Best", ["B"] = "Still desirable", ["C"] = "Definitely declining", ["D"] = "Hazardous",
        },
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["school"] = "Schools", ["college"] = "Colleges and universities", ["library"] = "Libraries", ["park"] = "Parks",
            ["hospital"] = "Hospitals", ["fire_station"] = "Fire stations", ["police_station"] = "Police stations",
        });

    public static readonly MapImageText Spanish = new(
        "Charlotte-Mecklenburg: el redlining de 1935 y la movilidad económica hoy",
        "Redlining, 1935 (calificación HOLC)",
        "Movilidad económica por código postal",
        "Movilidad económica por sector censal (2010)",
        "Áreas de perfil de vecindario",
        "Recursos",
        "Ingreso del hogar a los 35 años de hijos de padres de bajos ingresos",
        "Sin datos",
        "Fuentes",
        "licencia",
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["A"] = "Lo mejor", ["B"] = "Todavía deseable", ["C"] = "En claro declive", ["D"] = "Peligroso",
        },
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["school"] = "Escuelas", ["college"] = "Universidades", ["library"] = "Bibliotecas", ["park"] = "Parques",
            ["hospital"] = "Hospitales", ["fire_station"] = "Estaciones de bomberos", ["police_station"] = "Estaciones de policía",
        });

    public static MapImageText For(string lang) => lang == "es" ? Spanish : English;

    // US Spanish writes dollars as US English does ("$19,804"); the service runs without ICU cultures, so by hand.
    public static string Dollars(double value) => "$" + Math.Round(value).ToString("N0", CultureInfo.InvariantCulture);

    public string Category(string id) =>
        ResourceCategories.TryGetValue(id, out var label) ? label : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(id.Replace('_', ' '));
}
