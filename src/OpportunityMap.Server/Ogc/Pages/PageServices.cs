using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OpportunityMap.Server.Ogc.Pages;

/// <summary>What the Razor pages need: the component renderer, and the encoder it writes every value with.</summary>
internal static class PageServices
{
    public static IServiceCollection AddOgcPages(this IServiceCollection services)
    {
        services.AddRazorComponents();
        // Every script is shown as itself (Spanish names, accents); only what HTML gives meaning to is encoded.
        services.TryAddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        return services;
    }
}
